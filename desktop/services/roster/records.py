"""Plain results of the roster services (never live ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.io.phones import display_phone
from desktop.models.enums import ForceZone, ReferentRole, UnitKind
from desktop.services.vault.changes import Changes


@dataclass(frozen=True)
class UnitLink:
    """One unit of a chain: "Brigade territoriale autonome de Coulommiers"."""

    id: int
    kind: UnitKind
    name: str
    phone: str | None = None


@dataclass(frozen=True)
class ReferentLine:
    """A référent as the answer card shows them (``phone`` in E.164)."""

    id: int
    first_name: str
    last_name: str
    role: ReferentRole
    unit_name: str | None
    phone: str | None
    email: str | None
    verified_on: dt.date | None
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name.upper()}".strip()

    @property
    def phone_text(self) -> str:
        return display_phone(self.phone) if self.phone else ""


@dataclass(frozen=True)
class AnswerCard:
    """Everything the office tells a doctor about a commune: force, unit chain, référents."""

    commune_id: int
    insee_code: str
    name: str
    department: str
    arrondissement: str | None
    postal_codes: tuple[str, ...]
    force_zone: ForceZone | None
    units: tuple[UnitLink, ...]
    """The competent unit first, then its parents (brigade → compagnie → groupement)."""
    referents: tuple[ReferentLine, ...]
    up_to_date: dt.date | None
    """"à jour au": the most recent verification among the référents shown."""
    on: dt.date

    @property
    def force_text(self) -> str:
        return self.force_zone.label if self.force_zone else "Force non renseignée"

    @property
    def unit_chain(self) -> str:
        return " → ".join(unit.name for unit in self.units)


@dataclass(frozen=True)
class CommuneRow:
    """A commune in the page's list."""

    id: int
    insee_code: str
    name: str
    postal_codes: str
    arrondissement: str | None
    force_zone: ForceZone | None
    unit_name: str | None


@dataclass(frozen=True)
class UnitRow:
    id: int
    kind: UnitKind
    name: str
    code: str | None
    force: str
    parent_id: int | None
    parent_name: str | None
    phone: str | None
    email: str | None


@dataclass(frozen=True)
class ReferentRow:
    id: int
    first_name: str
    last_name: str
    role: ReferentRole
    unit_id: int | None
    unit_name: str | None
    phone: str | None
    email: str | None
    verified_on: dt.date | None
    active: bool
    communes: int
    """How many communes they cover today."""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name.upper()}".strip()


@dataclass(frozen=True)
class CoverageCounts:
    communes: int
    without_referent: int
    stale_referents: int
    mixte: int
    stale_months: int


@dataclass(frozen=True)
class ImportSummary:
    """What an import did, for the confirmation message."""

    what: str
    added: int = 0
    updated: int = 0
    details: tuple[str, ...] = ()
    changes: Changes = Changes.TERRITORY

    def text(self) -> str:
        lines = [f"{self.what} : {self.added} ajouté(s), {self.updated} mis à jour."]
        return "\n".join([*lines, *self.details])


@dataclass(frozen=True)
class Assigned:
    """How many assignments a write made (or ended), and what changed."""

    count: int
    changes: Changes = Changes.TERRITORY
