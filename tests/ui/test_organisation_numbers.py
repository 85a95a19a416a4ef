"""The 17 register takes an organisation's number: SOS Médecins' régulation line, clicked
through the "Numéro d'un organisme…" dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.models.contacts import Organisation
from desktop.models.enums import Force, OrganisationKind
from desktop.services.practitioners import preregistrations
from desktop.ui.context import AppContext
from desktop.ui.dialogs.organisation_number_dialog import OrganisationNumberDialog

from .clicks import click_tab
from .test_practitioners_page import page  # noqa: F401 - the page fixture


def test_organisation_number_registered(qtbot: QtBot, page, context: AppContext) -> None:  # noqa: F811
    db = context.require_db()
    with db.unit_of_work() as uow:
        uow.session.add(Organisation(kind=OrganisationKind.CHU, name="CHU Fictif"))
        uow.session.add(Organisation(kind=OrganisationKind.SOS_MEDECINS,
                                     name="SOS Médecins Fictif"))
    tab = page.register_tab
    click_tab(qtbot, page.tabs, tab)
    qtbot.mouseClick(tab.organisation_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    assert isinstance(dialog, OrganisationNumberDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: dialog.organisation.count() == 2)
    assert dialog.organisation.currentText() == "SOS Médecins Fictif (SOS Médecins)"
    dialog.force.setCurrentIndex(dialog.force.findData(Force.GN.value))
    qtbot.keyClicks(dialog.phones, "01 99 00 70 00")
    with qtbot.waitSignal(dialog.refused):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    assert "Ligne" in dialog.error.text() and "\n" not in dialog.error.text()
    assert dialog.isVisible() and preregistrations.list_preregistrations(db) == []
    dialog.line_label.setText("Régulation")
    with qtbot.waitSignal(dialog.succeeded):
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert tab.model.index(0, 1).data() == "SOS Médecins Fictif — Régulation"
    [row] = preregistrations.list_preregistrations(db)
    assert row.force is Force.GN and row.phone == "+33199007000" and row.practitioner_id is None
