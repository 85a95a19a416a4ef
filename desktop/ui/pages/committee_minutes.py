"""The relevé's text on the "Comité de suivi" page: Enregistrer, Valider and Verrouiller are
made against the version of the relevé whose text the page showed (``seen_version``), so that a
colleague's save in between is never overwritten nor validated unread: the conflict dialog
opens (``conflict_dialog``), their text beside the user's; "Recharger" shows theirs,
"Réappliquer mes modifications" puts the user's text on their version and saves it against it.
Validating or locking again after a reload is a deliberate click: the chair has then read it.

While the user types, a reload of the page (their own other writes, a colleague's announced
save) keeps the typing and the version it was typed on: taking the new version under the old
typing would let the next save overwrite the colleague's text silently.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QPlainTextEdit

from desktop.errors import ConcurrentEdit
from desktop.models.enums import MinutesStatus
from desktop.services.committee import minutes
from desktop.services.committee.records import MinutesRow
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.dialogs.conflict_dialog import ConflictDialog
from desktop.ui.dialogs.text_conflict import resolve_texts
from desktop.ui.pages.committee_session import MeetingSession


@dataclass(frozen=True)
class _Shown:
    """The relevé as the page last showed it: the text the user started from, its version."""

    meeting_id: int
    row_version: int
    body: str
    status: MinutesStatus


class MinutesEditor(QObject):
    conflicted = Signal()  # the conflict dialog is open (``conflict``)
    reloaded = Signal()  # the text box shows the colleague's version
    written = Signal()  # a save, validation or lock went through

    def __init__(self, session: MeetingSession, body: QPlainTextEdit) -> None:
        super().__init__(body)
        self.session = session
        self.body = body
        self.shown: _Shown | None = None
        self.conflict: ConflictDialog | None = None

    def show(self, meeting_id: int, row: MinutesRow | None) -> None:
        """The page shows a meeting's relevé (``row``; None: none yet)."""
        shown, typed = self.shown, self.body.toPlainText()
        if (row is not None and shown is not None and shown.meeting_id == meeting_id
                and row.status == MinutesStatus.PROJET and shown.status == MinutesStatus.PROJET
                and typed not in (shown.body, row.body)):
            return  # unsaved typing: it stays, against the version it was typed on
        self.body.setPlainText(row.body if row else "")
        self.shown = (_Shown(meeting_id, row.row_version, row.body, row.status)
                      if row is not None else None)

    @property
    def seen_version(self) -> int | None:
        return self.shown.row_version if self.shown else None

    # --- the buttons -----------------------------------------------------------------------

    def save(self) -> None:
        text = self.body.toPlainText()
        self._write(lambda db, key, seen: minutes.save_body(db, key, text, seen_version=seen))

    def validate(self) -> None:
        self._write(lambda db, key, seen: minutes.validate_minutes(db, key, seen_version=seen))

    def lock(self) -> None:
        self._write(lambda db, key, seen: minutes.lock_minutes(
            db, key, seen_version=seen).changes)

    def _write(self, make: Callable[[Database, int, int | None], Changes]) -> None:
        if self.session.detail is None:
            return
        key, seen = self.session.meeting_id(), self.seen_version
        self.session.write(lambda db: make(db, key, seen), on_failure=self._failed,
                           on_done=self.written.emit)

    # --- a colleague's save in between -----------------------------------------------------

    def _failed(self, error: BaseException) -> None:
        shown = self.shown
        if not isinstance(error, ConcurrentEdit) or shown is None:
            self.session.failed(error)
            return
        mine = self.body.toPlainText()
        key = shown.meeting_id
        self.session.call(lambda db: minutes.read_minutes(db, key),
                          lambda fresh: self._resolve(error, shown, mine, fresh))

    def _resolve(self, error: ConcurrentEdit, shown: _Shown, mine: str,
                 fresh: MinutesRow) -> None:
        labels = {"body": self.tr("Texte du relevé"), "status": self.tr("État du relevé")}
        now = _Shown(shown.meeting_id, fresh.row_version, fresh.body, fresh.status)

        def reload() -> None:
            self.shown = now
            self.body.setPlainText(fresh.body)
            self.reloaded.emit()

        def reapply(texts: dict[str, str]) -> None:
            self.shown = now
            self.body.setPlainText(texts["body"])
            self.save()

        # Annuler: the typing stays, still against the version it was typed on.
        self.conflict = resolve_texts(
            self.session.anchor, error, labels,
            {"body": shown.body, "status": shown.status.label},
            {"body": fresh.body, "status": fresh.status.label},
            {"body": mine, "status": shown.status.label}, reload=reload, reapply=reapply)
        self.conflicted.emit()
