"""A yes/no question before a destructive action, opened window-modal (never a nested event
loop): ``on_yes`` runs only when the user confirms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, text: str, yes_text: str,
            on_yes: Callable[[], object], *, no_text: str | None = None) -> QMessageBox:
    """``no_text`` names the button that leaves things as they are (default "Annuler")."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(no_text or box.tr("Annuler"),
                       QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    box.setObjectName("confirm_box")

    def finished() -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box
