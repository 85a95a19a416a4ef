"""One national axis on the dashboard: a chart of the year beside the year before (pyqtgraph,
imported by the page on first show) and its text alternative (RGAA), the same figures as a
table that the "Tableau" button shows in the chart's place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.widgets.stat_chart import BLUE_FRANCE, WheelToPage, tick_label

PREVIOUS_COLOUR = "#9A9AFF"


def draw_pairs(plot: Any, labels: list[str], current: list[int], previous: list[int]) -> None:
    """Two horizontal bars per label: the year (bleu France) above the year before."""
    import pyqtgraph as pg

    plot.clear()
    rows = list(range(len(labels)))
    plot.addItem(pg.BarGraphItem(x0=0, y=[r - 0.18 for r in rows], height=0.34, width=current,
                                 brush=BLUE_FRANCE, pen=None))
    plot.addItem(pg.BarGraphItem(x0=0, y=[r + 0.18 for r in rows], height=0.34,
                                 width=previous, brush=PREVIOUS_COLOUR, pen=None))
    for row, (now, before) in enumerate(zip(current, previous, strict=True)):
        for value, offset in ((now, -0.18), (before, 0.18)):
            text = pg.TextItem(str(value), color="#161616", anchor=(0, 0.5))
            text.setPos(value, row + offset)
            plot.addItem(text)
    left = plot.getAxis("left")
    left.setWidth(150)
    left.setStyle(hideOverlappingLabels=False)
    left.setTicks([[(i, tick_label(label)) for i, label in enumerate(labels)]])
    plot.getAxis("bottom").setTicks(None)
    plot.invertY(True)
    plot.setXRange(0, max(current + previous + [1]) * 1.25)
    plot.setYRange(-0.6, len(labels) - 0.4, padding=0)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()


class AxisChart(QFrame):
    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        import pyqtgraph as pg

        super().__init__(parent)
        self.key = key
        self.setProperty("role", "card")
        self.title = QLabel(self)
        self.title.setProperty("role", "subtitle")
        self.title.setWordWrap(True)
        self.legend = QLabel(self)
        self.legend.setProperty("role", "hint")
        self.plot_widget = pg.PlotWidget(self, background="#FFFFFF")
        self.plot_widget.setMinimumHeight(190)
        self.plot_widget.setMinimumWidth(0)
        self.plot_widget.viewport().installEventFilter(WheelToPage(self.plot_widget))
        self.table = QTableWidget(0, 3, self)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(190)
        self.table.hide()
        self.table_button = QPushButton(self)
        self.table_button.setCheckable(True)
        self.table_button.setFlat(True)
        self.table_button.setProperty("role", "compact")
        self.table_button.toggled.connect(self.show_table)
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.table_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(row)
        layout.addWidget(self.legend)
        layout.addWidget(self.plot_widget)
        layout.addWidget(self.table)
        self.years = (0, 0)
        self.retranslate()

    def retranslate(self) -> None:
        self.table_button.setText(self.tr("Tableau"))
        self._name(self.title.text())

    def _name(self, title: str) -> None:
        self.setAccessibleName(title)
        self.plot_widget.setAccessibleName(title)
        self.plot_widget.setAccessibleDescription(self.tr(
            "Graphique en barres, l'année et la précédente ; le bouton « Tableau » en donne "
            "les valeurs."))
        self.table.setAccessibleName(self.tr("Tableau : {0}").format(title))
        self.table_button.setAccessibleName(
            self.tr("Afficher « {0} » en tableau").format(title))
        year, before = self.years
        self.table.setHorizontalHeaderLabels([self.tr("Modalité"), str(year or ""),
                                              str(before or "")])
        self.legend.setText(self.tr("{0} en bleu foncé, {1} en bleu clair").format(
            year, before) if year else "")

    def show_table(self, shown: bool) -> None:
        self.table.setVisible(shown)
        self.plot_widget.setVisible(not shown)
        if shown:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_axis(self, title: str, year: int, rows: list[tuple[str, int, int]]) -> None:
        self.title.setText(title)
        self.years = (year, year - 1)
        self._name(title)
        self.table.setRowCount(len(rows))
        for index, (label, now, before) in enumerate(rows):
            self.table.setItem(index, 0, QTableWidgetItem(label))
            for column, value in ((1, now), (2, before)):
                item = QTableWidgetItem(str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(index, column, item)
        self.plot_widget.setMinimumHeight(max(190, 26 * len(rows) + 40))  # two bars a row
        draw_pairs(self.plot_widget.getPlotItem(), [r[0] for r in rows], [r[1] for r in rows],
                   [r[2] for r in rows])

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""
