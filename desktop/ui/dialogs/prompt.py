"""Prompts for one value (a line of text, notes, a passphrase, a choice in a list, a number),
opened window-modal: the caller gets the answer through ``then``, never from a nested event
loop, so a test drives the prompt by typing and clicking as a user would.

Each ``ask_*`` returns the dialog (object name ``prompt``); ``then`` runs only on OK, and for
text only when something was typed (an empty answer is the same as Annuler).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.ui.dialogs.form_dialog import FormDialog


class Prompt(FormDialog):
    answered = Signal(object)

    def __init__(self, parent: QWidget | None, title: str, label: str, field: QWidget,
                 value: Callable[[], Any], *, required: bool = True) -> None:
        super().__init__(parent, minimum_width=420)
        self.setObjectName("prompt")
        self.setWindowTitle(title)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.field = field
        self.value = value
        self.required = required
        self.label = QLabel(label, self)
        self.label.setWordWrap(True)
        self.label.setBuddy(field)
        field.setAccessibleName(label.rstrip(" :"))
        self.add_content(self.label)
        self.add_content(field)
        self.set_button_texts(self.tr("OK"), self.tr("Annuler"))
        field.setFocus()

    def accept(self) -> None:
        answer = self.value()
        super().accept()
        if not self.required or (answer.strip() if isinstance(answer, str) else True):
            self.answered.emit(answer)


def _open(dialog: Prompt, then: Callable[[Any], object]) -> Prompt:
    dialog.answered.connect(then)
    dialog.open()
    return dialog


def ask_text(parent: QWidget, title: str, label: str, then: Callable[[str], object], *,
             text: str = "", required: bool = True) -> Prompt:
    field = QLineEdit(text)
    return _open(Prompt(parent, title, label, field, field.text, required=required), then)


def ask_passphrase(parent: QWidget, title: str, label: str,
                   then: Callable[[str], object]) -> Prompt:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    dialog = Prompt(parent, title, label, field, field.text, required=False)
    # Any passphrase typed counts, spaces included; an empty one is the same as Annuler.
    return _open(dialog, lambda text: then(text) if text else None)


def ask_notes(parent: QWidget, title: str, label: str, text: str,
              then: Callable[[str], object]) -> Prompt:
    """Several lines; an empty answer is kept (it clears the notes)."""
    field = QPlainTextEdit()
    field.setPlainText(text)
    field.setTabChangesFocus(True)
    return _open(Prompt(parent, title, label, field, field.toPlainText, required=False), then)


def ask_choice(parent: QWidget, title: str, label: str, choices: Sequence[str],
               then: Callable[[int], object]) -> Prompt:
    """``then`` receives the index of the chosen line."""
    field = QComboBox()
    field.addItems(list(choices))
    return _open(Prompt(parent, title, label, field, field.currentIndex, required=False), then)


def ask_number(parent: QWidget, title: str, label: str, value: int, minimum: int, maximum: int,
               then: Callable[[int], object]) -> Prompt:
    field = QSpinBox()
    field.setRange(minimum, maximum)
    field.setValue(value)
    return _open(Prompt(parent, title, label, field, field.value, required=False), then)
