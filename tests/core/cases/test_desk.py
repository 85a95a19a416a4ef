"""The office's desk, read in one go: late cases, the next meeting, late actions, référents,
backup, and the first steps of a new vault."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models.enums import CaseStatus, ReferentRole
from desktop.models.territory import Referent
from desktop.services.cases import workflow
from desktop.services.committee.action_items import create_action
from desktop.services.committee.meetings import create_meeting
from desktop.services.vault.desk import desk
from tests.core.cases.conftest import World

TODAY = dt.date.today()


@pytest.mark.sqlcipher_only  # a shared server has no local backups: the office's dumps
def test_a_new_vault_shows_its_first_steps(world: World) -> None:
    found = desk(world.db)
    assert found.late_case_count == 0 and found.next_meeting is None
    assert found.last_backup_at is None and found.backup_stale
    steps = found.first_steps
    assert steps.communes == 2 and steps.referents == steps.protocols == steps.cases == 0
    assert not steps.done


def test_what_is_late_and_what_comes(world: World) -> None:
    late = world.new_case()
    workflow.transition(world.db, late, CaseStatus.FICHE_ENVOYEE,
                        on=TODAY - dt.timedelta(days=40))
    world.new_case()  # due later: not late
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(days=10)
    create_meeting(world.db, dt.datetime.now(dt.UTC) - dt.timedelta(days=30), "Melun")
    upcoming = create_meeting(world.db, soon, "Préfecture, salle Marianne").id
    create_meeting(world.db, soon + dt.timedelta(days=60), "Melun")
    create_action(world.db, "Recenser les cabinets isolés", owner_organisation_id=None,
                  due_on=TODAY - dt.timedelta(days=3))
    create_action(world.db, "Plus tard", owner_organisation_id=None,
                  due_on=TODAY + dt.timedelta(days=3))
    with world.db.unit_of_work() as uow:
        uow.session.add_all([
            Referent(first_name="Nadia", last_name="Perrin", role=ReferentRole.REFERENT,
                     verified_on=TODAY - dt.timedelta(days=400)),
            Referent(first_name="Yann", last_name="Robin", role=ReferentRole.REFERENT,
                     verified_on=TODAY)])
    found = desk(world.db)
    assert found.late_case_count == 1 and found.late_cases[0].id == late
    assert found.next_meeting is not None and found.next_meeting.id == upcoming
    assert [a.title for a in found.late_actions] == ["Recenser les cabinets isolés"]
    assert [r.name for r in found.stale_referents] == ["Nadia Perrin"]
    assert found.communes_without_referent == 2
    assert not found.first_steps.done  # no protocol yet


def test_a_meeting_to_come_has_no_quorum_verdict(world: World) -> None:
    from desktop.services.committee.meeting_detail import meeting_detail

    soon = dt.datetime.now(dt.UTC) + dt.timedelta(days=10)
    meeting = create_meeting(world.db, soon, "Melun", quorum=3).id
    assert meeting_detail(world.db, meeting).quorum_reached is None


def test_a_backlog_is_counted_whole_and_listed_oldest_first(world: World) -> None:
    """Seven late cases: the desk says seven and lists the five oldest deadlines."""
    ids = []
    for days in (70, 40, 55, 90, 45, 60, 80):
        case = world.new_case()
        workflow.transition(world.db, case, CaseStatus.FICHE_ENVOYEE,
                            on=TODAY - dt.timedelta(days=days))
        ids.append((days, case))
    found = desk(world.db)
    assert found.late_case_count == 7
    oldest = [case for _days, case in sorted(ids, reverse=True)[:5]]
    assert [c.id for c in found.late_cases] == oldest
    dues = [c.due_on for c in found.late_cases]
    assert dues == sorted(dues)
