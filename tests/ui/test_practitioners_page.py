"""The "Praticiens" page driven as a user would: a practitioner with French accents, a refused
phone shown under its field, the 17 register exported, a withdrawal, an alert device."""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.io.insee import normalise_name
from desktop.models.enums import AlertDeviceKind, Force, ForceZone, Profession
from desktop.models.territory import Commune, PostalCode
from desktop.services.practitioners import alert_devices, directory, preregistrations
from desktop.services.practitioners.directory import PractitionerInput
from desktop.services.practitioners.preregistrations import PreregistrationStatus as Status
from desktop.ui.context import AppContext
from desktop.ui.dialogs.pick_dialogs import IssueDeviceDialog, PreregistrationRequestDialog
from desktop.ui.dialogs.register_dialogs import WithdrawalDialog
from desktop.ui.dialogs.write_dialog import DateDialog, WriteDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.practitioners import PractitionerListTab, PractitionersPage
from desktop.ui.widgets.alert_device_tab import AlertDeviceTab
from desktop.ui.widgets.preregistration_tab import PreregistrationTab
from tests.ui.test_case_records import choose_file

from .clicks import click_tab
from .conftest import wait_idle


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> Iterator[PractitionersPage]:
    db = context.require_db()
    with db.unit_of_work() as uow:
        for code, name, postal, zone in (("77288", "Melun", "77000", ForceZone.PN),
                                         ("77001", "Achères-la-Forêt", "77760", ForceZone.GN)):
            commune = Commune(insee_code=code, name=name, search_key=normalise_name(name),
                              department="77", force_zone=zone)
            commune.postal_codes.append(PostalCode(code=postal, ligne_5=""))
            uow.session.add(commune)
    widget = PractitionersPage(context)
    qtbot.addWidget(widget)
    widget.resize(1100, 700)
    widget.show()
    wait_idle(qtbot, context.runner)
    yield widget
    wait_idle(qtbot, context.runner)


def add(context: AppContext, first: str, code: str = "77288", phone: str = "01 99 00 12 34",
        ) -> int:
    data = PractitionerInput(first, "Fictif", Profession.INFIRMIER, commune_code=code,
                             phone=phone)
    saved = directory.create_practitioner(context.require_db(), data)
    context.publish(saved.changes)  # as a write from elsewhere in the application would
    return saved.id


def click_ok(qtbot: QtBot, dialog: WriteDialog, signal: str = "succeeded") -> list[object]:
    """Click the dialog's OK button and wait for ``signal``; its arguments."""
    with qtbot.waitSignal(getattr(dialog, signal)) as caught:
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    return list(caught.args or [])


def test_create_with_accents_and_a_refused_phone(qtbot: QtBot, page: PractitionersPage,
                                                 context: AppContext) -> None:
    tab = page.list_tab
    assert isinstance(tab, PractitionerListTab) and page.tabs.currentWidget() is tab
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert dialog is not None and dialog.isVisible()
    form = dialog.practitioner_form
    form.last_name.setText("Lefèvre-Fictif")
    form.first_name.setText("Hélène")
    form.profession.setCurrentIndex(form.profession.findData(Profession.MEDECIN_SPECIALISTE.value))
    assert form.specialty.isEnabled()
    form.specialty.setText("Pédiatrie")
    qtbot.keyClicks(form.commune_search, "acheres")
    qtbot.waitUntil(lambda: form.commune.count() == 1)
    assert form.commune.currentText() == "77760 Achères-la-Forêt (77001)"
    qtbot.keyClicks(form.phone, "01 99 00 12")
    qtbot.keyClicks(form.email, "helene@exemple.fr")
    with qtbot.waitSignal(dialog.refused):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    error = form.errors["phone"]
    assert error.isVisible() and "« 01 99 00 12 »" in error.text() and "trop court" in error.text()
    assert not form.errors["email"].isVisible()
    assert dialog.isVisible()
    dialog.grab().save("/tmp/shots/practitioner_dialog.png")

    assert directory.search_practitioners(context.require_db()) == []  # nothing stored
    qtbot.keyClicks(form.phone, " 34")
    [saved_id] = click_ok(qtbot, dialog, "saved")
    assert not dialog.isVisible()
    record = directory.get_practitioner(context.require_db(), saved_id)
    assert (record.first_name, record.last_name, record.specialty) == (
        "Hélène", "Lefèvre-Fictif", "Pédiatrie")
    assert record.phone == "+33199001234" and record.commune_name == "Achères-la-Forêt"
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.index(0, 0).data() == "Hélène LEFÈVRE-FICTIF"
    assert tab.model.index(0, 3).data() == "Gendarmerie nationale"


def test_search_and_edit_and_delete_with_confirmation(qtbot: QtBot, page: PractitionersPage,
                                                      context: AppContext) -> None:
    add(context, "Zoé")
    add(context, "Aimé", phone="01 99 00 22 22")
    tab = page.list_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.search.setText("zoe")
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.select_row(0)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    box = tab.findChild(QMessageBox, "confirm_box")
    assert box is not None and "Zoé FICTIF" in box.text()
    box.buttons()[1].click()  # "Annuler": nothing happens
    wait_idle(qtbot, context.runner)
    assert len(directory.search_practitioners(context.require_db())) == 2
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.findChild(QMessageBox, "confirm_box") is not None)
    box = tab.findChild(QMessageBox, "confirm_box")
    assert box is not None
    box.buttons()[0].click()
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0)
    assert [s.first_name for s in directory.search_practitioners(context.require_db())] == [
        "Aimé"]


def test_register_export_confirm_and_withdraw(qtbot: QtBot, page: PractitionersPage,
                                              context: AppContext, tmp_path: Path) -> None:
    db = context.require_db()
    sent_first = add(context, "Élise")
    stays = add(context, "Benoît", phone="01 99 00 22 22")
    for practitioner, phone in ((sent_first, "01 99 00 12 34"), (stays, "01 99 00 22 22")):
        preregistrations.request_preregistration(db, practitioner, [phone],
                                                 dt.date.today() - dt.timedelta(days=3),
                                                 form=b"%PDF-1.4 signe")
    add(context, "Gaël", code="77001", phone="01 99 00 33 33")
    tab = page.register_tab
    assert isinstance(tab, PreregistrationTab)
    click_tab(qtbot, page.tabs, tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.grab().save("/tmp/shots/register_tab.png")

    target = tmp_path / "police.csv"
    with qtbot.waitSignal(tab.exported) as exported:
        tab.export_to(Force.PN, target)
    assert exported.args[0].lines == 2
    with target.open(encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle, delimiter=";"))
    assert [row[2] for row in table[1:]] == ["Benoît", "Élise"]
    box = tab.findChild(QMessageBox)
    assert box is not None and "2 ligne(s)" in box.text()
    box.close()
    qtbot.waitUntil(lambda: {tab.model.index(r, 0).data() for r in range(2)} == {
        Status.SENT.label})

    tab.table.selectRow(1)
    assert tab.model.row_at(1) is not None
    assert not tab.sent_button.isEnabled() and tab.withdraw_button.isEnabled()
    assert tab.confirm_button.isEnabled()
    qtbot.mouseClick(tab.confirm_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, DateDialog) and dialog.isVisible()
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: len(preregistrations.list_preregistrations(
        db, status=Status.CONFIRMED)) == 1)

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.withdraw_button, Qt.MouseButton.LeftButton)
    withdrawal = tab.dialog
    assert isinstance(withdrawal, WithdrawalDialog) and withdrawal.isVisible()
    [refused] = click_ok(qtbot, withdrawal, "refused")  # no reason given
    assert "Motif du retrait" in str(refused) and withdrawal.isVisible()
    assert preregistrations.list_preregistrations(db, status=Status.WITHDRAWN) == []
    withdrawal.reason.setPlainText("Cessation d'activité")
    click_ok(qtbot, withdrawal)
    [row] = preregistrations.list_preregistrations(db, status=Status.WITHDRAWN)
    assert row.withdrawal_reason == "Cessation d'activité"

    tab.status.setCurrentIndex(tab.status.findData(Status.WITHDRAWN.value))
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    wait_idle(qtbot, context.runner)


def test_new_request_dialog_shows_the_force(qtbot: QtBot, page: PractitionersPage,
                                            context: AppContext, tmp_path: Path) -> None:
    add(context, "Gaël", code="77001", phone="01 99 00 33 33")
    tab = page.register_tab
    click_tab(qtbot, page.tabs, tab)
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, PreregistrationRequestDialog) and dialog.isVisible()
    picker = dialog.picker
    qtbot.waitUntil(lambda: picker.results.count() == 1)
    qtbot.waitUntil(lambda: len(dialog.checks) == 1)
    assert "Gendarmerie nationale (commune de Achères-la-Forêt)" in dialog.force.text()
    dialog.grab().save("/tmp/shots/request_dialog.png")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.refused):  # the signed form is asked for
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == preregistrations.FORM_MISSING
    scan = tmp_path / "consentement-17-signe.pdf"
    scan.write_bytes(b"%PDF-1.4 formulaire signe")
    qtbot.mouseClick(dialog.signed_form.button, Qt.MouseButton.LeftButton)
    choose_file(qtbot, dialog, scan)
    qtbot.waitUntil(lambda: dialog.signed_form.path == scan)  # type: ignore[attr-defined]
    assert dialog.error.text() == ""  # the error goes once the file is chosen
    with qtbot.waitSignal(dialog.succeeded):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    [row] = preregistrations.list_preregistrations(context.require_db())
    assert row.force is Force.GN and row.phone == "+33199003333"
    assert row.consent_form_id is not None
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    last = tab.model.columnCount() - 1
    assert tab.model.headerData(last, Qt.Orientation.Horizontal) == "Formulaire signé"
    assert tab.model.index(0, last).data() == "joint"
    wait_idle(qtbot, context.runner)


def test_alert_device_cannot_be_issued_twice(qtbot: QtBot, page: PractitionersPage,
                                             context: AppContext) -> None:
    db = context.require_db()
    holder = add(context, "Inès")
    alert_devices.register_device(db, AlertDeviceKind.PUSH_BUTTON, "BOUTON-TEST-1")
    [device] = alert_devices.list_devices(db)
    context.publish(alert_devices.issue_device(db, device.id, holder, dt.date.today()))
    tab = page.devices_tab
    click_tab(qtbot, page.tabs, tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    tab.table.selectRow(0)
    assert not tab.issue_button.isEnabled() and tab.return_button.isEnabled()
    assert tab.model.index(0, 2).data() == "Inès FICTIF"


def test_alert_device_issued_by_clicks(qtbot: QtBot, page: PractitionersPage,
                                       context: AppContext) -> None:
    db = context.require_db()
    add(context, "Inès")
    alert_devices.register_device(db, AlertDeviceKind.PUSH_BUTTON, "BOUTON-TEST-2")
    tab = page.devices_tab
    assert isinstance(tab, AlertDeviceTab)
    click_tab(qtbot, page.tabs, tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert not tab.issue_button.isEnabled()  # nothing selected yet
    tab.table.selectRow(0)
    assert tab.issue_button.isEnabled() and not tab.return_button.isEnabled()
    qtbot.mouseClick(tab.issue_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, IssueDeviceDialog) and dialog.isVisible()
    assert "BOUTON-TEST-2" in dialog.windowTitle()
    qtbot.waitUntil(lambda: dialog.picker.results.count() == 1)
    dialog.picker.results.setCurrentRow(-1)
    click_ok(qtbot, dialog, "refused")  # nobody chosen
    assert dialog.error.text() == "Choisissez d'abord un praticien." and dialog.isVisible()
    [device] = alert_devices.list_devices(db)
    assert not device.issued
    qtbot.keyClicks(dialog.picker.search, "ines")
    qtbot.waitUntil(lambda: dialog.picker.results.count() == 1)
    dialog.picker.results.setCurrentRow(0)
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.model.index(0, 2).data() == "Inès FICTIF")
    [device] = alert_devices.list_devices(db)
    assert device.issued and device.holder_name == "Inès FICTIF"


def test_page_is_in_the_main_window(main_window: MainWindow) -> None:
    titles = [main_window.navigation.item(i).text() for i in range(main_window.navigation.count())]
    assert "Praticiens" in titles


def test_personal_data_of_the_selected_practitioner_in_one_pdf(
        qtbot: QtBot, page: PractitionersPage, context: AppContext) -> None:
    from desktop.services.vault import audit_log
    from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

    person = add(context, "Zoé")
    tab = page.list_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert not tab.access_button.isEnabled()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=tab.table.visualRect(tab.model.index(0, 0)).center())
    assert tab.access_button.isEnabled()
    qtbot.mouseClick(tab.access_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(tab.preview, PdfPreviewDialog))
    assert isinstance(tab.preview, PdfPreviewDialog)
    assert tab.preview.pdf.startswith(b"%PDF") and tab.preview.document.pageCount() >= 1
    assert tab.preview.suggested_name == f"donnees-praticien-{person}.pdf"
    exports = [row for row in audit_log.recent_entries(context.require_db(), 0, 5)
               if row.action == "export" and row.entity == "practitioner"]
    assert [row.entity_id for row in exports] == [str(person)]
    tab.preview.close()
