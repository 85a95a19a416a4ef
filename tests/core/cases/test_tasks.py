"""Follow-up reminders: added on a case by its reference, listed by due date with the overdue
ones flagged, done once."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import TransitionRefused, ValidationError
from desktop.services.cases import tasks
from desktop.services.vault import audit_log
from desktop.services.vault.database import Database
from tests.core.committee.fixtures import add_cases

TODAY = dt.date(2026, 4, 10)


def test_reminders_listed_flagged_and_done(db: Database) -> None:
    ids = add_cases(db)
    first, second = sorted(ids)[:2]
    later = tasks.add_task(db, second, "Rappeler le praticien (J+7)", dt.date(2026, 4, 20),
                           today=TODAY)
    late = tasks.add_task(db, first, "Relancer l'URPS", dt.date(2026, 4, 1), today=TODAY)
    rows = tasks.list_tasks(db, today=TODAY)
    assert [(r.case_reference, r.overdue) for r in rows] == [(first, True), (second, False)]
    tasks.complete_task(db, late.id, dt.date(2026, 4, 9), today=TODAY)
    assert [r.id for r in tasks.list_tasks(db, today=TODAY)] == [later.id]
    done = tasks.list_tasks(db, include_done=True, today=TODAY)
    assert [r.done_on for r in done] == [None, dt.date(2026, 4, 9)]
    assert audit_log.recent_entries(db, 0, 1)[0].changes["done_on"] == [None, "2026-04-09"]
    with pytest.raises(TransitionRefused, match="déjà fait"):
        tasks.complete_task(db, late.id, TODAY, today=TODAY)


def test_reminder_validation(db: Database) -> None:
    ids = add_cases(db)
    reference = sorted(ids)[0]
    with pytest.raises(ValidationError, match="dites ce qu'il faut faire"):
        tasks.add_task(db, reference, "  ", TODAY, today=TODAY)
    with pytest.raises(ValidationError, match="1999-0001"):
        tasks.add_task(db, "1999-0001", "Rappeler", TODAY, today=TODAY)
    with pytest.raises(ValidationError, match="trois ans"):
        tasks.add_task(db, reference, "Rappeler", TODAY + dt.timedelta(days=2000), today=TODAY)
    with pytest.raises(ValidationError, match="futur"):
        tasks.complete_task(db, 1, TODAY + dt.timedelta(days=1), today=TODAY)
    assert tasks.list_tasks(db, today=TODAY) == []
