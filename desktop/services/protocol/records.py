"""What the protocol services return: frozen dataclasses built from the vault's rows.

The UI and the documents never see ORM objects; these are read once inside a session and are
safe to keep after it closes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.models.enums import (
    ArticleChange,
    Civility,
    MeasureKind,
    Profession,
    VersionKind,
    VersionStatus,
)
from desktop.models.protocol import ProtocolVersion
from desktop.services.vault.changes import Changes


@dataclass(frozen=True)
class MeasureInfo:
    id: int
    kind: MeasureKind
    label: str


@dataclass(frozen=True)
class ArticleInfo:
    id: int
    number: int
    order: int
    title: str
    body: str
    measures: tuple[MeasureInfo, ...] = ()
    row_version: int = field(default=1, compare=False)
    """As read: what the article editor saves against (not compared: an undo gives the same
    article back, under a newer version)."""

    @property
    def heading(self) -> str:
        """ "Article 3 – Coordination" (or "Article 3" without a title)."""
        return f"Article {self.number} – {self.title}" if self.title else f"Article {self.number}"


@dataclass(frozen=True)
class PartyInfo:
    id: int
    order: int
    position_id: int
    organisation: str
    function: str
    """The masculine (neutral) title of the function."""
    function_feminine: str | None
    represented_by: str | None
    signer_id: int | None
    signer_name: str | None
    signer_civility: Civility | None
    short_name: str | None = None
    """The party's name in the articles when the protocol gives one ("le garde des Sceaux")."""
    row_version: int = field(default=1, compare=False)
    """As read: what "Représenté par" saves against."""

    @property
    def function_for_signer(self) -> str:
        """The function in the feminine when the signer is a woman (Mme)."""
        if self.signer_civility is Civility.MME and self.function_feminine:
            return self.function_feminine
        return self.function


@dataclass(frozen=True)
class AmendedInfo:
    article_number: int
    change: ArticleChange


@dataclass(frozen=True)
class VersionSummary:
    id: int
    protocol_id: int
    number: int
    kind: VersionKind
    status: VersionStatus
    title: str
    signed_place: str | None
    signed_on: dt.date | None
    in_force_from: dt.date | None
    superseded_on: dt.date | None
    copies: int | None
    based_on_version_id: int | None
    amended: tuple[AmendedInfo, ...] = ()
    row_version: int = field(default=1, compare=False)
    """As read: what the version's properties dialog saves against."""

    @property
    def label(self) -> str:
        """ "Version 2 – Mise à jour (En vigueur)"."""
        return f"Version {self.number} – {self.kind.label} ({self.status.label})"

    @property
    def editable(self) -> bool:
        """Only a draft's text may change."""
        return self.status is VersionStatus.PROJET


@dataclass(frozen=True)
class VersionDetail:
    version: VersionSummary
    protocol_title: str
    parties: tuple[PartyInfo, ...]
    preamble: tuple[str, ...]
    articles: tuple[ArticleInfo, ...]


@dataclass(frozen=True)
class ProtocolSummary:
    id: int
    title: str
    professions: tuple[Profession, ...]
    versions: tuple[VersionSummary, ...]

    @property
    def current(self) -> VersionSummary | None:
        """The latest version (by number), draft or not."""
        return self.versions[-1] if self.versions else None


@dataclass(frozen=True)
class Created:
    """A write that created something: its id, and what changed."""

    id: int
    changes: Changes


def measure_info(row: object) -> MeasureInfo:
    return MeasureInfo(row.id, row.kind, row.label)  # type: ignore[attr-defined]


def version_summary(row: ProtocolVersion) -> VersionSummary:
    amended = tuple(
        sorted(
            (AmendedInfo(a.article_number, a.change) for a in row.amended_articles),
            key=lambda a: a.article_number,
        )
    )
    return VersionSummary(
        id=row.id,
        protocol_id=row.protocol_id,
        number=row.number,
        kind=row.kind,
        status=row.status,
        title=row.title,
        signed_place=row.signed_place,
        signed_on=row.signed_on,
        in_force_from=row.in_force_from,
        superseded_on=row.superseded_on,
        copies=row.copies,
        based_on_version_id=row.based_on_version_id,
        amended=amended,
        row_version=row.row_version,
    )


def short_date(day: dt.date) -> str:
    """ "22/06/2018", for messages and lists."""
    return day.strftime("%d/%m/%Y")
