"""A file to attach, chosen in the same step as the form it belongs to (kept inside the vault
by the service): a consent's signed form, what was sent, a victim's written consent.

``scan``: only a scanned signed form (PDF, JPEG, PNG) is offered in the file dialog.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget


class DocumentField(QWidget):
    chosen = Signal()

    def __init__(self, parent: QWidget, *, scan: bool = False) -> None:
        super().__init__(parent)
        self.scan = scan
        self.path: Path | None = None
        self.label = QLabel("—", self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("Choisir…"), self)
        self.button.clicked.connect(self._choose)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)

    def _choose(self) -> None:
        from desktop.ui.dialogs.file_dialogs import choose_open

        filters = (self.tr("Formulaire signé numérisé (*.pdf *.jpg *.jpeg *.png)")
                   if self.scan else "")
        choose_open(self, self.tr("Document à joindre"), self.set_path, filters=filters)

    def set_path(self, path: Path) -> None:
        from desktop.ui.dialogs.write_dialog import WriteDialog

        self.path = path
        self.label.setText(path.name)
        dialog = self.window()
        if isinstance(dialog, WriteDialog):
            dialog.mark_changed()
            dialog.edited(self)
        self.chosen.emit()

    def content(self) -> tuple[bytes | None, str]:
        if self.path is None:
            return None, ""
        return self.path.read_bytes(), self.path.name
