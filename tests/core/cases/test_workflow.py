"""The workflow: every allowed and every refused transition, guards, reopening, due dates."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import TransitionRefused, ValidationError
from desktop.models.enums import CaseEventKind, CaseStatus, RecipientKind
from desktop.services.cases import defaults, workflow
from desktop.services.cases.queries import get_case
from desktop.services.cases.records import NextStep, Requirement
from tests.core.cases.conftest import World
from tests.core.cases.helpers import PATH, TODAY, give_consent, reach, send, step

S = CaseStatus
R = Requirement


def test_the_table_covers_every_status() -> None:
    assert set(workflow.STEPS) == set(CaseStatus)
    assert workflow.STEPS[S.CLOS] == () and workflow.CLOSED == S.CLOS
    assert workflow.reachable(workflow.START) == set(CaseStatus)
    for status in CaseStatus:
        assert S.CLOS in workflow.reachable(status)
        if status != S.CLOS:  # a case may be closed early from any step, with an outcome
            assert workflow.transition_to(status, S.CLOS) == workflow.Transition(S.CLOS,
                                                                                R.OUTCOME)
    assert PATH[0] == S.RECU and PATH[-1] == S.CLOS


def test_what_each_move_needs() -> None:
    needs = {(status, option.target): option.needs
             for status, options in workflow.STEPS.items() for option in options}
    assert needs[S.TRANSMIS_URPS_ORDRE, S.QUALIFIE] == R.DEGREE
    assert needs[S.FICHE_VALIDEE, S.TRANSMIS_URPS_ORDRE] == R.URPS_ORDRE
    assert needs[S.CONSENTEMENT_DEMANDE, S.CONSENTEMENT_DONNE] == R.CONSENT
    assert needs[S.CONSENTEMENT_DEMANDE, S.CONSENTEMENT_REFUSE] == R.REFUSAL
    assert needs[S.CONSENTEMENT_DONNE, S.TRANSMIS_AUTORITES] == R.AUTHORITIES
    assert needs[S.QUALIFIE, S.CONSENTEMENT_DEMANDE] == R.NOTHING
    automatic = {(status, option.target) for status, options in workflow.STEPS.items()
                 for option in options if option.automatic}
    assert automatic == {(S.FICHE_VALIDEE, S.TRANSMIS_URPS_ORDRE),
                         (S.CONSENTEMENT_DEMANDE, S.CONSENTEMENT_DONNE),
                         (S.CONSENTEMENT_DEMANDE, S.CONSENTEMENT_REFUSE),
                         (S.CONSENTEMENT_DONNE, S.TRANSMIS_AUTORITES)}


@pytest.mark.parametrize("start", list(CaseStatus))
def test_every_allowed_and_every_refused_transition(world: World, start: CaseStatus) -> None:
    for target in CaseStatus:
        case_id = reach(world, start)
        if target in workflow.allowed_transitions(start):
            step(world, case_id, target)
            detail = get_case(world.db, case_id)
            assert detail.status == target, f"{start} → {target}"
            assert detail.events[-1].from_status == start
            assert detail.events[-1].to_status == target
            assert detail.events[-1].actor == world.db.actor
        else:
            with pytest.raises(TransitionRefused):
                workflow.transition(world.db, case_id, target, "essai", degree="2",
                                    outcome="fin")
            assert get_case(world.db, case_id).status == start


def test_the_full_path_builds_the_timeline(world: World) -> None:
    case_id = reach(world, S.CLOS)
    detail = get_case(world.db, case_id)
    moves = [e.to_status for e in detail.events if e.kind == CaseEventKind.TRANSITION]
    assert moves == list(PATH[1:])
    assert detail.outcome == "Situation apaisée" and detail.closed_at is not None
    assert detail.qualification_degree == "Niveau 2"
    assert detail.due_on is None and detail.allowed == () and detail.next_steps == ()
    assert detail.reopenable


@pytest.mark.parametrize("status", list(CaseStatus))
def test_the_detail_says_what_each_next_step_asks(world: World, status: CaseStatus) -> None:
    detail = get_case(world.db, reach(world, status))
    assert detail.next_steps == tuple(NextStep(option.target, option.needs)
                                      for option in workflow.STEPS[status])
    assert detail.allowed == workflow.allowed_transitions(status)
    assert detail.reopenable == (status == S.CLOS)


def test_the_consent_question_asks_for_the_answer(world: World) -> None:
    detail = get_case(world.db, reach(world, S.CONSENTEMENT_DEMANDE))
    assert {s.target: s.asks for s in detail.next_steps} == {
        S.CONSENTEMENT_DONNE: R.CONSENT, S.CONSENTEMENT_REFUSE: R.REFUSAL, S.CLOS: R.OUTCOME}
    assert detail.next_step(S.CONSENTEMENT_DONNE).label == "Le consentement du praticien"


@pytest.mark.parametrize("early", [S.RECU, S.FICHE_VALIDEE, S.QUALIFIE])
def test_a_consent_recorded_at_any_step_counts(world: World, early: CaseStatus) -> None:
    case_id = reach(world, early)
    give_consent(world, case_id, True, (RecipientKind.POLICE,))
    assert get_case(world.db, case_id).status == early  # recorded, no move at this step
    for target in PATH[PATH.index(early) + 1:PATH.index(S.CONSENTEMENT_DEMANDE) + 1]:
        step(world, case_id, target)
    detail = get_case(world.db, case_id)
    assert detail.status == S.CONSENTEMENT_DEMANDE
    assert detail.next_step(S.CONSENTEMENT_DONNE).asks == R.NOTHING  # no second consent
    assert detail.next_step(S.CONSENTEMENT_REFUSE).asks == R.REFUSAL
    workflow.transition(world.db, case_id, S.CONSENTEMENT_DONNE, "Accord déjà recueilli")
    detail = get_case(world.db, case_id)
    assert detail.status == S.CONSENTEMENT_DONNE and len(detail.consents) == 1
    assert detail.next_step(S.TRANSMIS_AUTORITES).asks == R.AUTHORITIES
    send(world, case_id, RecipientKind.POLICE)  # the early consent covers the police
    assert get_case(world.db, case_id).status == S.TRANSMIS_AUTORITES


def test_an_early_transmission_meets_its_step(world: World) -> None:
    case_id = reach(world, S.QUALIFIE)
    give_consent(world, case_id, True, (RecipientKind.POLICE,))
    send(world, case_id, RecipientKind.POLICE)
    assert get_case(world.db, case_id).status == S.QUALIFIE
    workflow.transition(world.db, case_id, S.CONSENTEMENT_DEMANDE)
    workflow.transition(world.db, case_id, S.CONSENTEMENT_DONNE)
    detail = get_case(world.db, case_id)
    assert detail.next_step(S.TRANSMIS_AUTORITES).asks == R.NOTHING
    workflow.transition(world.db, case_id, S.TRANSMIS_AUTORITES, "Déjà transmis")
    detail = get_case(world.db, case_id)
    assert detail.status == S.TRANSMIS_AUTORITES and len(detail.transmissions) == 2


@pytest.mark.parametrize("start,option", [(status, option)
                                          for status, options in workflow.STEPS.items()
                                          for option in options if option.automatic])
def test_automatic_moves_follow_the_table(world: World, start: CaseStatus,
                                          option: workflow.Transition) -> None:
    case_id = reach(world, start)
    step(world, case_id, option.target)  # only records what the move needs
    detail = get_case(world.db, case_id)
    assert detail.status == option.target
    assert detail.events[-1].comment == option.automatic


def test_guarded_steps_need_their_records(world: World) -> None:
    case_id = reach(world, S.FICHE_VALIDEE)
    with pytest.raises(TransitionRefused, match="URPS ou à l'Ordre"):
        workflow.transition(world.db, case_id, S.TRANSMIS_URPS_ORDRE)
    send(world, case_id, RecipientKind.ORDRE)
    with pytest.raises(ValidationError, match="degré"):
        workflow.transition(world.db, case_id, S.QUALIFIE, degree=" ")
    case_id = reach(world, S.CONSENTEMENT_DEMANDE)
    with pytest.raises(TransitionRefused, match="consentement"):
        workflow.transition(world.db, case_id, S.CONSENTEMENT_DONNE)
    with pytest.raises(TransitionRefused, match="refus"):
        workflow.transition(world.db, case_id, S.CONSENTEMENT_REFUSE)
    case_id = reach(world, S.SUIVI)
    with pytest.raises(ValidationError, match="issue"):
        workflow.transition(world.db, case_id, S.CLOS)


def test_reopening_is_recorded(world: World) -> None:
    case_id = reach(world, S.CLOS)
    with pytest.raises(ValidationError):
        workflow.reopen(world.db, case_id, " ")
    workflow.reopen(world.db, case_id, "Nouvelles menaces du même patient")
    detail = get_case(world.db, case_id)
    assert detail.status == S.SUIVI and detail.outcome is None and detail.closed_at is None
    assert detail.events[-1].kind == CaseEventKind.REOPENED
    assert detail.events[-1].comment == "Nouvelles menaces du même patient"
    assert detail.due_on == TODAY + dt.timedelta(days=60)
    with pytest.raises(TransitionRefused, match="pas clos"):
        workflow.reopen(world.db, case_id, "encore")


def test_due_dates_follow_the_configured_delays(world: World) -> None:
    case_id = world.new_case()
    assert get_case(world.db, case_id).due_on == TODAY + dt.timedelta(days=2)
    defaults.set_delay(world.db, S.FICHE_ENVOYEE, 10)
    # (a step is never dated before the facts, 14/03/2026)
    workflow.transition(world.db, case_id, S.FICHE_ENVOYEE, on=dt.date(2026, 4, 5))
    assert get_case(world.db, case_id).due_on == dt.date(2026, 4, 15)
    with pytest.raises(ValidationError):
        defaults.set_delay(world.db, S.SUIVI, 0)


def test_follow_up_is_due_30_days_after_the_transmission(world: World) -> None:
    case_id = reach(world, S.CONSENTEMENT_DONNE)
    send(world, case_id, RecipientKind.POLICE)
    detail = get_case(world.db, case_id)
    assert detail.status == S.TRANSMIS_AUTORITES
    assert detail.due_on == TODAY + dt.timedelta(days=30)


def test_overdue_cases_and_count(world: World) -> None:
    late = world.new_case()
    workflow.transition(world.db, late, S.FICHE_ENVOYEE, on=TODAY - dt.timedelta(days=30))
    world.new_case()
    closed = reach(world, S.CLOS)
    later = TODAY + dt.timedelta(days=3)
    assert workflow.overdue_count(world.db, TODAY) == 1
    rows = workflow.overdue_cases(world.db, TODAY)
    assert [r[0] for r in rows] == [late]
    assert closed not in {r[0] for r in workflow.overdue_cases(world.db, later)}
    assert workflow.overdue_count(world.db, later) == 2


def test_consent_answer_moves_the_case(world: World) -> None:
    case_id = reach(world, S.CONSENTEMENT_DEMANDE)
    give_consent(world, case_id, True, (RecipientKind.PARQUET,))
    assert get_case(world.db, case_id).status == S.CONSENTEMENT_DONNE
