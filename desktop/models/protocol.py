"""Protocols and their versions: parties in signing order, preamble, articles and the measures
they set up, avenants, signing ceremonies and the signature of each party.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, ForeignKey, String, Table, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from desktop.models.base import Base, IdMixin, VersionedMixin
from desktop.models.contacts import Person, Position
from desktop.models.enums import (
    ArticleChange,
    MeasureKind,
    Profession,
    SignatureMode,
    VersionKind,
    VersionStatus,
)


class Protocol(IdMixin, VersionedMixin, Base):
    __tablename__ = "protocol"

    title: Mapped[str] = mapped_column(String(300))

    professions: Mapped[list[ProtocolProfession]] = relationship(
        back_populates="protocol", cascade="all, delete-orphan", passive_deletes=True
    )
    versions: Mapped[list[ProtocolVersion]] = relationship(
        back_populates="protocol",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ProtocolVersion.number",
    )


class ProtocolProfession(Base):
    """The protocol's scope: one row per profession it covers."""

    __tablename__ = "protocol_profession"

    protocol_id: Mapped[int] = mapped_column(
        ForeignKey("protocol.id", ondelete="CASCADE"), primary_key=True
    )
    profession: Mapped[Profession] = mapped_column(primary_key=True)

    protocol: Mapped[Protocol] = relationship(back_populates="professions")


class ProtocolVersion(IdMixin, VersionedMixin, Base):
    """One text of a protocol: the original, an update (a whole new text) or an avenant.

    Status goes projet → signe → en_vigueur → remplace. An avenant (``kind`` amendment) holds
    only the articles it adds or changes, and lists them in ``amended_articles``.
    """

    __tablename__ = "protocol_version"
    __table_args__ = (UniqueConstraint("protocol_id", "number"),)

    protocol_id: Mapped[int] = mapped_column(ForeignKey("protocol.id", ondelete="CASCADE"))
    number: Mapped[int]
    kind: Mapped[VersionKind]
    status: Mapped[VersionStatus] = mapped_column(default=VersionStatus.PROJET)
    title: Mapped[str] = mapped_column(String(300))
    signed_place: Mapped[str | None] = mapped_column(String(120))
    """The "Fait à …" city."""
    signed_on: Mapped[dt.date | None]
    in_force_from: Mapped[dt.date | None]
    superseded_on: Mapped[dt.date | None]
    based_on_version_id: Mapped[int | None] = mapped_column(
        ForeignKey("protocol_version.id", ondelete="SET NULL")
    )
    copies: Mapped[int | None]
    """"en N exemplaires originaux"."""

    protocol: Mapped[Protocol] = relationship(back_populates="versions")
    based_on: Mapped[ProtocolVersion | None] = relationship(remote_side="ProtocolVersion.id")
    parties: Mapped[list[Party]] = relationship(
        back_populates="version",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Party.order",
    )
    preamble: Mapped[list[PreambleClause]] = relationship(
        back_populates="version",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="PreambleClause.order",
    )
    articles: Mapped[list[Article]] = relationship(
        back_populates="version",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Article.order",
    )
    amended_articles: Mapped[list[AmendedArticle]] = relationship(
        back_populates="version", cascade="all, delete-orphan", passive_deletes=True
    )
    ceremonies: Mapped[list[Ceremony]] = relationship(
        back_populates="version", cascade="all, delete-orphan", passive_deletes=True
    )


class Party(IdMixin, VersionedMixin, Base):
    """A signatory of a version: a position, in signing order.

    ``signer`` is the person who actually signed (kept when the position changes hands);
    ``represented_by`` is the "représenté par …" text when someone signs for the holder.
    """

    __tablename__ = "party"

    version_id: Mapped[int] = mapped_column(
        ForeignKey("protocol_version.id", ondelete="CASCADE"), index=True
    )
    position_id: Mapped[int] = mapped_column(ForeignKey("position.id"), index=True)
    order: Mapped[int]
    represented_by: Mapped[str | None] = mapped_column(Text)
    signer_id: Mapped[int | None] = mapped_column(ForeignKey("person.id", ondelete="SET NULL"))
    short_name: Mapped[str | None] = mapped_column(String(120))
    """"ci-après dénommé « le garde des Sceaux »": the name the articles use; derived from
    the function when empty."""

    version: Mapped[ProtocolVersion] = relationship(back_populates="parties")
    position: Mapped[Position] = relationship()
    signer: Mapped[Person | None] = relationship()
    signature: Mapped[Signature | None] = relationship(
        back_populates="party", cascade="all, delete-orphan", passive_deletes=True
    )


class PreambleClause(IdMixin, VersionedMixin, Base):
    """A "Vu …" clause."""

    __tablename__ = "preamble_clause"

    version_id: Mapped[int] = mapped_column(
        ForeignKey("protocol_version.id", ondelete="CASCADE"), index=True
    )
    order: Mapped[int]
    text: Mapped[str] = mapped_column(Text)

    version: Mapped[ProtocolVersion] = relationship(back_populates="preamble")


article_measure = Table(
    "article_measure",
    Base.metadata,
    Column("article_id", ForeignKey("article.id", ondelete="CASCADE"), primary_key=True),
    Column("measure_id", ForeignKey("measure.id", ondelete="CASCADE"), primary_key=True),
)
"""Which measures an article sets up."""


class Article(IdMixin, VersionedMixin, Base):
    """An article: ``number`` is the printed number, ``order`` its place in the text (the
    service renumbers on insert, move and delete). ``body`` holds paragraphs and "- " bullets.
    """

    __tablename__ = "article"

    version_id: Mapped[int] = mapped_column(
        ForeignKey("protocol_version.id", ondelete="CASCADE"), index=True
    )
    number: Mapped[int]
    order: Mapped[int]
    title: Mapped[str | None] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text, default="")

    version: Mapped[ProtocolVersion] = relationship(back_populates="articles")
    measures: Mapped[list[Measure]] = relationship(
        secondary=article_measure, back_populates="articles"
    )


class Measure(IdMixin, VersionedMixin, Base):
    __tablename__ = "measure"

    kind: Mapped[MeasureKind]
    label: Mapped[str] = mapped_column(String(200))

    articles: Mapped[list[Article]] = relationship(
        secondary=article_measure, back_populates="measures"
    )


class AmendedArticle(IdMixin, Base):
    """An avenant adds, changes or removes the article with this number."""

    __tablename__ = "amended_article"
    __table_args__ = (UniqueConstraint("version_id", "article_number"),)

    version_id: Mapped[int] = mapped_column(ForeignKey("protocol_version.id", ondelete="CASCADE"))
    article_number: Mapped[int]
    change: Mapped[ArticleChange]

    version: Mapped[ProtocolVersion] = relationship(back_populates="amended_articles")


class Ceremony(IdMixin, VersionedMixin, Base):
    __tablename__ = "ceremony"

    version_id: Mapped[int] = mapped_column(
        ForeignKey("protocol_version.id", ondelete="CASCADE"), index=True
    )
    starts_at: Mapped[dt.datetime]
    place: Mapped[str] = mapped_column(String(200))
    press_contacts: Mapped[str | None] = mapped_column(Text)

    version: Mapped[ProtocolVersion] = relationship(back_populates="ceremonies")
    attendances: Mapped[list[CeremonyAttendance]] = relationship(
        back_populates="ceremony", cascade="all, delete-orphan", passive_deletes=True
    )
    checklist: Mapped[list[ChecklistItem]] = relationship(
        back_populates="ceremony", cascade="all, delete-orphan", passive_deletes=True
    )


class CeremonyAttendance(IdMixin, VersionedMixin, Base):
    """Who actually attends for an expected party, or represents it."""

    __tablename__ = "ceremony_attendance"
    __table_args__ = (UniqueConstraint("ceremony_id", "party_id"),)

    ceremony_id: Mapped[int] = mapped_column(ForeignKey("ceremony.id", ondelete="CASCADE"))
    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="CASCADE"), index=True)
    attending_person: Mapped[str | None] = mapped_column(Text)
    represented_by: Mapped[str | None] = mapped_column(Text)

    ceremony: Mapped[Ceremony] = relationship(back_populates="attendances")
    party: Mapped[Party] = relationship()


class ChecklistItem(IdMixin, VersionedMixin, Base):
    __tablename__ = "checklist_item"

    ceremony_id: Mapped[int] = mapped_column(
        ForeignKey("ceremony.id", ondelete="CASCADE"), index=True
    )
    label: Mapped[str] = mapped_column(String(200))
    done: Mapped[bool] = mapped_column(default=False)

    ceremony: Mapped[Ceremony] = relationship(back_populates="checklist")


class Signature(IdMixin, VersionedMixin, Base):
    """How and when one party signed; the version is signed when every party has a
    ``signed_on`` (the last one is the signing date)."""

    __tablename__ = "signature"

    party_id: Mapped[int] = mapped_column(ForeignKey("party.id", ondelete="CASCADE"), unique=True)
    mode: Mapped[SignatureMode]
    sent_on: Mapped[dt.date | None]
    returned_on: Mapped[dt.date | None]
    signed_on: Mapped[dt.date | None]

    party: Mapped[Party] = relationship(back_populates="signature")
