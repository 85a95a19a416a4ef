"""Plain results of the roster services (never live ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.io.departments import department_name
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
    mobile: str | None = None
    grade: str | None = None
    stale: bool = False
    """Not verified for the office's period (or never): shown "à vérifier"."""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name.upper()}".strip()

    @property
    def phone_text(self) -> str:
        return display_phone(self.phone) if self.phone else ""

    @property
    def mobile_text(self) -> str:
        return display_phone(self.mobile) if self.mobile else ""

    @property
    def phones_text(self) -> str:
        """"01 64 75 82 00 — portable 06 12 34 56 78"."""
        mobile = f"portable {self.mobile_text}" if self.mobile else ""
        return " — ".join(filter(None, (self.phone_text, mobile)))


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
    """"à jour au": the OLDEST verification among the référents shown (a card is only as
    current as its least recently checked line)."""
    on: dt.date
    matched: str = ""
    """What the search matched: "nom", "lieu-dit « Saint-Aygulf »", "code postal 97460"…
    (empty when the card was not found by a search)."""

    @property
    def department_text(self) -> str:
        """"Seine-et-Marne (77)"."""
        return department_label(self.department)

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
    department: str = ""
    matched: str = ""
    """What the search matched (see ``AnswerCard.matched``)."""

    @property
    def department_text(self) -> str:
        return department_label(self.department) if self.department else ""


def department_label(code: str) -> str:
    """"Seine-et-Marne (77)"; the code alone when it names no known département."""
    name = department_name(code)
    return f"{name} ({code})" if name != code else code


@dataclass(frozen=True)
class LookupResult:
    """The cards of a search, how many communes match in all, and a close spelling of a
    commune's name when none does."""

    text: str
    cards: tuple[AnswerCard, ...]
    total: int
    suggestion: str | None = None
    exact: bool = True
    """False when ``total`` is only a floor: "20 premières sur plus de 1 000"."""

    @property
    def cut(self) -> bool:
        return self.total > len(self.cards) or not self.exact

    @property
    def count_text(self) -> str:
        """"20 premières sur 143", "3 communes", "1 commune"."""
        return count_text(len(self.cards), self.total, self.exact)


@dataclass(frozen=True)
class CommuneSearch:
    """The page's list for a search text (see ``LookupResult``)."""

    text: str
    rows: tuple[CommuneRow, ...]
    total: int
    suggestion: str | None = None
    exact: bool = True

    @property
    def cut(self) -> bool:
        return self.total > len(self.rows) or not self.exact

    @property
    def count_text(self) -> str:
        return count_text(len(self.rows), self.total, self.exact)


def count_text(shown: int, total: int, exact: bool = True) -> str:
    """"20 premières sur 143", "20 premières sur plus de 1 000", "3 communes"."""
    if shown < total or not exact:
        of = f"{total:,}".replace(",", "\u202f") if exact else (
            "plus de " + f"{total:,}".replace(",", "\u202f"))
        return f"{shown} première{'s' if shown > 1 else ''} sur {of}"
    return f"{total} commune{'s' if total > 1 else ''}"


def nothing_text(text: str, suggestion: str | None) -> str:
    """"Aucune commune ne correspond à « Fontainbleau ». Vouliez-vous dire Fontainebleau ?"."""
    found = f"Aucune commune ne correspond à « {text.strip()} »."
    return f"{found} Vouliez-vous dire {suggestion} ?" if suggestion else found


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
    row_version: int = 1
    """What an edit saves against (a colleague's save since refuses it)."""


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
    mobile: str | None = None
    grade: str | None = None
    row_version: int = 1
    """What an edit saves against (a colleague's save since refuses it)."""
    stale: bool = False

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
class ReportLine:
    """One line of an import's report: where, what happened ("refusée", "ignorée",
    "à vérifier", "unité créée"), and why, in French."""

    line: int
    status: str
    reason: str

    def __str__(self) -> str:
        where = f"ligne {self.line} : " if self.line else ""
        return f"{where}{self.status} — {self.reason}"


@dataclass(frozen=True)
class ImportSummary:
    """What an import did, for the confirmation message: rows added, changed, unchanged and
    rejected (the last only when the valid rows were imported without the others)."""

    what: str
    added: int = 0
    changed: int = 0
    unchanged: int = 0
    rejected: int = 0
    details: tuple[str, ...] = ()
    changes: Changes = Changes.TERRITORY
    report: tuple[ReportLine, ...] = ()
    """The per-line report (refused lines with their reason, skipped lines, stale rows)."""

    def text(self) -> str:
        counts = (f"{self.what} : {self.added} ajouté(s), {self.changed} modifié(s), "
                  f"{self.unchanged} inchangé(s)")
        if self.rejected:
            counts += f", {self.rejected} refusé(s)"
        return "\n".join([counts + ".", *self.details])


@dataclass(frozen=True)
class Assigned:
    """How many assignments a write made (or ended), and what changed."""

    count: int
    changes: Changes = Changes.TERRITORY
