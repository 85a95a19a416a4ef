"""The next-step buttons open what the step still asks (the case detail says it): a consent
recorded early counts, so the step "consentement donné" asks for no second consent."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot

from desktop.models.contacts import Practitioner
from desktop.models.enums import (
    CaseStatus,
    ConsentChannel,
    ForceZone,
    IncidentType,
    Profession,
    RecipientKind,
)
from desktop.models.territory import Commune
from desktop.services.cases import intake
from desktop.services.cases.records import CaseInput
from desktop.ui.context import AppContext
from desktop.ui.dialogs.case_steps import ConsentDialog, TransitionDialog, TransmissionDialog
from desktop.ui.dialogs.write_dialog import WriteDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.cases import CasesPage
from tests.core.cases.helpers import walk_to
from tests.ui.conftest import wait_idle

S = CaseStatus
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def qualified(context: AppContext) -> int:
    return case_at(context, S.QUALIFIE)


def case_at(context: AppContext, status: CaseStatus) -> int:
    """A case at ``status``, brought there through the services along the step table."""
    db = context.require_db()
    with db.unit_of_work() as uow:
        melun = Commune(insee_code="77288", name="Melun", search_key="melun", department="77",
                        force_zone=ForceZone.PN)
        doctor = Practitioner(first_name="Hélène", last_name="Dupré",
                              profession=Profession.MEDECIN_GENERALISTE)
        uow.session.add_all([melun, doctor])
        uow.session.flush()
        data = CaseInput(occurred_at=dt.datetime(2026, 3, 14, 10, 45), commune_id=melun.id,
                         victim_ids=(doctor.id,), types=(IncidentType.VERBAL,),
                         narrative="Menaces après un refus d'arrêt de travail.")
    case_id = intake.create_case(db, data).id
    walk_to(db, case_id, status)
    return case_id


def open_case(qtbot: QtBot, window: MainWindow) -> CasesPage:
    """Show the cases page and click the first row of the list."""
    page = window.cases_page
    window.navigation.setCurrentRow(window.pages.index(page))
    wait_idle(qtbot, window.context.runner)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.model.case(0) is not None)
    rect = page.table.visualRect(page.model.index(0, 1))
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())
    qtbot.waitUntil(lambda: page.view.case is not None)
    return page


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, LEFT, pos=QPoint(6, button.height() // 2))


def by_email(qtbot: QtBot, dialog: ConsentDialog) -> None:
    """Choose "Courriel" with the keyboard: a "Formulaire signé" (the first) needs its scan."""
    dialog.channel.setFocus()
    while dialog.channel.currentData() != ConsentChannel.EMAIL:
        qtbot.keyClick(dialog.channel, Qt.Key.Key_Down)


def save(qtbot: QtBot, page: CasesPage, dialog: WriteDialog, until: CaseStatus) -> None:
    """Click "Enregistrer" and wait for the case view to show the case at ``until``."""
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), LEFT)
    wait_idle(qtbot, page.context.runner)
    assert not dialog.isVisible(), dialog.error.text()
    qtbot.waitUntil(lambda: page.view.case is not None and page.view.case.status == until)


def test_a_consent_recorded_early_is_not_asked_again(
        qtbot: QtBot, main_window: MainWindow, qualified: int) -> None:
    page = open_case(qtbot, main_window)
    assert page.view.case is not None and page.view.case.id == qualified
    assert page.view.case.status == S.QUALIFIE

    # The practitioner's consent comes in before the office asked for it.
    click(qtbot, page.view.buttons["consent"])
    consent = page.dialog
    assert isinstance(consent, ConsentDialog)
    click(qtbot, consent.scope[RecipientKind.POLICE])
    assert consent.scope[RecipientKind.POLICE].isChecked()
    by_email(qtbot, consent)
    qtbot.mouseClick(consent.buttons.button(consent.buttons.StandardButton.Ok), LEFT)
    wait_idle(qtbot, page.context.runner)
    assert not consent.isVisible(), consent.error.text()
    qtbot.waitUntil(lambda: page.view.case is not None and len(page.view.case.consents) == 1)
    assert page.view.case.status == S.QUALIFIE

    click(qtbot, page.view.step_buttons[S.CONSENTEMENT_DEMANDE])
    asked = page.dialog
    assert isinstance(asked, TransitionDialog)
    save(qtbot, page, asked, S.CONSENTEMENT_DEMANDE)

    # The next button asks for no second consent: a plain step, and the move succeeds.
    click(qtbot, page.view.step_buttons[S.CONSENTEMENT_DONNE])
    asked = page.dialog
    assert not isinstance(asked, ConsentDialog)
    assert isinstance(asked, TransitionDialog)
    save(qtbot, page, asked, S.CONSENTEMENT_DONNE)
    assert len(page.view.case.consents) == 1

    # The early consent covers the police for the transmission.
    click(qtbot, page.view.step_buttons[S.TRANSMIS_AUTORITES])
    sent = page.dialog
    assert isinstance(sent, TransmissionDialog)
    assert sent.recipient.currentData() == RecipientKind.POLICE
    save(qtbot, page, sent, S.TRANSMIS_AUTORITES)


def test_a_refusal_still_asks_for_the_answer(qtbot: QtBot, main_window: MainWindow,
                                             qualified: int) -> None:
    page = open_case(qtbot, main_window)
    click(qtbot, page.view.step_buttons[S.CONSENTEMENT_DEMANDE])
    asked = page.dialog
    assert isinstance(asked, TransitionDialog)
    save(qtbot, page, asked, S.CONSENTEMENT_DEMANDE)
    click(qtbot, page.view.step_buttons[S.CONSENTEMENT_REFUSE])
    answer = page.dialog
    assert isinstance(answer, ConsentDialog)
    assert answer.given.currentData() is False
    by_email(qtbot, answer)
    save(qtbot, page, answer, S.CONSENTEMENT_REFUSE)
    assert page.view.case is not None and len(page.view.case.consents) == 1


def test_a_closed_case_offers_only_to_reopen(qtbot: QtBot, main_window: MainWindow,
                                            context: AppContext) -> None:
    case_at(context, S.CLOS)
    page = open_case(qtbot, main_window)
    assert set(page.view.step_buttons) == {None}
    click(qtbot, page.view.step_buttons[None])
    asked = page.dialog
    assert isinstance(asked, TransitionDialog) and asked.target is None
    qtbot.keyClicks(asked.comment, "Nouvelles menaces du patient")
    save(qtbot, page, asked, S.SUIVI)
