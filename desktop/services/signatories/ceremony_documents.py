"""What a ceremony produces: the press invitation (PDF) and the calendar event (ICS).

The service gathers plain data from the vault (the ceremony, the version's parties and who
signs for them, the measures its articles set up, the national protocol named in its
preamble, the office identity) and hands it to the pure writers.
"""

from __future__ import annotations

import datetime as dt
import re

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from desktop.documents.press_invitation import (
    InvitationSigner,
    PressInvitation,
    render_press_invitation,
    title_line,
    who_signs,
)
from desktop.io.departments import of_name
from desktop.io.ics import CalendarEvent, write_ics
from desktop.models.enums import OrganisationKind
from desktop.models.protocol import Article, PreambleClause, ProtocolVersion
from desktop.services.signatories.ceremonies import get_ceremony
from desktop.services.signatories.records import CeremonyRow, PartyStatus
from desktop.services.vault.database import Database
from desktop.services.vault.office import OfficeIdentity, get_office, office_logo, office_zone

DEFAULT_DURATION = dt.timedelta(hours=1)
_NATIONAL = re.compile(r"protocole (d'accord )?national", re.IGNORECASE)


def _signer(party: PartyStatus) -> InvitationSigner:
    person = party.signer
    return InvitationSigner(
        title=party.title, feminine=bool(person and person.is_woman),
        name=person.display_name if person else None,
        represented_by=party.attendance_represented_by or party.represented_by,
    )


def _host_and_cosigners(
    ceremony: CeremonyRow, office: OfficeIdentity | None
) -> tuple[InvitationSigner, tuple[InvitationSigner, ...]]:
    parties = list(ceremony.parties)
    host_party = next((p for p in parties if p.organisation_kind is OrganisationKind.PREFECTURE),
                      None)
    if host_party is not None:
        parties.remove(host_party)
        host = _signer(host_party)
    else:
        where = of_name(office.department_name) if office else ""
        host = InvitationSigner(title=f"Préfet {where}".strip())
    return host, tuple(_signer(p) for p in parties)


def _version_texts(db: Database, version_id: int) -> tuple[str | None, tuple[str, ...],
                                                           str | None]:
    """(purpose, measure labels in article order, national reference) of a version."""
    with db.reading() as session:
        version = session.scalars(
            sa.select(ProtocolVersion).where(ProtocolVersion.id == version_id).options(
                selectinload(ProtocolVersion.articles).selectinload(Article.measures),
                selectinload(ProtocolVersion.preamble),
            )
        ).one()
        articles = sorted(version.articles, key=lambda a: a.order)
        purpose = next((a.body.strip() for a in articles
                        if (a.title or "").strip().lower() == "objet" and a.body.strip()), None)
        labels: dict[int, str] = {}
        for article in articles:
            for measure in sorted(article.measures, key=lambda m: m.id):
                labels.setdefault(measure.id, measure.label)
        preamble: list[PreambleClause] = sorted(version.preamble, key=lambda c: c.order)
        reference = next((_reference(c.text) for c in preamble if _NATIONAL.search(c.text)),
                         None)
    return purpose, tuple(labels.values()), reference


def _reference(clause: str) -> str:
    """"Vu le protocole national du 20 avril 2011 relatif à … ;" → "protocole national du …"."""
    text = re.sub(r"^\s*vu\s+", "", clause.strip(), flags=re.IGNORECASE)
    text = re.sub(r"^(le|la|les)\s+", "", text, flags=re.IGNORECASE)
    return text.rstrip(" ;.,")


def press_invitation(
    db: Database, ceremony_id: int, issued_on: dt.date | None = None,
    logo_png: bytes | None = None,
) -> PressInvitation:
    ceremony = get_ceremony(db, ceremony_id)
    office = get_office(db)
    host, cosigners = _host_and_cosigners(ceremony, office)
    purpose, measures, reference = _version_texts(db, ceremony.version.id)
    held_on = ceremony.starts_at.date()
    if issued_on is None:
        # A ceremony already held is printed as it happened, dated the day it took place.
        past = ceremony.starts_at < dt.datetime.now(ceremony.starts_at.tzinfo)
        issued_on = held_on if past else dt.date.today()
    else:
        past = held_on < issued_on
    return PressInvitation(
        issuer_title=office.prefet_title if office else "PRÉFET",
        city=office.city if office else "",
        issued_on=issued_on,
        protocol_title=ceremony.version.title,
        starts_at=ceremony.starts_at.replace(tzinfo=None),
        place=ceremony.place,
        host=host,
        cosigners=cosigners,
        measures=measures,
        purpose=purpose,
        national_reference=reference,
        press_contacts=(ceremony.press_contacts,) if ceremony.press_contacts else (),
        logo_png=logo_png if logo_png is not None else office_logo(db),
        past=past,
    )


def render_invitation(db: Database, ceremony_id: int, issued_on: dt.date | None = None) -> bytes:
    """The press invitation's PDF bytes."""
    return render_press_invitation(press_invitation(db, ceremony_id, issued_on))


def calendar_event(db: Database, ceremony_id: int) -> CalendarEvent:
    ceremony = get_ceremony(db, ceremony_id)
    office = get_office(db)
    host, cosigners = _host_and_cosigners(ceremony, office)
    invitation = PressInvitation(
        issuer_title="", city="", issued_on=dt.date.today(),
        protocol_title=ceremony.version.title, starts_at=ceremony.starts_at,
        place=ceremony.place, host=host, cosigners=cosigners,
    )
    lines = [who_signs(invitation), "", "Signataires :"]
    for party in ceremony.parties:
        name = f" ({party.signer.display_name})" if party.signer else ""
        lines.append(f"- {party.title}{name}")
    attendees = tuple(
        (party.signer.display_name, party.signer.email)
        for party in ceremony.parties if party.signer and party.signer.email
    )
    organizer = ((office.prefecture_name, office.email) if office and office.email else None)
    return CalendarEvent(
        uid=f"ceremonie-{ceremony.id}-version-{ceremony.version.id}@egide",
        summary=title_line(ceremony.version.title),
        starts_at=ceremony.starts_at,
        ends_at=ceremony.starts_at + DEFAULT_DURATION,
        location=ceremony.place,
        description="\n".join(lines),
        attendees=attendees,
        organizer=organizer,
    )


def export_ics(db: Database, ceremony_id: int) -> bytes:
    """The invitation for a calendar, in the office's time zone (that of its département)."""
    with db.reading() as session:
        zone = office_zone(session)
    return write_ics(calendar_event(db, ceremony_id),
                     timezone=getattr(zone, "key", "Europe/Paris"))
