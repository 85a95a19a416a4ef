"""The follow-up reminders on the home desk, by clicks: the ones due today and the late ones
(the late ones say so in words), a line opens its case, "Fait…" marks one done; reminders to
come and done ones stay off the desk. And the desk's lines wrap: a long référent line never
makes its card scroll sideways."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.models.enums import Force, ReferentRole, UnitKind
from desktop.models.territory import Referent, Unit
from desktop.services.cases import tasks
from desktop.ui.dialogs.write_dialog import DateDialog
from desktop.ui.main_window import MainWindow
from tests.core.committee.fixtures import add_cases
from tests.ui.conftest import wait_idle

LEFT = Qt.MouseButton.LeftButton


def reload_desk(qtbot: QtBot, window: MainWindow) -> None:
    home = window.home_page
    with qtbot.waitSignal(home.desk_shown, timeout=20_000):
        home.load_desk()


def test_reminders_due_and_late_on_the_desk(qtbot: QtBot, main_window: MainWindow) -> None:
    context = main_window.context
    db = context.require_db()
    ids = add_cases(db)
    today = dt.date.today()
    late = tasks.add_task(db, "2026-0002", "Rappeler le praticien", today - dt.timedelta(days=3))
    due = tasks.add_task(db, "2026-0003", "Relancer l'URPS", today)
    tasks.add_task(db, "2026-0004", "Plus tard", today + dt.timedelta(days=2))
    done = tasks.add_task(db, "2026-0005", "Deja fait", today - dt.timedelta(days=5))
    tasks.complete_task(db, done.id, today)
    main_window.resize(1366, 768)
    reload_desk(qtbot, main_window)
    cards = main_window.home_page.desk
    lines = cards.reminder_lines
    assert cards.reminders.summary.text() == "2 rappel(s) à faire aujourd'hui, dont 1 en retard."
    assert [b.text() for b in lines.states] == ["EN RETARD", "AUJOURD'HUI"]  # not colour alone
    assert lines.lines[0].text_shown().startswith("2026-0002 — Rappeler le praticien")
    assert lines.lines[0].accessibleName().startswith("EN RETARD — 2026-0002")
    assert "Plus tard" not in cards.reminders.summary.text() and len(lines.lines) == 2

    # A click on the line opens its case.
    qtbot.waitUntil(lambda: lines.lines[0].height() > 0)
    qtbot.mouseClick(lines.lines[0], LEFT)
    cases = main_window.cases_page
    qtbot.waitUntil(lambda: main_window.pages[main_window.navigation.currentRow()] is cases)
    qtbot.waitUntil(lambda: cases.view.case is not None
                    and cases.view.case.id == ids["2026-0002"], timeout=10_000)

    # Enter on the other line, from the keyboard, opens its case too.
    main_window.navigation.setCurrentRow(0)
    wait_idle(qtbot, context.runner)
    lines.lines[1].setFocus()
    qtbot.keyClick(lines.lines[1], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cases.view.case is not None
                    and cases.view.case.id == ids["2026-0003"], timeout=10_000)

    # "Fait…" on the late one: the date (today), then it leaves the desk.
    main_window.navigation.setCurrentRow(0)
    wait_idle(qtbot, context.runner)
    home = main_window.home_page
    qtbot.mouseClick(lines.done_buttons[0], LEFT)
    dialog = home.dialog
    assert isinstance(dialog, DateDialog) and dialog.isVisible()
    assert "2026-0002" in dialog.windowTitle() + "".join(
        w.text() for w in dialog.findChildren(type(lines.states[0])))
    with qtbot.waitSignal(home.desk_shown, timeout=20_000):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), LEFT)
    assert cards.reminders.summary.text() == "1 rappel(s) à faire aujourd'hui, dont 0 en retard."
    assert [b.text() for b in lines.states] == ["AUJOURD'HUI"]
    [row] = [r for r in tasks.list_tasks(db, include_done=True) if r.id == late.id]
    assert row.done_on == today
    assert due.id in {r.id for r in tasks.list_tasks(db)}


def test_long_referent_lines_wrap(qtbot: QtBot, main_window: MainWindow) -> None:
    db = main_window.context.require_db()
    with db.unit_of_work() as uow:
        unit = Unit(name="Brigade territoriale autonome de Saint-Germain-sur-Morin et de "
                         "Coupvray-les-Trois-Rivieres (compagnie de Meaux)", kind=UnitKind.BRIGADE,
                    force=Force.GN)
        uow.session.add(unit)
        uow.session.add(Referent(first_name="Jean-Christophe", last_name="Dupont-Lamartine",
                                 role=ReferentRole.REFERENT, unit=unit))
    main_window.resize(1024, 700)
    reload_desk(qtbot, main_window)
    listed = main_window.home_page.desk.referents.list
    qtbot.waitUntil(lambda: listed.isVisible() and listed.count() == 1)
    assert "Dupont-Lamartine" in listed.item(0).text()
    assert listed.horizontalScrollBar().maximum() == 0  # nothing to scroll sideways
    row = listed.visualItemRect(listed.item(0))
    assert row.width() <= listed.viewport().width()
    assert row.height() > listed.fontMetrics().height() * 1.5  # wrapped onto more lines
    assert listed.height() >= row.height()  # the whole line shows
