"""Choose a practitioner by typing part of a name, a commune or an RPPS number."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.services.practitioners.directory import PractitionerSummary, search_practitioners
from desktop.ui.context import AppContext

LIMIT = 30


class PractitionerPicker(QWidget):
    chosen = Signal(object)  # PractitionerSummary | None
    listed = Signal(int)  # how many results are shown

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setMinimumHeight(140)
        self.results.currentItemChanged.connect(self._current_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Nom, commune ou n° RPPS…"))
        self.search.setAccessibleName(self.tr("Rechercher un praticien"))
        self.results.setAccessibleName(self.tr("Praticiens trouvés"))

    def refresh(self) -> None:
        text = self.search.text()
        self.context.query(lambda db: search_practitioners(db, text, LIMIT), self._show)

    def selected(self) -> PractitionerSummary | None:
        item = self.results.currentItem()
        if item is None:
            return None
        summary: PractitionerSummary = item.data(Qt.ItemDataRole.UserRole)
        return summary

    def _show(self, found: list[PractitionerSummary]) -> None:
        self.results.clear()
        for summary in found:
            commune = f" — {summary.commune_name}" if summary.commune_name else ""
            item = QListWidgetItem(f"{summary.display_name}, {summary.profession_text}{commune}")
            item.setData(Qt.ItemDataRole.UserRole, summary)
            self.results.addItem(item)
        if len(found) == 1:
            self.results.setCurrentRow(0)
        self.listed.emit(len(found))

    def _current_changed(self) -> None:
        self.chosen.emit(self.selected())
