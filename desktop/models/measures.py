"""The protocol's own measures as the office follows them: the security advice requests
(article 4 of the 2023 update), the alert devices' loans and the alerts actually raised, the
vidéoprotection sites and their funding.

A device's loans are rows of ``alert_loan`` (one per issue), so a reissue never overwrites
the history; ``alert_device`` keeps its current holder for the lists that only need that.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, IdMixin, VersionedMixin
from desktop.models.cases import Case
from desktop.models.contacts import AlertDevice, Practitioner
from desktop.models.enums import AdviceKind, VideoSiteKind, VideoSiteStatus
from desktop.models.territory import Commune, Referent


class AdviceRequest(IdMixin, VersionedMixin, Base):
    """A request for security advice: from a practitioner, or a structure (a maison de santé,
    a pharmacy…) named in ``structure``; the référent sûreté assigned from the roster."""

    __tablename__ = "advice_request"

    kind: Mapped[AdviceKind] = mapped_column(index=True)
    practitioner_id: Mapped[int | None] = mapped_column(
        ForeignKey("practitioner.id", ondelete="SET NULL"), index=True
    )
    structure: Mapped[str | None] = mapped_column(String(200))
    commune_id: Mapped[int | None] = mapped_column(ForeignKey("commune.id"), index=True)
    requested_on: Mapped[dt.date] = mapped_column(index=True)
    referent_id: Mapped[int | None] = mapped_column(
        ForeignKey("referent.id", ondelete="SET NULL"), index=True
    )
    assigned_on: Mapped[dt.date | None]
    done_on: Mapped[dt.date | None] = mapped_column(index=True)
    """When the consultation took place or the diagnostic / audit was handed over."""
    outcome: Mapped[str | None] = mapped_column(Text)

    practitioner: Mapped[Practitioner | None] = relationship()
    commune: Mapped[Commune | None] = relationship()
    referent: Mapped[Referent | None] = relationship()


class AlertLoan(IdMixin, VersionedMixin, Base):
    """One loan of an alert device: to whom, from when to when (still out while NULL)."""

    __tablename__ = "alert_loan"

    device_id: Mapped[int] = mapped_column(
        ForeignKey("alert_device.id", ondelete="CASCADE"), index=True
    )
    practitioner_id: Mapped[int | None] = mapped_column(
        ForeignKey("practitioner.id", ondelete="SET NULL"), index=True
    )
    issued_on: Mapped[dt.date] = mapped_column(index=True)
    returned_on: Mapped[dt.date | None]

    device: Mapped[AlertDevice] = relationship()
    practitioner: Mapped[Practitioner | None] = relationship()


class AlertEvent(IdMixin, VersionedMixin, Base):
    """An alert actually raised: when, by which device and practitioner, whether the SOS
    Médecins régulation relayed it, how many minutes until the forces answered."""

    __tablename__ = "alert_event"

    raised_at: Mapped[dt.datetime] = mapped_column(index=True)
    device_id: Mapped[int | None] = mapped_column(
        ForeignKey("alert_device.id", ondelete="SET NULL"), index=True
    )
    practitioner_id: Mapped[int | None] = mapped_column(
        ForeignKey("practitioner.id", ondelete="SET NULL"), index=True
    )
    relayed_by_regulation: Mapped[bool] = mapped_column(default=False)
    response_minutes: Mapped[int | None]
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("case.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str | None] = mapped_column(Text)

    device: Mapped[AlertDevice | None] = relationship()
    practitioner: Mapped[Practitioner | None] = relationship()
    case: Mapped[Case | None] = relationship()


video_site_practitioner = Table(
    "video_site_practitioner",
    Base.metadata,
    Column("site_id", ForeignKey("video_site.id", ondelete="CASCADE"), primary_key=True),
    Column("practitioner_id", ForeignKey("practitioner.id", ondelete="CASCADE"),
           primary_key=True),
)
"""The practitioners working at a vidéoprotection site."""


class VideoSite(IdMixin, VersionedMixin, Base):
    """A place proposed for vidéoprotection; ``status_on`` is when it reached ``status``."""

    __tablename__ = "video_site"

    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[VideoSiteKind]
    commune_id: Mapped[int] = mapped_column(ForeignKey("commune.id"), index=True)
    structure: Mapped[str | None] = mapped_column(String(200))
    """The structure behind the site (SCM, pharmacy, centre hospitalier…)."""
    status: Mapped[VideoSiteStatus] = mapped_column(default=VideoSiteStatus.PROJET, index=True)
    status_on: Mapped[dt.date]
    fipd_amount: Mapped[int | None]
    """FIPD subsidy in euros (asked, then granted)."""
    notes: Mapped[str | None] = mapped_column(Text)

    commune: Mapped[Commune] = relationship()
    practitioners: Mapped[list[Practitioner]] = relationship(secondary=video_site_practitioner)
