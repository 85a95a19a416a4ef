"""Meetings of the comité de suivi: create, edit, the status workflow, invitations and
attendance.

Status: préparée → tenue → relevé en projet → relevé validé → verrouillé (the last three are
driven by the relevé, see ``minutes.py``). Members are invited from the protocol's parties:
the *positions*, so the holders at the meeting date come from the tenures.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from desktop.errors import NotFound, TransitionRefused, ValidationError
from desktop.models.committee import Attendance, Meeting
from desktop.models.contacts import Person, Position, Tenure
from desktop.models.enums import AttendanceStatus, MeetingKind, MeetingStatus, VersionStatus
from desktop.models.protocol import Party, ProtocolVersion
from desktop.services.committee.guard import get_meeting, writable_meeting
from desktop.services.committee.records import MeetingRow
from desktop.services.vault.changes import Changes, Saved
from desktop.services.vault.database import Database
from desktop.storage.versioning import expect_version

# Transitions the user drives directly; the relevé drives the others (minutes.py).
_MANUAL = {
    (MeetingStatus.PREPAREE, MeetingStatus.TENUE),
    (MeetingStatus.TENUE, MeetingStatus.PREPAREE),
}


def meeting_row(meeting: Meeting) -> MeetingRow:
    return MeetingRow(
        id=meeting.id, starts_at=meeting.starts_at, place=meeting.place,
        chair=meeting.chair or "", kind=meeting.kind, status=meeting.status,
        quorum=meeting.quorum, protocol_id=meeting.protocol_id, row_version=meeting.row_version,
    )


def _check(starts_at: dt.datetime, place: str, quorum: int | None) -> None:
    if starts_at.tzinfo is None:
        raise ValidationError("starts_at", "La date et l'heure de la séance sont incomplètes.")
    if not place.strip():
        raise ValidationError("place", "Indiquez le lieu de la séance.")
    if quorum is not None and quorum < 1:
        raise ValidationError("quorum", "Le quorum doit être d'au moins un membre.")


def create_meeting(
    db: Database,
    starts_at: dt.datetime,
    place: str,
    *,
    chair: str = "",
    kind: MeetingKind = MeetingKind.COMITE_SUIVI,
    quorum: int | None = None,
    protocol_id: int | None = None,
) -> Saved:
    _check(starts_at, place, quorum)
    with db.unit_of_work() as uow:
        meeting = Meeting(starts_at=starts_at, place=place.strip(), chair=chair.strip() or None,
                          kind=kind, quorum=quorum, protocol_id=protocol_id)
        uow.session.add(meeting)
        uow.session.flush()
        uow.audit("create", "meeting", meeting.id,
                  {"starts_at": [None, starts_at.isoformat()], "place": [None, place]})
        return Saved(meeting.id, Changes.COMMITTEE)


def update_meeting(
    db: Database, meeting_id: int, *, starts_at: dt.datetime, place: str, chair: str,
    kind: MeetingKind, quorum: int | None, seen_version: int | None = None,
) -> Changes:
    """``seen_version``: the meeting's ``row_version`` as the form showed it; a colleague's
    save since refuses this one (``ConcurrentEdit``)."""
    _check(starts_at, place, quorum)
    with db.unit_of_work() as uow:
        meeting = writable_meeting(uow.session, meeting_id)
        expect_version(uow.session, meeting, seen_version)
        changes = {}
        for name, value in (("starts_at", starts_at), ("place", place.strip()),
                            ("chair", chair.strip() or None), ("kind", kind), ("quorum", quorum)):
            old = getattr(meeting, name)
            if old != value:
                changes[name] = [str(old) if old is not None else None,
                                 str(value) if value is not None else None]
                setattr(meeting, name, value)
        if changes:
            uow.audit("update", "meeting", meeting_id, changes)
    return Changes.COMMITTEE


def read_meeting(db: Database, meeting_id: int) -> MeetingRow:
    """One meeting as it is now (a form reloads it after a colleague's save)."""
    with db.reading() as session:
        return meeting_row(get_meeting(session, meeting_id))


def set_status(db: Database, meeting_id: int, status: MeetingStatus) -> Changes:
    """"Séance tenue" (or back to préparée); other steps belong to the relevé."""
    with db.unit_of_work() as uow:
        meeting = writable_meeting(uow.session, meeting_id)
        if (meeting.status, status) not in _MANUAL:
            raise TransitionRefused(
                f"La séance ne peut pas passer de « {meeting.status.label} » à "
                f"« {status.label} »."
            )
        uow.audit("transition", "meeting", meeting_id, {"status": [meeting.status, status]})
        meeting.status = status
    return Changes.COMMITTEE


def list_meetings(db: Database) -> tuple[MeetingRow, ...]:
    with db.reading() as session:
        rows = session.scalars(select(Meeting).order_by(Meeting.starts_at.desc())).all()
        return tuple(meeting_row(m) for m in rows)


def holder_name(session: Session, position_id: int, on: dt.date) -> str:
    """Who holds the position on that date ("" when nobody known)."""
    person = session.scalars(
        select(Person).join(Tenure).where(
            Tenure.position_id == position_id, Tenure.started_on <= on,
            or_(Tenure.ended_on.is_(None), Tenure.ended_on >= on),
        ).order_by(Tenure.started_on.desc())
    ).first()
    if person is None:
        return ""
    civility = f"{person.civility.label} " if person.civility else ""
    return f"{civility}{person.first_name} {person.last_name}"


def invite_parties(db: Database, meeting_id: int) -> Changes:
    """Invite the parties of the protocol's version in force (or latest signed) at the meeting
    date; each position once, with its holder on that date. Already invited positions stay."""
    with db.unit_of_work() as uow:
        session = uow.session
        meeting = writable_meeting(session, meeting_id)
        if meeting.protocol_id is None:
            raise ValidationError("protocol", "Choisissez le protocole suivi par cette séance.")
        on = meeting.starts_at.date()
        version = session.scalars(
            select(ProtocolVersion).where(
                ProtocolVersion.protocol_id == meeting.protocol_id,
                ProtocolVersion.status.in_((VersionStatus.EN_VIGUEUR, VersionStatus.SIGNE,
                                            VersionStatus.REMPLACE)),
                or_(ProtocolVersion.in_force_from.is_(None), ProtocolVersion.in_force_from <= on),
            ).order_by(ProtocolVersion.number.desc())
        ).first()
        if version is None:
            raise NotFound("Aucune version signée du protocole à la date de la séance.")
        invited = {a.position_id for a in meeting.attendances}
        added = 0
        parties = session.scalars(
            select(Party).where(Party.version_id == version.id).order_by(Party.order)
        ).all()
        for party in parties:
            if party.position_id in invited:
                continue
            position = session.get(Position, party.position_id)
            assert position is not None
            meeting.attendances.append(Attendance(
                position_id=position.id, organisation_id=position.organisation_id,
                person_name=holder_name(session, position.id, on) or None,
                status=AttendanceStatus.ABSENT,
            ))
            invited.add(party.position_id)
            added += 1
        uow.audit("invite", "meeting", meeting_id, {"invited": [None, added]})
    return Changes.COMMITTEE


def add_attendee(db: Database, meeting_id: int, *, organisation_id: int | None,
                 position_id: int | None = None, person_name: str = "") -> Saved:
    with db.unit_of_work() as uow:
        meeting = writable_meeting(uow.session, meeting_id)
        row = Attendance(position_id=position_id, organisation_id=organisation_id,
                         person_name=person_name.strip() or None, status=AttendanceStatus.ABSENT)
        meeting.attendances.append(row)
        uow.session.flush()
        uow.audit("create", "attendance", row.id, {"person_name": [None, person_name]})
        return Saved(row.id, Changes.COMMITTEE)


def record_attendance(
    db: Database, attendance_id: int, status: AttendanceStatus, *,
    represented_by: str = "", arrived_at: dt.datetime | None = None,
    left_at: dt.datetime | None = None, person_name: str | None = None,
) -> Changes:
    if status == AttendanceStatus.REPRESENTE and not represented_by.strip():
        raise ValidationError("represented_by", "Indiquez qui représente ce membre.")
    if arrived_at and left_at and left_at <= arrived_at:
        raise ValidationError("left_at", "L'heure de départ précède l'heure d'arrivée.")
    with db.unit_of_work() as uow:
        row = uow.session.get(Attendance, attendance_id)
        if row is None:
            raise NotFound(f"La ligne de présence n° {attendance_id} n'existe pas.")
        writable_meeting(uow.session, row.meeting_id)
        new = {"status": status, "represented_by": represented_by.strip() or None,
               "arrived_at": arrived_at, "left_at": left_at}
        if person_name is not None:
            new["person_name"] = person_name.strip() or None
        changes = {}
        for name, value in new.items():
            if getattr(row, name) != value:
                changes[name] = [str(getattr(row, name)), str(value)]
                setattr(row, name, value)
        if changes:
            uow.audit("update", "attendance", attendance_id, changes)
    return Changes.COMMITTEE


def delete_meeting(db: Database, meeting_id: int) -> Changes:
    with db.unit_of_work() as uow:
        meeting = get_meeting(uow.session, meeting_id)
        if meeting.status != MeetingStatus.PREPAREE:
            raise TransitionRefused("Seule une séance encore « préparée » peut être supprimée.")
        uow.session.delete(meeting)
        uow.audit("delete", "meeting", meeting_id)
    return Changes.COMMITTEE


def protocol_choices(db: Database) -> tuple[tuple[int, str], ...]:
    from desktop.models.protocol import Protocol

    with db.reading() as session:
        return tuple((p.id, p.title) for p in session.scalars(select(Protocol)
                                                              .order_by(Protocol.id)))


def organisation_choices(db: Database) -> tuple[tuple[int, str], ...]:
    from desktop.models.contacts import Organisation

    with db.reading() as session:
        return tuple((o.id, o.short_name or o.name) for o in session.scalars(
            select(Organisation).order_by(Organisation.name)))
