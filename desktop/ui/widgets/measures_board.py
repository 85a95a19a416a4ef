"""The measures board as a table: for the protocol in force, each measure, its indicators,
the year chosen beside the year before and the evolution. Shown in the "Mesures" page and on
the dashboard."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.measures import board
from desktop.services.measures.records import MeasuresBoard
from desktop.ui.context import AppContext


def evolution_text(value: int) -> str:
    return f"+{value}" if value > 0 else ("=" if value == 0 else f"−{-value}")


class MeasuresBoardView(QWidget):
    loaded = Signal(object)  # MeasuresBoard

    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 with_year: bool = True) -> None:
        super().__init__(parent)
        self.context = context
        self.board: MeasuresBoard | None = None
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.year_label = QLabel(self)
        self.year = QSpinBox(self)
        today = dt.date.today()
        self.year.setRange(2000, today.year)
        self.year.setValue(today.year)
        self.year.valueChanged.connect(lambda _year: self.reload())
        self.table = QTableWidget(0, 6, self)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.year_label)
        top.addWidget(self.year)
        self.year_label.setVisible(with_year)
        self.year.setVisible(with_year)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("Année :"))
        self.year.setAccessibleName(self.tr("Année du tableau des mesures"))
        self.table.setAccessibleName(self.tr("Tableau des mesures"))
        self._headers()

    def _headers(self) -> None:
        year = self.board.year if self.board else self.year.value()
        self.table.setHorizontalHeaderLabels([
            self.tr("Mesure"), self.tr("Articles"), self.tr("Indicateur"), str(year),
            str(year - 1), self.tr("Évolution")])

    def show_year(self, year: int) -> None:
        """Load ``year``'s board (the dashboard follows its period's end)."""
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        year = self.year.value()
        self.context.query(lambda db: board.measures_board(db, year), self.show_board)

    def show_board(self, result: MeasuresBoard) -> None:
        self.board = result
        self.caption.setText(
            self.tr("Mesures du protocole en vigueur : {0}").format(result.protocol_title)
            if result.protocol_title else
            self.tr("Aucune version de protocole en vigueur : toutes les mesures sont listées."))
        rows: list[tuple[str, ...]] = []
        for line in result.lines:
            articles = ", ".join(f"art. {number}" for number in line.articles)
            if not line.indicators:
                rows.append((line.label, articles, self.tr("(pas d'indicateur)"), "", "", ""))
            for index, indicator in enumerate(line.indicators):
                rows.append((line.label if index == 0 else "", articles if index == 0 else "",
                             indicator.label, str(indicator.current), str(indicator.previous),
                             evolution_text(indicator.evolution)))
        self.table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(value))
        self._headers()
        self.table.resizeColumnsToContents()
        self.loaded.emit(result)

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item else ""
