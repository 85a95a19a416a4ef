"""The conflict dialog on the partners' forms: a unit and a référent ("Unités et référents"),
an organisation, a function and a person ("Signataires"). Each form is opened by clicks from
its page; agent A saves the same row on their own connection; agent B clicks Enregistrer and
gets who, when and what differs, then reloads or reapplies. Both engines (``office``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.errors import ConcurrentEdit
from desktop.models.enums import Civility, OrganisationKind, ReferentRole, UnitKind
from desktop.services.roster import editing
from desktop.services.roster.editing import ReferentDraft, UnitDraft
from desktop.services.signatories import edits, queries
from desktop.services.vault.database import Database
from desktop.ui.dialogs.roster_dialogs import ReferentDialog, UnitDialog
from desktop.ui.dialogs.roster_people import PeopleDialog
from desktop.ui.dialogs.signatory_dialogs import OrganisationDialog, PersonDialog
from desktop.ui.dialogs.write_dialog import WriteDialog
from desktop.ui.pages.signatories import SignatoriesPage
from tests.ui.conftest import wait_idle
from tests.ui.shared_office import Office, click_and_wait, conflict_on_save, office, rows

__all__ = ["office"]

CLICK = Qt.MouseButton.LeftButton
T = TypeVar("T", bound=QWidget)
UNIT = UnitDraft(UnitKind.BRIGADE, "Brigade de Melun", phone="01 64 00 00 01")
REFERENT = ReferentDraft("Paul", "Martin", ReferentRole.REFERENT, grade="Adjudant")


def _save(qtbot: QtBot, form: WriteDialog, signal: str = "conflicted") -> None:
    with qtbot.waitSignal(getattr(form, signal), timeout=20_000):
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), CLICK)


def _opened(qtbot: QtBot, parent: QWidget, kind: type[T]) -> T:
    qtbot.waitUntil(lambda: any(d.isVisible() for d in parent.findChildren(kind)))
    return next(d for d in parent.findChildren(kind) if d.isVisible())


def _roster(qtbot: QtBot, office: Office) -> PeopleDialog:
    people = PeopleDialog(office.context)
    qtbot.addWidget(people)
    people.show()
    qtbot.waitUntil(lambda: people.unit_model.rowCount() + people.referent_model.rowCount()
                    == 1)
    return people


def test_a_unit_changed_by_both_reapplies_mine_onto_theirs(qtbot: QtBot,
                                                           office: Office) -> None:
    db = office.context.require_db()
    unit_id = editing.save_unit(db, UNIT).id
    people = _roster(qtbot, office)
    people.tabs.setCurrentIndex(1)
    people.unit_table.selectRow(0)
    qtbot.mouseClick(people.edit_unit_button, CLICK)
    form = _opened(qtbot, people, UnitDialog)

    editing.save_unit(office.other, UnitDraft(UNIT.kind, UNIT.name, phone="01 64 00 00 02"),
                      unit_id)
    qtbot.keyClicks(form.email, "bta.melun@gendarmerie.interieur.gouv.fr")
    conflict = conflict_on_save(qtbot, form)
    assert rows(conflict) == {"Téléphone": ("+33164000002", "inchangé"),
                              "Courriel": ("inchangé", "bta.melun@gendarmerie.interieur.gouv.fr")}
    click_and_wait(qtbot, conflict.reapply_button, form.succeeded)
    now = editing.get_unit(office.other, unit_id)
    assert (now.phone, now.email) == ("+33164000002", "bta.melun@gendarmerie.interieur.gouv.fr")
    assert len(editing.list_units(office.other)) == 1


def test_a_referent_changed_meanwhile_reloads(qtbot: QtBot, office: Office) -> None:
    db = office.context.require_db()
    referent_id = editing.save_referent(db, REFERENT).id
    people = _roster(qtbot, office)
    people.referent_table.selectRow(0)
    qtbot.mouseClick(people.edit_referent_button, CLICK)
    form = _opened(qtbot, people, ReferentDialog)

    theirs = ReferentDraft(REFERENT.first_name, REFERENT.last_name, REFERENT.role,
                           grade="Adjudant-chef")
    editing.save_referent(office.other, theirs, referent_id)
    qtbot.keyClicks(form.email, "p.martin@example.org")
    conflict = conflict_on_save(qtbot, form)
    assert rows(conflict) == {"Grade": ("Adjudant-chef", "inchangé"),
                              "Courriel": ("inchangé", "p.martin@example.org")}
    click_and_wait(qtbot, conflict.reload_button, form.reloaded)
    assert (form.grade.text(), form.email.text()) == ("Adjudant-chef", "")
    assert editing.get_referent(office.other, referent_id).email is None

    qtbot.keyClicks(form.email, "p.martin@example.org")  # saved against the current version
    _save(qtbot, form, "succeeded")
    now = editing.get_referent(office.other, referent_id)
    assert (now.grade, now.email) == ("Adjudant-chef", "p.martin@example.org")


def _signatories(qtbot: QtBot, office: Office) -> SignatoriesPage:
    page = SignatoriesPage(office.context)
    qtbot.addWidget(page)
    page.show()
    tab = page.people_tab
    qtbot.waitUntil(lambda: tab.tree.topLevelItemCount() == 1)
    qtbot.waitUntil(lambda: tab.people.rowCount() == 1)
    return page


def _organisation_id(db: Database) -> int:
    edits.save_organisation(db, None, OrganisationKind.PARQUET,
                            "Parquet près le tribunal judiciaire de Melun")
    return queries.list_organisations(db)[0].id


def test_an_organisation_changed_by_both_reapplies(qtbot: QtBot, office: Office) -> None:
    db = office.context.require_db()
    organisation_id = _organisation_id(db)
    edits.save_person(db, None, Civility.MME, "Inès", "Dupré")
    page = _signatories(qtbot, office)
    tab = page.people_tab
    tab.tree.setCurrentItem(tab.tree.topLevelItem(0))
    qtbot.mouseClick(tab.buttons["edit_position"], CLICK)
    form = _opened(qtbot, tab, OrganisationDialog)

    edits.save_organisation(office.other, organisation_id, OrganisationKind.PARQUET,
                            "Parquet près le tribunal judiciaire de Melun",
                            address="2 avenue du Général Leclerc, 77000 Melun")
    qtbot.keyClicks(form.short_name, "TJ Melun")
    conflict = conflict_on_save(qtbot, form)
    assert rows(conflict) == {"Adresse": ("2 avenue du Général Leclerc, 77000 Melun", "inchangé"),
                              "Sigle": ("inchangé", "TJ Melun")}
    click_and_wait(qtbot, conflict.reapply_button, form.succeeded)
    wait_idle(qtbot, office.context.runner)  # the page reloads after the save
    now = queries.get_organisation(office.other, organisation_id)
    assert (now.address, now.short_name) == ("2 avenue du Général Leclerc, 77000 Melun",
                                             "TJ Melun")


def test_a_person_changed_by_both_keeps_the_chosen_version(qtbot: QtBot,
                                                          office: Office) -> None:
    db = office.context.require_db()
    _organisation_id(db)
    edits.save_person(db, None, Civility.MME, "Inès", "Dupré")
    person_id = queries.list_persons(db)[0].id
    page = _signatories(qtbot, office)
    tab = page.people_tab
    tab.people.selectRow(0)
    qtbot.mouseClick(tab.buttons["edit_person"], CLICK)
    form = _opened(qtbot, tab, PersonDialog)

    edits.save_person(office.other, person_id, Civility.MME, "Inès", "Dupré",
                      email="ines.dupre@justice.fr")
    form.email.clear()
    qtbot.keyClicks(form.email, "i.dupre@justice.fr")
    conflict = conflict_on_save(qtbot, form)
    assert rows(conflict) == {"Courriel": ("ines.dupre@justice.fr", "i.dupre@justice.fr")}
    assert not conflict.reapply_button.isEnabled()  # both changed it: a choice first
    chooser = conflict.choosers["email"]
    chooser.setFocus()
    qtbot.keyClick(chooser, Qt.Key.Key_Down)  # "la vôtre"
    click_and_wait(qtbot, conflict.reapply_button, form.succeeded)
    wait_idle(qtbot, office.context.runner)  # the page reloads after the save
    assert queries.get_person(office.other, person_id).email == "i.dupre@justice.fr"
    assert len(queries.list_persons(office.other)) == 1


def _stale_saves(db: Database) -> list[Callable[[Database], object]]:
    """Each partner edit, made against version 1 of a row saved once since."""
    unit_id = editing.save_unit(db, UNIT).id
    editing.save_unit(db, UNIT, unit_id, seen_version=1)  # nothing changed: still version 1
    editing.save_unit(db, UnitDraft(UNIT.kind, "BTA de Melun"), unit_id, seen_version=1)
    referent_id = editing.save_referent(db, REFERENT).id
    editing.save_referent(db, ReferentDraft("Paul", "Martin-Roy", REFERENT.role), referent_id,
                          seen_version=1)
    organisation_id = _organisation_id(db)
    edits.save_organisation(db, organisation_id, OrganisationKind.PARQUET, "Parquet",
                            seen_version=1)
    edits.save_position(db, None, organisation_id, "Procureur")
    position_id = queries.list_positions(db)[0].id
    edits.save_position(db, position_id, organisation_id, "Procureur de Melun", seen_version=1)
    edits.save_person(db, None, None, "Inès", "Dupré")
    person_id = queries.list_persons(db)[0].id
    edits.save_person(db, person_id, None, "Inès", "Dupré-Roy", seen_version=1)
    return [
        lambda d: editing.save_unit(d, UNIT, unit_id, seen_version=1),
        lambda d: editing.save_referent(d, REFERENT, referent_id, seen_version=1),
        lambda d: edits.save_organisation(d, organisation_id, OrganisationKind.PARQUET, "P",
                                          seen_version=1),
        lambda d: edits.save_position(d, position_id, organisation_id, "P", seen_version=1),
        lambda d: edits.save_person(d, person_id, None, "I", "D", seen_version=1),
    ]


def test_a_stale_version_is_refused_by_every_partner_edit(office: Office) -> None:
    for save in _stale_saves(office.context.require_db()):
        with pytest.raises(ConcurrentEdit, match="Modifié entre-temps"):
            save(office.other)
