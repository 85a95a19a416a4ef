"""Préférences, Protocole tab, by clicks and typing: the référents' months, the small-count
threshold and the comité's frequency, each saved to the vault and shown to take effect; a value
out of its range refused with its French line; the steps' delays and the severity labels are
there too."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QSpinBox
from pytestqt.qtbot import QtBot

from desktop.models.base import utc_now
from desktop.models.committee import Meeting
from desktop.models.enums import Force, ReferentRole, UnitKind
from desktop.models.territory import Referent, Unit
from desktop.services.committee.statistics import Filters, compute
from desktop.services.committee.suppression import shown_count
from desktop.services.roster import coverage
from desktop.services.vault import office_rules
from desktop.services.vault.desk import desk
from desktop.ui.dialogs.preferences_dialog import PreferencesDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.widgets.protocol_rules import ProtocolRulesTab
from tests.ui.conftest import wait_idle

LEFT = Qt.MouseButton.LeftButton


def open_protocol_tab(qtbot: QtBot, window: MainWindow) -> PreferencesDialog:
    for old in window.findChildren(PreferencesDialog):
        old.setParent(None)
        old.deleteLater()
    window.preferences_action.trigger()
    [dialog] = window.findChildren(PreferencesDialog)
    assert isinstance(dialog.protocol, ProtocolRulesTab) and not dialog.protocol.isVisible()
    bar = dialog.tabs.tabBar()
    assert bar.tabText(1) == "Protocole"
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(1).center())
    assert dialog.tabs.currentWidget() is dialog.protocol
    qtbot.waitUntil(lambda: dialog.protocol.rules is not None)  # type: ignore[union-attr]
    return dialog


def type_number(qtbot: QtBot, spin: QSpinBox, value: int) -> None:
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def save(qtbot: QtBot, dialog: PreferencesDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_referents_become_stale_at_six_months(qtbot: QtBot, main_window: MainWindow) -> None:
    db = main_window.context.require_db()
    today = dt.date.today()
    with db.unit_of_work() as uow:
        unit = Unit(name="Brigade de Melun", kind=UnitKind.BRIGADE, force=Force.GN)
        uow.session.add_all([
            Referent(first_name="Anne", last_name="Sept", role=ReferentRole.REFERENT, unit=unit,
                     verified_on=today - dt.timedelta(days=215)),
            Referent(first_name="Luc", last_name="Trois", role=ReferentRole.REFERENT, unit=unit,
                     verified_on=today - dt.timedelta(days=90))])
    assert coverage.stale_referents(db) == []  # 12 months by default
    dialog = open_protocol_tab(qtbot, main_window)
    tab = dialog.protocol
    assert tab is not None and tab.stale_months.value() == 12
    type_number(qtbot, tab.stale_months, 6)
    save(qtbot, dialog)
    assert [r.last_name for r in coverage.stale_referents(db)] == ["Sept"]
    home = main_window.home_page
    qtbot.waitUntil(lambda: "1 référent(s) non vérifié(s) depuis 6 mois"
                    in home.desk.referents.summary.text(), timeout=10_000)
    assert office_rules.read_rules(db).stale_referent_months == 6


def test_the_threshold_masks_the_counts(qtbot: QtBot, main_window: MainWindow) -> None:
    db = main_window.context.require_db()
    year = Filters(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    dialog = open_protocol_tab(qtbot, main_window)
    tab = dialog.protocol
    assert tab is not None and tab.threshold.value() == 5  # the default, unchanged
    type_number(qtbot, tab.threshold, 3)
    save(qtbot, dialog)
    threshold = compute(db, year).threshold
    assert threshold == 3 and shown_count(4, threshold) == "4"
    dialog = open_protocol_tab(qtbot, main_window)
    assert dialog.protocol is not None and dialog.protocol.threshold.value() == 3
    type_number(qtbot, dialog.protocol.threshold, 5)
    save(qtbot, dialog)
    threshold = compute(db, year).threshold
    assert threshold == 5 and shown_count(4, threshold) == "< 5"


def test_the_committee_frequency_on_the_desk(qtbot: QtBot, main_window: MainWindow) -> None:
    db = main_window.context.require_db()
    with db.unit_of_work() as uow:
        uow.session.add(Meeting(starts_at=utc_now() - dt.timedelta(days=120), place="Melun"))
    home = main_window.home_page
    with qtbot.waitSignal(home.desk_shown, timeout=20_000):
        home.load_desk()
    assert not desk(db).committee.overdue  # every 12 months: due in some 8 months
    assert "tous les 12 mois" in home.desk.meeting.summary.text()
    dialog = open_protocol_tab(qtbot, main_window)
    assert dialog.protocol is not None
    type_number(qtbot, dialog.protocol.committee_every, 3)
    save(qtbot, dialog)
    qtbot.waitUntil(lambda: home.desk.meeting.summary.text().startswith(
        "EN RETARD — le comité se réunit tous les 3 mois"), timeout=10_000)
    assert home.desk.meeting.summary.property("role") == "error"
    assert desk(db).committee.overdue


def test_a_value_out_of_range_is_refused(qtbot: QtBot, main_window: MainWindow) -> None:
    db = main_window.context.require_db()
    dialog = open_protocol_tab(qtbot, main_window)
    tab = dialog.protocol
    assert tab is not None
    type_number(qtbot, tab.threshold, 1)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert dialog.isVisible()
    assert tab.error.text() == "Seuil des petits effectifs : entre 2 et 20."
    assert tab.threshold.hasFocus() or dialog.tabs.currentWidget() is tab
    type_number(qtbot, tab.stale_months, 61)
    type_number(qtbot, tab.threshold, 4)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert tab.error.text() == "Référents à vérifier après : entre 1 et 60 mois."
    assert office_rules.read_rules(db) == office_rules.OfficeRules()  # nothing saved
    # The steps' delays and the severity labels are on the same tab.
    qtbot.waitUntil(lambda: tab.follow_up.delays.rowCount() > 0
                    and tab.follow_up.levels.rowCount() > 0)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    wait_idle(qtbot, main_window.context.runner)


def test_a_new_meeting_is_proposed_by_the_frequency(qtbot: QtBot, main_window: MainWindow) -> None:
    from PySide6.QtWidgets import QApplication

    from desktop.ui.dialogs.meeting_dialog import MeetingDialog

    db = main_window.context.require_db()
    with db.unit_of_work() as uow:
        uow.session.add(Meeting(starts_at=utc_now() - dt.timedelta(days=40), place="Melun"))
    dialog = open_protocol_tab(qtbot, main_window)
    assert dialog.protocol is not None
    type_number(qtbot, dialog.protocol.committee_every, 4)
    save(qtbot, dialog)
    page = main_window.page("committee")
    main_window.navigation.setCurrentRow(main_window.pages.index(page))
    wait_idle(qtbot, main_window.context.runner)
    qtbot.mouseClick(page.new_button, LEFT)
    found: list[MeetingDialog] = []
    qtbot.waitUntil(lambda: bool(found.extend(
        w for w in QApplication.topLevelWidgets()
        if isinstance(w, MeetingDialog) and w.isVisible()) or found))
    last = office_rules.read_rules(db)  # every 4 months from the last meeting
    assert last.committee_every_months == 4
    with db.reading() as session:
        last_day = office_rules.last_meeting_day(session)
    assert last_day is not None
    proposed = found[0].starts_at.dateTime().toPython().date()
    assert proposed == office_rules.add_months(last_day, 4)
    # Nothing typed: Annuler closes it without asking.
    qtbot.mouseClick(found[0].buttons.button(QDialogButtonBox.StandardButton.Cancel), LEFT)
    assert not found[0].isVisible()
