"""One meeting as the page, the documents and the pack read it (``MeetingDetail``)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.models.cases import Case
from desktop.models.committee import AgendaItem, AgendaLink, Attendance, Meeting
from desktop.models.contacts import Position
from desktop.models.enums import Civility
from desktop.services.committee.action_items import action_row, followed_at
from desktop.services.committee.guard import get_meeting
from desktop.services.committee.meetings import meeting_row
from desktop.services.committee.records import (
    AgendaRow,
    AttendanceRow,
    DecisionRow,
    LinkRow,
    MeetingDetail,
    MinutesRow,
)
from desktop.services.vault.database import Database


def _function(position: Position, person_name: str) -> str:
    """The position's title, in the feminine when the invited person is "Mme …"."""
    woman = person_name.startswith(f"{Civility.MME.label} ")
    return (position.title_feminine or position.title) if woman else position.title


def attendance_row(row: Attendance) -> AttendanceRow:
    position, organisation = row.position, row.organisation
    member = _function(position, row.person_name or "") if position else (
        organisation.name if organisation else "Invité")
    return AttendanceRow(
        id=row.id, member=member,
        organisation=(organisation.short_name or organisation.name) if organisation else "",
        person_name=row.person_name or "", status=row.status,
        represented_by=row.represented_by or "", arrived_at=row.arrived_at, left_at=row.left_at,
    )


def link_row(row: AgendaLink) -> LinkRow:
    if row.case_id is not None:
        return LinkRow(row.id, "case", row.case_id,
                       f"Signalement {row.case.reference}" if row.case else "Signalement")
    if row.action_item_id is not None:
        title = row.action_item.title if row.action_item else ""
        return LinkRow(row.id, "action", row.action_item_id, f"Action : {title}")
    if row.article_id is not None:
        article = row.article
        if article is None:
            return LinkRow(row.id, "article", row.article_id, "Article")
        label = f"Article {article.number}" + (f" – {article.title}" if article.title else "")
        return LinkRow(row.id, "article", row.article_id, label)
    assert row.period_from is not None and row.period_to is not None
    return LinkRow(row.id, "statistics", None,
                   f"Statistiques du {row.period_from:%d/%m/%Y} au {row.period_to:%d/%m/%Y}",
                   row.period_from, row.period_to)


def agenda_row(item: AgendaItem) -> AgendaRow:
    return AgendaRow(
        id=item.id, order=item.order, title=item.title, notes=item.notes or "",
        links=tuple(link_row(link) for link in sorted(item.links, key=lambda x: x.id)),
        decisions=tuple(DecisionRow(d.id, d.text, d.decided_at, d.row_version)
                        for d in sorted(item.decisions, key=lambda x: x.id)),
    )


def build_detail(session: Session, meeting: Meeting) -> MeetingDetail:
    # Load the agenda with its links' targets in a few queries (500 linked cases would
    # otherwise cost 500 lazy loads).
    items = session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting.id)
        .order_by(AgendaItem.order).options(
            selectinload(AgendaItem.decisions),
            selectinload(AgendaItem.links).selectinload(AgendaLink.case).load_only(Case.reference),
            selectinload(AgendaItem.links).selectinload(AgendaLink.action_item),
            selectinload(AgendaItem.links).selectinload(AgendaLink.article),
        )
    ).all()
    minutes = meeting.minutes
    return MeetingDetail(
        meeting=meeting_row(meeting),
        attendance=tuple(attendance_row(a) for a in sorted(meeting.attendances,
                                                           key=lambda a: a.id)),
        agenda=tuple(agenda_row(item) for item in items),
        actions=tuple(action_row(i, with_history=True) for i in followed_at(session, meeting)),
        minutes=MinutesRow(minutes.status, minutes.body, minutes.locked_at,
                           minutes.content_hash, minutes.row_version) if minutes else None,
    )


def meeting_detail(db: Database, meeting_id: int) -> MeetingDetail:
    with db.reading() as session:
        return build_detail(session, get_meeting(session, meeting_id))
