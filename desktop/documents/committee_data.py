"""Plain data the committee documents take (the dossier de séance, the relevé, the
convocation); the services build them, the documents never touch the vault."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.documents.charts import ChartData


@dataclass(frozen=True)
class Issuer:
    prefet_title: str
    office_name: str
    city: str = ""
    logo_png: bytes | None = None


@dataclass(frozen=True)
class MeetingInfo:
    kind: str
    starts_at: dt.datetime
    place: str
    chair: str
    status: str


@dataclass(frozen=True)
class PseudoCase:
    """A case as the committee sees it: no name, no phone, no exact words unless chosen; a
    profession group, the commune only when it is large (else its arrondissement), months
    rather than days: nothing that names the practitioner in a small place."""

    reference: str
    profession: str
    commune: str
    occurred: str
    """The month of the facts, e.g. "mars 2026"."""
    received: str
    """The month the office received it."""
    summary: str
    status: str
    exact_words: str | None = None


@dataclass(frozen=True)
class AgendaEntry:
    order: int
    title: str
    notes: str
    links: tuple[str, ...]
    decisions: tuple[str, ...]
    case_references: tuple[str, ...] = ()
    decision_details: tuple[str, ...] = ()
    """The relevé only, one per decision: its time and the members present against the
    quorum ("10 h 40 — présents : 3 / quorum : 5 — quorum non atteint")."""


@dataclass(frozen=True)
class ActionEntry:
    title: str
    owner: str
    due_on: dt.date | None
    status: str
    linked: str
    last_note: str = ""


@dataclass(frozen=True)
class AttendanceEntry:
    member: str
    organisation: str
    person_name: str
    presence: str
    """"Présent", "Excusé", "Représenté par Mme X"…"""
    arrived_at: dt.datetime | None
    left_at: dt.datetime | None


@dataclass(frozen=True)
class MeasureFigure:
    """One line of the measures board as printed: counts already suppressed ("< 5")."""

    measure: str
    """The measure's label on its first indicator, "" on the next ones."""
    indicator: str
    current: str
    previous: str


@dataclass(frozen=True)
class DossierData:
    issuer: Issuer
    meeting: MeetingInfo
    agenda: tuple[AgendaEntry, ...]
    charts: tuple[ChartData, ...]
    summary: tuple[tuple[str, str], ...]
    """Key figures, already suppressed: ("Signalements", "124")."""
    period_label: str
    cases: tuple[PseudoCase, ...]
    actions: tuple[ActionEntry, ...]
    threshold: int = 5
    measures: tuple[MeasureFigure, ...] = ()
    """The measures board of the meeting's year beside the year before."""
    measures_years: tuple[int, int] = (0, 0)
    audit_head: str = ""
    """The audit journal's head when printed: "12 345 entrées, dernière empreinte …"."""


@dataclass(frozen=True)
class MinutesData:
    issuer: Issuer
    meeting: MeetingInfo
    attendance: tuple[AttendanceEntry, ...]
    agenda: tuple[AgendaEntry, ...]
    actions: tuple[ActionEntry, ...]
    body: str
    status: str
    content_hash: str | None = None
    quorum: str = ""
    audit_head: str = ""
    lock_entry: str = ""
    """The audit entry that recorded the lock ("entrée n° 812, empreinte 3f9a…"): what
    "Vérifier le relevé" names, so that the paper can be compared with it."""
