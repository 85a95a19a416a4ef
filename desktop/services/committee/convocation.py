"""The convocation of a meeting: a PDF letter and an ICS calendar event."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.documents.committee_data import AgendaEntry
from desktop.documents.convocation import ConvocationSigner
from desktop.documents.press_invitation import in_sentence
from desktop.models.contacts import Organisation, Position
from desktop.models.enums import Civility, OrganisationKind
from desktop.services.committee.guard import get_meeting
from desktop.services.committee.meeting_detail import build_detail
from desktop.services.committee.printing import agenda_entries, issuer, meeting_info
from desktop.services.committee.pseudonymise import local
from desktop.services.signatories.records import gendered_title, holder_on
from desktop.services.vault.database import Database
from desktop.services.vault.office import office_zone

DURATION = dt.timedelta(hours=2)


def _invited(detail: object) -> tuple[str, ...]:
    rows = getattr(detail, "attendance", ())
    return tuple(f"{a.member}" + (f" — {a.person_name}" if a.person_name else "") for a in rows)


def prefet_signer(session: Session, day: dt.date) -> ConvocationSigner | None:
    """The préfecture's function and its holder on ``day``: "Le préfet de Seine-et-Marne,"
    over "Bertrand ROCHEMONT" (the feminine for a woman); None when the register has none."""
    position = session.scalars(
        select(Position).join(Organisation)
        .where(Organisation.kind == OrganisationKind.PREFECTURE).order_by(Position.id)
    ).first()
    if position is None:
        return None
    person = holder_on(position.tenures, day)
    woman = person is not None and person.civility is Civility.MME
    title = in_sentence(gendered_title(position.title, position.title_feminine,
                                       person.civility if person else None))
    function = f"{'La' if woman else 'Le'} {title},"
    name = f"{person.first_name} {person.last_name.upper()}" if person else ""
    return ConvocationSigner(function, name)


def convocation_pdf(db: Database, meeting_id: int, issued_on: dt.date | None = None) -> bytes:
    """The convocation, dated ``issued_on`` (today in the office's time by default)."""
    from desktop.documents.convocation import render_convocation

    with db.reading() as session:
        zone = office_zone(session)
        day = issued_on or local(dt.datetime.now(dt.UTC), zone).date()
        detail = build_detail(session, get_meeting(session, meeting_id))
        who = issuer(session)
        signer = prefet_signer(session, day)
    return render_convocation(who, meeting_info(detail, zone), _invited(detail),
                              agenda_entries(detail), issued_on=day, signer=signer)


def convocation_ics(db: Database, meeting_id: int) -> bytes:
    """One VEVENT (UTC times), the agenda in the description; ``icalendar`` imported here."""
    from icalendar import Calendar, Event

    with db.reading() as session:
        detail = build_detail(session, get_meeting(session, meeting_id))
        vault_id = db.vault.vault_id
    m = detail.meeting
    items: tuple[AgendaEntry, ...] = agenda_entries(detail)
    calendar = Calendar()
    calendar.add("prodid", "-//Égide//Comité de suivi//FR")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"meeting-{m.id}@{vault_id}")
    event.add("dtstamp", dt.datetime.now(dt.UTC))
    event.add("dtstart", m.starts_at)
    event.add("dtend", m.starts_at + DURATION)
    event.add("summary", f"{m.kind.label} — protocole santé-sécurité-justice")
    event.add("location", m.place)
    description = "Ordre du jour :\n" + "\n".join(f"{i.order}. {i.title}" for i in items)
    event.add("description", description)
    calendar.add_component(event)
    return bytes(calendar.to_ical())
