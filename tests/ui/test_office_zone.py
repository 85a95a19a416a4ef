"""Every time in the office's zone, the same in the interface and the documents: an office in
La Réunion (974, Indian/Reunion) sees a meeting at 13 h on its screen and in the convocation,
whatever the computer's own zone (UTC on the test machine: 09:00 there)."""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Iterator
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop.services.committee.convocation import convocation_pdf
from desktop.services.committee.meetings import create_meeting
from desktop.services.vault.office import OfficeIdentity
from desktop.ui import clock
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.text import datetime_text
from desktop.ui.widgets.attendance_table import _hm
from tests.ui.conftest import wait_idle

REUNION = ZoneInfo("Indian/Reunion")


@pytest.fixture
def office_identity() -> OfficeIdentity:
    return OfficeIdentity.for_department("974")


@pytest.fixture(autouse=True)
def paris_again() -> Iterator[None]:
    yield
    clock.use_zone("Europe/Paris")  # the zone is the interface's: leave it as others expect


@pytest.fixture
def meeting(context: AppContext) -> int:
    starts = dt.datetime(2026, 12, 15, 13, 0, tzinfo=REUNION)
    return create_meeting(context.require_db(), starts, "Préfecture, Saint-Denis").id


def test_a_reunion_meeting_at_13_h_on_screen_and_in_the_convocation(
        qtbot: QtBot, main_window: MainWindow, context: AppContext, meeting: int) -> None:
    assert clock.zone() == REUNION
    utc = dt.datetime(2026, 12, 15, 9, 0, tzinfo=dt.UTC)  # as the vault keeps it
    assert datetime_text(utc) == "15 décembre 2026 à 13:00"
    assert _hm(utc) == "13:00"
    page = main_window.committee_page
    main_window.navigation.setCurrentRow(main_window.pages.index(page))
    wait_idle(qtbot, context.runner)
    qtbot.waitUntil(lambda: page.meeting_list.count() == 1)
    assert page.meeting_list.item(0).text().startswith("15/12/2026 13:00")
    text = " ".join(PdfReader(io.BytesIO(convocation_pdf(context.require_db(), meeting)))
                    .pages[0].extract_text().replace("\u202f", " ").replace("\u00a0", " ")
                    .split())
    assert "13 h" in text and "9 h" not in text


def test_a_time_typed_in_a_form_is_the_office_wall_clock(context: AppContext) -> None:
    assert clock.to_utc(dt.datetime(2026, 12, 15, 13, 0)) == dt.datetime(
        2026, 12, 15, 9, 0, tzinfo=dt.UTC)
