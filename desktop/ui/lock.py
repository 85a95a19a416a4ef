"""Verrouiller (Ctrl+L) and the automatic lock after ``idle_lock_minutes`` without input.

Locking replaces the window's content with a lock screen, disables what touches the data,
closes the open dialogs and the windows that show data, and closes the ``Database`` (the key
is forgotten; pages drop what they cached). It also happens when the system sleeps or locks the
session (``session_watch``). Idle time is measured on the wall clock, so that a laptop's sleep
counts as idle time (``time.monotonic`` stops while it sleeps).

Unlocking reopens the vault through the unlock dialog (passphrase, or "J'ai perdu l'accès")
when the preference "Exiger la phrase de passe pour déverrouiller" holds (by default: when the
vault has a passphrase); otherwise silently from the keyring when it holds the key. The page
shown (and the case open on it) are kept.

The controller is handed the window it covers (a ``QMainWindow``), its status bar and the
Verrouiller action; it says ``locked_changed`` so the window enables what touches the data.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressDialog,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import EgideError, KeyringEntryMissing
from desktop.services.vault import lifecycle
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.status_bar import VaultStatusBar

ACTIVITY = {
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
}  # fmt: skip
CARD_WIDTH = 480


class LockScreen(QWidget):
    """What the window shows while locked: a card with the unlock button, nothing else."""

    unlock_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = QFrame(self)
        card.setProperty("role", "card")
        card.setFixedWidth(CARD_WIDTH)
        self.title = QLabel(card)
        self.title.setProperty("role", "title")
        self.text = QLabel(card)
        self.text.setWordWrap(True)
        self.unlock_button = QPushButton(card)
        self.unlock_button.setProperty("role", "primary")
        self.unlock_button.setAutoDefault(True)  # Enter on the focused button unlocks
        self.unlock_button.clicked.connect(self.unlock_requested)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(28, 24, 28, 24)
        inner.setSpacing(12)
        inner.addWidget(self.title)
        inner.addWidget(self.text)
        inner.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignRight)
        # A grid with stretching rows and columns around the card: no alignment flags, which
        # would keep the word-wrapped labels from getting their height for the card's width.
        layout = QGridLayout(self)
        layout.addWidget(card, 1, 1)
        layout.setRowStretch(0, 2)
        layout.setRowStretch(2, 3)
        layout.setColumnStretch(0, 1)
        layout.setColumnStretch(2, 1)
        self.retranslate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.unlock_requested.emit()
            return
        super().keyPressEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Coffre verrouillé"))
        self.text.setText(self.tr("Le contenu est masqué et la clé du coffre a été oubliée. "
                                  "Déverrouillez pour reprendre votre travail."))
        self.unlock_button.setText(self.tr("&Déverrouiller"))
        self.unlock_button.setAccessibleName(self.tr("Déverrouiller le coffre"))


class LockController(QObject):
    locked_changed = Signal(bool)  # before the pages hear of it (``context.lock_changed``)

    def __init__(self, context: AppContext, window: QMainWindow, status: VaultStatusBar,
                 lock_action: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.status = status
        self.context = context
        self.path: Path | None = context.db.vault.path if context.db else None
        self.screen = LockScreen()
        self.screen.unlock_requested.connect(self.unlock)
        self._content: QWidget | None = None
        # The filter below only notes the time of the last input (no Qt call per mouse move);
        # a periodic timer compares it with the idle delay.
        self.idle_ms = 0
        self._last_input = time.time()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._check_idle)
        self.apply_preferences()
        lock_action.triggered.connect(self.lock)
        from desktop.ui.session_watch import SessionWatcher

        self.watcher = SessionWatcher(self)
        self.watcher.lock_requested.connect(self.lock)
        from desktop.ui.clipboard_guard import ClipboardGuard

        self.clipboard = ClipboardGuard(self)
        self.watcher.watch_window(int(window.winId()) if sys.platform == "win32" else 0)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    @property
    def locked(self) -> bool:
        return self._content is not None

    def apply_preferences(self) -> None:
        self.set_idle_interval(max(1, self.context.preferences.idle_lock_minutes) * 60_000)

    def set_idle_interval(self, milliseconds: int) -> None:
        """Lock after ``milliseconds`` without input (checked a few times per delay)."""
        self.idle_ms = milliseconds
        self.timer.setInterval(max(20, min(milliseconds // 4, 15_000)))
        if not self.locked:
            self._last_input = time.time()
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self._last_input = time.time()
        return False

    def _check_idle(self) -> None:
        if not self.locked and (time.time() - self._last_input) * 1000 >= self.idle_ms:
            self.lock()

    def stop(self) -> None:
        self.timer.stop()
        self.watcher.stop()
        self.clipboard.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    # --- lock ------------------------------------------------------------------------------

    def lock(self) -> None:
        if self.locked:
            return
        self.timer.stop()
        for dialog in self.window.findChildren(QDialog):
            # Dialogs may show data: close them; a progress dialog only says what runs.
            if dialog.isVisible() and not isinstance(dialog, QProgressDialog):
                dialog.reject()
        self._content = self.window.takeCentralWidget()
        self.window.setCentralWidget(self.screen)
        self.screen.show()
        self.screen.unlock_button.setFocus()
        for bar in self.window.findChildren(QToolBar):  # the global search may hold a name
            for edit in bar.findChildren(QLineEdit):
                edit.clear()
        self.status.clearMessage()
        self.clipboard.clear()  # case text copied before the lock
        self.locked_changed.emit(True)
        self.status.show_locked(True)
        db, self.context.db = self.context.db, None
        if db is not None:
            self.path = db.vault.path
            self.context.runner.run(db.close)  # after any work in progress
        self.context.lock_changed.emit(True)
        for widget in QApplication.topLevelWidgets():
            # Other windows of the application that show data (a PDF preview…): hidden too.
            if widget is not self.window and widget.isVisible() and widget.isWindow() \
                    and widget.property("shows_data"):
                widget.close()

    def requires_passphrase(self) -> bool:
        """Whether unlocking must ask the passphrase even with the key in the keyring."""
        wanted = self.context.preferences.unlock_requires_passphrase
        if self.context.silent_unlock is not None or self.path is None:
            return False  # the demonstration (random passphrase) or a server connection
        if wanted is None:
            from desktop.services.vault.unlocking import has_passphrase

            return has_passphrase(self.path)
        return wanted

    # --- unlock ----------------------------------------------------------------------------

    def unlock(self) -> None:
        if not self.locked:
            return
        path, preferences = self.path, self.context.preferences
        if self.context.silent_unlock is None and path is None:
            return  # a server connection must come with its own way back in

        def silently() -> Database:
            if self.context.silent_unlock is not None:
                return self.context.silent_unlock()
            assert path is not None
            return lifecycle.open_silently(path, preferences)

        self.screen.unlock_button.setEnabled(False)
        if self.requires_passphrase():
            self._ask_passphrase(KeyringEntryMissing())
            return
        self.context.runner.run(silently, self._reopened, self._ask_passphrase,
                                parent=self.window)

    def _ask_passphrase(self, error: BaseException) -> None:
        from desktop.ui.dialogs.unlock_dialog import UnlockDialog

        self.screen.unlock_button.setEnabled(True)
        if not isinstance(error, EgideError) or self.path is None:
            self.context.runner.show_failure(error, self.window)
            return
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
        self._content.show()  # Qt would show it only at the next event loop pass
        self._content = None
        self.locked_changed.emit(False)
        self.context.lock_changed.emit(False)
        self.context.publish(Changes.ALL)
        self._last_input = time.time()
        self.timer.start()
