"""Plain results of the committee services (meetings, agenda, action items, relevé).

Frozen dataclasses only: the UI, the documents and the CLI never see a live ORM object.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.models.enums import (
    ActionStatus,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
)
from desktop.services.vault.changes import Changes

_COUNTED = (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTE)


@dataclass(frozen=True)
class MeetingRow:
    id: int
    starts_at: dt.datetime
    place: str
    chair: str
    kind: MeetingKind
    status: MeetingStatus
    quorum: int | None
    protocol_id: int | None
    row_version: int = 1
    """What an edit saves against (a colleague's save since refuses it)."""


@dataclass(frozen=True)
class AttendanceRow:
    id: int
    member: str
    """The function (position title) or organisation name."""
    organisation: str
    person_name: str
    status: AttendanceStatus
    represented_by: str
    arrived_at: dt.datetime | None
    left_at: dt.datetime | None


@dataclass(frozen=True)
class LinkRow:
    id: int
    kind: str
    """"case", "action", "article" or "statistics"."""
    target_id: int | None
    label: str
    period_from: dt.date | None = None
    period_to: dt.date | None = None


@dataclass(frozen=True)
class DecisionRow:
    id: int
    text: str
    decided_at: dt.datetime | None = None
    """When it was taken (None on decisions recorded before the time was asked)."""
    row_version: int = 1


@dataclass(frozen=True)
class DecisionQuorum:
    """The quorum of one decision: the members present (or represented) at its time."""

    present: int
    quorum: int | None
    timed: bool
    """False when the decision has no time: ``present`` then counts the meeting's presence."""

    @property
    def reached(self) -> bool | None:
        return None if self.quorum is None else self.present >= self.quorum


@dataclass(frozen=True)
class AgendaRow:
    id: int
    order: int
    title: str
    notes: str
    links: tuple[LinkRow, ...]
    decisions: tuple[DecisionRow, ...]


@dataclass(frozen=True)
class ActionEventRow:
    at: dt.datetime
    status: ActionStatus
    note: str
    meeting_id: int | None


@dataclass(frozen=True)
class ActionRow:
    id: int
    title: str
    owner_organisation_id: int | None
    owner: str
    due_on: dt.date | None
    status: ActionStatus
    case_id: int | None
    case_reference: str
    article_id: int | None
    article_label: str
    origin_meeting_id: int | None
    history: tuple[ActionEventRow, ...] = ()
    row_version: int = 1
    """The save counter when read: an edit made from it is refused if a colleague saved since."""

    @property
    def closed(self) -> bool:
        return self.status in (ActionStatus.DONE, ActionStatus.DROPPED)


@dataclass(frozen=True)
class MinutesRow:
    status: MinutesStatus
    body: str
    locked_at: dt.datetime | None
    content_hash: str | None
    row_version: int = 1
    """As read: what a save or a validation of the text shown is made against."""


@dataclass(frozen=True)
class MeetingDetail:
    meeting: MeetingRow
    attendance: tuple[AttendanceRow, ...]
    agenda: tuple[AgendaRow, ...]
    actions: tuple[ActionRow, ...]
    """The action items followed at this meeting (carried over until closed)."""
    minutes: MinutesRow | None

    @property
    def present_count(self) -> int:
        """Members present (or represented) at some moment of the meeting."""
        return sum(1 for row in self.attendance if row.status in _COUNTED)

    def present_at(self, moment: dt.datetime) -> int:
        """Members present (or represented) at that moment: arrived by then (or no arrival
        time) and not yet gone (or no departure time)."""
        return sum(1 for row in self.attendance if row.status in _COUNTED
                   and (row.arrived_at is None or row.arrived_at <= moment)
                   and (row.left_at is None or row.left_at > moment))

    def decision_quorum(self, decision: DecisionRow) -> DecisionQuorum | None:
        """None when the office set no quorum or the meeting is still to come."""
        if self.quorum_reached is None:
            return None
        if decision.decided_at is None:
            return DecisionQuorum(self.present_count, self.meeting.quorum, timed=False)
        return DecisionQuorum(self.present_at(decision.decided_at), self.meeting.quorum,
                              timed=True)

    @property
    def quorum_reached(self) -> bool | None:
        """None when the office set no quorum, or the meeting is still to come (nobody is
        absent yet: "Quorum non atteint" would be false)."""
        if self.meeting.quorum is None or self.meeting.starts_at > dt.datetime.now(dt.UTC):
            return None
        return self.present_count >= self.meeting.quorum


@dataclass(frozen=True)
class MinutesLocked:
    """A relevé just locked: its SHA-256, and what changed."""

    content_hash: str
    changes: Changes = Changes.COMMITTEE
