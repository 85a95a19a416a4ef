"""What the "Protocoles" page's buttons do to the vault: the undoable edits of a draft
(articles, preamble, parties), new protocols and versions, status steps.

Each edit runs on the worker through ``ctx.write``; once done it is pushed on the page's
``QUndoStack`` (see ``desktop/ui/protocol_undo.py``). The page reloads on ``ctx.changed``.

The article, the preamble and "Représenté par" are saved against what the page showed (the
article's and the party's ``row_version``, the preamble's clauses): a colleague's save in
between opens the conflict dialog (``text_conflict``): "Recharger" shows their version,
"Réappliquer mes modifications" saves mine on top of it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoStack

from desktop.errors import ConcurrentEdit, EgideError
from desktop.files import write_private
from desktop.models.enums import VersionKind
from desktop.services.protocol import amendments, articles, parties, protocols, version_status
from desktop.services.protocol.articles import Edit
from desktop.services.protocol.records import (
    ArticleInfo,
    PartyInfo,
    ProtocolSummary,
    VersionDetail,
    VersionSummary,
)
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.conflict_dialog import ConflictDialog
from desktop.ui.dialogs.file_dialogs import choose_open, choose_save
from desktop.ui.dialogs.prompt import ask_choice, ask_number, ask_text
from desktop.ui.dialogs.text_conflict import Texts, resolve_texts
from desktop.ui.dialogs.write_dialog import DateDialog, Write
from desktop.ui.pages.protocol_tabs import VersionTabs
from desktop.ui.protocol_undo import push_edit


class ProtocolEdits(QObject):
    """Edits the version the page shows (``show``), on what ``tabs`` select; remembers which
    version and article to select once the page reloads (``selected_version``,
    ``select_article``)."""

    conflicted = Signal()  # a colleague saved what the user saves: ``conflict`` is open
    reloaded = Signal()  # "Recharger": the editor shows the colleague's version

    def __init__(self, context: AppContext, tabs: VersionTabs, undo_stack: QUndoStack) -> None:
        super().__init__(tabs)
        self.context = context
        self.tabs = tabs
        self.undo_stack = undo_stack
        self.detail: VersionDetail | None = None
        self.protocol: ProtocolSummary | None = None
        self.selected_version: int | None = None
        self.select_article: int | None = None
        self.preamble_seen: tuple[str, ...] = ()  # the clauses the preamble's box started from
        self.conflict: ConflictDialog | None = None

    def show(self, detail: VersionDetail | None, protocol: ProtocolSummary | None) -> None:
        self.detail, self.protocol = detail, protocol
        self.preamble_seen = detail.preamble if detail else ()

    def _edit(self, fn: Callable[[Database], Edit], text: str,
              on_failure: Callable[[BaseException], None] | None = None,
              then: Callable[[], None] | None = None) -> None:
        """Run an undoable edit, then record it on the undo stack (and run ``then``)."""
        done: list[Edit] = []

        def run(db: Database) -> Changes:
            edit = fn(db)
            done.append(edit)
            if edit.article_id is not None:
                self.select_article = edit.article_id
            return edit.changes

        def recorded(_changes: Changes) -> None:
            push_edit(self.undo_stack, self.context, done[0], text, lambda: None)
            if then is not None:
                then()

        self.context.write(run, recorded, on_failure, parent=self.tabs)

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
        """Against the article as the editor showed it (its ``row_version``, which a change
        of its measures moves too). Text and measures are two undoable edits: the second one
        runs once the first has checked the version, which it then moved itself."""
        article = self.tabs.editor.article
        if article is None:
            return
        seen = article.row_version
        text_changed = (title.strip(), body.strip()) != (article.title, article.body)

        def failed(error: BaseException) -> None:
            self._article_failed(error, article, title, body, measure_ids)

        def measures(seen_version: int | None) -> None:
            self._edit(
                lambda db: articles.set_article_measures(db, article.id, measure_ids,
                                                         seen_version=seen_version),
                self.tr("Mesures de l'article {0}").format(article.number), failed,
            )

        measures_changed = tuple(sorted(measure_ids)) != tuple(m.id for m in article.measures)
        if text_changed:
            self._edit(
                lambda db: articles.update_article(db, article.id, title, body,
                                                   seen_version=seen),
                self.tr("Modification de l'article {0}").format(article.number), failed,
                (lambda: measures(None)) if measures_changed else None,
            )
        elif measures_changed:
            measures(seen)

    def save_preamble(self) -> None:
        if self.detail is None:
            return
        version_id = self.detail.version.id
        clauses = self.tabs.preamble.toPlainText().splitlines()
        seen = list(self.preamble_seen)
        self._edit(
            lambda db: parties.set_preamble(db, version_id, clauses, seen_clauses=seen),
            self.tr("Modification du préambule"),
            lambda error: self._preamble_failed(error, version_id, seen, clauses),
        )

    # --- a colleague's save in between ---------------------------------------------------------

    def _reread(self, error: BaseException, version_id: int,
                shown: Callable[[VersionDetail], None]) -> None:
        """A colleague's save: read the version again, then ``shown``; else say what failed."""
        if not isinstance(error, ConcurrentEdit):
            self.context.runner.show_failure(error, self.tabs)
            return
        self.context.query(lambda db: protocols.get_version(db, version_id), shown,
                           lambda failure: self.context.runner.show_failure(failure,
                                                                            self.tabs))

    def _opened(self, dialog: ConflictDialog) -> None:
        self.conflict = dialog
        self.conflicted.emit()

    def _reloaded(self) -> None:
        """The page shows the vault as it is now (the colleague's version everywhere)."""
        self.context.publish(Changes.PROTOCOL)
        self.reloaded.emit()

    def _article_failed(self, error: BaseException, article: ArticleInfo, title: str,
                        body: str, measure_ids: tuple[int, ...]) -> None:
        editor = self.tabs.editor
        role = Qt.ItemDataRole.UserRole
        names = {editor.measures.item(row).data(role): editor.measures.item(row).text()
                 for row in range(editor.measures.count())}

        def listed(ids: tuple[int, ...]) -> str:
            return "\n".join(names.get(key, str(key)) for key in sorted(ids))

        def texts(title: str, body: str, ids: tuple[int, ...]) -> Texts:
            return {"title": title.strip(), "body": body.strip(), "measures": listed(ids)}

        def shown(detail: VersionDetail) -> None:
            fresh = next((a for a in detail.articles if a.id == article.id), None)
            if fresh is None:
                self.context.runner.show_failure(EgideError(self.tr(
                    "Cet article a été supprimé entre-temps.")), self.tabs)
                return
            theirs = tuple(m.id for m in fresh.measures)

            def reload() -> None:
                self.select_article = article.id
                editor.show_article(fresh, detail.version.editable)
                self._reloaded()

            def reapply(kept: Texts) -> None:
                ids = measure_ids if kept["measures"] == listed(measure_ids) else theirs
                editor.show_article(fresh, detail.version.editable)  # saved against it
                editor.title.setText(kept["title"])
                editor.body.setPlainText(kept["body"])
                self.save_article(kept["title"], kept["body"], ids)

            self._opened(resolve_texts(
                self.tabs, error, {"title": self.tr("Titre"), "body": self.tr("Texte"),
                                   "measures": self.tr("Mesures")},
                texts(article.title, article.body, tuple(m.id for m in article.measures)),
                texts(fresh.title, fresh.body, theirs), texts(title, body, measure_ids),
                reload=reload, reapply=reapply))

        assert self.detail is not None  # the version whose article the editor shows
        self._reread(error, self.detail.version.id, shown)

    def _preamble_failed(self, error: BaseException, version_id: int, seen: list[str],
                         clauses: list[str]) -> None:
        def joined(lines: list[str] | tuple[str, ...]) -> str:
            return "\n".join(line.strip() for line in lines if line.strip())

        def shown(detail: VersionDetail) -> None:
            def reload() -> None:
                self.preamble_seen = detail.preamble
                self.tabs.preamble.setPlainText(joined(detail.preamble))
                self._reloaded()

            def reapply(kept: Texts) -> None:
                self.preamble_seen = detail.preamble
                self.tabs.preamble.setPlainText(kept["preamble"])
                self.save_preamble()

            self._opened(resolve_texts(
                self.tabs, error, {"preamble": self.tr("Préambule")},
                {"preamble": joined(seen)}, {"preamble": joined(detail.preamble)},
                {"preamble": joined(clauses)}, reload=reload, reapply=reapply))

        self._reread(error, version_id, shown)

    def _party_failed(self, error: BaseException, party: PartyInfo, typed: str) -> None:
        assert self.detail is not None

        def shown(detail: VersionDetail) -> None:
            fresh = next((p for p in detail.parties if p.id == party.id), None)
            if fresh is None:
                self.context.runner.show_failure(EgideError(self.tr(
                    "Ce signataire a été retiré entre-temps.")), self.tabs)
                return

            def reapply(kept: Texts) -> None:
                self._set_party(fresh, kept["represented_by"])

            self._opened(resolve_texts(
                self.tabs, error, {"represented_by": self.tr("Représenté(e) par")},
                {"represented_by": party.represented_by or ""},
                {"represented_by": fresh.represented_by or ""},
                {"represented_by": typed.strip()}, reload=self._reloaded, reapply=reapply))

        self._reread(error, self.detail.version.id, shown)

    def _set_party(self, party: PartyInfo, text: str) -> None:
        seen = party.row_version
        self._edit(
            lambda db: parties.set_party(db, party.id, text, party.signer_id,
                                         seen_version=seen),
            self.tr("Représentation d'un signataire"),
            lambda error: self._party_failed(error, party, text),
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
            self._set_party(party, text)

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
