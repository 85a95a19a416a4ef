"""The recovery key as it is shown, once: the key on two lines, Copier (the clipboard is
emptied a minute later), Imprimer… (the sheet, rendered by the vault service), a note, and the
box the user ticks once the key is kept somewhere safe. Used by the creation assistant and by
Outils > Nouvelle clé de secours…"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

CLIPBOARD_CLEAR_MS = 60_000


class RecoveryKeyPanel(QWidget):
    print_requested = Signal()
    confirmed = Signal(bool)  # the box is ticked (or not)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.recovery_key = ""
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.key = QLabel(self)
        self.key.setProperty("role", "recovery-key")
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.copy = QPushButton(self)
        self.copy.clicked.connect(self.copy_key)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.print_requested)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.note.setProperty("role", "muted")
        self.confirm = QCheckBox(self)
        self.confirm.toggled.connect(self.confirmed)
        row = QHBoxLayout()
        row.addWidget(self.copy)
        row.addWidget(self.print_button)
        row.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.key)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addStretch()
        layout.addWidget(self.confirm)
        self.retranslate()

    def retranslate(self) -> None:
        self.copy.setText(self.tr("&Copier"))
        self.copy.setAccessibleName(self.tr("Copier la clé de secours"))
        self.print_button.setText(self.tr("&Imprimer…"))
        self.print_button.setAccessibleName(self.tr("Imprimer la feuille de la clé de secours"))
        self.key.setAccessibleName(self.tr("Clé de secours"))

    def set_texts(self, intro: str, confirm: str) -> None:
        """What the caller says above the key and beside the box (already translated)."""
        self.intro.setText(intro)
        self.confirm.setText(confirm)
        self.confirm.setAccessibleName(confirm)

    def show_key(self, recovery_key: str) -> None:
        self.recovery_key = recovery_key
        groups = recovery_key.split("-")
        half = (len(groups) + 1) // 2
        self.key.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.key.setMinimumHeight(self.key.sizeHint().height())

    def copy_key(self) -> None:
        key = self.recovery_key
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(key)

        def forget() -> None:
            if clipboard.text() == key:
                clipboard.clear()

        QTimer.singleShot(CLIPBOARD_CLEAR_MS, forget)
        self.note.setText(self.tr("Clé copiée. Le presse-papiers sera vidé dans une minute."))
