"""The audit page as an inspector uses it, by clicks and typing: French labels, the case on
each row, filters (case, action, user, period), search, and the CSV export read back."""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from desktop.models.enums import CaseStatus
from desktop.services.cases.queries import get_case
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.audit import AuditPage
from desktop.ui.widgets.date_field import date_of
from tests.computer_zone import FAR_ZONES, computer_in
from tests.ui.conftest import wait_idle
from tests.ui.test_case_records import choose_file
from tests.ui.test_cases_steps import LEFT, case_at


def show_audit(qtbot: QtBot, window: MainWindow) -> AuditPage:
    page: AuditPage = window.audit_page
    window.navigation.setCurrentRow(window.pages.index(page))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.model.entry(0) is not None)
    return page


def column(page: AuditPage, number: int) -> list[str]:
    model = page.model
    return [model.index(row, number).data() for row in range(model.rowCount())]


def settle(qtbot: QtBot, page: AuditPage) -> None:
    qtbot.waitUntil(lambda: not page.filter_pending)  # the typing pause, however long it lasts
    wait_idle(qtbot, page.context.runner)
    qtbot.waitUntil(lambda: all(page.model.entry(r) is not None
                                for r in range(page.model.rowCount())))


def test_filters_search_and_csv_export(qtbot: QtBot, main_window: MainWindow,
                                       tmp_path: Path) -> None:
    context = main_window.context
    case_id = case_at(context, CaseStatus.TRANSMIS_URPS_ORDRE)
    reference = get_case(context.require_db(), case_id).reference  # a "view" entry
    page = show_audit(qtbot, main_window)
    everything = page.model.rowCount()
    actions = column(page, 2)
    assert "Consultation" in actions and "Changement d'étape" in actions
    assert not {"view", "transition", "transmit", "create"} & set(actions)
    moved = column(page, 5)[actions.index("Changement d'étape")]
    assert "étape :" in moved and "_" not in moved
    # The case's rows, by its reference typed in the case field.
    qtbot.keyClicks(page.case_field, reference)
    settle(qtbot, page)
    assert 0 < page.model.rowCount() < everything
    assert set(column(page, 4)) == {reference}
    # Only the consultations: typed in the action list, as the keyboard selects.
    page.action.setFocus()
    qtbot.keyClicks(page.action, "Consu")
    settle(qtbot, page)
    assert page.action.currentText() == "Consultation"
    assert column(page, 2) == ["Consultation"] and column(page, 3) == ["Signalement"]
    # The user list holds who acted.
    assert page.actor.count() == 2 and page.actor.itemText(1) == context.require_db().actor
    # A period before today: nothing.
    qtbot.mouseClick(page.period, LEFT)
    assert page.period.isChecked() and page.date_to.isEnabled()
    settle(qtbot, page)
    assert page.model.rowCount() == 1
    yesterday = dt.date.today() - dt.timedelta(days=1)
    page.date_to.setDate(QDate(yesterday.year, yesterday.month, yesterday.day))
    settle(qtbot, page)
    assert page.model.rowCount() == 0
    qtbot.mouseClick(page.period, LEFT)
    settle(qtbot, page)
    # The search, with the other filters cleared.
    page.action.setFocus()
    qtbot.keyClick(page.action, Qt.Key.Key_Home)
    page.case_field.clear()
    qtbot.keyClicks(page.search, "Service")  # the office identity's entry, by its label
    settle(qtbot, page)
    assert set(column(page, 3)) == {"Service"}
    page.search.clear()
    qtbot.keyClicks(page.case_field, reference)
    settle(qtbot, page)
    shown = page.model.rowCount()
    # Export what the filters select, read back as Excel would.
    qtbot.mouseClick(page.export_button, LEFT)
    target = tmp_path / "controle.csv"
    with qtbot.waitSignal(page.exported):
        choose_file(qtbot, page, target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][3:7] == ["Action", "Objet", "N° de l'objet", "Dossier"]
    assert len(rows) - 1 == shown and {row[6] for row in rows[1:]} == {reference}
    assert str(target) in page.notice.text()


def test_the_case_filter_takes_part_of_a_reference(qtbot: QtBot,
                                                   main_window: MainWindow) -> None:
    from tests.core.committee.fixtures import add_cases

    db = main_window.context.require_db()
    ids = add_cases(db)  # 2026-0001 to 2026-0012
    for reference in ("2026-0003", "2026-0010", "2026-0011", "2026-0003"):
        get_case(db, ids[reference])  # each consultation is an entry
    page = show_audit(qtbot, main_window)
    # The number alone: 2026-0003's two consultations.
    qtbot.keyClicks(page.case_field, "3")
    settle(qtbot, page)
    assert column(page, 4) == ["2026-0003", "2026-0003"]
    qtbot.waitUntil(lambda: page.count.text()
                    == "2 entrée(s) sur 1 dossier(s) correspondant à « 3 »")
    # A part of the reference: 2026-0010 to 2026-0012, and the page says how many matched.
    page.case_field.clear()
    qtbot.keyClicks(page.case_field, "2026-001")
    settle(qtbot, page)
    assert sorted(column(page, 4)) == ["2026-0010", "2026-0011"]
    qtbot.waitUntil(lambda: page.count.text()
                    == "2 entrée(s) sur 3 dossier(s) correspondant à « 2026-001 »")
    # The exact reference still works.
    page.case_field.clear()
    qtbot.keyClicks(page.case_field, "2026-0011")
    settle(qtbot, page)
    assert column(page, 4) == ["2026-0011"]


@pytest.fixture(params=FAR_ZONES)
def computer_zone(request: pytest.FixtureRequest) -> Iterator[str]:
    with computer_in(request.param):
        yield request.param


def test_the_period_is_in_the_offices_days_whatever_the_computers_zone(
        computer_zone: str, qtbot: QtBot, main_window: MainWindow) -> None:
    page = show_audit(qtbot, main_window)
    everything = page.model.rowCount()
    office_today = dt.datetime.now(ZoneInfo("Europe/Paris")).date()
    shown = QDate(office_today.year, office_today.month, office_today.day)
    assert date_of(page.date_to) == office_today  # the times listed are the office's
    assert page.date_to.maximumDate() == shown
    qtbot.mouseClick(page.period, LEFT)  # "Du" a month ago "au" today: today's entries
    settle(qtbot, page)
    assert page.model.rowCount() == everything
