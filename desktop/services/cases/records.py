"""Plain data in and out of the cases services (never live ORM objects)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.models.enums import (
    AuthorKind,
    CaseEventKind,
    CaseSource,
    CaseStatus,
    ComplaintKind,
    ComplaintModality,
    ConsentChannel,
    DeclaredAddress,
    ForceZone,
    IncidentType,
    LabelledEnum,
    Motive,
    Place,
    Profession,
    RecipientKind,
    SeverityFamily,
    TransmissionChannel,
    UrbanSetting,
    VictimSex,
)
from desktop.services.vault.changes import Changes


@dataclass(frozen=True)
class AuthorInput:
    kind: AuthorKind
    description: str = ""
    impaired_judgement: bool = False
    """"Altération du discernement"."""
    impairment_cause: str = ""


@dataclass(frozen=True)
class CaseInput:
    """The facts as the office writes them down at intake (or corrects them later).

    ``occurred_at``: naive values are the computer's local time. ``severity_*``: a level of
    the editable scale (persons 1-4, property 1-3), or ``None``.
    """

    occurred_at: dt.datetime
    commune_id: int | None
    victim_ids: tuple[int, ...]
    types: tuple[IncidentType, ...]
    authors: tuple[AuthorInput, ...] = ()
    place: Place | None = None
    setting: UrbanSetting | None = None
    motive: Motive | None = None
    exact_words: str = ""
    severity_persons: int | None = None
    severity_property: int | None = None
    itt_days: int | None = None
    weapon: bool = False
    weapon_text: str = ""
    narrative: str = ""
    source: CaseSource | None = None
    """Who brought the case to the office."""
    victim_sex: VictimSex | None = None
    """None at intake: taken from the first victim's civility when it is known."""


@dataclass(frozen=True)
class SeverityRow:
    id: int
    family: SeverityFamily
    level: int
    label: str


@dataclass(frozen=True)
class VictimRow:
    practitioner_id: int
    name: str
    profession: Profession
    specialty: str | None = None


@dataclass(frozen=True)
class AuthorRow:
    kind: AuthorKind
    description: str | None
    impaired_judgement: bool
    impairment_cause: str | None


@dataclass(frozen=True)
class EventRow:
    at: dt.datetime
    """When the line was recorded."""
    actor: str
    kind: CaseEventKind
    from_status: CaseStatus | None
    to_status: CaseStatus | None
    comment: str | None
    dated_on: dt.date | None = None
    """The date the user gave (the step's, the consent's…), when the line has one."""


@dataclass(frozen=True)
class ConsentRow:
    id: int
    given: bool
    decided_on: dt.date
    channel: ConsentChannel
    witness: str | None
    scope: tuple[RecipientKind, ...]
    withdrawn_on: dt.date | None
    attachment_id: int | None

    @property
    def valid(self) -> bool:
        return self.given and self.withdrawn_on is None


@dataclass(frozen=True)
class TransmissionRow:
    id: int
    recipient_kind: RecipientKind
    organisation: str | None
    sent_on: dt.date
    channel: TransmissionChannel
    attachment_id: int | None
    sha256: str | None


@dataclass(frozen=True)
class ComplaintInput:
    kind: ComplaintKind
    filed_on: dt.date | None = None
    service: str = ""
    pv_number: str = ""
    domiciled_at_ordre: bool = False
    """Kept for the callers that know only this; ``declared_address`` says more."""
    cdom_partie_civile: bool = False
    parquet_outcome: str = ""
    modality: ComplaintModality | None = None
    declared_address: DeclaredAddress | None = None
    declared_address_text: str = ""
    informed_on: dt.date | None = None
    """When the procureur informed the complainant of the follow-up."""
    victim_consent_on: dt.date | None = None
    """A complaint filed by a third party: the date of the victim's written consent."""
    victim_consent_document: bytes | None = None
    """Its signed form (a scan: PDF, JPEG or PNG); kept when an update gives none."""
    victim_consent_filename: str = ""


@dataclass(frozen=True)
class ComplaintRow:
    id: int
    kind: ComplaintKind
    filed_on: dt.date | None
    service: str | None
    pv_number: str | None
    domiciled_at_ordre: bool
    cdom_partie_civile: bool
    parquet_outcome: str | None
    modality: ComplaintModality | None = None
    declared_address: DeclaredAddress | None = None
    declared_address_text: str | None = None
    informed_on: dt.date | None = None
    victim_consent_on: dt.date | None = None
    victim_consent_attachment_id: int | None = None

    @property
    def address_text(self) -> str | None:
        """"Adresse du conseil de l'Ordre", or the other address itself."""
        if self.declared_address is None:
            return "Adresse du conseil de l'Ordre" if self.domiciled_at_ordre else None
        if self.declared_address is DeclaredAddress.OTHER and self.declared_address_text:
            return f"{self.declared_address.label} : {self.declared_address_text}"
        return self.declared_address.label


@dataclass(frozen=True)
class AttachmentRow:
    id: int
    filename: str
    media_type: str
    size: int
    sha256: str
    added_at: dt.datetime
    added_by: str


class Requirement(LabelledEnum):
    """What a move of the workflow needs (``workflow.STEPS`` says which move needs which)."""

    NOTHING = "nothing", "Une date et un commentaire"
    DEGREE = "degree", "Le degré d'agression retenu par l'URPS"
    OUTCOME = "outcome", "L'issue du dossier"
    CONSENT = "consent", "Le consentement du praticien"
    REFUSAL = "refusal", "Le refus du praticien"
    URPS_ORDRE = "urps_ordre", "La transmission à l'URPS ou à l'Ordre"
    AUTHORITIES = "authorities", "La transmission aux autorités"


@dataclass(frozen=True)
class NextStep:
    """A step the case may move to now, and what the office must still provide for it.

    ``asks`` is the move's requirement, or ``NOTHING`` when a record made earlier (a consent,
    a transmission) already meets it: a consent recorded at any step counts."""

    target: CaseStatus
    asks: Requirement

    @property
    def label(self) -> str:
        return self.asks.label


@dataclass(frozen=True)
class CaseDetail:
    """Everything about one case, as the case view and the documents show it."""

    id: int
    reference: str
    occurred_at: dt.datetime
    commune_id: int | None
    commune_name: str | None
    insee_code: str | None
    force_zone: ForceZone | None
    place: Place | None
    setting: UrbanSetting | None
    motive: Motive | None
    exact_words: str | None
    severity_persons: SeverityRow | None
    severity_property: SeverityRow | None
    itt_days: int | None
    weapon: bool
    weapon_text: str | None
    narrative: str
    status: CaseStatus
    due_on: dt.date | None
    qualification_degree: str | None
    outcome: str | None
    closed_at: dt.datetime | None
    created_at: dt.datetime
    types: tuple[IncidentType, ...]
    victims: tuple[VictimRow, ...]
    authors: tuple[AuthorRow, ...]
    events: tuple[EventRow, ...]
    consents: tuple[ConsentRow, ...] = ()
    transmissions: tuple[TransmissionRow, ...] = ()
    complaints: tuple[ComplaintRow, ...] = ()
    attachments: tuple[AttachmentRow, ...] = ()
    next_steps: tuple[NextStep, ...] = ()
    """The moves allowed now, each with what it asks (the UI shows only these buttons)."""
    reopenable: bool = False
    """Closed: the only way on is to reopen it."""
    source: CaseSource | None = None
    victim_sex: VictimSex | None = None
    row_version: int = 1
    """The case's save counter when read: give it back to ``update_case``/``transition`` so a
    colleague's save in between is detected (``ConcurrentEdit``)."""

    @property
    def allowed(self) -> tuple[CaseStatus, ...]:
        return tuple(step.target for step in self.next_steps)

    def next_step(self, target: CaseStatus) -> NextStep:
        """The allowed move to ``target`` (``KeyError`` when it is not allowed now)."""
        for step in self.next_steps:
            if step.target == target:
                return step
        raise KeyError(target)

    def overdue(self, today: dt.date) -> bool:
        return self.due_on is not None and self.due_on < today and self.status != CaseStatus.CLOS


@dataclass(frozen=True)
class CaseRow:
    """One line of the case list."""

    id: int
    reference: str
    occurred_at: dt.datetime
    commune_name: str | None
    force_zone: ForceZone | None
    status: CaseStatus
    due_on: dt.date | None
    types: tuple[IncidentType, ...]
    victims: str
    overdue: bool


@dataclass(frozen=True)
class CaseFilter:
    """The list's filters; ``text`` is a full-text search over facts, words and names."""

    status: CaseStatus | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    commune_id: int | None = None
    force_zone: ForceZone | None = None
    incident_type: IncidentType | None = None
    profession: Profession | None = None
    overdue: bool = False
    text: str = ""
    today: dt.date = field(default_factory=dt.date.today)
    archived: bool = False
    """False: the active file; True: the intermediate archive only (restricted access: a
    closed case moved there by the retention rules is out of the everyday list)."""


@dataclass(frozen=True)
class CasePage:
    total: int
    rows: tuple[CaseRow, ...]


@dataclass(frozen=True)
class CaseCreated:
    """A case just recorded: its id and reference, and what changed."""

    id: int
    reference: str
    changes: Changes = Changes.CASES
