"""The case form's "Source" field, filled and saved by clicks, shown in the case view."""

from __future__ import annotations

from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from desktop.models.enums import CaseSource, IncidentType
from desktop.ui.dialogs.case_form import CaseFormDialog
from desktop.ui.main_window import MainWindow

from .test_cases_page import seeded, show_cases  # noqa: F401 - the fixture


def test_source_chosen_in_the_form(qtbot: QtBot, main_window: MainWindow,
                                   seeded: dict[str, int]) -> None:  # noqa: F811
    page = show_cases(qtbot, main_window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, CaseFormDialog))
    form = page.dialog
    assert isinstance(form, CaseFormDialog)
    form.occurred.setDateTime(QDateTime(2026, 3, 14, 10, 45, 0))
    form.commune.addItem("Melun (77288)", seeded["melun"])
    form.add_victim_row(seeded["doctor"], "Hélène Dupré")
    form.types[IncidentType.VERBAL].setChecked(True)
    form.narrative.setPlainText("Menaces au cabinet.")
    form.source.setCurrentIndex(form.source.findData(CaseSource.URPS))
    with qtbot.waitSignal(form.succeeded):
        qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view.case is not None)
    assert page.view.case is not None and page.view.case.source is CaseSource.URPS
    assert "Source : URPS" in page.view.facts.text()


def test_victim_sex_chosen_in_the_form(qtbot: QtBot, main_window: MainWindow,
                                       seeded: dict[str, int]) -> None:  # noqa: F811
    from desktop.models.enums import VictimSex

    page = show_cases(qtbot, main_window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, CaseFormDialog))
    form = page.dialog
    assert isinstance(form, CaseFormDialog)
    assert form.labels["victim_sex"].buddy() is form.victim_sex
    form.occurred.setDateTime(QDateTime(2026, 3, 14, 10, 45, 0))
    form.commune.addItem("Melun (77288)", seeded["melun"])
    form.add_victim_row(seeded["doctor"], "Hélène Dupré")
    form.types[IncidentType.VERBAL].setChecked(True)
    form.narrative.setPlainText("Menaces au cabinet.")
    form.victim_sex.setFocus()
    qtbot.keyClicks(form.victim_sex, "F")  # types to the first item starting with F
    assert form.victim_sex.currentData() == VictimSex.FEMME
    with qtbot.waitSignal(form.succeeded):
        qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.view.case is not None)
    assert page.view.case is not None and page.view.case.victim_sex is VictimSex.FEMME
    assert "Sexe de la victime : Femme" in page.view.facts.text()
