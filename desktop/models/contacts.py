"""Partners and practitioners: organisations, the functions in them and who holds them, the
health professionals the protocol protects, their 17 pre-registrations and alert devices.

A protocol outlives the people who sign it: a ``Position`` (the function) is stored apart from
the ``Person`` who holds it, and a ``Tenure`` says from when to when.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, IdMixin, VersionedMixin
from desktop.models.enums import AlertDeviceKind, Civility, Force, OrganisationKind, Profession
from desktop.models.territory import Commune


class Organisation(IdMixin, VersionedMixin, Base):
    __tablename__ = "organisation"

    kind: Mapped[OrganisationKind] = mapped_column(index=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    short_name: Mapped[str | None] = mapped_column(String(60))
    """E.g. "CDOM 77", "DDPN"."""
    address: Mapped[str | None] = mapped_column(Text)

    positions: Mapped[list[Position]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan", passive_deletes=True
    )


class Position(IdMixin, VersionedMixin, Base):
    """A function, e.g. "Procureur de la République près le tribunal judiciaire de Meaux"."""

    __tablename__ = "position"

    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(String(300))
    """Masculine form (also the neutral form used when the holder is unknown)."""
    title_feminine: Mapped[str | None] = mapped_column(String(300))

    organisation: Mapped[Organisation] = relationship(back_populates="positions")
    tenures: Mapped[list[Tenure]] = relationship(
        back_populates="position", cascade="all, delete-orphan", passive_deletes=True
    )


class Person(IdMixin, VersionedMixin, Base):
    __tablename__ = "person"

    civility: Mapped[Civility | None]
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), index=True)
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(16))
    """E.164."""

    tenures: Mapped[list[Tenure]] = relationship(
        back_populates="person", cascade="all, delete-orphan", passive_deletes=True
    )


class Tenure(IdMixin, VersionedMixin, Base):
    """A person holds a position from ``started_on`` to ``ended_on`` (still in office when NULL)."""

    __tablename__ = "tenure"

    person_id: Mapped[int] = mapped_column(ForeignKey("person.id", ondelete="CASCADE"), index=True)
    position_id: Mapped[int] = mapped_column(
        ForeignKey("position.id", ondelete="CASCADE"), index=True
    )
    started_on: Mapped[dt.date]
    ended_on: Mapped[dt.date | None]

    person: Mapped[Person] = relationship(back_populates="tenures")
    position: Mapped[Position] = relationship(back_populates="tenures")


class Practitioner(IdMixin, VersionedMixin, Base):
    """A health professional; phones are E.164 strings validated by the service."""

    __tablename__ = "practitioner"

    civility: Mapped[Civility | None]
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), index=True)
    profession: Mapped[Profession] = mapped_column(index=True)
    specialty: Mapped[str | None] = mapped_column(String(120))
    rpps: Mapped[str | None] = mapped_column(String(11), unique=True)
    practice_address: Mapped[str | None] = mapped_column(Text)
    commune_id: Mapped[int | None] = mapped_column(ForeignKey("commune.id"), index=True)
    """The practice's commune: it gives the force zone and the référents."""
    phone: Mapped[str | None] = mapped_column(String(16))
    mobile_phone: Mapped[str | None] = mapped_column(String(16))
    email: Mapped[str | None] = mapped_column(String(254))
    erased_at: Mapped[dt.datetime | None]
    """Identity erased by the retention rules (profession and commune kept for statistics)."""

    commune: Mapped[Commune | None] = relationship()
    preregistrations: Mapped[list[Preregistration]] = relationship(
        back_populates="practitioner", cascade="all, delete-orphan", passive_deletes=True
    )
    alert_devices: Mapped[list[AlertDevice]] = relationship(back_populates="holder")


class Preregistration(IdMixin, VersionedMixin, Base):
    """A request to record a practitioner's (or an organisation's) number in a force's 17
    system (Pégase, Athén@).

    ``force`` is copied from the practice commune's zone when the request is made, so that the
    export per force does not move when the roster changes.
    """

    __tablename__ = "preregistration"

    practitioner_id: Mapped[int | None] = mapped_column(
        ForeignKey("practitioner.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation.id", ondelete="CASCADE"), index=True
    )
    """Set instead of the practitioner for an organisation's number (SOS Médecins' régulation
    line, its vehicles)."""
    line_label: Mapped[str | None] = mapped_column(String(120))
    """What the number is, for an organisation: "Régulation", "Véhicule 3"…"""
    force: Mapped[Force] = mapped_column(index=True)
    phone: Mapped[str] = mapped_column(String(16))
    consent_on: Mapped[dt.date]
    sent_on: Mapped[dt.date | None]
    confirmed_on: Mapped[dt.date | None]
    """When the force confirmed the number is recorded."""
    withdrawn_on: Mapped[dt.date | None]
    withdrawal_reason: Mapped[str | None] = mapped_column(Text)
    consent_attachment_id: Mapped[int | None] = mapped_column(
        ForeignKey("attachment.id", ondelete="SET NULL")
    )
    """The signed consent form (a scan kept in the vault, belonging to no case)."""

    practitioner: Mapped[Practitioner | None] = relationship(back_populates="preregistrations")
    organisation: Mapped[Organisation | None] = relationship()


class AlertDevice(IdMixin, VersionedMixin, Base):
    __tablename__ = "alert_device"

    kind: Mapped[AlertDeviceKind]
    identifier: Mapped[str] = mapped_column(String(60))
    holder_id: Mapped[int | None] = mapped_column(
        ForeignKey("practitioner.id", ondelete="SET NULL"), index=True
    )
    issued_on: Mapped[dt.date | None]
    returned_on: Mapped[dt.date | None]

    holder: Mapped[Practitioner | None] = relationship(back_populates="alert_devices")
