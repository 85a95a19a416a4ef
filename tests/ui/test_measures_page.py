"""The "Mesures" page driven as a user would: an advice request from the button to its cover
letter, an alert logged by the régulation, a vidéoprotection site created then moved along,
the measures board; and the page in the main window's navigation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.io.insee import normalise_name
from desktop.models.enums import (
    AdviceKind,
    AlertDeviceKind,
    Force,
    ForceZone,
    Profession,
    ReferentRole,
    UnitKind,
    VideoSiteStatus,
)
from desktop.models.territory import Commune, PostalCode, Referent, Unit
from desktop.services.measures import advice, video
from desktop.services.measures.records import AdviceStatus
from desktop.services.practitioners import alert_devices, alerts, directory
from desktop.services.practitioners.directory import PractitionerInput
from desktop.ui.context import AppContext
from desktop.ui.dialogs.advice_dialogs import (
    AdviceDoneDialog,
    AdviceRequestDialog,
    AssignReferentDialog,
)
from desktop.ui.dialogs.alert_dialog import AlertDialog
from desktop.ui.dialogs.write_dialog import WriteDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.measures import MeasuresPage
from desktop.ui.widgets.advice_tab import AdviceTab
from desktop.ui.widgets.alert_log_tab import AlertLogTab
from desktop.ui.widgets.video_tab import VideoTab

from .clicks import click_tab
from .conftest import wait_idle


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> Iterator[MeasuresPage]:
    db = context.require_db()
    with db.unit_of_work() as uow:
        for code, name, postal, zone in (("77288", "Melun", "77000", ForceZone.PN),
                                         ("77001", "Achères-la-Forêt", "77760", ForceZone.GN)):
            commune = Commune(insee_code=code, name=name, search_key=normalise_name(name),
                              department="77", force_zone=zone)
            commune.postal_codes.append(PostalCode(code=postal, ligne_5=""))
            uow.session.add(commune)
        unit = Unit(kind=UnitKind.BRIGADE, name="Brigade de Fictive", force=Force.GN)
        uow.session.add(unit)
        uow.session.flush()
        uow.session.add(Referent(first_name="Paul", last_name="Fictif",
                                 role=ReferentRole.REFERENT, unit_id=unit.id))
    for first, last in (("Inès", "Aubepine"), ("Zoé", "Bleuet")):  # two: none chosen at first
        directory.create_practitioner(db, PractitionerInput(
            first, last, Profession.MEDECIN_GENERALISTE, commune_code="77001",
            phone="01 99 00 12 34"))
    widget = MeasuresPage(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    widget.show()
    wait_idle(qtbot, context.runner)
    yield widget
    wait_idle(qtbot, context.runner)


def ok(qtbot: QtBot, dialog: WriteDialog, signal: str = "succeeded") -> None:
    with qtbot.waitSignal(getattr(dialog, signal)):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)


def pick_practitioner(qtbot: QtBot, dialog: WriteDialog) -> None:
    picker = dialog.picker  # type: ignore[attr-defined]
    qtbot.keyClicks(picker.search, "aubepine")
    qtbot.waitUntil(lambda: picker.results.count() == 1)
    picker.results.setCurrentRow(0)


def test_advice_request_to_cover_letter(qtbot: QtBot, page: MeasuresPage,
                                        context: AppContext) -> None:
    tab = page.advice_tab
    assert isinstance(tab, AdviceTab) and page.tabs.currentWidget() is tab  # the first tab
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, AdviceRequestDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.picker.results.count() == 2)
    dialog.kind.setCurrentIndex(dialog.kind.findData(AdviceKind.DIAGNOSTIC.value))
    ok(qtbot, dialog, "refused")  # neither practitioner nor structure
    assert "praticien ou la structure" in dialog.error.text() and "\n" not in dialog.error.text()
    assert dialog.isVisible() and advice.list_advice(context.require_db()) == []
    pick_practitioner(qtbot, dialog)
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.index(0, 3).data() == "Achères-la-Forêt"
    assert tab.model.index(0, 6).data() == AdviceStatus.REQUESTED.label

    tab.table.selectRow(0)
    assert tab.assign_button.isEnabled() and not tab.letter_button.isEnabled()
    qtbot.mouseClick(tab.assign_button, Qt.MouseButton.LeftButton)
    assign = tab.dialog
    assert isinstance(assign, AssignReferentDialog) and assign.isVisible()
    qtbot.waitUntil(lambda: assign.referent.count() == 1)
    ok(qtbot, assign)
    qtbot.waitUntil(lambda: tab.model.index(0, 4).data() == "Paul FICTIF")

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.done_button, Qt.MouseButton.LeftButton)
    done = tab.dialog
    assert isinstance(done, AdviceDoneDialog) and done.isVisible()
    ok(qtbot, done, "refused")  # no outcome
    assert done.error.text() and done.isVisible()
    assert advice.list_advice(context.require_db())[0].status is AdviceStatus.ASSIGNED
    done.outcome.setPlainText("Visiophone à l'accueil")
    ok(qtbot, done)
    qtbot.waitUntil(lambda: tab.model.index(0, 6).data() == AdviceStatus.DONE.label)
    [row] = advice.list_advice(context.require_db())
    assert row.outcome == "Visiophone à l'accueil"

    tab.table.selectRow(0)
    with qtbot.waitSignal(tab.letter_shown) as shown:
        qtbot.mouseClick(tab.letter_button, Qt.MouseButton.LeftButton)
    preview = shown.args[0]
    assert preview.page_count == 1 and preview.pdf.startswith(b"%PDF")
    preview.close()


def test_alert_logged_with_the_regulation(qtbot: QtBot, page: MeasuresPage,
                                          context: AppContext) -> None:
    db = context.require_db()
    alert_devices.register_device(db, AlertDeviceKind.REGULATION_RELAY, "REGUL-1")
    tab = page.alerts_tab
    assert isinstance(tab, AlertLogTab)
    click_tab(qtbot, page.tabs, tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, AlertDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.device.count() == 2 and dialog.picker.results.count() == 2)
    dialog.device.setCurrentIndex(1)
    ok(qtbot, dialog, "refused")  # the device is with nobody: who raised it?
    assert "remis à personne" in dialog.error.text() and alerts.list_alerts(db) == []
    pick_practitioner(qtbot, dialog)
    qtbot.mouseClick(dialog.relayed, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.minutes, "abc")
    ok(qtbot, dialog, "refused")
    dialog.minutes.clear()
    qtbot.keyClicks(dialog.minutes, "14")
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    [row] = alerts.list_alerts(db)
    assert row.relayed_by_regulation and row.response_minutes == 14
    assert row.practitioner_name == "Inès AUBEPINE"
    assert tab.model.index(0, 3).data() == "oui"


def test_video_site_created_and_moved_on(qtbot: QtBot, page: MeasuresPage,
                                         context: AppContext) -> None:
    tab = page.video_tab
    assert isinstance(tab, VideoTab)
    click_tab(qtbot, page.tabs, tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.name, "MSP des Tilleuls")
    qtbot.keyClicks(dialog.commune.search, "acheres")
    qtbot.waitUntil(lambda: dialog.commune.choice.count() == 1)
    dialog.status.setCurrentIndex(dialog.status.findData(
        VideoSiteStatus.SUBVENTION_DEMANDEE.value))
    qtbot.keyClicks(dialog.amount, "12000")
    pick_practitioner(qtbot, dialog)
    qtbot.mouseClick(dialog.link_button, Qt.MouseButton.LeftButton)
    assert dialog.linked.count() == 1
    ok(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1)
    commune = tab.tree.topLevelItem(0)
    assert commune.text(0) == "Achères-la-Forêt" and commune.child(0).text(5) == "Inès AUBEPINE"

    tab.tree.setCurrentItem(commune.child(0))
    qtbot.mouseClick(tab.edit_button, Qt.MouseButton.LeftButton)
    edit = tab.dialog
    assert edit is not None and edit is not dialog and edit.name.text() == "MSP des Tilleuls"
    edit.status.setCurrentIndex(edit.status.findData(VideoSiteStatus.INSTALLE.value))
    ok(qtbot, edit)
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1
                    and "1 équipé" in tab.tree.topLevelItem(0).text(1))
    [site] = video.list_sites(context.require_db())
    assert site.status is VideoSiteStatus.INSTALLE and site.fipd_amount == 12_000


def test_board_tab_counts_this_year(qtbot: QtBot, page: MeasuresPage,
                                    context: AppContext) -> None:
    db = context.require_db()
    from desktop.services.measures.records import AdviceInput

    advice.request_advice(db, AdviceInput(AdviceKind.AUDIT, dt.date.today(), "77288",
                                          structure="Officine Fictive"))
    context.publish(alert_devices.register_device(db, AlertDeviceKind.PUSH_BUTTON, "B-1"))
    board = page.board_tab
    click_tab(qtbot, page.tabs, board)
    qtbot.waitUntil(lambda: board.table.rowCount() > 0)
    rows = {board.cell(r, 2): board.cell(r, 3) for r in range(board.table.rowCount())}
    assert rows["Conseils demandés"] == "1" and rows["Sites équipés"] == "0"
    assert "Aucune version de protocole en vigueur" in board.caption.text()


def test_page_is_in_the_main_window(qtbot: QtBot, main_window: MainWindow) -> None:
    titles = [main_window.navigation.item(i).text()
              for i in range(main_window.navigation.count())]
    assert "Mesures" in titles
    main_window.navigation.setCurrentRow(titles.index("Mesures"))
    assert isinstance(main_window.measures_page, MeasuresPage)


def test_no_referent_to_assign_is_refused(qtbot: QtBot, page: MeasuresPage,
                                          context: AppContext) -> None:
    from desktop.services.measures.records import AdviceInput

    db = context.require_db()
    with db.unit_of_work() as uow:  # the roster loses its only référent
        for referent in uow.session.query(Referent).all():
            uow.session.delete(referent)
    context.publish(advice.request_advice(db, AdviceInput(
        AdviceKind.AUDIT, dt.date.today(), "77288", structure="Officine Fictive")).changes)
    tab = page.advice_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    qtbot.mouseClick(tab.assign_button, Qt.MouseButton.LeftButton)
    assign = tab.dialog
    assert isinstance(assign, AssignReferentDialog) and assign.isVisible()
    wait_idle(qtbot, context.runner)
    assert assign.referent.count() == 0
    ok(qtbot, assign, "refused")
    assert assign.error.text() == ("Aucun référent sûreté dans l'annuaire : saisissez-le "
                                   "d'abord (page Référents).")
    assert assign.isVisible()
    [row] = advice.list_advice(db)
    assert row.status is AdviceStatus.REQUESTED and row.referent_id is None
