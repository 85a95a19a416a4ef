"""Outils > Conservation des données…: the preview, then erasure after a confirmation."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.config import Preferences
from desktop.models.cases import Case
from desktop.models.contacts import Practitioner
from desktop.models.enums import CaseStatus, ForceZone, IncidentType, Profession
from desktop.models.territory import Commune
from desktop.services.cases.intake import create_case
from desktop.services.cases.records import CaseInput
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.retention_dialog import RetentionDialog
from desktop.ui.main_window import MainWindow
from tests.core.cases.helpers import walk_to


def _closed_case(db: Database) -> int:
    with db.unit_of_work() as uow:
        victim = Practitioner(first_name="Hélène", last_name="Dupré",
                              profession=Profession.MEDECIN_GENERALISTE, phone="+33612345678")
        melun = Commune(insee_code="77288", name="Melun", search_key="melun", department="77",
                        force_zone=ForceZone.PN)
        uow.session.add_all([victim, melun])
        uow.session.flush()
        victim_id, melun_id = victim.id, melun.id
    case_id = create_case(db, CaseInput(
        occurred_at=dt.datetime(2026, 3, 14, 10, 45), commune_id=melun_id, victim_ids=(victim_id,),
        types=(IncidentType.VERBAL,), narrative="Menaces répétées.",
        exact_words="Tu vas le regretter")).id
    walk_to(db, case_id, CaseStatus.CLOS)
    return case_id


def test_retention_dialog_previews_then_erases_after_confirmation(
    qtbot: QtBot, main_window: MainWindow, context: AppContext, preferences: Preferences,
    tmp_path: Path,
) -> None:
    preferences.backup_folder = str(tmp_path / "sauvegardes")
    db = context.require_db()
    case_id = _closed_case(db)
    main_window.tools_menu.aboutToShow.emit()
    [action] = [a for a in main_window.tools_menu.actions()
                if a.text() == "&Conservation des données…"]
    action.trigger()
    qtbot.waitUntil(lambda: bool(main_window.findChildren(RetentionDialog)))
    [dialog] = main_window.findChildren(RetentionDialog)
    qtbot.waitUntil(lambda: "À effacer : 0" in dialog.text.toPlainText())
    assert not dialog.apply_button.isEnabled()  # today: nothing to do
    later = QDate.currentDate().addYears(7)
    dialog.as_of.setDate(later)
    qtbot.waitUntil(lambda: "À effacer : 1" in dialog.text.toPlainText())
    assert "plus de 6 ans" in dialog.text.toPlainText()
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "confirm_box")
    assert box is not None
    box.buttons()[1].click()  # Annuler: nothing erased
    with db.reading() as session:
        assert session.get_one(Case, case_id).erased_at is None
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "confirm_box") is None)
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    box = dialog.findChild(QMessageBox, "confirm_box")
    box.buttons()[0].click()
    qtbot.waitUntil(lambda: dialog.applied is not None, timeout=20_000)
    assert "Fait : 0 archivé(s), 1 effacé(s), 1 praticien(s)" in dialog.status.text()
    with db.reading() as session:
        case = session.get_one(Case, case_id)
        assert case.erased_at is not None and case.narrative == "" and case.exact_words is None
    assert list((tmp_path / "sauvegardes").iterdir())
    dialog.close()
    page = main_window.cases_page
    main_window.navigation.setCurrentRow(main_window.pages.index(page))
    qtbot.waitUntil(lambda: page.count.text().startswith(
        "Aucun signalement en cours ; 1 archivé(s)"))
    qtbot.mouseClick(page.archived_only, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)


def test_the_office_sets_its_retention_rules_in_the_dialog(
    qtbot: QtBot, main_window: MainWindow, context: AppContext,
) -> None:
    from desktop.services.retention.rules import read_rules

    main_window.retention_action.trigger()
    qtbot.waitUntil(lambda: bool(main_window.findChildren(RetentionDialog)))
    [dialog] = main_window.findChildren(RetentionDialog)
    qtbot.waitUntil(lambda: dialog.erase_years.value() == 6)
    assert dialog.active_years.value() == 2  # the defaults of a new vault
    dialog.active_years.lineEdit().selectAll()
    qtbot.keyClicks(dialog.active_years, "3")
    dialog.erase_years.lineEdit().selectAll()
    qtbot.keyClicks(dialog.erase_years, "10")
    qtbot.mouseClick(dialog.archives_export, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.save_rules_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text() == "Règles enregistrées.")
    rules = read_rules(context.require_db())
    assert (rules.active_years, rules.erase_years, rules.archives_export) == (3, 10, True)
    qtbot.waitUntil(lambda: "effacées 10 ans" in dialog.text.toPlainText())
    dialog.erase_years.lineEdit().selectAll()
    qtbot.keyClicks(dialog.erase_years, "2")  # before the end of the active file: refused
    qtbot.mouseClick(dialog.save_rules_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "ne peut pas précéder" in dialog.status.text())
    assert read_rules(context.require_db()).erase_years == 10


def test_the_registers_rule_in_the_dialog(
    qtbot: QtBot, main_window: MainWindow, context: AppContext,
) -> None:
    from desktop.models.contacts import Preregistration
    from desktop.models.enums import Force
    from desktop.services.retention.rules import read_rules, years_after

    db = context.require_db()
    withdrawn = dt.date.today() - dt.timedelta(days=400)
    with db.unit_of_work() as uow:
        uow.session.add(Preregistration(
            practitioner=Practitioner(first_name="Paul", last_name="Martin",
                                      profession=Profession.INFIRMIER),
            force=Force.GN, phone="+33612345679", consent_on=dt.date(2020, 1, 1),
            withdrawn_on=withdrawn))
    main_window.retention_action.trigger()
    qtbot.waitUntil(lambda: bool(main_window.findChildren(RetentionDialog)))
    [dialog] = main_window.findChildren(RetentionDialog)
    qtbot.waitUntil(lambda: dialog.register_years.value() == 1 and "Praticiens à effacer : 1"
                    in dialog.text.toPlainText())
    text = dialog.text.toPlainText()
    assert f"pré-enregistrement 17 terminé le {withdrawn:%d/%m/%Y}, plus de 1 an" in text
    assert "effacés 1 an(s) après la fin de l'inscription) : 0" in text
    # Three years for the registers: kept, with the day it will go.
    dialog.register_years.lineEdit().selectAll()
    qtbot.keyClicks(dialog.register_years, "3")
    qtbot.mouseClick(dialog.save_rules_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Praticiens à effacer : 0" in dialog.text.toPlainText())
    assert read_rules(db).register_years == 3
    due = years_after(withdrawn, 3)
    assert (f"pré-enregistrement 17 terminé le {withdrawn:%d/%m/%Y} : effacement le "
            f"{due:%d/%m/%Y}") in dialog.text.toPlainText()
    dialog.close()
