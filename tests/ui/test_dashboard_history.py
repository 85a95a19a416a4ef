"""The dashboard's first display counts its own period only; the whole history is counted
afterwards on the worker, so that the next period is a sum of cached months."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from desktop.services.committee import statistics_raw
from desktop.ui.context import AppContext
from desktop.ui.pages.dashboard import DashboardPage
from tests.core.committee.fixtures import add_cases


def test_the_history_is_counted_after_the_first_figures(qtbot: QtBot,
                                                        context: AppContext) -> None:
    add_cases(context.require_db())  # January to March 2026
    statistics_raw.clear_cache()
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.set_period(dt.date(2026, 2, 1), dt.date(2026, 2, 28))  # hidden: nothing counted yet
    assert not statistics_raw._CACHE
    with qtbot.waitSignal(page.refreshed) as blocker:
        page.show()
    assert blocker.args[0].total == 4

    def whole_history() -> None:
        (entry,) = statistics_raw._CACHE.values()
        assert entry.months == {"2026-01", "2026-02", "2026-03"}

    qtbot.waitUntil(whole_history)
    with qtbot.waitSignal(page.refreshed) as blocker:
        page.set_period(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
    assert blocker.args[0].total == 12
