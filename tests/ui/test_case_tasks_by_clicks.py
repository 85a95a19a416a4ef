"""The case tasks as an office user does them, by clicks and typing only (never a slot nor
``accept()``): a phone call from a practitioner not in the register, every step of the
workflow through its dialog, a consent refused, transmissions, a complaint, and a step date
before the previous one refused in the dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from desktop.models.enums import CaseStatus, IncidentType, RecipientKind
from desktop.models.territory import Commune
from desktop.services.cases import workflow
from desktop.services.cases.records import Requirement
from desktop.ui.context import AppContext
from desktop.ui.dialogs.case_form import CaseFormDialog
from desktop.ui.dialogs.case_steps import (
    ConsentDialog,
    TransitionDialog,
    TransmissionDialog,
)
from desktop.ui.dialogs.complaint_dialog import ComplaintDialog
from desktop.ui.dialogs.practitioner_dialog import PractitionerDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.text import date_text
from tests.ui.conftest import wait_idle
from tests.ui.test_cases_steps import LEFT, by_email, case_at, click, open_case, save

S = CaseStatus


def ok_button(dialog: object) -> object:
    return dialog.buttons.button(dialog.buttons.StandardButton.Ok)  # type: ignore[attr-defined]


def test_a_phone_call_from_a_practitioner_not_in_the_register(
        qtbot: QtBot, main_window: MainWindow, context: AppContext) -> None:
    with context.require_db().unit_of_work() as uow:
        uow.session.add(Commune(insee_code="77288", name="Melun", search_key="melun",
                                department="77"))
    page = main_window.cases_page
    main_window.navigation.setCurrentRow(main_window.pages.index(page))
    wait_idle(qtbot, context.runner)
    qtbot.mouseClick(page.new_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(page.dialog, CaseFormDialog) and page.dialog.isVisible())
    form = page.dialog
    assert isinstance(form, CaseFormDialog)

    qtbot.keyClicks(form.commune_search, "Melun")
    qtbot.waitUntil(lambda: form.commune.count() == 1)
    # The caller is not in the register: the search finds nobody, "Ajouter" says what to do.
    qtbot.keyClicks(form.picker.search, "Lefort")
    qtbot.waitUntil(lambda: not context.runner.busy and not form.picker._timer.isActive())
    wait_idle(qtbot, context.runner)
    assert form.picker.results.count() == 0
    click(qtbot, form.add_victim)
    assert "Aucun praticien « Lefort » dans le registre" in form.error.text()
    assert form.victims.count() == 0

    # "Nouveau praticien…": inscribed from the case form, then the case's victim.
    click(qtbot, form.new_practitioner)
    qtbot.waitUntil(lambda: isinstance(form.new_practitioner_dialog, PractitionerDialog)
                    and form.new_practitioner_dialog.isVisible())
    inscribe = form.new_practitioner_dialog
    assert isinstance(inscribe, PractitionerDialog)
    assert inscribe.practitioner_form.last_name.text() == "Lefort"
    qtbot.keyClicks(inscribe.practitioner_form.first_name, "Paul")
    qtbot.keyClicks(inscribe.practitioner_form.phone, "01 64 10 20 30")
    qtbot.mouseClick(ok_button(inscribe), LEFT)
    wait_idle(qtbot, context.runner)
    qtbot.waitUntil(lambda: form.victims.count() == 1)
    assert "LEFORT" in form.victims.item(0).text()
    assert "Aucun praticien" not in form.error.text()  # fixed: the message went

    click(qtbot, form.types[IncidentType.VERBAL])
    qtbot.keyClicks(form.narrative, "Menaces au telephone apres un refus d'ordonnance.")
    qtbot.mouseClick(ok_button(form), LEFT)
    wait_idle(qtbot, context.runner)
    assert not form.isVisible(), form.error.text()
    qtbot.waitUntil(lambda: page.view.case is not None)
    case = page.view.case
    assert case is not None and case.status == S.RECU
    assert [victim.name for victim in case.victims] == ["Paul Lefort"]
    assert case.commune_name == "Melun"


def _fill_and_save(qtbot: QtBot, page: object, dialog: object, until: CaseStatus) -> None:
    """What each kind of step dialog needs, typed or ticked as a user would."""
    if isinstance(dialog, TransitionDialog) and dialog.asks in (Requirement.DEGREE,
                                                                Requirement.OUTCOME):
        qtbot.keyClicks(dialog.extra, "Niveau 2" if dialog.asks == Requirement.DEGREE
                        else "Classement apres mediation")
    if isinstance(dialog, TransitionDialog):
        qtbot.keyClicks(dialog.comment, f"Etape {until.value}")
    if isinstance(dialog, ConsentDialog):
        click(qtbot, dialog.scope[RecipientKind.POLICE])
        click(qtbot, dialog.scope[RecipientKind.GENDARMERIE])
        by_email(qtbot, dialog)
    save(qtbot, page, dialog, until)  # type: ignore[arg-type]


def test_every_workflow_step_through_its_dialog(
        qtbot: QtBot, main_window: MainWindow, context: AppContext) -> None:
    case_at(context, S.RECU)
    page = open_case(qtbot, main_window)
    expected = {Requirement.URPS_ORDRE: TransmissionDialog,
                Requirement.AUTHORITIES: TransmissionDialog, Requirement.CONSENT: ConsentDialog}
    path = workflow.usual_path()
    for target in path[1:]:
        assert page.view.case is not None
        asks = page.view.case.next_step(target).asks
        click(qtbot, page.view.step_buttons[target])
        dialog = page.dialog
        assert isinstance(dialog, expected.get(asks, TransitionDialog)), target
        _fill_and_save(qtbot, page, dialog, target)
    assert page.view.case is not None and page.view.case.status == S.CLOS
    sent = {t.recipient_kind for t in page.view.case.transmissions}
    assert RecipientKind.URPS in sent and sent & {RecipientKind.POLICE, RecipientKind.GENDARMERIE}
    assert len(page.view.case.consents) == 1 and page.view.case.consents[0].given
    # The closed case reopens with its reason, typed.
    click(qtbot, page.view.step_buttons[None])
    reopen = page.dialog
    assert isinstance(reopen, TransitionDialog) and reopen.target is None
    qtbot.keyClicks(reopen.comment, "Nouvelles menaces")
    save(qtbot, page, reopen, S.SUIVI)


def test_a_consent_refused_then_a_complaint(
        qtbot: QtBot, main_window: MainWindow, context: AppContext) -> None:
    case_at(context, S.CONSENTEMENT_DEMANDE)
    page = open_case(qtbot, main_window)
    click(qtbot, page.view.step_buttons[S.CONSENTEMENT_REFUSE])
    answer = page.dialog
    assert isinstance(answer, ConsentDialog) and answer.given.currentData() is False
    # By telephone, with its witness (the channel chosen with the keyboard).
    answer.channel.setFocus()
    while answer.channel.currentData() != "phone":
        qtbot.keyClick(answer.channel, Qt.Key.Key_Down)
    qtbot.keyClicks(answer.witness, "Mme Garnier, secretariat")
    save(qtbot, page, answer, S.CONSENTEMENT_REFUSE)
    consent = page.view.case.consents[0]  # type: ignore[union-attr]
    assert not consent.given and consent.witness == "Mme Garnier, secretariat"

    click(qtbot, page.view.buttons["complaint"])
    complaint = page.dialog
    assert isinstance(complaint, ComplaintDialog)
    click(qtbot, complaint.filed)
    qtbot.keyClicks(complaint.service, "Commissariat de Melun")
    qtbot.keyClicks(complaint.pv, "2026/001234")
    qtbot.mouseClick(ok_button(complaint), LEFT)
    wait_idle(qtbot, context.runner)
    assert not complaint.isVisible(), complaint.error.text()
    qtbot.waitUntil(lambda: page.view.case is not None and len(page.view.case.complaints) == 1)
    filed = page.view.case.complaints[0]  # type: ignore[union-attr]
    assert filed.pv_number == "2026/001234" and filed.filed_on == dt.date.today()


def test_a_transmission_to_the_police_without_consent_is_refused_in_the_dialog(
        qtbot: QtBot, main_window: MainWindow, context: AppContext) -> None:
    case_at(context, S.QUALIFIE)
    page = open_case(qtbot, main_window)
    click(qtbot, page.view.buttons["transmission"])
    sent = page.dialog
    assert isinstance(sent, TransmissionDialog)
    recipient: QComboBox = sent.recipient
    recipient.setFocus()
    while recipient.currentData() != RecipientKind.POLICE:
        qtbot.keyClick(recipient, Qt.Key.Key_Down)
    qtbot.mouseClick(ok_button(sent), LEFT)
    wait_idle(qtbot, context.runner)
    qtbot.waitUntil(lambda: "aucun consentement valide" in sent.error.text())
    assert sent.isVisible()


def test_a_step_dated_before_the_previous_one_is_refused_in_the_dialog(
        qtbot: QtBot, main_window: MainWindow, context: AppContext) -> None:
    case_at(context, S.FICHE_ENVOYEE)  # the step was recorded (and dated) today
    page = open_case(qtbot, main_window)
    click(qtbot, page.view.step_buttons[S.FICHE_VALIDEE])
    dialog = page.dialog
    assert isinstance(dialog, TransitionDialog)
    today = dialog.day.date()
    dialog.day.setFocus()  # the cursor in the year, as a click there puts it
    dialog.day.setCurrentSection(dialog.day.Section.YearSection)
    qtbot.keyClick(dialog.day, Qt.Key.Key_Down)  # a year earlier
    assert dialog.day.date().year() == today.year() - 1
    qtbot.mouseClick(ok_button(dialog), LEFT)
    wait_idle(qtbot, context.runner)
    qtbot.waitUntil(lambda: "antérieure à l'étape « Fiche envoyée" in dialog.error.text())
    assert dialog.isVisible() and dialog.focusWidget() is dialog.day
    dialog.day.setCurrentSection(dialog.day.Section.YearSection)
    qtbot.keyClick(dialog.day, Qt.Key.Key_Up)  # back to today: the error goes at once
    assert dialog.day.date() == today
    assert dialog.error.text() == ""
    save(qtbot, page, dialog, S.FICHE_VALIDEE)


def test_the_timeline_shows_the_date_given_and_when_it_was_typed(
        qtbot: QtBot, main_window: MainWindow, context: AppContext) -> None:
    case_at(context, S.RECU)  # facts on 14/03/2026
    page = open_case(qtbot, main_window)
    click(qtbot, page.view.step_buttons[S.FICHE_ENVOYEE])
    dialog = page.dialog
    assert isinstance(dialog, TransitionDialog)
    dialog.day.setFocus()
    dialog.day.setCurrentSection(dialog.day.Section.MonthSection)
    qtbot.keyClick(dialog.day, Qt.Key.Key_Down)  # a month earlier, after the facts
    given = dialog.day.date().toPython()
    save(qtbot, page, dialog, S.FICHE_ENVOYEE)
    timeline = page.view.timeline
    last = timeline.topLevelItem(timeline.topLevelItemCount() - 1)
    assert last.text(0) == date_text(given)
    assert last.toolTip(0).startswith("Enregistré le ") and date_text(dt.date.today()) in (
        last.toolTip(0))


def test_a_complaint_dated_before_the_facts_is_refused_in_the_dialog(
        qtbot: QtBot, main_window: MainWindow, context: AppContext) -> None:
    """Facts on 14 March 2026: a plainte filed a year before them is refused, in the dialog,
    naming both dates; nothing is saved."""
    case_at(context, S.QUALIFIE)
    page = open_case(qtbot, main_window)
    click(qtbot, page.view.buttons["complaint"])
    complaint = page.dialog
    assert isinstance(complaint, ComplaintDialog)
    click(qtbot, complaint.filed)
    complaint.day.setFocus()
    complaint.day.setCurrentSection(complaint.day.Section.YearSection)
    for _ in range(dt.date.today().year - 2025):
        qtbot.keyClick(complaint.day, Qt.Key.Key_Down)
    assert complaint.day.date().year() == 2025
    qtbot.mouseClick(ok_button(complaint), LEFT)
    qtbot.waitUntil(lambda: "antérieure aux faits (le 14/03/2026)" in complaint.error.text())
    assert complaint.isVisible()
    assert page.view.case is not None and page.view.case.complaints == ()
