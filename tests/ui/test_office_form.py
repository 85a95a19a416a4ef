"""The office form fills the département's names from its code, as the user types it."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.widgets.office_form import OfficeForm


def test_typing_the_code_fills_name_prefecture_and_title(qtbot: QtBot) -> None:
    form = OfficeForm()
    qtbot.addWidget(form)
    qtbot.keyClicks(form.fields["department_code"], "83")
    assert form.fields["department_name"].text() == "Var"
    assert form.fields["prefecture_name"].text() == "Préfecture du Var"
    assert form.fields["prefet_title"].text() == "PRÉFET DU VAR"
    form.fields["department_code"].clear()
    qtbot.keyClicks(form.fields["department_code"], "93")
    assert form.fields["prefecture_name"].text() == "Préfecture de la Seine-Saint-Denis"


def test_what_the_user_changed_by_hand_stays(qtbot: QtBot) -> None:
    form = OfficeForm()
    qtbot.addWidget(form)
    qtbot.keyClicks(form.fields["department_code"], "77")
    form.fields["prefet_title"].setText("PRÉFÈTE DE SEINE-ET-MARNE")
    form.fields["department_code"].clear()
    qtbot.keyClicks(form.fields["department_code"], "77")
    assert form.fields["prefet_title"].text() == "PRÉFÈTE DE SEINE-ET-MARNE"
    assert form.complete()
