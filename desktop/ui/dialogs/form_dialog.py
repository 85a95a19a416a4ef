"""The frame every small editing dialog shares: its content, an inline error line, and
Enregistrer / Annuler. A refused value keeps the dialog open with the French message shown."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayout,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.geometry import preserve_geometry


class FormDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, minimum_width: int = 520,
                 geometry_key: str | None = None) -> None:
        super().__init__(parent)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.error)
        self._layout.addWidget(self.buttons)
        self.setMinimumWidth(minimum_width)
        if geometry_key:
            preserve_geometry(self, geometry_key)

    def add_content(self, content: QWidget | QLayout) -> None:
        """Above the error line, in the order added."""
        position = self._layout.indexOf(self.error)
        if isinstance(content, QLayout):
            self._layout.insertLayout(position, content)
        else:
            self._layout.insertWidget(position, content)

    def set_button_texts(self, ok: str, cancel: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
