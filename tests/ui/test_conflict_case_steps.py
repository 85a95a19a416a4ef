"""A workflow step while a colleague moves the same case: the step dialog, opened by a click
on the case page, says who moved the case, when and to which step, keeps nothing of the
user's step, and "Recharger le dossier" shows the case as it is now. Both engines."""

from __future__ import annotations

import datetime as dt
import os

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.errors import CaseMoved
from desktop.models.enums import CaseStatus, ConsentChannel, RecipientKind
from desktop.services.cases import consent, queries, workflow
from desktop.ui.dialogs.case_steps import CaseStepDialog, ConsentDialog, TransitionDialog
from desktop.ui.pages.cases import CasesPage
from desktop.ui.widgets.date_field import date_of
from tests.core.cases.helpers import walk_to
from tests.ui.conftest import wait_idle
from tests.ui.shared_office import Office, office

__all__ = ["office"]

S = CaseStatus
SHOTS = os.environ.get("EGIDE_SHOTS")  # set to a folder to keep screenshots
LEFT = Qt.MouseButton.LeftButton


def _page(qtbot: QtBot, office: Office) -> CasesPage:
    page = CasesPage(office.context)
    qtbot.addWidget(page)
    page.resize(1300, 850)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.model.case(0) is not None,
                    timeout=20_000)
    rect = page.table.visualRect(page.model.index(0, 1))
    qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())
    qtbot.waitUntil(lambda: page.view.case is not None, timeout=20_000)
    return page


def _click(qtbot: QtBot, button: QAbstractButton) -> None:
    qtbot.mouseClick(button, LEFT, pos=QPoint(6, button.height() // 2))


def _refused(qtbot: QtBot, dialog: CaseStepDialog) -> None:
    """Enregistrer: the dialog stays, says who moved the case to which step, offers a reload."""
    with qtbot.waitSignal(dialog.refused, timeout=20_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert dialog.isVisible() and dialog.reload_button.isVisible()


def _reload(qtbot: QtBot, page: CasesPage, dialog: CaseStepDialog, status: CaseStatus) -> None:
    with qtbot.waitSignal(dialog.reloaded, timeout=20_000):
        qtbot.mouseClick(dialog.reload_button, LEFT)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: page.view.case is not None and page.view.case.status == status,
                    timeout=20_000)
    wait_idle(qtbot, page.context.runner)


def test_a_step_taken_meanwhile_is_named_and_the_case_reloaded(qtbot: QtBot,
                                                               office: Office) -> None:
    page = _page(qtbot, office)
    start = page.view.case
    assert start is not None
    target = start.next_steps[0].target
    _click(qtbot, page.view.step_buttons[target])
    dialog = page.dialog
    assert isinstance(dialog, TransitionDialog)

    workflow.transition(office.other, office.case_id, target, "Fait par A")
    qtbot.keyClicks(dialog.comment, "Fait par B")
    _refused(qtbot, dialog)
    if SHOTS:
        dialog.grab().save(f"{SHOTS}/case-step-moved.png")
    text = dialog.error.text()
    assert "agent.a" in text and f"« {target.label} »" in text and "Rechargez" in text

    _reload(qtbot, page, dialog, target)
    moves = [e for e in queries.reload_case(office.other, office.case_id).events
             if e.to_status == target]
    assert [e.comment for e in moves] == ["Fait par A"]  # B's step was not recorded


def test_a_consent_recorded_meanwhile_is_not_recorded_twice(qtbot: QtBot,
                                                            office: Office) -> None:
    walk_to(office.context.require_db(), office.case_id, S.CONSENTEMENT_DEMANDE)
    page = _page(qtbot, office)
    _click(qtbot, page.view.step_buttons[S.CONSENTEMENT_DONNE])
    dialog = page.dialog
    assert isinstance(dialog, ConsentDialog)

    consent.record_consent(office.other, office.case_id, consent.ConsentInput(
        given=True, decided_on=date_of(dialog.day), channel=ConsentChannel.EMAIL,
        scope=(RecipientKind.POLICE,)))
    _click(qtbot, dialog.scope[RecipientKind.POLICE])
    dialog.channel.setFocus()
    while dialog.channel.currentData() != ConsentChannel.EMAIL:
        qtbot.keyClick(dialog.channel, Qt.Key.Key_Down)
    _refused(qtbot, dialog)
    assert "« Consentement donné »" in dialog.error.text()

    _reload(qtbot, page, dialog, S.CONSENTEMENT_DONNE)
    assert page.view.case is not None and len(page.view.case.consents) == 1


def test_a_stale_step_is_refused_inside_the_transaction(office: Office) -> None:
    db = office.context.require_db()
    seen = queries.reload_case(db, office.case_id).status
    target = queries.reload_case(db, office.case_id).next_steps[0].target
    workflow.transition(office.other, office.case_id, target)
    with pytest.raises(CaseMoved, match="par agent.a"):
        workflow.transition(db, office.case_id, target, seen_status=seen)
    with pytest.raises(CaseMoved):
        consent.record_consent(db, office.case_id, consent.ConsentInput(
            given=False, decided_on=dt.date.today(), channel=ConsentChannel.EMAIL, scope=()),
            seen_status=seen)
    assert queries.reload_case(db, office.case_id).consents == ()

