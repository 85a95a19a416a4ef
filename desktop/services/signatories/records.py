"""What the signatories services hand out: frozen rows for organisations, people, functions,
ceremonies and signatures, and the small rules they share (the gendered title of a function,
the way a person's name is written, who held a function on a date). Pure functions over ORM
objects already loaded; no session is opened here. Times are shown in Paris time; the vault
keeps them in UTC."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from desktop.models.contacts import Organisation, Person, Position, Tenure
from desktop.models.enums import Civility, OrganisationKind, SignatureMode, VersionStatus
from desktop.models.protocol import Ceremony, Party, ProtocolVersion


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    kind: OrganisationKind
    name: str
    short_name: str | None
    address: str | None
    row_version: int = 1
    """What an edit saves against (a colleague's save since refuses it)."""

    @property
    def kind_label(self) -> str:
        return self.kind.label


@dataclass(frozen=True)
class PersonRow:
    id: int
    civility: Civility | None
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    """E.164."""
    row_version: int = 1

    @property
    def display_name(self) -> str:
        return display_name(self.first_name, self.last_name)

    @property
    def is_woman(self) -> bool:
        return self.civility is Civility.MME


@dataclass(frozen=True)
class PositionRow:
    id: int
    organisation_id: int
    organisation_name: str
    title: str
    title_feminine: str | None
    holder: PersonRow | None
    """Who holds the function on the date asked (today by default)."""
    row_version: int = 1

    @property
    def holder_title(self) -> str:
        """The function as written for its current holder (feminine for a woman)."""
        return gendered_title(self.title, self.title_feminine,
                              self.holder.civility if self.holder else None)


@dataclass(frozen=True)
class TenureRow:
    id: int
    person: PersonRow
    position_id: int
    position_title: str
    """Gendered for the person."""
    organisation_name: str
    started_on: dt.date
    ended_on: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return self.started_on <= day and (self.ended_on is None or day <= self.ended_on)


@dataclass(frozen=True)
class SearchHit:
    """A person found by name, organisation or function, with the function that matched."""

    person: PersonRow
    position_title: str | None
    organisation_name: str | None
    current: bool


def gendered_title(title: str, feminine: str | None, civility: Civility | None) -> str:
    return feminine if civility is Civility.MME and feminine else title


def display_name(first_name: str, last_name: str) -> str:
    """"Hélène VALLIER" → "Hélène Vallier" (names kept in capitals are written normally)."""
    last = last_name.strip()
    if last.isupper():
        last = "-".join(" ".join(w.capitalize() for w in part.split(" "))
                        for part in last.split("-"))
    return f"{first_name.strip()} {last}".strip()


def person_row(person: Person) -> PersonRow:
    return PersonRow(person.id, person.civility, person.first_name, person.last_name,
                     person.email, person.phone, person.row_version)


def organisation_row(organisation: Organisation) -> OrganisationRow:
    return OrganisationRow(organisation.id, organisation.kind, organisation.name,
                           organisation.short_name, organisation.address,
                           organisation.row_version)


def tenure_row(tenure: Tenure) -> TenureRow:
    position = tenure.position
    return TenureRow(
        tenure.id, person_row(tenure.person), position.id,
        gendered_title(position.title, position.title_feminine, tenure.person.civility),
        position.organisation.name, tenure.started_on, tenure.ended_on,
    )


def holder_on(tenures: Iterable[Tenure], day: dt.date) -> Person | None:
    """The person whose tenure covers ``day`` (the latest started, should two overlap)."""
    covering = [t for t in tenures
                if t.started_on <= day and (t.ended_on is None or day <= t.ended_on)]
    covering.sort(key=lambda t: t.started_on)
    return covering[-1].person if covering else None


def position_row(position: Position, day: dt.date) -> PositionRow:
    holder = holder_on(position.tenures, day)
    return PositionRow(
        position.id, position.organisation_id, position.organisation.name, position.title,
        position.title_feminine, person_row(holder) if holder else None, position.row_version,
    )


PARIS = ZoneInfo("Europe/Paris")


def office_time(moment: dt.datetime, zone: dt.tzinfo = PARIS) -> dt.datetime:
    """A moment on the office's clock (``office_zone``: Europe/Paris, Indian/Reunion…); a
    naive one is taken as already on that clock."""
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment.astimezone(zone)


@dataclass(frozen=True)
class VersionChoice:
    id: int
    protocol_title: str
    number: int
    title: str
    status: VersionStatus
    signed_on: dt.date | None

    @property
    def label(self) -> str:
        return f"{self.title} (version {self.number}, {self.status.label.lower()})"


@dataclass(frozen=True)
class ChecklistRow:
    id: int
    label: str
    done: bool


@dataclass(frozen=True)
class PartyStatus:
    """An expected party of a ceremony: the function, who signs (the signer recorded, else
    the holder on the ceremony day), who actually attends, and where its signature stands."""

    party_id: int
    order: int
    position_id: int
    title: str
    """Gendered for the signer."""
    organisation_name: str
    organisation_kind: OrganisationKind
    signer: PersonRow | None
    represented_by: str | None
    attending_person: str | None
    attendance_represented_by: str | None
    mode: SignatureMode | None
    sent_on: dt.date | None
    returned_on: dt.date | None
    signed_on: dt.date | None
    attendance_version: int = 0
    """The ``row_version`` of who attends, as read (0: nobody recorded yet)."""

    @property
    def signed(self) -> bool:
        return self.signed_on is not None

    @property
    def status_label(self) -> str:
        if self.signed_on is not None:
            how = "en cérémonie" if self.mode is SignatureMode.CEREMONY else "par circulation"
            return f"Signé {how} le {self.signed_on.strftime('%d/%m/%Y')}"
        if self.sent_on is not None:
            return f"Envoyé le {self.sent_on.strftime('%d/%m/%Y')}, en attente de retour"
        return "Non signé"


@dataclass(frozen=True)
class CeremonyRow:
    id: int
    version: VersionChoice
    starts_at: dt.datetime
    """Paris time."""
    place: str
    press_contacts: str | None
    checklist: tuple[ChecklistRow, ...]
    parties: tuple[PartyStatus, ...]
    row_version: int = 1
    """As read: what the ceremony dialog saves against (``update_ceremony``)."""

    @property
    def signed_count(self) -> int:
        return sum(1 for p in self.parties if p.signed)


def version_choice(version: ProtocolVersion) -> VersionChoice:
    return VersionChoice(version.id, version.protocol.title, version.number, version.title,
                         version.status, version.signed_on)


def party_status(party: Party, ceremony: Ceremony | None, day: dt.date) -> PartyStatus:
    position = party.position
    signer = party.signer or holder_on(position.tenures, day)
    attendance = None
    if ceremony is not None:
        attendance = next((a for a in ceremony.attendances if a.party_id == party.id), None)
    signature = party.signature
    return PartyStatus(
        party_id=party.id, order=party.order, position_id=position.id,
        title=gendered_title(position.title, position.title_feminine,
                             signer.civility if signer else None),
        organisation_name=position.organisation.name,
        organisation_kind=position.organisation.kind,
        signer=person_row(signer) if signer else None,
        represented_by=party.represented_by,
        attending_person=attendance.attending_person if attendance else None,
        attendance_represented_by=attendance.represented_by if attendance else None,
        mode=signature.mode if signature else None,
        sent_on=signature.sent_on if signature else None,
        returned_on=signature.returned_on if signature else None,
        signed_on=signature.signed_on if signature else None,
        attendance_version=attendance.row_version if attendance else 0,
    )


def ceremony_row(ceremony: Ceremony, zone: dt.tzinfo = PARIS) -> CeremonyRow:
    starts_at = office_time(ceremony.starts_at, zone)
    version = ceremony.version
    return CeremonyRow(
        id=ceremony.id, version=version_choice(version), starts_at=starts_at,
        place=ceremony.place, press_contacts=ceremony.press_contacts,
        checklist=tuple(ChecklistRow(i.id, i.label, i.done)
                        for i in sorted(ceremony.checklist, key=lambda i: i.id)),
        parties=tuple(party_status(p, ceremony, starts_at.date()) for p in version.parties),
        row_version=ceremony.row_version,
    )
