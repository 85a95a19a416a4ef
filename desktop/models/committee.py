"""The comité de suivi: meetings, attendance, the agenda and what it points at, decisions,
action items carried from meeting to meeting, and the relevé de décisions.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, IdMixin, VersionedMixin, utc_now
from desktop.models.cases import Case
from desktop.models.contacts import Organisation, Position
from desktop.models.enums import (
    ActionStatus,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    MinutesStatus,
)
from desktop.models.protocol import Article, Protocol


class Meeting(IdMixin, VersionedMixin, Base):
    __tablename__ = "meeting"

    starts_at: Mapped[dt.datetime] = mapped_column(index=True)
    place: Mapped[str] = mapped_column(String(200))
    chair: Mapped[str | None] = mapped_column(String(200))
    kind: Mapped[MeetingKind] = mapped_column(default=MeetingKind.COMITE_SUIVI)
    status: Mapped[MeetingStatus] = mapped_column(default=MeetingStatus.PREPAREE)
    quorum: Mapped[int | None]
    """Members needed, when the office sets one."""
    protocol_id: Mapped[int | None] = mapped_column(
        ForeignKey("protocol.id", ondelete="SET NULL"), index=True
    )

    protocol: Mapped[Protocol | None] = relationship()
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True
    )
    agenda: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="AgendaItem.order",
    )
    minutes: Mapped[Minutes | None] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", passive_deletes=True
    )


class Attendance(IdMixin, VersionedMixin, Base):
    """A member invited (a position, i.e. a function of the protocol's parties, or an
    organisation) and what became of the invitation."""

    __tablename__ = "attendance"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    position_id: Mapped[int | None] = mapped_column(ForeignKey("position.id", ondelete="SET NULL"))
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL")
    )
    person_name: Mapped[str | None] = mapped_column(String(200))
    status: Mapped[AttendanceStatus]
    represented_by: Mapped[str | None] = mapped_column(String(200))
    arrived_at: Mapped[dt.datetime | None]
    left_at: Mapped[dt.datetime | None]

    meeting: Mapped[Meeting] = relationship(back_populates="attendances")
    position: Mapped[Position | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()


class AgendaItem(IdMixin, VersionedMixin, Base):
    __tablename__ = "agenda_item"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), index=True
    )
    order: Mapped[int]
    title: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda")
    links: Mapped[list[AgendaLink]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan", passive_deletes=True
    )
    decisions: Mapped[list[Decision]] = relationship(
        back_populates="agenda_item", cascade="all, delete-orphan", passive_deletes=True
    )


class AgendaLink(IdMixin, Base):
    """What an agenda item points at: exactly one of a case, an action item, an article, or
    the statistics of a period (``period_from`` and ``period_to`` both set)."""

    __tablename__ = "agenda_link"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN case_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN action_item_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN article_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN period_from IS NULL OR period_to IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_target",
        ),
    )

    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("case.id", ondelete="CASCADE"), index=True
    )
    action_item_id: Mapped[int | None] = mapped_column(
        ForeignKey("action_item.id", ondelete="CASCADE"), index=True
    )
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"))
    period_from: Mapped[dt.date | None]
    period_to: Mapped[dt.date | None]

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="links")
    case: Mapped[Case | None] = relationship()
    action_item: Mapped[ActionItem | None] = relationship()
    article: Mapped[Article | None] = relationship()


class Decision(IdMixin, VersionedMixin, Base):
    __tablename__ = "decision"

    agenda_item_id: Mapped[int] = mapped_column(
        ForeignKey("agenda_item.id", ondelete="CASCADE"), index=True
    )
    text: Mapped[str] = mapped_column(Text)
    decided_at: Mapped[dt.datetime | None]
    """When it was taken: the quorum is counted among the members present at that moment
    (None on decisions recorded before the time was asked: the meeting's presence then)."""

    agenda_item: Mapped[AgendaItem] = relationship(back_populates="decisions")


class ActionItem(IdMixin, VersionedMixin, Base):
    """Something a partner must do; it lives across meetings until done or dropped."""

    __tablename__ = "action_item"

    title: Mapped[str] = mapped_column(String(300))
    owner_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="SET NULL"), index=True
    )
    due_on: Mapped[dt.date | None]
    status: Mapped[ActionStatus] = mapped_column(default=ActionStatus.OPEN, index=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("case.id", ondelete="SET NULL"), index=True
    )
    article_id: Mapped[int | None] = mapped_column(ForeignKey("article.id", ondelete="SET NULL"))
    origin_meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("meeting.id", ondelete="SET NULL")
    )

    owner: Mapped[Organisation | None] = relationship()
    case: Mapped[Case | None] = relationship()
    article: Mapped[Article | None] = relationship()
    origin_meeting: Mapped[Meeting | None] = relationship()
    history: Mapped[list[ActionItemEvent]] = relationship(
        back_populates="action_item",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ActionItemEvent.at",
    )


class ActionItemEvent(IdMixin, Base):
    """A status change or note on an action item, at a meeting or between meetings."""

    __tablename__ = "action_item_event"

    action_item_id: Mapped[int] = mapped_column(
        ForeignKey("action_item.id", ondelete="CASCADE"), index=True
    )
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meeting.id", ondelete="SET NULL"))
    at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    status: Mapped[ActionStatus]
    note: Mapped[str | None] = mapped_column(Text)

    action_item: Mapped[ActionItem] = relationship(back_populates="history")
    meeting: Mapped[Meeting | None] = relationship()


class Minutes(IdMixin, VersionedMixin, Base):
    """The relevé de décisions: projet → validé → verrouillé. Once locked, ``content_hash``
    (SHA-256 of the body) proves it unchanged; corrections go in the next meeting's minutes."""

    __tablename__ = "minutes"

    meeting_id: Mapped[int] = mapped_column(
        ForeignKey("meeting.id", ondelete="CASCADE"), unique=True
    )
    status: Mapped[MinutesStatus] = mapped_column(default=MinutesStatus.PROJET)
    body: Mapped[str] = mapped_column(Text, default="")
    locked_at: Mapped[dt.datetime | None]
    content_hash: Mapped[str | None] = mapped_column(String(64))

    meeting: Mapped[Meeting] = relationship(back_populates="minutes")
