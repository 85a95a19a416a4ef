"""The workflow: every allowed and every refused transition, guards, reopening, due dates."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import TransitionRefused, ValidationError
from desktop.models.enums import CaseEventKind, CaseStatus, RecipientKind
from desktop.services.cases import defaults, workflow
from desktop.services.cases.queries import get_case
from tests.core.cases.conftest import World
from tests.core.cases.helpers import PATH, TODAY, give_consent, reach, send, step

S = CaseStatus


def test_the_table_covers_every_status() -> None:
    assert set(workflow.TRANSITIONS) == set(CaseStatus)
    assert workflow.TRANSITIONS[S.CLOS] == ()


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
    assert detail.due_on is None and detail.allowed == ()


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
    workflow.transition(world.db, case_id, S.FICHE_ENVOYEE, on=dt.date(2026, 1, 5))
    assert get_case(world.db, case_id).due_on == dt.date(2026, 1, 15)
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
