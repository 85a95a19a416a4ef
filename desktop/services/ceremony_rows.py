"""What the ceremony services hand out (frozen rows), and how they are built from ORM objects
already loaded. Times are shown in Paris time; the vault keeps them in UTC."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from desktop.models.enums import OrganisationKind, SignatureMode, VersionStatus
from desktop.models.protocol import Ceremony, Party, ProtocolVersion
from desktop.services.signatory_rows import PersonRow, gendered_title, holder_on, person_row

PARIS = ZoneInfo("Europe/Paris")


def paris_time(moment: dt.datetime) -> dt.datetime:
    """A moment in Paris time; a naive one is taken as already in Paris time."""
    return moment.replace(tzinfo=PARIS) if moment.tzinfo is None else moment.astimezone(PARIS)


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
    )


def ceremony_row(ceremony: Ceremony) -> CeremonyRow:
    starts_at = paris_time(ceremony.starts_at)
    version = ceremony.version
    return CeremonyRow(
        id=ceremony.id, version=version_choice(version), starts_at=starts_at,
        place=ceremony.place, press_contacts=ceremony.press_contacts,
        checklist=tuple(ChecklistRow(i.id, i.label, i.done)
                        for i in sorted(ceremony.checklist, key=lambda i: i.id)),
        parties=tuple(party_status(p, ceremony, starts_at.date()) for p in version.parties),
    )
