"""A small dialog asking for one date (today by default)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget


class DateDialog(QDialog):
    def __init__(self, title: str, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.label = QLabel(prompt, self)
        self.date = QDateEdit(QDate.currentDate(), self)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date.setAccessibleName(prompt)
        self.label.setBuddy(self.date)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.date)
        layout.addWidget(buttons)

    @property
    def value(self) -> dt.date:
        day = self.date.date()
        return dt.date(day.year(), day.month(), day.day())


def ask_date(parent: QWidget, title: str, prompt: str) -> dt.date | None:
    dialog = DateDialog(title, prompt, parent)
    return dialog.value if dialog.exec() == QDialog.DialogCode.Accepted else None
