"""What the "Protocoles" page's buttons do to the vault: the undoable edits of a draft
(articles, preamble, parties), new protocols and versions, status steps.

Each edit runs on the worker through ``ctx.write``; once done it is pushed on the page's
``QUndoStack`` (see ``desktop/ui/protocol_undo.py``). The page reloads on ``ctx.changed``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog

from desktop.errors import EgideError
from desktop.files import write_private
from desktop.models.enums import VersionKind
from desktop.services.protocol import amendments, articles, parties, protocols, version_status
from desktop.services.protocol.articles import Edit
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.protocol_undo import push_edit
from desktop.ui.widgets.date_dialog import ask_date

if TYPE_CHECKING:
    from desktop.ui.pages.protocols import ProtocolsPage


class ProtocolEdits(QObject):
    def __init__(self, page: ProtocolsPage) -> None:
        super().__init__(page)
        self.page = page

    def _edit(self, fn: Callable[[Database], Edit], text: str) -> None:
        """Run an undoable edit, then record it on the undo stack."""
        done: list[Edit] = []

        def run(db: Database) -> Changes:
            edit = fn(db)
            done.append(edit)
            if edit.article_id is not None:
                self.page._select_article = edit.article_id
            return edit.changes

        def recorded(_changes: Changes) -> None:
            push_edit(self.page.undo_stack, self.page.context, done[0], text, lambda: None)

        self.page.context.write(run, recorded, parent=self.page)

    def insert_article(self) -> None:
        if self.page.detail is None:
            return
        version_id = self.page.detail.version.id
        if self.page.detail.version.kind is VersionKind.AMENDMENT:
            number, ok = QInputDialog.getInt(
                self.page,
                self.tr("Avenant"),
                self.tr("Numéro de l'article modifié ou ajouté par l'avenant :"),
                1,
                1,
                999,
            )
            if ok:
                self._edit(
                    lambda db: amendments.amend_article(db, version_id, number),
                    self.tr("Article {0} de l'avenant").format(number),
                )
            return
        position = self.page.tabs.article_list.currentRow() + 2
        title = self.tr("Nouvel article")
        self._edit(
            lambda db: articles.insert_article(db, version_id, position, title),
            self.tr("Insertion d'un article"),
        )

    def move_article(self, step: int) -> None:
        article_id = self.page.tabs.current_article_id()
        if article_id is None:
            return
        position = self.page.tabs.article_list.currentRow() + 1 + step
        if not 1 <= position <= self.page.tabs.article_list.count():
            return
        self._edit(
            lambda db: articles.move_article(db, article_id, position),
            self.tr("Déplacement d'un article"),
        )

    def delete_article(self) -> None:
        article_id = self.page.tabs.current_article_id()
        if article_id is not None:
            self._edit(
                lambda db: articles.delete_article(db, article_id),
                self.tr("Suppression d'un article"),
            )

    def save_article(self, title: str, body: str, measure_ids: tuple[int, ...]) -> None:
        article = self.page.tabs.editor.article
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
        if self.page.detail is None:
            return
        version_id = self.page.detail.version.id
        clauses = self.page.tabs.preamble.toPlainText().splitlines()
        self._edit(
            lambda db: parties.set_preamble(db, version_id, clauses),
            self.tr("Modification du préambule"),
        )

    def move_party(self, step: int) -> None:
        party_id = self.page.tabs.current_party_id()
        if party_id is None:
            return
        position = self.page.tabs.party_list.currentRow() + 1 + step
        if 1 <= position <= self.page.tabs.party_list.count():
            self._edit(
                lambda db: parties.move_party(db, party_id, position),
                self.tr("Ordre des signataires"),
            )

    def new_protocol(self) -> None:
        title, ok = QInputDialog.getText(
            self.page, self.tr("Nouveau protocole"), self.tr("Titre du protocole :")
        )
        if ok and title.strip():
            self.page._selected_version = None
            self.page.context.write(
                lambda db: protocols.create_protocol(db, title).changes, parent=self.page
            )

    def new_version(self, kind: VersionKind, amend: tuple[int, ...] = ()) -> None:
        protocol = self.page._protocol()
        if protocol is None:
            return

        def run(db: Database) -> Changes:
            created = protocols.new_version(db, protocol.id, kind, amend)
            self.page._selected_version = created.id
            return created.changes

        self.page.context.write(run, parent=self.page)

    def new_amendment(self) -> None:
        text, ok = QInputDialog.getText(
            self.page,
            self.tr("Nouvel avenant"),
            self.tr("Numéros des articles modifiés par l'avenant (ex. : 4, 6) :"),
        )
        if not ok:
            return
        try:
            numbers = tuple(int(part) for part in text.replace(";", ",").split(",") if part.strip())
        except ValueError:
            self.page.context.runner.show_failure(
                EgideError(
                    self.tr("« {0} » : indiquez des numéros séparés par des virgules.").format(text)
                ),
                self.page,
            )
            return
        self.new_version(VersionKind.AMENDMENT, numbers)

    def advance_status(self, on: dt.date | None = None) -> None:
        if self.page.detail is None:
            return
        after = version_status.NEXT_STATUS.get(self.page.detail.version.status)
        if after is None:
            return
        if on is None:
            on = ask_date(self.page, self.tr("Date"), self.tr("À quelle date ?"))
            if on is None:
                return
        version_id, day = self.page.detail.version.id, on
        self.page.context.write(
            lambda db: version_status.set_status(db, version_id, after, day), parent=self.page
        )

    def set_represented_by(self) -> None:
        party_id = self.page.tabs.current_party_id()
        if party_id is None or self.page.detail is None:
            return
        party = next(p for p in self.page.detail.parties if p.id == party_id)
        text, ok = QInputDialog.getText(
            self.page,
            self.tr("Représentation"),
            self.tr("{0} est représenté(e) par (vide : signe en personne) :").format(
                party.function_for_signer
            ),
            text=party.represented_by or "",
        )
        if ok:
            self._edit(
                lambda db: parties.set_party(db, party_id, text, party.signer_id),
                self.tr("Représentation d'un signataire"),
            )

    def import_json(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from desktop.services.protocol.exchange import import_json

        name, _filter = QFileDialog.getOpenFileName(
            self.page, self.tr("Importer un protocole"), "", self.tr("Protocole JSON (*.json)")
        )
        if not name:
            return

        def run(db: Database) -> Changes:
            with open(name, encoding="utf-8") as handle:
                created = import_json(db, handle.read())
            self.page._selected_version = None
            return created.changes

        self.page.context.write(run, parent=self.page)

    def export_json(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from desktop.services.protocol.exchange import export_json

        detail = self.page.detail
        if detail is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self.page,
            self.tr("Exporter la version"),
            f"protocole-{detail.version.protocol_id}-v{detail.version.number}.json",
            self.tr("Protocole JSON (*.json)"),
        )
        if not name:
            return
        version = detail.version

        def run(db: Database) -> None:
            text = export_json(db, version.protocol_id, version.number)
            write_private(Path(name), text.encode("utf-8"))

        self.page.context.query(run, parent=self.page)

    def add_party(self) -> None:
        """Choose a function (with its holder today) and add it last in signing order."""
        if self.page.detail is None:
            return
        version_id = self.page.detail.version.id
        self.page.context.query(
            parties.list_positions, lambda found: self._choose_party(version_id, found)
        )

    def _choose_party(self, version_id: int, found: tuple[parties.PositionChoice, ...]) -> None:
        labels = [
            f"{p.title} ({p.organisation})" + (f" — {p.holder_name}" if p.holder_name else "")
            for p in found
        ]
        if not labels:
            self.page.context.runner.show_failure(
                EgideError(
                    self.tr("Aucune fonction n'est enregistrée : ajoutez-la dans « Signataires ».")
                ),
                self.page,
            )
            return
        label, ok = QInputDialog.getItem(
            self.page, self.tr("Ajouter un signataire"), self.tr("Fonction :"), labels, 0, False
        )
        if ok:
            position_id = found[labels.index(label)].id
            self._edit(
                lambda db: parties.add_party(db, version_id, position_id),
                self.tr("Ajout d'un signataire"),
            )

    def remove_party(self) -> None:
        party_id = self.page.tabs.current_party_id()
        if party_id is not None:
            self._edit(
                lambda db: parties.remove_party(db, party_id), self.tr("Retrait d'un signataire")
            )

    def edit_properties(self) -> None:
        from desktop.ui.dialogs.version_dialog import VersionDialog

        if self.page.detail is None:
            return
        version = self.page.detail.version
        dialog = VersionDialog(version, self.page)
        if dialog.exec() != VersionDialog.DialogCode.Accepted:
            return
        title, place = dialog.title.text(), dialog.place.text()
        copies = dialog.copies.value() or None
        self.page.context.write(
            lambda db: protocols.update_version(
                db, version.id, title=title, signed_place=place, copies=copies
            ),
            parent=self.page,
        )
