"""Verrouiller (Ctrl+L) and the automatic lock after ``idle_lock_minutes`` without input.

Locking replaces the window's content with a lock screen, disables what touches the data,
closes the open dialogs, and closes the ``Database`` (the key is forgotten; pages drop what
they cached). Unlocking reopens the vault: silently from the keyring when it holds the key,
otherwise through the unlock dialog (passphrase, or "J'ai perdu l'accès").
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.errors import EgideError, KeyringEntryMissing
from desktop.services import vaults
from desktop.services.changes import Changes
from desktop.services.database import Database
from desktop.ui.context import AppContext

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}  # fmt: skip


class LockScreen(QWidget):
    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setProperty("role", "muted")
        self.text.setMaximumWidth(460)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setMaximumWidth(460)
        self.unlock_button = QPushButton(self)
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.clicked.connect(self.unlock_requested)
        layout = QVBoxLayout(self)
        layout.addStretch()
        for widget in (self.title, self.text, self.error, self.unlock_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Coffre verrouillé"))
        self.text.setText(self.tr("Le contenu est masqué et la clé du coffre a été oubliée. "
                                  "Déverrouillez pour reprendre votre travail."))
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button.setText(self.tr("&Déverrouiller"))
        self.unlock_button.setAccessibleName(self.tr("Déverrouiller le coffre"))


class LockController(QObject):
    locked_changed = Signal(bool)

    def __init__(self, window: MainWindow, context: AppContext) -> None:
        super().__init__(window)
        self.window = window
        self.context = context
        self.path: Path | None = context.db.vault.path if context.db else None
        self.screen = LockScreen()
        self.screen.unlock_requested.connect(self.unlock)
        self._content: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.lock)
        self.apply_preferences()
        window.lock_action.triggered.connect(self.lock)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.timer.start()

    @property
    def locked(self) -> bool:
        return self._content is not None

    def apply_preferences(self) -> None:
        self.set_idle_interval(max(1, self.context.preferences.idle_lock_minutes) * 60_000)

    def set_idle_interval(self, milliseconds: int) -> None:
        self.timer.setInterval(milliseconds)
        if not self.locked:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and not self.locked:
            self.timer.start()  # restarts the countdown
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # --- lock ------------------------------------------------------------------------------

    def lock(self) -> None:
        if self.locked:
            return
        self.timer.stop()
        for dialog in self.window.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self._content = self.window.takeCentralWidget()
        self.window.setCentralWidget(self.screen)
        self.screen.error.clear()
        self.screen.show()
        self.screen.unlock_button.setFocus()
        self.window.set_data_enabled(False)
        self.window.status.show_locked(True)
        db, self.context.db = self.context.db, None
        if db is not None:
            self.path = db.vault.path
            self.context.runner.run(db.close)  # after any work in progress
        self.context.lock_changed.emit(True)
        self.locked_changed.emit(True)

    # --- unlock ----------------------------------------------------------------------------

    def unlock(self) -> None:
        if not self.locked or self.path is None:
            return
        path, preferences = self.path, self.context.preferences
        self.screen.unlock_button.setEnabled(False)
        self.context.runner.run(lambda: vaults.open_silently(path, preferences),
                                self._reopened, self._ask_passphrase, parent=self.window)

    def _ask_passphrase(self, error: BaseException) -> None:
        from desktop.ui.dialogs.unlock_dialog import UnlockDialog

        self.screen.unlock_button.setEnabled(True)
        if not isinstance(error, EgideError):
            self.context.runner.show_failure(error, self.window)
            return
        assert self.path is not None
        message = "" if isinstance(error, KeyringEntryMissing) else str(error)
        dialog = UnlockDialog(self.path, self.context.preferences, self.context.runner,
                              self.window, message)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._reopened(dialog.db))
        dialog.open()
        self.dialog = dialog

    def _reopened(self, db: Database | None) -> None:
        self.screen.unlock_button.setEnabled(True)
        if db is None or self._content is None:
            return
        self.context.db = db
        self.window.takeCentralWidget()
        self.window.setCentralWidget(self._content)
        self._content = None
        self.window.set_data_enabled(True)
        self.context.lock_changed.emit(False)
        self.locked_changed.emit(False)
        self.context.publish(Changes.ALL)
        self.timer.start()
