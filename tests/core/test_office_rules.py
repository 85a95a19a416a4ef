"""The office's protocol rules (Préférences, Protocole): read with their defaults, saved
audited, each refused out of its range with one French line; the desk's reminders and the
comité's due date."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import sqlalchemy as sa

from desktop.errors import ValidationError
from desktop.models.audit import AuditEntry
from desktop.models.base import utc_now
from desktop.models.committee import Meeting
from desktop.services.cases import tasks
from desktop.services.roster import coverage
from desktop.services.vault import office_rules
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.services.vault.desk import desk
from desktop.services.vault.office_rules import OfficeRules, add_months
from tests.core.committee.fixtures import add_cases


def test_defaults_then_saved_and_audited(db: Database) -> None:
    assert office_rules.read_rules(db) == OfficeRules(12, 5, 12)
    changes = office_rules.save_rules(db, OfficeRules(6, 5, 4))
    assert changes & Changes.OFFICE and changes & Changes.TERRITORY
    assert office_rules.read_rules(db) == OfficeRules(6, 5, 4)
    assert coverage.stale_months(db) == 6
    with db.reading() as session:
        entry = session.scalars(sa.select(AuditEntry).where(
            AuditEntry.entity == "office_rules")).one()
        assert json.loads(entry.changes or "{}") == {
            "stale_referent_months": [12, 6], "committee_every_months": [12, 4]}


@pytest.mark.parametrize(("rules", "message"), [
    (OfficeRules(0, 5, 12), "Référents à vérifier après : entre 1 et 60 mois."),
    (OfficeRules(12, 1, 12), "Seuil des petits effectifs : entre 2 et 20."),
    (OfficeRules(12, 5, 25), "Fréquence du comité : tous les 1 à 24 mois."),
])
def test_out_of_range(db: Database, rules: OfficeRules, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        office_rules.save_rules(db, rules)
    assert str(refused.value) == message
    assert office_rules.read_rules(db) == OfficeRules()


def test_add_months_clamps_to_the_month_end() -> None:
    assert add_months(dt.date(2026, 1, 31), 1) == dt.date(2026, 2, 28)
    assert add_months(dt.date(2026, 11, 15), 3) == dt.date(2027, 2, 15)


def test_desk_reminders_and_committee_due(db: Database) -> None:
    add_cases(db)
    today = dt.date(2026, 6, 10)
    tasks.add_task(db, "2026-0001", "Rappeler", dt.date(2026, 6, 1), today=today)
    tasks.add_task(db, "2026-0002", "Relancer", today, today=today)
    tasks.add_task(db, "2026-0003", "Plus tard", dt.date(2026, 6, 11), today=today)
    found = desk(db, today)
    assert [(r.case_reference, r.overdue) for r in found.reminders] == [
        ("2026-0001", True), ("2026-0002", False)]
    assert (found.reminder_count, found.overdue_reminder_count) == (2, 1)
    assert found.committee.due_on is None and not found.committee.overdue
    with db.unit_of_work() as uow:
        uow.session.add(Meeting(starts_at=utc_now() - dt.timedelta(days=100), place="Melun"))
    office_rules.save_rules(db, OfficeRules(12, 5, 3))
    due = desk(db).committee
    assert due.every_months == 3 and due.overdue
    assert due.last_meeting_on is not None
    assert due.due_on == add_months(due.last_meeting_on, 3)
