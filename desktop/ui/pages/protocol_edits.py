"""What the "Protocoles" page's buttons do to the vault: the undoable edits of a draft
(articles, preamble, parties), new protocols and versions, status steps.

Each edit runs on the worker through ``ctx.write``; once done it is pushed on the page's
``QUndoStack`` (see ``desktop/ui/protocol_undo.py``). The page reloads on ``ctx.changed``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack

from desktop.errors import EgideError
from desktop.files import write_private
from desktop.models.enums import VersionKind
from desktop.services.protocol import amendments, articles, parties, protocols, version_status
from desktop.services.protocol.articles import Edit
from desktop.services.protocol.records import ProtocolSummary, VersionDetail, VersionSummary
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.file_dialogs import choose_open, choose_save
from desktop.ui.dialogs.prompt import ask_choice, ask_number, ask_text
from desktop.ui.dialogs.write_dialog import DateDialog, Write
from desktop.ui.pages.protocol_tabs import VersionTabs
from desktop.ui.protocol_undo import push_edit


class ProtocolEdits(QObject):
    """Edits the version the page shows (``show``), on what ``tabs`` select; remembers which
    version and article to select once the page reloads (``selected_version``,
    ``select_article``)."""

    def __init__(self, context: AppContext, tabs: VersionTabs, undo_stack: QUndoStack) -> None:
        super().__init__(tabs)
        self.context = context
        self.tabs = tabs
        self.undo_stack = undo_stack
        self.detail: VersionDetail | None = None
        self.protocol: ProtocolSummary | None = None
        self.selected_version: int | None = None
        self.select_article: int | None = None

    def show(self, detail: VersionDetail | None, protocol: ProtocolSummary | None) -> None:
        self.detail, self.protocol = detail, protocol

    def _edit(self, fn: Callable[[Database], Edit], text: str) -> None:
        """Run an undoable edit, then record it on the undo stack."""
        done: list[Edit] = []

        def run(db: Database) -> Changes:
            edit = fn(db)
            done.append(edit)
            if edit.article_id is not None:
                self.select_article = edit.article_id
            return edit.changes

        def recorded(_changes: Changes) -> None:
            push_edit(self.undo_stack, self.context, done[0], text, lambda: None)

        self.context.write(run, recorded, parent=self.tabs)

    def insert_article(self) -> None:
        if self.detail is None:
            return
        version_id = self.detail.version.id
        if self.detail.version.kind is VersionKind.AMENDMENT:

            def amend(number: int) -> None:
                self._edit(
                    lambda db: amendments.amend_article(db, version_id, number),
                    self.tr("Article {0} de l'avenant").format(number),
                )

            ask_number(self.tabs, self.tr("Avenant"),
                       self.tr("Numéro de l'article modifié ou ajouté par l'avenant :"),
                       1, 1, 999, amend)
            return
        position = self.tabs.article_list.currentRow() + 2
        title = self.tr("Nouvel article")
        self._edit(
            lambda db: articles.insert_article(db, version_id, position, title),
            self.tr("Insertion d'un article"),
        )

    def move_article(self, step: int) -> None:
        article_id = self.tabs.current_article_id()
        if article_id is None:
            return
        position = self.tabs.article_list.currentRow() + 1 + step
        if not 1 <= position <= self.tabs.article_list.count():
            return
        self._edit(
            lambda db: articles.move_article(db, article_id, position),
            self.tr("Déplacement d'un article"),
        )

    def delete_article(self) -> None:
        article_id = self.tabs.current_article_id()
        if article_id is not None:
            self._edit(
                lambda db: articles.delete_article(db, article_id),
                self.tr("Suppression d'un article"),
            )

    def save_article(self, title: str, body: str, measure_ids: tuple[int, ...]) -> None:
        article = self.tabs.editor.article
        if article is None:
            return
        if (title.strip(), body.strip()) != (article.title, article.body):
            self._edit(
                lambda db: articles.update_article(db, article.id, title, body),
                self.tr("Modification de l'article {0}").format(article.number),
            )
        if tuple(sorted(measure_ids)) != tuple(m.id for m in article.measures):
            self._edit(
                lambda db: articles.set_article_measures(db, article.id, measure_ids),
                self.tr("Mesures de l'article {0}").format(article.number),
            )

    def save_preamble(self) -> None:
        if self.detail is None:
            return
        version_id = self.detail.version.id
        clauses = self.tabs.preamble.toPlainText().splitlines()
        self._edit(
            lambda db: parties.set_preamble(db, version_id, clauses),
            self.tr("Modification du préambule"),
        )

    def move_party(self, step: int) -> None:
        party_id = self.tabs.current_party_id()
        if party_id is None:
            return
        position = self.tabs.party_list.currentRow() + 1 + step
        if 1 <= position <= self.tabs.party_list.count():
            self._edit(
                lambda db: parties.move_party(db, party_id, position),
                self.tr("Ordre des signataires"),
            )

    def new_protocol(self) -> None:
        ask_text(self.tabs, self.tr("Nouveau protocole"), self.tr("Titre du protocole :"),
                 self.create_protocol)

    def create_protocol(self, title: str) -> None:
        self.selected_version = None
        self.context.write(
            lambda db: protocols.create_protocol(db, title).changes, parent=self.tabs
        )

    def new_version(self, kind: VersionKind, amend: tuple[int, ...] = ()) -> None:
        protocol = self.protocol
        if protocol is None:
            return

        def run(db: Database) -> Changes:
            created = protocols.new_version(db, protocol.id, kind, amend)
            self.selected_version = created.id
            return created.changes

        self.context.write(run, parent=self.tabs)

    def new_amendment(self) -> None:
        ask_text(self.tabs, self.tr("Nouvel avenant"),
                 self.tr("Numéros des articles modifiés par l'avenant (ex. : 4, 6) :"),
                 self.create_amendment, required=False)

    def create_amendment(self, text: str) -> None:
        try:
            numbers = tuple(int(part) for part in text.replace(";", ",").split(",") if part.strip())
        except ValueError:
            self.context.runner.show_failure(
                EgideError(
                    self.tr("« {0} » : indiquez des numéros séparés par des virgules.").format(text)
                ),
                self.tabs,
            )
            return
        self.new_version(VersionKind.AMENDMENT, numbers)

    def advance_status(self, on: dt.date | None = None) -> None:
        if self.detail is None:
            return
        after = version_status.NEXT_STATUS.get(self.detail.version.status)
        if after is None:
            return
        version_id = self.detail.version.id

        def write(day: dt.date) -> Write:
            return lambda db: version_status.set_status(db, version_id, after, day)

        if on is None:
            DateDialog(self.context, self.tr("Date"), self.tr("À quelle date ?"), write,
                       event=False, parent=self.tabs).open()
        else:
            self.context.write(write(on), parent=self.tabs)

    def set_represented_by(self) -> None:
        party_id = self.tabs.current_party_id()
        if party_id is None or self.detail is None:
            return
        party = next(p for p in self.detail.parties if p.id == party_id)

        def represented(text: str) -> None:
            self._edit(
                lambda db: parties.set_party(db, party_id, text, party.signer_id),
                self.tr("Représentation d'un signataire"),
            )

        ask_text(
            self.tabs,
            self.tr("Représentation"),
            self.tr("{0} est représenté(e) par (vide : signe en personne) :").format(
                party.function_for_signer
            ),
            represented,
            text=party.represented_by or "",
            required=False,
        )

    def import_json(self) -> None:
        choose_open(self.tabs, self.tr("Importer un protocole"), self.import_json_from,
                    filters=self.tr("Protocole JSON (*.json)"))

    def import_json_from(self, name: Path) -> None:
        from desktop.services.protocol.exchange import import_json

        def run(db: Database) -> Changes:
            with open(name, encoding="utf-8") as handle:
                created = import_json(db, handle.read())
            self.selected_version = None
            return created.changes

        self.context.write(run, parent=self.tabs)

    def export_json(self) -> None:
        detail = self.detail
        if detail is None:
            return
        choose_save(
            self.tabs,
            self.tr("Exporter la version"),
            f"protocole-{detail.version.protocol_id}-v{detail.version.number}.json",
            self.tr("Protocole JSON (*.json)"),
            lambda name: self.export_json_to(detail.version, name),
        )

    def export_json_to(self, version: VersionSummary, name: Path) -> None:
        from desktop.services.protocol.exchange import export_json

        def run(db: Database) -> None:
            text = export_json(db, version.protocol_id, version.number)
            write_private(Path(name), text.encode("utf-8"))

        self.context.query(run, parent=self.tabs)

    def add_party(self) -> None:
        """Choose a function (with its holder today) and add it last in signing order."""
        if self.detail is None:
            return
        version_id = self.detail.version.id
        self.context.query(
            parties.list_positions, lambda found: self._choose_party(version_id, found)
        )

    def _choose_party(self, version_id: int, found: tuple[parties.PositionChoice, ...]) -> None:
        labels = [
            f"{p.title} ({p.organisation})" + (f" — {p.holder_name}" if p.holder_name else "")
            for p in found
        ]
        if not labels:
            self.context.runner.show_failure(
                EgideError(
                    self.tr("Aucune fonction n'est enregistrée : ajoutez-la dans « Signataires ».")
                ),
                self.tabs,
            )
            return

        def chosen(index: int) -> None:
            position_id = found[index].id
            self._edit(
                lambda db: parties.add_party(db, version_id, position_id),
                self.tr("Ajout d'un signataire"),
            )

        ask_choice(self.tabs, self.tr("Ajouter un signataire"), self.tr("Fonction :"), labels,
                   chosen)

    def remove_party(self) -> None:
        party_id = self.tabs.current_party_id()
        if party_id is not None:
            self._edit(
                lambda db: parties.remove_party(db, party_id), self.tr("Retrait d'un signataire")
            )

    def edit_properties(self) -> None:
        from desktop.ui.dialogs.version_dialog import VersionDialog

        if self.detail is None:
            return
        dialog = VersionDialog(self.context, self.detail.version, self.tabs)
        dialog.open()
        self.last_dialog = dialog
