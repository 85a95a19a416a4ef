"""The "Signataires et cérémonies" page driven as a user would: search a person, see the
history of a function, tick the checklist, mark a signature, preview the press invitation."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.models.enums import VersionStatus
from desktop.services.signatories import ceremonies, queries
from desktop.services.vault.lifecycle import Created
from desktop.ui.context import AppContext
from desktop.ui.dialogs.ceremony_dialogs import AttendanceDialog, CeremonyDialog
from desktop.ui.dialogs.signatory_dialogs import PositionDialog
from desktop.ui.dialogs.write_dialog import DateDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.ceremonies_tab import CeremoniesTab
from desktop.ui.pages.people_tab import PeopleTab
from desktop.ui.pages.signatories import SignatoriesPage
from tests.core.signatories.helpers import DRAFT_POSITIONS, Draft, add_draft, fill_demo
from tests.ui.clicks import click_ok, click_tab
from tests.ui.conftest import wait_idle

SHOTS = os.environ.get("EGIDE_SHOTS")  # set to a folder to keep screenshots


@pytest.fixture
def draft(created: Created) -> Draft:
    fill_demo(created.db)
    return add_draft(created.db, DRAFT_POSITIONS)


@pytest.fixture
def page(qtbot: QtBot, draft: Draft, main_window: MainWindow) -> Iterator[SignatoriesPage]:
    window = main_window
    window.resize(1400, 900)
    window.navigation.setCurrentRow(window.pages.index(window.signatories_page))
    signatories_page = window.signatories_page
    qtbot.waitUntil(lambda: signatories_page.people_tab.tree.topLevelItemCount() == 8)
    yield signatories_page


def shot(widget: object, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))  # type: ignore[attr-defined]


def test_tree_search_history_and_export(qtbot: QtBot, page: SignatoriesPage,
                                        tmp_path: Path) -> None:
    tab = page.people_tab
    prefecture = tab.tree.topLevelItem(0)
    assert prefecture.text(0) == "Préfecture de Seine-et-Marne"
    assert prefecture.child(0).text(1) == "Bertrand Rochemont"
    qtbot.waitUntil(lambda: tab.people.rowCount() > 10, timeout=20_000)
    tab.search.setText("procureure melun")
    qtbot.waitUntil(lambda: tab.people.rowCount() == 2, timeout=20_000)
    assert tab.people.item(0, 0).text() == "Olivier Deschamps-Rieu"
    assert tab.people.item(1, 1).text().startswith("Procureure de la République")
    assert tab.people.item(0, 3).text() == "oui"
    tab.search.setText("GUÉRANDE")
    qtbot.waitUntil(lambda: tab.people.rowCount() == 1, timeout=20_000)
    with qtbot.waitSignal(tab.history_shown):
        tab.people.selectRow(0)
    assert tab.tenures.item(0, 1).text() == ("Présidente du conseil départemental de l'Ordre "
                                             "des médecins")
    assert tab.tenures.item(0, 3).text() == "30/06/2022"
    # The function's history, from the tree.
    cdom = next(tab.tree.topLevelItem(i) for i in range(8)
                if "Ordre des médecins" in tab.tree.topLevelItem(i).text(0))
    with qtbot.waitSignal(tab.history_shown):
        tab.tree.setCurrentItem(cdom.child(0))
    assert [tab.tenures.item(r, 0).text() for r in range(2)] == ["Thierry Louvel",
                                                                 "Françoise Guérande"]
    assert tab.tenures.item(0, 3).text() == "en fonction"
    shot(page.window(), "signataires")
    for name in ("contacts.vcf", "contacts.xlsx"):
        tab.export_contacts_to(tmp_path / name)
        qtbot.waitUntil((tmp_path / name).exists)
    assert (tmp_path / "contacts.vcf").read_bytes().count(b"BEGIN:VCARD") == 11


def test_ceremony_checklist_signature_and_invitation(
    qtbot: QtBot, page: SignatoriesPage, context: AppContext, draft: Draft, tmp_path: Path
) -> None:
    tab = page.ceremonies_tab
    assert isinstance(tab, CeremoniesTab) and not tab.isVisible()
    click_tab(qtbot, page.tabs, tab)
    qtbot.waitUntil(lambda: tab.version.count() == 3)
    tab.version.setCurrentIndex(tab.version.findData(draft.version_id))
    qtbot.waitUntil(lambda: "Aucune cérémonie" in tab.heading.text())

    qtbot.mouseClick(tab.buttons["new"], Qt.MouseButton.LeftButton)
    dialog = tab.findChild(CeremonyDialog)
    assert dialog is not None and dialog.place.text() == "Salon jaune de l'hôtel préfectoral"
    dialog.starts_at.setDate(QDate(2025, 6, 20))
    dialog.press_contacts.setPlainText("Bureau de la communication — 01 64 71 75 29")
    with qtbot.waitSignal(dialog.succeeded):
        click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: tab.list.count() == 1 and tab.current is not None)
    assert tab.checklist.count() == 6
    assert tab.parties.rowCount() == 4 and tab.parties.item(0, 3).text() == "Non signé"

    # Tick "Imprimer les exemplaires originaux (4)".
    item = tab.checklist.item(2)
    assert item.text() == "Imprimer les exemplaires originaux (4)"
    item.setCheckState(Qt.CheckState.Checked)
    wait_idle(qtbot, context.runner)
    stored = ceremonies.get_ceremony(context.require_db(), tab.current.id)  # type: ignore[union-attr]
    assert [entry.done for entry in stored.checklist] == [False, False, True, False, False, False]

    # Mark the préfet's signature at the ceremony.
    tab.parties.selectRow(0)
    qtbot.mouseClick(tab.buttons["sign"], Qt.MouseButton.LeftButton)
    date_dialog = tab.findChild(DateDialog)
    assert date_dialog is not None and date_dialog.isVisible()
    date_dialog.date.setDate(QDate.currentDate().addDays(30))
    assert date_dialog.date.date() == QDate.currentDate()  # an event is never in the future
    date_dialog.date.setDate(QDate(2025, 6, 20))
    Path("/tmp/ui-shots").mkdir(parents=True, exist_ok=True)
    date_dialog.grab().save("/tmp/ui-shots/date-dialog-signature.png")
    qtbot.mouseClick(date_dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.parties.item(0, 3).text() == "Signé en cérémonie le 20/06/2025")
    assert "1/4 signature(s)" in tab.heading.text()
    version = next(v for v in ceremonies.list_versions(context.require_db())
                   if v.id == draft.version_id)
    assert version.status is VersionStatus.PROJET  # three parties still to sign
    shot(page.window(), "ceremonies")

    # Who attends for the procureur of Meaux.
    tab.parties.selectRow(1)
    qtbot.mouseClick(tab.buttons["attendance"], Qt.MouseButton.LeftButton)
    attendance = tab.findChild(AttendanceDialog)
    assert attendance is not None
    attendance.represented_by.setText("Mme la vice-procureure")
    with qtbot.waitSignal(attendance.succeeded):
        click_ok(qtbot, attendance)
    qtbot.waitUntil(lambda: tab.parties.item(1, 2).text()
                    == "représenté(e) par Mme la vice-procureure")

    # Undo asks first.
    tab.parties.selectRow(0)
    qtbot.mouseClick(tab.buttons["undo"], Qt.MouseButton.LeftButton)
    box = next(b for b in tab.findChildren(QMessageBox) if b.isVisible())
    yes = next(b for b in box.buttons() if b.text() == "Effacer la signature")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.parties.item(0, 3).text() == "Non signé")

    # The press invitation in the shared preview, and the ICS.
    qtbot.mouseClick(tab.buttons["invitation"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(tab, "preview", None) is not None)
    assert tab.preview.page_count == 1 and tab.preview.pdf.startswith(b"%PDF")
    if SHOTS:
        qtbot.wait(1500)  # QPdfView renders its pages in the background
        shot(tab.preview, "invitation-preview")
    tab.preview.close()
    target = tmp_path / "ceremonie.ics"
    tab.export_ics_to(target)
    qtbot.waitUntil(target.exists)
    assert b"DTSTART;TZID=Europe/Paris:20250620T" in target.read_bytes()


def test_new_person_appointed_then_tenure_ended_and_deleted(
    qtbot: QtBot, page: SignatoriesPage, context: AppContext
) -> None:
    from desktop.ui.dialogs.signatory_dialogs import PersonDialog, TenureDialog

    tab = page.people_tab
    qtbot.mouseClick(tab.buttons["new_person"], Qt.MouseButton.LeftButton)
    dialog = tab.findChild(PersonDialog)
    assert dialog is not None
    dialog.civility.setCurrentIndex(dialog.civility.findText("Mme"))
    dialog.first_name.setText("Inès")
    dialog.last_name.setText("DUPRÉ")
    dialog.email.setText("ines.dupre@")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(dialog.error.text()))
    assert "ines.dupre@" in dialog.error.text() and dialog.isVisible()
    dialog.email.setText("ines.dupre@interieur.gouv.fr")
    dialog.phone.setText("01 64 71 77 00")
    shot(dialog, "person-dialog")
    click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    tab.search.setText("dupre")
    qtbot.waitUntil(lambda: tab.people.rowCount() == 1
                    and tab.people.item(0, 0).text() == "Inès Dupré")
    tab.people.selectRow(0)
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0).child(0))  # Préfet de Seine-et-Marne
    qtbot.mouseClick(tab.buttons["appoint"], Qt.MouseButton.LeftButton)
    tenure = tab.findChild(TenureDialog)
    assert tenure is not None and tenure.position.currentText().startswith("Préfet de Seine")
    tenure.started_on.setDate(QDate(2025, 3, 1))
    shot(tenure, "tenure-dialog")
    with qtbot.waitSignal(tenure.succeeded):
        click_ok(qtbot, tenure)
    qtbot.waitUntil(lambda: tab.tree.topLevelItem(0).child(0).text(1) == "Inès Dupré")
    assert tab.tree.topLevelItem(0).child(0).text(0) == "Préfète de Seine-et-Marne"

    with qtbot.waitSignal(tab.history_shown):
        tab.tree.setCurrentItem(tab.tree.topLevelItem(1))
        tab.tree.setCurrentItem(tab.tree.topLevelItem(0).child(0))
    assert tab.tenures.item(1, 3).text() == "28/02/2025"  # Rochemont left the day before
    tab.tenures.selectRow(0)
    qtbot.mouseClick(tab.buttons["end_tenure"], Qt.MouseButton.LeftButton)
    end = tab.findChild(DateDialog)
    assert end is not None
    end.date.setDate(QDate(2025, 1, 1))  # before the start: refused inline
    ok = end.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(end.refused):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "précède son début" in end.error.text() and end.isVisible()
    assert end.focusWidget() is end.date  # the faulty field
    end.date.setDate(QDate(2025, 12, 31))
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not end.isVisible())

    with qtbot.waitSignal(tab.history_shown):
        tab.tree.setCurrentItem(tab.tree.topLevelItem(1))
        tab.tree.setCurrentItem(tab.tree.topLevelItem(0).child(0))
    assert tab.tenures.item(0, 3).text() == "31/12/2025"
    assert tab.tree.topLevelItem(0).child(0).text(1) == "(vacant)"  # ended before today
    rows = tab.tenures.rowCount()
    tab.tenures.selectRow(0)
    qtbot.mouseClick(tab.buttons["delete_tenure"], Qt.MouseButton.LeftButton)
    box = next(b for b in tab.findChildren(QMessageBox) if b.isVisible())
    assert "Inès Dupré" in box.text()
    no = next(b for b in box.buttons() if b.text() == "Annuler")
    qtbot.mouseClick(no, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context.runner)
    history = queries.position_tenures(context.require_db(), tab.history[0].position_id)
    assert len(history) == rows
    qtbot.mouseClick(tab.buttons["delete_tenure"], Qt.MouseButton.LeftButton)
    box = next(b for b in tab.findChildren(QMessageBox) if b.isVisible())
    yes = next(b for b in box.buttons() if b.text() == "Supprimer")
    qtbot.mouseClick(yes, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, context.runner)
    history = queries.position_tenures(context.require_db(), tab.history[0].position_id)
    assert len(history) == rows - 1 and history[0].person.display_name == "Bertrand Rochemont"


def test_position_added_then_renamed_by_clicks(qtbot: QtBot, page: SignatoriesPage,
                                               context: AppContext) -> None:
    tab = page.people_tab
    assert isinstance(tab, PeopleTab) and tab.isVisible()  # the first tab
    organisation = tab.tree.topLevelItem(1)
    name = organisation.text(0)
    children = organisation.childCount()
    before = len(queries.list_positions(context.require_db()))
    tab.tree.setCurrentItem(organisation)
    qtbot.mouseClick(tab.buttons["new_position"], Qt.MouseButton.LeftButton)
    dialog = next(d for d in tab.findChildren(PositionDialog) if d.isVisible())
    assert isinstance(dialog, PositionDialog) and dialog.organisation.currentText() == name
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    with qtbot.waitSignal(dialog.refused):  # no title
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert "intitulé" in dialog.error.text() and "\n" not in dialog.error.text()
    assert dialog.isVisible()
    assert len(queries.list_positions(context.require_db())) == before  # nothing stored
    qtbot.keyClicks(dialog.title, "Chef du bureau des polices administratives")
    qtbot.keyClicks(dialog.title_feminine, "Cheffe du bureau des polices administratives")
    with qtbot.waitSignal(dialog.succeeded):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.tree.topLevelItem(1).childCount() == children + 1)
    organisation = tab.tree.topLevelItem(1)
    added = next(organisation.child(i) for i in range(organisation.childCount())
                 if organisation.child(i).text(0) == "Chef du bureau des polices administratives")
    assert added.text(1) == "(vacant)"

    tab.tree.setCurrentItem(added)
    qtbot.mouseClick(tab.buttons["edit_position"], Qt.MouseButton.LeftButton)
    edit = next(d for d in tab.findChildren(PositionDialog) if d.isVisible())
    assert edit is not dialog and edit.title.text() == "Chef du bureau des polices administratives"
    edit.title.clear()
    qtbot.keyClicks(edit.title, "Chef du bureau de l'ordre public")
    with qtbot.waitSignal(edit.succeeded):
        qtbot.mouseClick(edit.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    titles = [p.title for p in queries.list_positions(context.require_db())]
    assert "Chef du bureau de l'ordre public" in titles
    assert "Chef du bureau des polices administratives" not in titles
    qtbot.waitUntil(lambda: any(
        tab.tree.topLevelItem(1).child(i).text(0) == "Chef du bureau de l'ordre public"
        for i in range(tab.tree.topLevelItem(1).childCount())))
