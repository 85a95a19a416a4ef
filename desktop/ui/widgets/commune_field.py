"""A commune chosen by typing part of its name, a postal code or an INSEE code."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from desktop.services.practitioners.records import CommuneChoice, find_communes
from desktop.ui.context import AppContext


class CommuneField(QWidget):
    listed = Signal(int)  # how many communes the search found

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search = QLineEdit(self)
        self.choice = QComboBox(self)
        self.choice.setMinimumContentsLength(30)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.choice)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self._find)
        self.search.textEdited.connect(lambda _text: self._timer.start())
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("nom, code postal ou code INSEE"))
        self.search.setAccessibleName(self.tr("Rechercher la commune"))
        self.choice.setAccessibleName(self.tr("Commune"))

    def _find(self) -> None:
        text = self.search.text()
        self.context.query(lambda db: find_communes(db, text), self.set_choices)

    def set_choices(self, choices: list[CommuneChoice]) -> None:
        self.choice.clear()
        for item in choices:
            self.choice.addItem(item.text, item)
        if choices:
            self.choice.setCurrentIndex(0)
        self.listed.emit(len(choices))

    def code(self) -> str:
        """The chosen commune's INSEE code ("" when none is chosen)."""
        item = self.choice.currentData()
        return item.insee_code if isinstance(item, CommuneChoice) else ""

    def setFocus(self) -> None:  # noqa: N802 - Qt's name
        self.search.setFocus()
