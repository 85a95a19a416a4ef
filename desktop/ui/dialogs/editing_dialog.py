"""A dialog with a layout of its own (the committee's meeting, decision and action dialogs) that,
when it edits a row of the vault, saves it itself: Enregistrer writes on the worker and the
dialog closes once saved; a refusal shows under the form and the dialog stays open; a
colleague's save in between opens the conflict dialog (``conflict_flow``), as in every
``WriteDialog``. Creating a row, or working on an offline pack, keeps the plain flow: the
dialog is accepted and its caller writes ``values()``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.errors import ConcurrentEdit, EgideError
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.conflict_dialog import ConflictDialog
from desktop.ui.dialogs.conflict_flow import ResolvesConflicts
from desktop.ui.dialogs.guarded_dialog import GuardedDialog

Write = Callable[[Database], Changes]


class EditingDialog(GuardedDialog, ResolvesConflicts):
    succeeded = Signal()
    refused = Signal(str)  # the message shown
    conflicted = Signal()  # a colleague saved the row meanwhile: the conflict dialog is open
    reloaded = Signal()  # the form now shows the row's current version

    def __init__(self, parent: QWidget | None = None, row: Any = None) -> None:
        super().__init__(parent)
        self.row = row
        self.conflict: ConflictDialog | None = None
        self._write: Callable[[], Write] | None = None
        self.notice = QLabel(self)  # what went wrong, under the form (the caller lays it out)
        self.notice.setProperty("role", "error")
        self.notice.setWordWrap(True)
        self.notice.hide()

    def save_itself(self, context: AppContext, write: Callable[[], Write]) -> None:
        """Enregistrer runs ``write()`` (built from the form as it is then, against
        ``seen_version``) and closes the dialog only once it is saved."""
        self.context = context
        self._write = write

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def accept(self) -> None:
        if self._write is None:
            super().accept()
            return
        try:
            write = self._write()
        except EgideError as error:
            self.failed(error)
            return
        self.say("")
        self.write_then_close(write)

    def failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        if self.meet_conflict(error):
            return
        if not isinstance(error, EgideError):
            self.context.runner.show_failure(error, self)
            return
        self.say(str(error))
        self.refused.emit(str(error))

    # --- the conflict flow's outcome -------------------------------------------------------

    def conflict_opened(self) -> None:
        self.conflicted.emit()

    def conflict_cancelled(self, error: ConcurrentEdit) -> None:
        self.say(str(error))
        self.refused.emit(str(error))

    def conflict_reloaded(self) -> None:
        self.say(self.tr("Rechargé : le formulaire montre la version actuelle, votre saisie a "
                         "été abandonnée."))
        self.reloaded.emit()

    def conflict_reapplied(self) -> None:
        self.accept()

    def conflict_unread(self, failure: BaseException) -> None:
        self.failed(failure)
