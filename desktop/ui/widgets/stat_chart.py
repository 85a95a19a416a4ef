"""One statistics chart of the dashboard (pyqtgraph, imported by the page on first show):
a bar chart with its title and the export buttons PNG / CSV / XLSX, and its text alternative
(RGAA): "Tableau" shows the same figures as a table, reachable from the keyboard."""

from __future__ import annotations

import textwrap
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
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

from desktop.files import make_private

BLUE_FRANCE = "#000091"
RED_MARIANNE = "#E1000F"
TICK_WIDTH = 22  # characters on a line of a category's label
TICK_LINES = 2


def draw_bars(plot: Any, labels: list[str], values: list[int], threshold: int | None,
              *, horizontal: bool = False) -> None:
    """Bars on a pyqtgraph PlotItem; with ``threshold`` the small counts draw no bar and show
    "< N" (the version that leaves the application). Categories are drawn as horizontal bars
    (long labels stay readable on the left axis); a time series as columns, every k-th month
    labelled."""
    import math

    import pyqtgraph as pg

    plot.clear()
    shown = [0 if threshold and 0 < v < threshold else v for v in values]
    positions = list(range(len(values)))
    if horizontal:
        bars = pg.BarGraphItem(x0=0, y=positions, height=0.7, width=shown, brush=BLUE_FRANCE,
                               pen=None)
    else:
        bars = pg.BarGraphItem(x=positions, height=shown, width=0.7, brush=BLUE_FRANCE,
                               pen=None)
    plot.addItem(bars)
    for index, (value, size) in enumerate(zip(values, shown, strict=True)):
        small = threshold is not None and 0 < value < threshold
        text = pg.TextItem(f"< {threshold}" if small else str(value),
                           color=RED_MARIANNE if small else "#161616",
                           anchor=(0, 0.5) if horizontal else (0.5, 1))
        text.setPos(*((size, index) if horizontal else (index, size)))
        plot.addItem(text)
    peak = max(shown + [1]) * 1.25
    if horizontal:
        ticks = [(i, tick_label(label)) for i, label in enumerate(labels)]
        left = plot.getAxis("left")
        left.setWidth(150)
        left.setStyle(hideOverlappingLabels=False)
        left.setTicks([ticks])
        plot.getAxis("bottom").setTicks(None)
        plot.invertY(True)
        plot.setXRange(0, peak)
        plot.setYRange(-0.6, len(values) - 0.4, padding=0)
    else:
        step = max(1, math.ceil(len(labels) / 6))
        ticks = [(i, label) for i, label in enumerate(labels) if i % step == 0]
        plot.getAxis("bottom").setTicks([ticks])
        plot.getAxis("left").setTicks(None)
        plot.getAxis("left").setWidth(None)
        plot.invertY(False)
        plot.setYRange(0, peak)
    plot.setMouseEnabled(x=False, y=False)
    plot.hideButtons()


def tick_label(label: str) -> str:
    """A category on two lines at most (the whole label is in the chart's tooltip)."""
    lines = textwrap.wrap(label, TICK_WIDTH, break_on_hyphens=True) or [""]
    if len(lines) > TICK_LINES:
        lines = [*lines[:TICK_LINES - 1], textwrap.shorten(
            " ".join(lines[TICK_LINES - 1:]), TICK_WIDTH, placeholder="…")]
    return "\n".join(lines)


class WheelToPage(QObject):
    """The wheel over a chart scrolls the page (the chart neither zooms nor scrolls), unless
    the chart has the focus."""

    def __init__(self, chart: QWidget) -> None:
        super().__init__(chart)
        self.chart = chart

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Wheel or self.chart.hasFocus():
            return False
        area = self.chart.parentWidget()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parentWidget()
        if area is not None:
            QApplication.sendEvent(area.verticalScrollBar(), event)
        return True


class StatChart(QFrame):
    export_requested = Signal(str, str)  # series key, "png" | "csv" | "xlsx"

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        import pyqtgraph as pg

        super().__init__(parent)
        self.key = key
        self.setProperty("role", "card")
        self.title = QLabel(self)
        self.title.setProperty("role", "subtitle")
        self.title.setWordWrap(True)  # a long title wraps rather than widen the page
        self.plot_widget = pg.PlotWidget(self, background="#FFFFFF")
        self.plot_widget.setMinimumHeight(190)
        self.plot_widget.setMinimumWidth(0)
        self.plot_widget.viewport().installEventFilter(WheelToPage(self.plot_widget))
        self.plot_widget.scene().sigMouseMoved.connect(self._hovered)
        self.table = QTableWidget(0, 2, self)  # the chart's text alternative
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(190)
        self.table.hide()
        self.table_button = QPushButton(self)
        self.table_button.setCheckable(True)
        self.table_button.setFlat(True)
        self.table_button.setProperty("role", "compact")  # five to a chart, two charts a row
        self.table_button.toggled.connect(self.show_table)
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout()
        row.addWidget(self.title, 1)
        row.addWidget(self.table_button)
        for kind in ("png", "csv", "xlsx"):
            button = QPushButton(kind.upper(), self)
            button.setFlat(True)
            button.setProperty("role", "compact")
            button.clicked.connect(lambda _=False, k=kind: self.export_requested.emit(self.key, k))
            self.buttons[kind] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addLayout(row)
        layout.addWidget(self.plot_widget)
        layout.addWidget(self.table)
        self.labels: list[str] = []
        self.values: list[int] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.table_button.setText(self.tr("Tableau"))
        self.table.setHorizontalHeaderLabels([self.tr("Libellé"), self.tr("Nombre")])
        self._name(self.title.text())

    def _name(self, title: str) -> None:
        self.setAccessibleName(title)
        self.plot_widget.setAccessibleName(title)
        self.plot_widget.setAccessibleDescription(
            self.tr("Graphique en barres ; le bouton « Tableau » en donne les valeurs."))
        self.table.setAccessibleName(self.tr("Tableau : {0}").format(title))
        self.table_button.setAccessibleName(
            self.tr("Afficher « {0} » en tableau").format(title))

    def show_table(self, shown: bool) -> None:
        """The figures as a table in place of the chart (and back)."""
        self.table.setVisible(shown)
        self.plot_widget.setVisible(not shown)
        if shown:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_series(self, title: str, labels: list[str], values: list[int]) -> None:
        self.title.setText(title)
        self.labels, self.values = labels, values
        self._name(title)
        self.table.setRowCount(len(labels))
        for index, (label, value) in enumerate(zip(labels, values, strict=True)):
            count = QTableWidgetItem(str(value))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(index, 0, QTableWidgetItem(label))
            self.table.setItem(index, 1, count)
        draw_bars(self.plot_widget.getPlotItem(), labels, values, None,
                  horizontal=self.key != "month")
        for kind, button in self.buttons.items():
            button.setAccessibleName(self.tr("Exporter « {0} » en {1}").format(title,
                                                                               kind.upper()))

    def _hovered(self, position: Any) -> None:
        """The whole label and the count of the bar under the mouse, as a tooltip."""
        point = self.plot_widget.getPlotItem().vb.mapSceneToView(position)
        index = round(point.x() if self.key == "month" else point.y())
        if 0 <= index < len(self.labels):
            self.plot_widget.setToolTip(f"{self.labels[index]} : {self.values[index]}")
        else:
            self.plot_widget.setToolTip("")

    def save_png(self, path: str, threshold: int) -> None:
        """The exported image: small counts suppressed, drawn off screen."""
        import pyqtgraph as pg

        widget = pg.PlotWidget(background="#FFFFFF")
        widget.resize(800, 420)
        widget.setTitle(self.title.text(), color=BLUE_FRANCE)
        draw_bars(widget.getPlotItem(), self.labels, self.values, threshold,
                  horizontal=self.key != "month")
        widget.grab().save(path, "PNG")
        make_private(Path(path))
        widget.deleteLater()
