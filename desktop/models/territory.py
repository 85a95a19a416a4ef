"""Communes, police and gendarmerie units, référents sûreté and who covers which commune.

This is the roster that answers "who do I call?" for a practice's commune: its force zone, its
competent unit (and the unit chain above it), and the référents assigned to it on a given date.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, IdMixin, VersionedMixin, byte_ordered
from desktop.models.enums import Force, ForceZone, ReferentRole, UnitKind


class Commune(IdMixin, Base):
    """A commune of the INSEE COG, as imported from a dated source."""

    __tablename__ = "commune"

    insee_code: Mapped[str] = mapped_column(byte_ordered(5), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    search_key: Mapped[str] = mapped_column(byte_ordered(120), index=True)
    """The name normalised by the territory service (no accents, lower case, "st" → "saint",
    hyphens as spaces), so that a prefix search is one indexed ``LIKE 'key%'``."""
    department: Mapped[str] = mapped_column(String(3), index=True)
    arrondissement: Mapped[str | None] = mapped_column(String(4), index=True)
    population: Mapped[int | None]
    force_zone: Mapped[ForceZone | None] = mapped_column(index=True)
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="SET NULL"), index=True
    )
    """The competent unit (brigade, COB or commissariat) of the "compétence territoriale" file."""
    source: Mapped[str | None] = mapped_column(String(60))
    """Where the row comes from, e.g. "etalab", "insee-cog"."""
    vintage: Mapped[str | None] = mapped_column(String(20))
    """The source's edition, e.g. "2026"."""

    unit: Mapped[Unit | None] = relationship(back_populates="communes")
    postal_codes: Mapped[list[PostalCode]] = relationship(
        back_populates="commune", cascade="all, delete-orphan", passive_deletes=True
    )
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="commune", cascade="all, delete-orphan", passive_deletes=True
    )


class PostalCode(IdMixin, Base):
    """One line of La Poste's file: a postal code serves a commune (or one of its localities).

    ``ligne_5`` (the locality) is an empty string rather than NULL when there is none, so that
    the unique constraint also holds for the common case: NULLs are all distinct in SQL.
    """

    __tablename__ = "postal_code"
    __table_args__ = (UniqueConstraint("code", "commune_id", "ligne_5"),)

    code: Mapped[str] = mapped_column(byte_ordered(5), index=True)
    commune_id: Mapped[int] = mapped_column(
        ForeignKey("commune.id", ondelete="CASCADE"), index=True
    )
    ligne_5: Mapped[str] = mapped_column(String(60), default="", server_default="")

    commune: Mapped[Commune] = relationship(back_populates="postal_codes")


class Unit(IdMixin, VersionedMixin, Base):
    """A police or gendarmerie unit; ``parent`` gives the chain (brigade → compagnie → …)."""

    __tablename__ = "unit"
    __table_args__ = (UniqueConstraint("force", "code"),)

    kind: Mapped[UnitKind]
    name: Mapped[str] = mapped_column(String(200))
    code: Mapped[str | None] = mapped_column(String(20))
    """The Ministry's ``id_service``, when the unit comes from the "compétence" file."""
    parent_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="SET NULL"), index=True
    )
    force: Mapped[Force]
    phone: Mapped[str | None] = mapped_column(String(16))
    email: Mapped[str | None] = mapped_column(String(254))
    address: Mapped[str | None] = mapped_column(Text)

    parent: Mapped[Unit | None] = relationship(back_populates="children", remote_side="Unit.id")
    children: Mapped[list[Unit]] = relationship(back_populates="parent")
    communes: Mapped[list[Commune]] = relationship(back_populates="unit")
    referents: Mapped[list[Referent]] = relationship(back_populates="unit")


class Referent(IdMixin, VersionedMixin, Base):
    """A référent or correspondant sûreté; ``verified_on`` is the roster's "à jour au" date."""

    __tablename__ = "referent"

    first_name: Mapped[str] = mapped_column(byte_ordered(100))
    last_name: Mapped[str] = mapped_column(byte_ordered(100), index=True)
    """Both byte-ordered (``byte_ordered``): an answer card lists its référents in the same
    order on a server as in the local vault."""
    role: Mapped[ReferentRole]
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("unit.id", ondelete="SET NULL"), index=True
    )
    phone: Mapped[str | None] = mapped_column(String(16))
    """The landline, E.164, e.g. "+33164717529"."""
    mobile: Mapped[str | None] = mapped_column(String(16))
    """The mobile phone, E.164."""
    grade: Mapped[str | None] = mapped_column(String(60))
    """As the sheet writes it: "Adjudant-chef", "Brigadier-chef", "ADC"."""
    email: Mapped[str | None] = mapped_column(String(254))
    verified_on: Mapped[dt.date | None]
    active: Mapped[bool] = mapped_column(default=True)

    unit: Mapped[Unit | None] = relationship(back_populates="referents")
    assignments: Mapped[list[Assignment]] = relationship(
        back_populates="referent", cascade="all, delete-orphan", passive_deletes=True
    )


class Assignment(IdMixin, VersionedMixin, Base):
    """A référent covers a commune from ``valid_from`` to ``valid_to`` (open-ended when NULL).

    Rows are closed, not deleted, when a référent leaves: the history answers "who covered
    this commune on that date?".
    """

    __tablename__ = "assignment"
    __table_args__ = (Index(None, "commune_id", "valid_from"),)

    commune_id: Mapped[int] = mapped_column(ForeignKey("commune.id", ondelete="CASCADE"))
    referent_id: Mapped[int] = mapped_column(
        ForeignKey("referent.id", ondelete="CASCADE"), index=True
    )
    valid_from: Mapped[dt.date]
    valid_to: Mapped[dt.date | None]
    verified_on: Mapped[dt.date | None]

    commune: Mapped[Commune] = relationship(back_populates="assignments")
    referent: Mapped[Referent] = relationship(back_populates="assignments")
