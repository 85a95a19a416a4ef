"""The dashboard's measures section follows the period's end year: the advice requested and
the alerts logged are counted beside the year before."""

from __future__ import annotations

import datetime as dt

from pytestqt.qtbot import QtBot

from desktop.io.insee import normalise_name
from desktop.models.enums import AdviceKind
from desktop.models.territory import Commune
from desktop.services.measures import advice
from desktop.services.measures.records import AdviceInput
from desktop.ui.context import AppContext
from desktop.ui.pages.dashboard import DashboardPage


def test_measures_section_counts_the_end_year(qtbot: QtBot, context: AppContext) -> None:
    db = context.require_db()
    with db.unit_of_work() as uow:
        uow.session.add(Commune(insee_code="77288", name="Melun", search_key=normalise_name(
            "Melun"), department="77"))
    for day in (dt.date(2025, 3, 1), dt.date(2025, 9, 1), dt.date(2024, 5, 1)):
        advice.request_advice(db, AdviceInput(AdviceKind.CONSULTATION, day, "77288",
                                              structure="Maison de santé Fictive"))
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.resize(1100, 900)
    with qtbot.waitSignal(page.refreshed):
        page.show()
    with qtbot.waitSignal(page.measures.loaded) as blocker:
        page.set_period(dt.date(2025, 1, 1), dt.date(2025, 12, 31))
    assert blocker.args[0].year == 2025
    view = page.measures
    rows = {view.cell(r, 2): (view.cell(r, 3), view.cell(r, 4), view.cell(r, 5))
            for r in range(view.table.rowCount())}
    assert rows["Conseils demandés"] == ("2", "1", "+1")
    assert rows["Alertes déclenchées"] == ("0", "0", "=")
    assert view.table.horizontalHeaderItem(3).text() == "2025"
