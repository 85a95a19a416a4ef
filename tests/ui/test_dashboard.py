"""The dashboard: a period filter reloads the figures; exports suppress small counts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.models.enums import ForceZone
from desktop.ui.context import AppContext
from desktop.ui.pages.dashboard import DashboardPage
from tests.core.committee.fixtures import add_cases


def test_dashboard_with_a_period_filter(qtbot: QtBot, context: AppContext,
                                        tmp_path: Path) -> None:
    add_cases(context.require_db())
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    with qtbot.waitSignal(page.refreshed):
        page.show()
    with qtbot.waitSignal(page.refreshed) as blocker:
        page.set_period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    stats = blocker.args[0]
    assert stats.total == 12
    assert "12 signalement(s)" in page.summary.text()
    assert "Fiche envoyée pour validation 4,0 j (6)" in page.summary.text()
    assert page.charts["month"].values == [7, 4, 1]  # type: ignore[attr-defined]
    with qtbot.waitSignal(page.refreshed) as blocker:
        page.set_period(dt.date(2026, 2, 1), dt.date(2026, 2, 28))
    assert blocker.args[0].total == 4
    with qtbot.waitSignal(page.refreshed) as blocker:
        page.force.setCurrentIndex(page.force.findData(ForceZone.GN))
    assert blocker.args[0].total == 2
    page.export("month", "csv", tmp_path / "mois.csv")
    assert "< 5" in (tmp_path / "mois.csv").read_text(encoding="utf-8-sig")
    page.export(None, "xlsx", tmp_path / "tout.xlsx")
    assert (tmp_path / "tout.xlsx").read_bytes().startswith(b"PK")
    page.export("type", "png", tmp_path / "types.png")
    assert (tmp_path / "types.png").read_bytes().startswith(b"\x89PNG")
    Path("/tmp/shots/committee").mkdir(parents=True, exist_ok=True)
    with qtbot.waitSignal(page.refreshed):
        page.force.setCurrentIndex(0)
    page.grab().save("/tmp/shots/committee/dashboard.png")
    page.export("type", "png", Path("/tmp/shots/committee/types-export.png"))


def test_each_chart_is_named_and_has_its_table(qtbot: QtBot, context: AppContext) -> None:
    """RGAA (issue 17): the chart named by its title, its figures one click (or Space) away
    as a table that takes the keyboard focus."""
    from PySide6.QtCore import Qt

    add_cases(context.require_db())
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    with qtbot.waitSignal(page.refreshed):
        page.show()
    with qtbot.waitSignal(page.refreshed):
        page.set_period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    chart = page.charts["month"]
    title = chart.title.text()  # type: ignore[attr-defined]
    assert title and chart.plot_widget.accessibleName() == title  # type: ignore[attr-defined]
    table = chart.table  # type: ignore[attr-defined]
    assert not table.isVisible()
    qtbot.mouseClick(chart.table_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert table.isVisible() and not chart.plot_widget.isVisible()  # type: ignore[attr-defined]
    assert table.hasFocus()
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert [int(n) for _, n in rows] == [7, 4, 1]
    assert title in table.accessibleName()
    button = chart.table_button  # type: ignore[attr-defined]
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert not table.isVisible() and chart.plot_widget.isVisible()  # type: ignore[attr-defined]
