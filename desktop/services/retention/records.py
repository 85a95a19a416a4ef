"""What the retention services take and return."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop.services.vault.changes import Changes


@dataclass(frozen=True)
class RetentionRules:
    active_years: int
    """A closed case stays in the active file this long after its closure."""
    erase_years: int
    """Its personal data are erased this long after its closure."""
    archives_export: bool
    """The office transfers the erased cases to the Archives départementales first."""
    register_years: int = 1
    """A practitioner in a register (17 pre-registration, alert device) is kept while an entry
    is running; this long after the last one ended (withdrawn, returned) the identity goes as
    any other practitioner's, once no case of theirs keeps it."""


@dataclass(frozen=True)
class PlannedCase:
    case_id: int
    reference: str
    closed_on: dt.date
    due_on: dt.date
    """When the rule applies (closure + the rule's years)."""
    reason: str
    """Why, in French: "clos le 03/02/2020, plus de 6 ans"."""


@dataclass(frozen=True)
class PlannedPractitioner:
    practitioner_id: int
    label: str
    """"Praticien n° 12 (Infirmier)": no name, this line may be printed or kept."""
    reason: str


@dataclass(frozen=True)
class RetentionPlan:
    as_of: dt.date
    rules: RetentionRules
    to_archive: tuple[PlannedCase, ...]
    to_erase: tuple[PlannedCase, ...]
    practitioners: tuple[PlannedPractitioner, ...]
    kept_for_registers: tuple[PlannedPractitioner, ...] = ()
    """Practitioners nothing else keeps, kept for a register: why, and until when."""

    @property
    def empty(self) -> bool:
        return not (self.to_archive or self.to_erase or self.practitioners)


@dataclass(frozen=True)
class RetentionApplied:
    plan: RetentionPlan
    backup: Path | None
    """The verified backup written first (None on a shared server: its backups are the
    server's)."""
    archives_file: Path | None
    changes: Changes
