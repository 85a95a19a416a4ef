"""The "Signalements" page: create a case, move it through the workflow, search, overdue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDateTime, Qt
from pytestqt.qtbot import QtBot

from desktop.models.contacts import Practitioner
from desktop.models.enums import CaseStatus, ForceZone, IncidentType, Profession, RecipientKind
from desktop.models.territory import Commune
from desktop.services.cases import intake, workflow
from desktop.services.cases.records import CaseInput, Requirement
from desktop.ui.context import AppContext
from desktop.ui.dialogs.case_form import CaseFormDialog
from desktop.ui.dialogs.case_steps import ConsentDialog, TransitionDialog, TransmissionDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.cases import CasesPage
from tests.ui.clicks import click_cancel, click_ok
from tests.ui.conftest import wait_idle
from tests.ui.test_cases_steps import by_email

SHOTS = Path("/tmp/shots/cases")


@pytest.fixture
def seeded(context: AppContext) -> dict[str, int]:
    with context.require_db().unit_of_work() as uow:
        melun = Commune(insee_code="77288", name="Melun", search_key="melun", department="77",
                        force_zone=ForceZone.PN)
        doctor = Practitioner(first_name="Hélène", last_name="Dupré",
                              profession=Profession.MEDECIN_GENERALISTE)
        uow.session.add_all([melun, doctor])
        uow.session.flush()
        return {"melun": melun.id, "doctor": doctor.id}


def show_cases(qtbot: QtBot, window: MainWindow) -> CasesPage:
    page = window.cases_page
    window.navigation.setCurrentRow(window.pages.index(page))
    wait_idle(qtbot, window.context.runner)
    return page


def open_first(qtbot: QtBot, page: CasesPage) -> None:
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and page.model.case(0) is not None)
    page.open_case(page.model.case(0).id)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.view.case is not None)


def click_save(qtbot: QtBot, page: CasesPage, before: CaseStatus | None = None) -> None:
    """Click OK in the page's open dialog; it closes (and the case moves on from ``before``)."""
    dialog = page.dialog
    click_ok(qtbot, dialog)  # type: ignore[arg-type]
    wait_idle(qtbot, page.context.runner)
    assert not dialog.isVisible(), dialog.error.text()  # type: ignore[union-attr]
    if before is not None:
        qtbot.waitUntil(lambda: page.view.case is not None and page.view.case.status != before)


def test_create_move_and_search(qtbot: QtBot, main_window: MainWindow,
                                seeded: dict[str, int]) -> None:
    page = show_cases(qtbot, main_window)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.dialog, CaseFormDialog))
    form = page.dialog
    assert isinstance(form, CaseFormDialog)
    # Validation messages inline: nothing described yet.
    click_ok(qtbot, form)
    assert "faits ne sont pas décrits" in form.error.text()
    form.occurred.setDateTime(QDateTime(2026, 3, 14, 10, 45, 0))
    form.commune.addItem("Melun (77288)", seeded["melun"])
    form.add_victim_row(seeded["doctor"], "Hélène Dupré")
    form.types[IncidentType.VERBAL].setChecked(True)
    form.narrative.setPlainText("Menaces répétées après un refus d'arrêt de travail.")
    form.exact_words.setPlainText("Tu vas le regretter")
    form.occurred.setDateTime(QDateTime.currentDateTime().addDays(2))
    click_ok(qtbot, form)
    assert "dans le futur" in form.error.text()
    form.occurred.setDateTime(QDateTime(2026, 3, 14, 10, 45, 0))
    SHOTS.mkdir(parents=True, exist_ok=True)
    form.grab().save(str(SHOTS / "case_form.png"))
    click_save(qtbot, page)
    qtbot.waitUntil(lambda: page.view.case is not None)
    case = page.view.case
    assert case is not None and case.reference.endswith("-0001")
    assert set(page.view.step_buttons) == {CaseStatus.FICHE_ENVOYEE, CaseStatus.CLOS}
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)

    # Walk the workflow (the step table's usual route) through the buttons the view shows.
    path = workflow.usual_path()
    for target in path[1:path.index(CaseStatus.CONSENTEMENT_DEMANDE) + 1]:
        asks = page.view.case.next_step(target).asks
        page.view.step_buttons[target].click()
        expected = TransmissionDialog if asks == Requirement.URPS_ORDRE else TransitionDialog
        assert isinstance(page.dialog, expected), target
        if asks == Requirement.DEGREE:
            page.dialog.extra.setText("Niveau 2")  # type: ignore[attr-defined]
        click_save(qtbot, page, page.view.case.status)
    assert set(page.view.step_buttons) == {CaseStatus.CONSENTEMENT_DONNE,
                                           CaseStatus.CONSENTEMENT_REFUSE, CaseStatus.CLOS}

    # A transmission to the police without consent is refused, inline.
    page.act("transmission")
    dialog = page.dialog
    assert isinstance(dialog, TransmissionDialog)
    dialog.recipient.setCurrentIndex(dialog.recipient.findData(RecipientKind.POLICE))
    with qtbot.waitSignal(dialog.refused):
        click_ok(qtbot, dialog)
    assert "aucun consentement valide" in dialog.error.text()
    click_cancel(qtbot, dialog)  # nothing typed: Annuler closes it without asking
    assert not dialog.isVisible()

    page.view.step_buttons[CaseStatus.CONSENTEMENT_DONNE].click()
    consent = page.dialog
    assert isinstance(consent, ConsentDialog)
    consent.scope[RecipientKind.POLICE].setChecked(True)
    by_email(qtbot, consent)
    click_save(qtbot, page, CaseStatus.CONSENTEMENT_DEMANDE)
    assert page.view.case.status == CaseStatus.CONSENTEMENT_DONNE
    page.view.step_buttons[CaseStatus.TRANSMIS_AUTORITES].click()
    click_save(qtbot, page, CaseStatus.CONSENTEMENT_DONNE)
    assert page.view.case.status == CaseStatus.TRANSMIS_AUTORITES
    assert page.view.timeline.topLevelItemCount() >= 9
    SHOTS.mkdir(parents=True, exist_ok=True)
    main_window.resize(1500, 900)
    main_window.grab().save(str(SHOTS / "cases_page.png"))

    # Search, with and without accents.
    page.search.setText("repetees")
    page.apply_filter()
    qtbot.waitUntil(lambda: page.count.text() == "1 signalement(s)")
    page.search.setText("cambriolage")
    page.apply_filter()
    qtbot.waitUntil(lambda: page.count.text() == "0 signalement(s)")


def test_overdue_count_in_navigation(qtbot: QtBot, main_window: MainWindow,
                                     context: AppContext, seeded: dict[str, int]) -> None:
    db = context.require_db()
    data = CaseInput(occurred_at=dt.datetime(2026, 1, 5, 9, 0), commune_id=seeded["melun"],
                     victim_ids=(seeded["doctor"],), types=(IncidentType.THEFT,),
                     narrative="Vol d'ordonnancier")
    for _ in range(3):
        case_id = intake.create_case(db, data).id
        workflow.transition(db, case_id, CaseStatus.FICHE_ENVOYEE,
                            on=dt.date.today() - dt.timedelta(days=30))
    page = show_cases(qtbot, main_window)
    page.refresh(page.context.changed and __import__("desktop.services.vault.changes",
                                                     fromlist=["Changes"]).Changes.CASES)
    index = main_window.pages.index(page)
    late = "Signalements · 3 en retard"
    qtbot.waitUntil(lambda: main_window.navigation.item(index).text() == late)
    page.overdue_only.setChecked(True)
    qtbot.waitUntil(lambda: page.count.text() == "3 signalement(s)")


def test_large_list_pages_lazily(qtbot: QtBot, main_window: MainWindow, context: AppContext,
                                 seeded: dict[str, int]) -> None:
    db = context.require_db()
    data = CaseInput(occurred_at=dt.datetime(2026, 1, 5, 9, 0), commune_id=seeded["melun"],
                     victim_ids=(seeded["doctor"],), types=(IncidentType.VERBAL,),
                     narrative="Menaces")
    with db.unit_of_work() as uow:
        for _ in range(250):
            intake.add_case(uow, data, dt.date(2026, 1, 6))
    page = show_cases(qtbot, main_window)
    page.apply_filter()
    qtbot.waitUntil(lambda: page.model.rowCount() == 250)
    assert page.model.cached_rows <= 100
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.case(249) is not None)
    assert page.model.case(249).reference == "2026-0001"  # type: ignore[union-attr]


def test_a_search_past_the_counting_cap_says_or_more(
        qtbot: QtBot, main_window: MainWindow, context: AppContext, seeded: dict[str, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A search stops counting at ``COUNT_CAP``: the label says "ou plus", not an exact
    number that would be wrong."""
    from desktop.services.cases import queries

    db = context.require_db()
    data = CaseInput(occurred_at=dt.datetime(2026, 1, 5, 9, 0), commune_id=seeded["melun"],
                     victim_ids=(seeded["doctor"],), types=(IncidentType.THEFT,),
                     narrative="Vol d'ordonnancier au cabinet")
    for _ in range(3):
        intake.create_case(db, data)
    monkeypatch.setattr(queries, "COUNT_CAP", 2)
    page = show_cases(qtbot, main_window)
    qtbot.keyClicks(page.search, "ordonnancier")
    qtbot.waitUntil(lambda: page.count.text() == "2 signalements ou plus : précisez la recherche")
    SHOTS.mkdir(parents=True, exist_ok=True)
    main_window.resize(1366, 768)
    main_window.grab().save(str(SHOTS / "cases_search_capped.png"))
    page.search.clear()
    qtbot.keyClicks(page.search, "cabinet vol")
    monkeypatch.setattr(queries, "COUNT_CAP", 10_000)
    qtbot.waitUntil(lambda: page.count.text() == "3 signalement(s)")
