"""Incident cases: the facts (on the Ordre's and the ONVS's axes), the append-only timeline,
consents, transmissions, complaints, tasks and attachments.

The workflow (which status may follow which, due dates, "no transmission without consent") is
enforced by the step table of ``services.cases.workflow``; these classes only hold the data.

The table of ``Case`` is named ``case``, an SQL keyword: SQLAlchemy quotes it, hand-written SQL
must write ``"case"``.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, IdMixin, TimestampMixin, VersionedMixin, utc_now
from desktop.models.contacts import Organisation, Practitioner
from desktop.models.enums import (
    AuthorKind,
    CaseEventKind,
    CaseSource,
    CaseStatus,
    ComplaintKind,
    ComplaintModality,
    ConsentChannel,
    DeclaredAddress,
    ForceZone,
    IncidentType,
    Motive,
    Place,
    RecipientKind,
    SeverityFamily,
    TransmissionChannel,
    UrbanSetting,
    VictimSex,
)
from desktop.models.territory import Commune

_OWNED = "all, delete-orphan"
"""Cascade for children that cannot outlive their parent (the FK also says ON DELETE CASCADE)."""


class SeverityLevel(IdMixin, Base):
    """The editable severity scales (persons 1-4, property 1-3, after the ONVS)."""

    __tablename__ = "severity_level"
    __table_args__ = (UniqueConstraint("family", "level"),)

    family: Mapped[SeverityFamily]
    level: Mapped[int]
    label: Mapped[str] = mapped_column(String(200))


class Case(IdMixin, TimestampMixin, VersionedMixin, Base):
    """One continuous event, with every victim and every author (ONVS rule)."""

    __tablename__ = "case"
    __table_args__ = (
        UniqueConstraint("year", "seq"),
        # The case list hides archived cases (archived_at IS NULL): its counts read these
        # narrow indexes, never the cases' rows (their narratives make them large, and every
        # page read is decrypted). The first two cover the overdue and the step filters.
        Index("ix_case_due_on", "due_on", "status", "archived_at"),
        Index("ix_case_status", "status", "archived_at"),
        # The live cases (the whole list's count, newest first) and the archived ones; named in
        # ``queries`` (INDEXED BY) to check a search's matches without reading their rows.
        Index("ix_case_live", "id", sqlite_where=text("archived_at IS NULL"),
              postgresql_where=text("archived_at IS NULL")),
        Index("ix_case_archived", "id", sqlite_where=text("archived_at IS NOT NULL"),
              postgresql_where=text("archived_at IS NOT NULL")),
        # Covers every column the statistics read from a case, in date order: a period's
        # figures never read the cases' rows (their narratives make them large).
        Index("ix_case_statistics", "occurred_at", "commune_id", "force_zone", "status",
              "due_on", "place", "created_at"),
    )

    reference: Mapped[str] = mapped_column(String(12), unique=True)
    """``f"{year}-{seq:04d}"``, e.g. "2026-0042"."""
    year: Mapped[int]
    seq: Mapped[int]
    occurred_at: Mapped[dt.datetime] = mapped_column(index=True)
    commune_id: Mapped[int | None] = mapped_column(ForeignKey("commune.id"), index=True)
    force_zone: Mapped[ForceZone | None] = mapped_column(index=True)
    """Copied from the commune at intake: a later roster change does not rewrite history."""
    place: Mapped[Place | None]
    setting: Mapped[UrbanSetting | None]
    motive: Mapped[Motive | None]
    source: Mapped[CaseSource | None] = mapped_column(index=True)
    """Who brought the case (CDOM, a direct call, the forces, the URPS, an establishment)."""
    exact_words: Mapped[str | None] = mapped_column(Text)
    severity_persons_id: Mapped[int | None] = mapped_column(ForeignKey("severity_level.id"))
    severity_property_id: Mapped[int | None] = mapped_column(ForeignKey("severity_level.id"))
    itt_days: Mapped[int | None]
    weapon: Mapped[bool] = mapped_column(default=False)
    weapon_text: Mapped[str | None] = mapped_column(String(200))
    victim_sex: Mapped[VictimSex | None]
    """The (first) victim's sex, for the observatories' axis; from the civility by default."""
    narrative: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[CaseStatus] = mapped_column(default=CaseStatus.RECU)
    due_on: Mapped[dt.date | None]
    """When the current step is due (from the configured delays); overdue when past."""
    qualification_degree: Mapped[str | None] = mapped_column(String(60))
    """The degree of aggression as qualified by the URPS."""
    outcome: Mapped[str | None] = mapped_column(Text)
    closed_at: Mapped[dt.datetime | None]
    archived_at: Mapped[dt.datetime | None]
    """Moved to the intermediate archive (restricted access) by the retention rules."""
    erased_at: Mapped[dt.datetime | None]
    """Personal data erased by the retention rules; the statistical fields remain."""

    commune: Mapped[Commune | None] = relationship()
    severity_persons: Mapped[SeverityLevel | None] = relationship(
        foreign_keys=[severity_persons_id]
    )
    severity_property: Mapped[SeverityLevel | None] = relationship(
        foreign_keys=[severity_property_id]
    )
    victims: Mapped[list[CaseVictim]] = relationship(
        back_populates="case", cascade=_OWNED, passive_deletes=True
    )
    authors: Mapped[list[CaseAuthor]] = relationship(
        back_populates="case", cascade=_OWNED, passive_deletes=True
    )
    types: Mapped[list[CaseType]] = relationship(
        back_populates="case", cascade=_OWNED, passive_deletes=True
    )
    events: Mapped[list[CaseEvent]] = relationship(
        back_populates="case",
        order_by="(CaseEvent.at, CaseEvent.id)",
        cascade=_OWNED,
        passive_deletes=True,
    )
    consents: Mapped[list[Consent]] = relationship(
        back_populates="case", cascade=_OWNED, passive_deletes=True
    )
    transmissions: Mapped[list[Transmission]] = relationship(
        back_populates="case", cascade=_OWNED, passive_deletes=True
    )
    complaints: Mapped[list[Complaint]] = relationship(
        back_populates="case", cascade=_OWNED, passive_deletes=True
    )
    tasks: Mapped[list[Task]] = relationship(
        back_populates="case", cascade=_OWNED, passive_deletes=True
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="case", cascade=_OWNED, passive_deletes=True
    )


class CaseVictim(IdMixin, VersionedMixin, Base):
    __tablename__ = "case_victim"
    __table_args__ = (UniqueConstraint("case_id", "practitioner_id"),)

    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"))
    practitioner_id: Mapped[int] = mapped_column(ForeignKey("practitioner.id"), index=True)

    case: Mapped[Case] = relationship(back_populates="victims")
    practitioner: Mapped[Practitioner] = relationship()


class CaseAuthor(IdMixin, VersionedMixin, Base):
    __tablename__ = "case_author"
    __table_args__ = (
        # The statistics' author axis without reading the authors' rows (their descriptions).
        Index("ix_case_author_statistics", "case_id", "kind"),
    )

    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    kind: Mapped[AuthorKind]
    description: Mapped[str | None] = mapped_column(Text)
    impaired_judgement: Mapped[bool] = mapped_column(default=False)
    """"Altération du discernement"."""
    impairment_cause: Mapped[str | None] = mapped_column(String(200))

    case: Mapped[Case] = relationship(back_populates="authors")


class CaseType(Base):
    """One incident type of a case (several are allowed)."""

    __tablename__ = "case_type"

    case_id: Mapped[int] = mapped_column(
        ForeignKey("case.id", ondelete="CASCADE"), primary_key=True
    )
    incident_type: Mapped[IncidentType] = mapped_column(primary_key=True, index=True)

    case: Mapped[Case] = relationship(back_populates="types")


class CaseEvent(IdMixin, Base):
    """A line of the case timeline. Append-only: the service never updates or deletes one."""

    __tablename__ = "case_event"
    __table_args__ = (
        Index(None, "case_id", "at"),
        # The statistics' delays (each transition of a case) without reading the lines' rows.
        Index("ix_case_event_statistics", "case_id", "kind", "to_status", "at"),
    )

    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"))
    at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    """When the line was recorded."""
    dated_on: Mapped[dt.date | None]
    """The date the user gave for the step (sent on, consented on…); ``None`` on lines written
    before schema 2 and on lines that are not dated steps (then ``at`` is the date)."""
    actor: Mapped[str] = mapped_column(String(120))
    kind: Mapped[CaseEventKind]
    from_status: Mapped[CaseStatus | None]
    to_status: Mapped[CaseStatus | None]
    comment: Mapped[str | None] = mapped_column(Text)

    case: Mapped[Case] = relationship(back_populates="events")


class Attachment(IdMixin, Base):
    """A file kept inside the (encrypted) vault; ``content`` loads only when read."""

    __tablename__ = "attachment"

    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("case.id", ondelete="CASCADE"), index=True
    )
    filename: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    content: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)
    added_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    added_by: Mapped[str] = mapped_column(String(120))

    case: Mapped[Case | None] = relationship(back_populates="attachments")


class Consent(IdMixin, VersionedMixin, Base):
    """The practitioner's decision on passing the case on, for the recipients in ``scope``."""

    __tablename__ = "consent"

    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    given: Mapped[bool]
    decided_on: Mapped[dt.date]
    channel: Mapped[ConsentChannel]
    witness: Mapped[str | None] = mapped_column(String(200))
    """Who heard a consent given by phone."""
    attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="SET NULL")
    )
    withdrawn_on: Mapped[dt.date | None]

    case: Mapped[Case] = relationship(back_populates="consents")
    attachment: Mapped[Attachment | None] = relationship()
    scope: Mapped[list[ConsentScope]] = relationship(
        back_populates="consent", cascade=_OWNED, passive_deletes=True
    )


class ConsentScope(IdMixin, Base):
    """A recipient a consent covers: a kind, optionally one named organisation."""

    __tablename__ = "consent_scope"

    consent_id: Mapped[int] = mapped_column(
        ForeignKey("consent.id", ondelete="CASCADE"), index=True
    )
    recipient_kind: Mapped[RecipientKind]
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))

    consent: Mapped[Consent] = relationship(back_populates="scope")
    organisation: Mapped[Organisation | None] = relationship()


class Transmission(IdMixin, Base):
    """What was sent to whom: the document itself is an attachment, ``sha256`` its hash."""

    __tablename__ = "transmission"

    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    recipient_kind: Mapped[RecipientKind]
    organisation_id: Mapped[int | None] = mapped_column(ForeignKey("organisation.id"))
    sent_on: Mapped[dt.date]
    channel: Mapped[TransmissionChannel]
    attachment_id: Mapped[int | None] = mapped_column(ForeignKey("attachment.id"))
    sha256: Mapped[str | None] = mapped_column(String(64))

    case: Mapped[Case] = relationship(back_populates="transmissions")
    organisation: Mapped[Organisation | None] = relationship()
    attachment: Mapped[Attachment | None] = relationship()


class Complaint(IdMixin, VersionedMixin, Base):
    """The judicial follow-up; since the law of 9 July 2025 the Ordre, the URPS or the
    employer may file the plainte on the victim's behalf."""

    __tablename__ = "complaint"

    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    kind: Mapped[ComplaintKind]
    filed_on: Mapped[dt.date | None]
    service: Mapped[str | None] = mapped_column(String(200))
    """The police or gendarmerie service that took it."""
    pv_number: Mapped[str | None] = mapped_column(String(60))
    domiciled_at_ordre: Mapped[bool] = mapped_column(default=False)
    cdom_partie_civile: Mapped[bool] = mapped_column(default=False)
    parquet_outcome: Mapped[str | None] = mapped_column(Text)
    modality: Mapped[ComplaintModality | None]
    declared_address: Mapped[DeclaredAddress | None]
    """The address declared instead of the home; ``domiciled_at_ordre`` follows it."""
    declared_address_text: Mapped[str | None] = mapped_column(Text)
    """The address itself when it is "another" one."""
    informed_on: Mapped[dt.date | None]
    """When the procureur informed the complainant of what became of the complaint."""
    victim_consent_on: Mapped[dt.date | None]
    """A complaint filed by the Ordre, the URPS or the employer: the date of the victim's
    written consent, whose signed form is ``victim_consent_attachment``."""
    victim_consent_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="SET NULL")
    )

    case: Mapped[Case] = relationship(back_populates="complaints")
    victim_consent_attachment: Mapped[Attachment | None] = relationship()


class Task(IdMixin, VersionedMixin, Base):
    __tablename__ = "task"

    case_id: Mapped[int] = mapped_column(ForeignKey("case.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(String(200))
    due_on: Mapped[dt.date] = mapped_column(index=True)
    done_on: Mapped[dt.date | None]

    case: Mapped[Case] = relationship(back_populates="tasks")
