"""The conflict dialog on the ceremony form ("Signataires" › "Cérémonies"): agent A saves the
same ceremony on their own connection while the form is open; Enregistrer names them and what
differs, "Recharger" shows their version, "Réappliquer mes modifications" saves mine on top.
Both engines (``office``)."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.errors import ConcurrentEdit
from desktop.services.demo import protocol
from desktop.services.protocol import protocols
from desktop.services.signatories import ceremonies
from desktop.services.vault.database import Database
from desktop.ui.dialogs.ceremony_dialogs import AttendanceDialog, CeremonyDialog
from desktop.ui.pages.ceremonies_tab import CeremoniesTab
from desktop.ui.pages.signatories import SignatoriesPage
from tests.ui.conftest import wait_idle
from tests.ui.shared_office import (
    Office,
    audit_of,
    click_and_wait,
    conflict_on_save,
    office,
    rows,
)

__all__ = ["office"]

CLICK = Qt.MouseButton.LeftButton
WHEN = dt.datetime(2026, 6, 20, 10, 45)


def _seed(db: Database) -> int:
    protocols.create_protocol(db, "Protocole santé-sécurité")
    version = ceremonies.list_versions(db)[0].id
    ceremonies.create_ceremony(db, version, WHEN, "Salon jaune")
    return ceremonies.list_ceremonies(db)[0].id


def _ceremonies_tab(qtbot: QtBot, office: Office) -> tuple[SignatoriesPage, CeremoniesTab]:
    """The Signataires page open on its Cérémonies tab."""
    page = SignatoriesPage(office.context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.tabs.setCurrentIndex(1)
    return page, page.ceremonies_tab


def _form(qtbot: QtBot, office: Office) -> tuple[CeremonyDialog, int, SignatoriesPage]:
    ceremony = _seed(office.context.require_db())
    page, tab = _ceremonies_tab(qtbot, office)
    qtbot.waitUntil(lambda: tab.current is not None, timeout=20_000)
    qtbot.mouseClick(tab.buttons["edit"], CLICK)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in tab.findChildren(CeremonyDialog)))
    form = next(d for d in tab.findChildren(CeremonyDialog) if d.isVisible())
    return form, ceremony, page  # the page kept alive: the form is its child


def _update(db: Database, ceremony: int, place: str, press: str | None = None,
            seen: int | None = None) -> None:
    ceremonies.update_ceremony(db, ceremony, WHEN, place, press, seen_version=seen)


def test_a_ceremony_moved_meanwhile_reloads(qtbot: QtBot, office: Office) -> None:
    form, ceremony, _page = _form(qtbot, office)
    _update(office.other, ceremony, "Salle Erignac")
    form.press_contacts.setFocus()
    qtbot.keyClicks(form.press_contacts, "Bureau de la communication")
    conflict = conflict_on_save(qtbot, form)
    assert rows(conflict) == {"Lieu": ("Salle Erignac", "inchangé"),
                              "Contacts presse": ("inchangé", "Bureau de la communication")}
    click_and_wait(qtbot, conflict.reload_button, form.reloaded)
    assert (form.place.text(), form.press_contacts.toPlainText()) == ("Salle Erignac", "")
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Cancel), CLICK)
    assert ceremonies.get_ceremony(office.other, ceremony).press_contacts is None


def test_a_ceremony_changed_meanwhile_takes_my_contacts_on_top(
        qtbot: QtBot, office: Office) -> None:
    form, ceremony, _page = _form(qtbot, office)
    _update(office.other, ceremony, "Salle Erignac")
    form.press_contacts.setFocus()
    qtbot.keyClicks(form.press_contacts, "Bureau de la communication")
    conflict = conflict_on_save(qtbot, form)
    click_and_wait(qtbot, conflict.reapply_button, form.succeeded)
    wait_idle(qtbot, office.context.runner)
    now = ceremonies.get_ceremony(office.other, ceremony)
    assert (now.place, now.press_contacts) == ("Salle Erignac", "Bureau de la communication")
    updates = [actor for actor, action in audit_of(office.other, "ceremony", ceremony)
               if action == "update"]
    assert len(updates) == 2 and updates[0] == "agent.a" and updates[1] != "agent.a"


def test_a_stale_ceremony_version_changes_nothing(office: Office) -> None:
    db = office.context.require_db()
    ceremony = _seed(db)
    seen = ceremonies.get_ceremony(db, ceremony).row_version
    _update(office.other, ceremony, "Salle Erignac", seen=seen)
    with pytest.raises(ConcurrentEdit, match="agent.a"):
        _update(db, ceremony, "Salon vert", "Presse", seen=seen)
    now = ceremonies.get_ceremony(db, ceremony)
    assert (now.place, now.press_contacts) == ("Salle Erignac", None)


def test_who_attends_changed_meanwhile_reloads_then_reapplies(
        qtbot: QtBot, office: Office) -> None:
    db = office.context.require_db()
    with db.unit_of_work() as uow:
        protocol.fill(uow, random.Random(77))
    version = ceremonies.list_versions(db)[0].id
    ceremonies.create_ceremony(db, version, WHEN, "Salon jaune")
    ceremony = ceremonies.list_ceremonies(db, version)[0]
    party = ceremony.parties[0].party_id
    page, tab = _ceremonies_tab(qtbot, office)
    tab.version.setCurrentIndex(tab.version.findData(version))
    qtbot.waitUntil(lambda: tab.current is not None and tab.current.id == ceremony.id
                    and tab.parties.rowCount() > 0, timeout=20_000)
    tab.parties.selectRow(0)
    qtbot.mouseClick(tab.buttons["attendance"], CLICK)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in tab.findChildren(AttendanceDialog)))
    form = next(d for d in tab.findChildren(AttendanceDialog) if d.isVisible())

    ceremonies.set_attendance(office.other, ceremony.id, party, "Mme Roux", seen_version=0)
    form.attending.setFocus()
    qtbot.keyClicks(form.attending, "M. Leroy")
    conflict = conflict_on_save(qtbot, form)
    assert rows(conflict)["Présent(e)"] == ("Mme Roux", "M. Leroy")
    click_and_wait(qtbot, conflict.reload_button, form.reloaded)
    assert form.attending.text() == "Mme Roux"
    form.represented_by.setFocus()
    qtbot.keyClicks(form.represented_by, "M. Leroy")
    click_and_wait(qtbot, form.buttons.button(QDialogButtonBox.StandardButton.Ok),
                   form.succeeded)
    wait_idle(qtbot, office.context.runner)
    now = next(p for p in ceremonies.get_ceremony(office.other, ceremony.id).parties
               if p.party_id == party)
    assert (now.attending_person, now.attendance_represented_by) == ("Mme Roux", "M. Leroy")
    with pytest.raises(ConcurrentEdit, match="cette présence"):  # a stale form: refused
        ceremonies.set_attendance(db, ceremony.id, party, "Autre", seen_version=0)
