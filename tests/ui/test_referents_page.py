"""The "Référents" page driven as a user would: search, card, copy, assign, coverage filter."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractItemView
from pytestqt.qtbot import QtBot

from desktop.models.enums import ReferentRole
from desktop.resources import resource_path
from desktop.services.roster import coverage, editing, imports, lookup
from desktop.services.roster.editing import ReferentDraft
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.roster_dialogs import AssignDialog
from desktop.ui.pages.referents import ReferentsPage

from .clicks import click_ok
from .conftest import wait_idle

COMPETENCE = (Path(__file__).resolve().parents[1] / "core" / "io" / "data"
              / "competence-territoriale-77-extrait.csv")
SHOTS = Path(os.environ.get("EGIDE_SHOTS", "/tmp/shots"))


@pytest.fixture
def roster_db(context: AppContext) -> Database:
    db = context.require_db()
    imports.import_communes(db, resource_path("demo", "communes-77-etalab-2026.json"))
    imports.import_competence(db, COMPETENCE)
    editing.save_referent(db, ReferentDraft(
        "Jeanne", "Dupont", ReferentRole.REFERENT, None, "01 99 00 12 34",
        "jeanne.dupont@exemple.fr", dt.date.today()))
    return db


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, roster_db: Database) -> Iterator[ReferentsPage]:
    widget = ReferentsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.counts is not None and widget.model.rowCount() > 0)
    yield widget
    wait_idle(qtbot, context.runner)


def _names(page: ReferentsPage) -> list[str]:
    return [row.name for row in page.model.rows]


def test_search_as_typed_shows_the_card_and_copies_it(qtbot: QtBot, page: ReferentsPage) -> None:
    page.search.setText("ST PIERRE LES NEM")
    qtbot.waitUntil(lambda: _names(page) == ["Saint-Pierre-lès-Nemours"])
    qtbot.waitUntil(lambda: page.card is not None and page.card.insee_code == "77431")
    assert "Gendarmerie nationale" in page.card_view.toPlainText()
    assert page.copy_button.isEnabled()
    page.copy_button.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("Saint-Pierre-lès-Nemours (INSEE 77431, CP 77140)")
    assert "Force : Gendarmerie nationale" in copied
    page.search.setText("77120")
    # 77120: Coulommiers' postal code, and Cocherel's INSEE code (its postal code is 77440).
    qtbot.waitUntil(lambda: "Coulommiers" in _names(page) and "Cocherel" in _names(page)
                    and page.model.rowCount() == 10)
    page.search.setText("atlantis")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.result_count.text() == "Aucune commune ne correspond."
    SHOTS.mkdir(parents=True, exist_ok=True)


def test_typed_words_find_the_commune_and_nothing_clears_the_card(
        qtbot: QtBot, page: ReferentsPage) -> None:
    qtbot.keyClicks(page.search, "chelles 77500")
    qtbot.waitUntil(lambda: _names(page) == ["Chelles"])
    qtbot.waitUntil(lambda: page.card is not None and page.card.name == "Chelles")
    card = page.card_view.toPlainText()
    assert "Seine-et-Marne (77)" in card and "Trouvée par : nom, code postal 77500" in card
    assert "arrondissement de Torcy (775)" in card  # named, never the bare code
    menu = page.actions.print_menu
    QTimer.singleShot(300, menu.close)  # the menu opens modally under the click
    qtbot.mouseClick(page.actions.print_button, Qt.MouseButton.LeftButton)
    assert "Arrondissement de Torcy (775) seulement" in [
        action.text() for action in page.actions.print_menu.actions()]
    assert page.result_count.text() == "1 commune"
    page.search.clear()
    qtbot.keyClicks(page.search, "jouarre sous ferte")
    qtbot.waitUntil(lambda: _names(page) == ["La Ferté-sous-Jouarre"])
    qtbot.waitUntil(lambda: page.card is not None and page.card.name == "La Ferté-sous-Jouarre")
    page.search.clear()
    qtbot.keyClicks(page.search, "fontainbleau")
    qtbot.waitUntil(lambda: "Aucune commune ne correspond à « fontainbleau »."
                    in page.card_view.toPlainText())
    assert page.model.rowCount() == 0 and page.card is None
    assert "Ferté" not in page.card_view.toPlainText()
    assert not page.copy_button.isEnabled()
    assert "Vouliez-vous dire Fontainebleau ?" in page.card_view.toPlainText()
    link = page.card_view.document().find("Fontainebleau")
    link.setPosition(link.selectionStart() + 3)
    qtbot.mouseClick(page.card_view.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.card_view.cursorRect(link).center())
    qtbot.waitUntil(lambda: page.search.text() == "Fontainebleau")
    qtbot.waitUntil(lambda: page.card is not None and page.card.name == "Fontainebleau")


def test_assign_a_referent_to_several_communes(qtbot: QtBot, page: ReferentsPage,
                                               context: AppContext) -> None:
    page.search.setText("77120")
    qtbot.waitUntil(lambda: page.model.rowCount() == 10)
    page.table.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
    page.table.clearSelection()
    for row in range(3):
        page.table.selectRow(row)
    chosen = page.actions.selected_communes()
    assert len(chosen) == 3
    page.actions.open_assign()
    qtbot.waitUntil(lambda: isinstance(page.actions.last_dialog, AssignDialog))
    dialog = page.actions.last_dialog
    assert isinstance(dialog, AssignDialog)
    assert dialog.by_list.isChecked()
    arrondissements = [dialog.arrondissement.itemText(i)
                       for i in range(dialog.arrondissement.count())]
    assert "Meaux (771)" in arrondissements and "771" not in arrondissements
    assert dialog.communes.toPlainText() == ", ".join(r.insee_code for r in chosen)
    with qtbot.waitSignal(dialog.succeeded):
        click_ok(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    db = context.require_db()
    for row in chosen:
        card = lookup.answer(db, row.id)
        assert [r.full_name for r in card.referents] == ["Jeanne DUPONT"]
    qtbot.waitUntil(lambda: page.counts is not None and page.counts.without_referent == 504)
    qtbot.waitUntil(lambda: page.card is not None and bool(page.card.referents))
    assert "Jeanne DUPONT" in page.card_view.toPlainText()
    page.grab().save(str(SHOTS / "roster-referents-page.png"))


def test_coverage_filters_show_their_counts(qtbot: QtBot, page: ReferentsPage,
                                           context: AppContext) -> None:
    counts = coverage.coverage_counts(context.require_db())
    assert page.filter_buttons["uncovered"].text() == f"Sans référent ({counts.without_referent})"
    assert page.filter_buttons["mixte"].text() == "Mixtes à trancher (1)"
    page.filter_buttons["mixte"].click()
    qtbot.waitUntil(lambda: [r.insee_code for r in page.model.rows] == ["77320"])
    qtbot.waitUntil(lambda: page.actions.decide_button.isEnabled())
    page.filter_buttons["uncovered"].click()
    qtbot.waitUntil(lambda: page.model.rowCount() == min(300, counts.without_referent))
    page.search.setText("coul")  # any word of the name, within the filter too
    qtbot.waitUntil(lambda: _names(page) == ["Coulombs-en-Valois", "Coulommes", "Coulommiers",
                                             "Germigny-sous-Coulombs"])


def test_a_rejected_referents_sheet_shows_its_report(qtbot: QtBot, page: ReferentsPage,
                                                     context: AppContext,
                                                     tmp_path: Path) -> None:
    from desktop.ui.dialogs.roster_import import ImportDialog

    sheet = tmp_path / "referents.csv"
    sheet.write_text("Nom;Prénom;Téléphone;Communes\nDUPONT;Jean;01 23;77131\n"
                     "MARTIN;Luc;01 99 00 12 35;Atlantis\n", encoding="utf-8")
    before = len(editing.list_referents(context.require_db()))
    page.actions.open_import()
    dialog = page.actions.last_dialog
    assert isinstance(dialog, ImportDialog)
    dialog.set_kind("referents")
    dialog.set_file(sheet)
    qtbot.waitUntil(lambda: dialog.mapping["phone"].currentData() == "Téléphone")
    assert dialog.chosen_mapping() == {"last_name": "Nom", "first_name": "Prénom",
                                       "phone": "Téléphone", "communes": "Communes"}
    click_ok(qtbot, dialog)  # « Importer »
    qtbot.waitUntil(lambda: dialog.report.isVisible())
    assert dialog.report.toPlainText().splitlines() == [
        "ligne 2 : refusée — numéro de téléphone « 01 23 » invalide (trop court)",
        "ligne 3 : refusée — commune « Atlantis » inconnue",
    ]
    assert "rien n'a été modifié" in dialog.status.text()
    assert len(editing.list_referents(context.require_db())) == before
    # The bundled list: a neighbouring département is added.
    dialog.set_kind("france")
    dialog.department.setText("91")
    click_ok(qtbot, dialog)  # « Importer »
    qtbot.waitUntil(lambda: dialog.summary is not None)
    assert dialog.summary is not None and dialog.summary.added > 150
    qtbot.waitUntil(lambda: page.counts is not None and page.counts.communes > 507)
    dialog.close()


def test_departure_and_referent_form(qtbot: QtBot, page: ReferentsPage,
                                     context: AppContext) -> None:
    from desktop.services.roster import assignments
    from desktop.ui.dialogs.roster_dialogs import DepartureDialog, ReferentDialog
    from desktop.ui.dialogs.roster_people import PeopleDialog

    db = context.require_db()
    page.actions.open_people()
    people = page.actions.last_dialog
    assert isinstance(people, PeopleDialog)
    qtbot.waitUntil(lambda: people.referent_model.rowCount() == 1)
    form = people.edit_referent(new=True)
    assert isinstance(form, ReferentDialog)
    form.last_name.setText("Lefèvre")
    form.first_name.setText("Inès")
    form.phone.setText("01 23")
    with qtbot.waitSignal(form.refused):
        click_ok(qtbot, form)
    qtbot.waitUntil(lambda: "invalide" in form.error.text())
    assert form.isVisible()
    form.phone.setText("01 99 00 12 99")
    with qtbot.waitSignal(form.succeeded):
        click_ok(qtbot, form)
    qtbot.waitUntil(lambda: people.referent_model.rowCount() == 2)
    people.close()
    jeanne, ines = sorted(editing.list_referents(db), key=lambda r: r.last_name)
    assert (jeanne.last_name, ines.last_name, ines.phone) == ("Dupont", "Lefèvre",
                                                              "+33199001299")
    coulommiers = lookup.lookup(db, "Coulommiers")[0].commune_id
    assignments.assign(db, jeanne.id, [coulommiers], dt.date.today() - dt.timedelta(days=90))
    page.actions.open_departure()
    qtbot.waitUntil(lambda: isinstance(page.actions.last_dialog, DepartureDialog))
    departure = page.actions.last_dialog
    assert isinstance(departure, DepartureDialog)
    departure.leaving.setCurrentIndex(departure.leaving.findData(jeanne.id))
    departure.successor.setCurrentIndex(departure.successor.findData(ines.id))
    with qtbot.waitSignal(departure.succeeded):
        click_ok(qtbot, departure)
    qtbot.waitUntil(lambda: not departure.isVisible())
    assert [r.last_name for r in lookup.answer(db, coulommiers).referents] == ["Lefèvre"]
    yesterday = dt.date.today() - dt.timedelta(days=1)
    assert [r.last_name for r in assignments.covered_by(db, coulommiers, yesterday)] == [
        "Dupont"]


def test_mixte_commune_settled_by_the_decide_dialog(qtbot: QtBot, page: ReferentsPage,
                                                   context: AppContext) -> None:
    from desktop.models.enums import ForceZone
    from desktop.ui.dialogs.roster_dialogs import ForceDialog

    qtbot.mouseClick(page.filter_buttons["mixte"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [r.insee_code for r in page.model.rows] == ["77320"])
    qtbot.waitUntil(lambda: page.actions.decide_button.isEnabled())
    card = page.card
    assert card is not None and card.force_zone is ForceZone.MIXTE
    qtbot.mouseClick(page.actions.decide_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.actions.last_dialog, ForceDialog))
    dialog = page.actions.last_dialog
    assert isinstance(dialog, ForceDialog) and dialog.isVisible()
    assert card.name in dialog.windowTitle()
    dialog.zone.setCurrentIndex(dialog.zone.findData(ForceZone.PN))
    assert dialog.unit.itemText(0) == "—"  # the units offered follow the force chosen
    with qtbot.waitSignal(dialog.succeeded):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    assert lookup.answer(context.require_db(), card.commune_id).force_zone is ForceZone.PN
    qtbot.waitUntil(lambda: page.filter_buttons["mixte"].text() == "Mixtes à trancher (0)")
