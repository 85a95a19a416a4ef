"""Plain data the case documents take (the fiche de signalement, the case summary): labels
already in French, dates and times as they are. The cases service builds them
(``services/cases/printing.py``); the documents never touch the vault nor the domain enums.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class SeverityLevel:
    level: int
    label: str


@dataclass(frozen=True)
class VictimLine:
    name: str
    profession: str
    specialty: str | None = None


@dataclass(frozen=True)
class AuthorLine:
    kind: str
    description: str | None = None
    impaired_judgement: bool = False
    impairment_cause: str | None = None


@dataclass(frozen=True)
class EventLine:
    at: dt.datetime
    step: str  # the step reached, or what happened
    actor: str
    comment: str | None = None


@dataclass(frozen=True)
class ConsentLine:
    decided_on: dt.date
    given: bool
    scope: tuple[str, ...]  # the recipients covered
    channel: str
    witness: str | None = None
    withdrawn_on: dt.date | None = None


@dataclass(frozen=True)
class TransmissionLine:
    sent_on: dt.date
    recipient: str
    organisation: str | None
    channel: str
    sha256: str | None


@dataclass(frozen=True)
class ComplaintLine:
    kind: str
    filed_on: dt.date | None
    service: str | None
    pv_number: str | None
    domiciled_at_ordre: bool
    cdom_partie_civile: bool
    parquet_outcome: str | None
    modality: str | None = None
    declared_address: str | None = None
    """"Adresse du conseil de l'Ordre", "Autre adresse : …"; ``None`` when none declared."""
    informed_on: dt.date | None = None
    victim_consent_on: dt.date | None = None
    """Filed by a third party: the date of the victim's written consent."""
    victim_consent_form: bool = False


@dataclass(frozen=True)
class AttachmentLine:
    filename: str
    size: int
    sha256: str


@dataclass(frozen=True)
class CaseData:
    """One case as its documents print it."""

    reference: str
    occurred_at: dt.datetime
    commune_name: str | None
    insee_code: str | None
    force_zone: str | None
    place: str | None
    setting: str | None
    motive: str | None
    types: tuple[str, ...]
    severity_persons: SeverityLevel | None
    severity_property: SeverityLevel | None
    itt_days: int | None
    weapon: bool
    weapon_text: str | None
    exact_words: str | None
    narrative: str
    status: str
    due_on: dt.date | None = None
    qualification_degree: str | None = None
    outcome: str | None = None
    victims: tuple[VictimLine, ...] = ()
    authors: tuple[AuthorLine, ...] = ()
    events: tuple[EventLine, ...] = ()
    consents: tuple[ConsentLine, ...] = ()
    transmissions: tuple[TransmissionLine, ...] = ()
    complaints: tuple[ComplaintLine, ...] = ()
    attachments: tuple[AttachmentLine, ...] = ()
