"""The office's desk (the home page): what needs doing today, gathered in one read.

Late cases, the follow-up reminders due today or late, the next meeting (and whether its
convocation can be printed) or when the comité is due by the office's frequency, late action
items, référents to check (not verified within the office's period, and communes without one),
the last backup and its state; on a new vault, the first steps and which are done.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.models.base import utc_now
from desktop.models.cases import Case, Task
from desktop.models.committee import ActionItem, Attendance, Meeting
from desktop.models.enums import ActionStatus
from desktop.models.protocol import Protocol
from desktop.models.territory import Commune, Referent
from desktop.services.cases import workflow
from desktop.services.roster import coverage, staleness
from desktop.services.vault import lifecycle, office_rules
from desktop.services.vault.database import Database

LISTED = 5
"""Rows shown per list on the desk; the page that lists them all is one click away."""
BACKUP_STALE_DAYS = 7


@dataclass(frozen=True)
class LateCase:
    id: int
    reference: str
    step: str
    due_on: dt.date


@dataclass(frozen=True)
class Reminder:
    """A follow-up reminder due today or before, not done."""

    id: int
    case_id: int
    case_reference: str
    label: str
    due_on: dt.date
    overdue: bool
    """Due before today (today's are "à faire aujourd'hui")."""


@dataclass(frozen=True)
class CommitteeDue:
    """When the comité should meet next by the office's frequency (Préférences)."""

    every_months: int
    last_meeting_on: dt.date | None
    due_on: dt.date | None
    """The last meeting plus ``every_months``; None when no meeting was ever held."""
    overdue: bool
    """Due before today and no meeting planned."""


@dataclass(frozen=True)
class NextMeeting:
    id: int
    starts_at: dt.datetime
    place: str
    kind: str
    invited: int
    """Members on the attendance list (the convocation names them)."""


@dataclass(frozen=True)
class LateAction:
    id: int
    title: str
    owner: str
    due_on: dt.date
    case_reference: str


@dataclass(frozen=True)
class StaleReferent:
    id: int
    name: str
    unit: str
    verified_on: dt.date | None


@dataclass(frozen=True)
class FirstSteps:
    """How many of each the new office has; ``cases`` is only 0 or 1 once the other three
    are done (the checklist is hidden then, and a million need not be counted)."""

    communes: int
    referents: int
    protocols: int
    cases: int

    @property
    def done(self) -> bool:
        return all((self.communes, self.referents, self.protocols, self.cases))


@dataclass(frozen=True)
class Desk:
    today: dt.date
    late_cases: tuple[LateCase, ...]
    late_case_count: int
    reminders: tuple[Reminder, ...]
    reminder_count: int
    overdue_reminder_count: int
    next_meeting: NextMeeting | None
    committee: CommitteeDue
    late_actions: tuple[LateAction, ...]
    late_action_count: int
    stale_referents: tuple[StaleReferent, ...]
    stale_referent_count: int
    stale_months: int
    communes_without_referent: int
    last_backup_at: dt.datetime | None
    backup_stale: bool
    """No backup, or none for ``BACKUP_STALE_DAYS`` days."""
    shared: bool
    """A PostgreSQL server: its backups are the server's business."""
    first_steps: FirstSteps


def desk(db: Database, today: dt.date | None = None) -> Desk:
    day = today or dt.date.today()
    months = coverage.stale_months(db)
    without = coverage.coverage_counts(db, day).without_referent
    status = lifecycle.status(db)
    with db.reading() as session:
        # Counted on the (due_on, status) index, and only the listed rows read: an office
        # with a backlog (or a million cases) must not load every late case to show five.
        late_count = int(session.scalar(
            sa.select(sa.func.count(Case.id)).where(workflow.overdue_filter(day))) or 0)
        late = session.execute(
            sa.select(Case.id, Case.reference, Case.status, Case.due_on)
            .where(workflow.overdue_filter(day))
            .order_by(Case.due_on, Case.status, Case.id)  # the index's order: no sort
            .limit(LISTED)).all()
        actions = _late_actions(session, day)
        stale = _stale_referents(session, staleness.stale_cutoff(day, months))
        steps = _first_steps(session)
        meeting = _next_meeting(session)
        reminders = _reminders(session, day)
        committee = _committee_due(session, day, planned=meeting is not None)
    last = status.last_backup_at
    stale_backup = status.server is None and (
        last is None or (utc_now() - _aware(last)).days >= BACKUP_STALE_DAYS)
    return Desk(
        today=day,
        late_cases=tuple(LateCase(r.id, r.reference, r.status.label, r.due_on) for r in late),
        late_case_count=late_count,
        reminders=tuple(reminders[:LISTED]), reminder_count=len(reminders),
        overdue_reminder_count=sum(1 for r in reminders if r.overdue),
        next_meeting=meeting, committee=committee,
        late_actions=tuple(actions[:LISTED]), late_action_count=len(actions),
        stale_referents=tuple(stale[:LISTED]), stale_referent_count=len(stale),
        stale_months=months, communes_without_referent=without,
        last_backup_at=last, backup_stale=stale_backup, shared=status.server is not None,
        first_steps=steps,
    )


def _first_steps(session: Session) -> FirstSteps:
    """Counting a million cases takes a fifth of a second on every desk refresh; once the
    other steps are done the checklist is hidden and only whether one case exists matters."""
    communes, referents, protocols = (
        int(session.scalar(sa.select(sa.func.count()).select_from(model)) or 0)
        for model in (Commune, Referent, Protocol))
    if communes and referents and protocols:
        cases = 1 if session.scalar(sa.select(sa.exists().where(Case.id > 0))) else 0
    else:
        cases = int(session.scalar(sa.select(sa.func.count()).select_from(Case)) or 0)
    return FirstSteps(communes, referents, protocols, cases)


def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _next_meeting(session: Session) -> NextMeeting | None:
    meeting = session.scalars(sa.select(Meeting).where(Meeting.starts_at >= utc_now())
                              .order_by(Meeting.starts_at).limit(1)).first()
    if meeting is None:
        return None
    invited = session.scalar(sa.select(sa.func.count(Attendance.id))
                             .where(Attendance.meeting_id == meeting.id)) or 0
    return NextMeeting(meeting.id, meeting.starts_at, meeting.place, meeting.kind.label,
                       int(invited))


def _reminders(session: Session, day: dt.date) -> list[Reminder]:
    rows = session.execute(
        sa.select(Task.id, Task.case_id, Case.reference, Task.label, Task.due_on)
        .join(Case, Case.id == Task.case_id)
        .where(Task.done_on.is_(None), Task.due_on <= day)
        .order_by(Task.due_on, Task.id)).all()
    return [Reminder(r.id, r.case_id, r.reference, r.label, r.due_on, r.due_on < day)
            for r in rows]


def _committee_due(session: Session, day: dt.date, *, planned: bool) -> CommitteeDue:
    every = office_rules.committee_every_months_in(session)
    last_on = office_rules.last_meeting_day(session)
    if last_on is None:
        return CommitteeDue(every, None, None, False)
    due = office_rules.add_months(last_on, every)
    return CommitteeDue(every, last_on, due, not planned and due < day)


def _late_actions(session: Session, day: dt.date) -> list[LateAction]:
    items = session.scalars(
        sa.select(ActionItem).where(
            ActionItem.status.in_((ActionStatus.OPEN, ActionStatus.IN_PROGRESS)),
            ActionItem.due_on < day)
        .order_by(ActionItem.due_on, ActionItem.id)).all()
    from desktop.services.committee.action_items import action_row

    rows = [action_row(item) for item in items]
    return [LateAction(r.id, r.title, r.owner, r.due_on, r.case_reference)
            for r in rows if r.due_on is not None]


def _stale_referents(session: Session, cutoff: dt.date) -> list[StaleReferent]:
    referents = session.scalars(
        sa.select(Referent).where(
            Referent.active.is_(True),
            sa.or_(Referent.verified_on.is_(None), Referent.verified_on < cutoff))
        .order_by(Referent.verified_on.is_not(None), Referent.verified_on,
                  Referent.last_name)).all()
    return [StaleReferent(r.id, f"{r.first_name} {r.last_name}".strip(),
                          r.unit.name if r.unit else "", r.verified_on) for r in referents]
