"""Office screens: a sidebar that narrows on a small screen, chart labels that wrap with the
whole label as a tooltip, the wheel over a chart that scrolls the page."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.dashboard import DashboardPage
from desktop.ui.widgets.stat_chart import StatChart, tick_label


def test_the_sidebar_narrows_with_the_window(qtbot: QtBot, main_window: MainWindow) -> None:
    main_window.showNormal()
    main_window.resize(1600, 900)
    qtbot.waitUntil(lambda: main_window.width() == 1600)
    wide = main_window.navigation.width()
    main_window.resize(1024, 700)
    qtbot.waitUntil(lambda: main_window.width() == 1024)
    narrow = main_window.navigation.width()
    assert narrow < wide
    assert narrow <= 0.15 * 1024 + 1
    for row in range(main_window.navigation.count()):  # an elided title keeps its tooltip
        item = main_window.navigation.item(row)
        assert item.toolTip() and item.text().startswith(item.toolTip()[:3])


def test_chart_labels_wrap_on_two_lines() -> None:
    label = tick_label("Masseur-kinésithérapeute libéral en exercice coordonné")
    lines = label.split("\n")
    assert len(lines) == 2 and all(len(line) <= 22 for line in lines)
    assert lines[0].startswith("Masseur-")
    assert tick_label("Infirmier") == "Infirmier"


def _dashboard(qtbot: QtBot, context: AppContext) -> DashboardPage:
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(900, 420)
    with qtbot.waitSignal(page.refreshed):
        page.show()
    qtbot.waitUntil(lambda: bool(page.charts))
    return page


def _wheel(widget: QScrollArea | object, down: bool = True) -> None:
    viewport = widget.viewport()  # type: ignore[attr-defined]
    centre = QPointF(viewport.rect().center())
    event = QWheelEvent(centre, QPointF(viewport.mapToGlobal(centre.toPoint())), QPoint(0, 0),
                        QPoint(0, -120 if down else 120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)


def test_the_wheel_over_a_chart_scrolls_the_page(qtbot: QtBot, context: AppContext) -> None:
    page = _dashboard(qtbot, context)
    chart = next(iter(page.charts.values()))
    assert isinstance(chart, StatChart)
    area = chart.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    bar = area.verticalScrollBar()
    assert bar.maximum() > 0
    before = bar.value()
    _wheel(chart.plot_widget)
    assert bar.value() > before
    chart.plot_widget.setFocus()  # clicked: the chart keeps the wheel
    qtbot.waitUntil(chart.plot_widget.hasFocus)
    scrolled = bar.value()
    _wheel(chart.plot_widget)
    assert bar.value() == scrolled


def test_a_chart_shows_the_whole_label_under_the_mouse(qtbot: QtBot,
                                                       context: AppContext) -> None:
    page = _dashboard(qtbot, context)
    chart = page.charts["profession"] if "profession" in page.charts else next(
        c for k, c in page.charts.items() if k != "month")
    assert isinstance(chart, StatChart)
    chart.show_series("Professions", ["Masseur-kinésithérapeute libéral", "Infirmier"], [3, 1])
    area = chart.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    area.ensureWidgetVisible(chart)
    view = chart.plot_widget
    item = view.getPlotItem()
    alongs = itertools.cycle((1.0, 1.5))  # a real move each time

    def hover_the_first_bar() -> bool:
        """Moved again at each try, to where the bar is now: the view's range settles after
        the first paint, and a single move made before it (on a loaded machine) missed."""
        first_bar = item.vb.mapViewToScene(QPointF(next(alongs), 0.0))
        QTest.mouseMove(view.viewport(), view.mapFromScene(first_bar))
        return view.toolTip() != ""

    qtbot.waitUntil(hover_the_first_bar)
    assert view.toolTip() == "Masseur-kinésithérapeute libéral : 3"


def test_a_long_title_is_elided_with_its_tooltip(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.referents_page
    title = page.title
    text = title.text()
    assert title.minimumWidth() < title.fontMetrics().horizontalAdvance(text)
    title.resize(120, title.height())
    title.grab()  # painted narrow: elided, the whole title as its tooltip
    assert title.toolTip() == text
    title.resize(title.fontMetrics().horizontalAdvance(text) + 40, title.height())
    title.grab()
    assert title.toolTip() == ""
