"""The follow-up tabs of the "Mesures" page, by clicks: a reminder added on a case and marked
done; a step's delay changed and a severity level renamed (the services had no caller)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.models.enums import CaseStatus
from desktop.services.cases import defaults, tasks
from desktop.ui.context import AppContext
from desktop.ui.dialogs.follow_up_dialogs import DelayDialog, SeverityDialog, TaskDialog
from desktop.ui.dialogs.write_dialog import WriteDialog
from desktop.ui.pages.measures import MeasuresPage
from desktop.ui.widgets.follow_up_tabs import FollowUpSettingsTab, RemindersTab
from tests.core.committee.fixtures import add_cases

from .clicks import click_tab
from .conftest import wait_idle


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> Iterator[MeasuresPage]:
    add_cases(context.require_db())
    widget = MeasuresPage(context)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    wait_idle(qtbot, context.runner)
    yield widget
    wait_idle(qtbot, context.runner)


def click_ok(qtbot: QtBot, dialog: WriteDialog, signal: str = "succeeded") -> None:
    with qtbot.waitSignal(getattr(dialog, signal)):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)


def test_reminder_added_and_done(qtbot: QtBot, page: MeasuresPage, context: AppContext) -> None:
    tab = page.reminders_tab
    assert isinstance(tab, RemindersTab)
    click_tab(qtbot, page.tabs, tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, TaskDialog) and dialog.isVisible()
    qtbot.keyClicks(dialog.case, "1999-0001")
    qtbot.keyClicks(dialog.label, "Rappeler le praticien")
    click_ok(qtbot, dialog, "refused")
    assert "1999-0001" in dialog.error.text() and "\n" not in dialog.error.text()
    assert dialog.isVisible() and tasks.list_tasks(context.require_db()) == []
    dialog.case.clear()
    qtbot.keyClicks(dialog.case, "2026-0001")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.index(0, 1).data() == "2026-0001"
    assert tab.model.index(0, 3).data() == "à faire"

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    done = tab.dialog
    assert isinstance(done, WriteDialog) and done is not dialog
    click_ok(qtbot, done)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    qtbot.mouseClick(tab.show_done, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.index(0, 3).data().startswith("fait le ")
    [row] = tasks.list_tasks(context.require_db(), include_done=True)
    assert row.done_on is not None


def test_delay_and_severity_label_edited(qtbot: QtBot, page: MeasuresPage,
                                         context: AppContext) -> None:
    tab = page.settings_tab
    assert isinstance(tab, FollowUpSettingsTab)
    click_tab(qtbot, page.tabs, tab)
    qtbot.waitUntil(lambda: tab.delays.rowCount() > 0 and tab.levels.rowCount() > 0)
    assert tab.delays.row_at(0)[0] is CaseStatus.RECU
    tab.delays_table.selectRow(0)
    qtbot.mouseClick(tab.delay_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, DelayDialog) and dialog.isVisible()
    dialog.days.selectAll()
    qtbot.keyClicks(dialog.days, "9")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.delays.index(0, 1).data() == "9 jour(s)")
    assert defaults.workflow_delays(context.require_db())[CaseStatus.RECU] == 9

    tab.levels_table.selectRow(0)
    qtbot.mouseClick(tab.rename_button, Qt.MouseButton.LeftButton)
    rename = tab.dialog
    assert isinstance(rename, SeverityDialog) and rename is not dialog
    before = tab.levels.index(0, 2).data()
    rename.text.clear()
    click_ok(qtbot, rename, "refused")
    assert rename.error.text() and "\n" not in rename.error.text() and rename.isVisible()
    assert tab.levels.index(0, 2).data() == before
    rename.text.setText("Propos outrageants, injures")
    click_ok(qtbot, rename)
    qtbot.waitUntil(lambda: tab.levels.index(0, 2).data() == "Propos outrageants, injures")
