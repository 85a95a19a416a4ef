"""Signing ceremonies: when and where a protocol version is signed, which parties are expected
and who attends for them, and the checklist of what to prepare. Every change is audited.

Signature tracking is in ``signatures``; the press invitation and the ICS in
``ceremony_documents``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from desktop.errors import NotFound, ValidationError
from desktop.models.contacts import Position, Tenure
from desktop.models.protocol import (
    Ceremony,
    CeremonyAttendance,
    ChecklistItem,
    Party,
    ProtocolVersion,
)
from desktop.services.signatories.records import (
    CeremonyRow,
    VersionChoice,
    ceremony_row,
    office_time,
    version_choice,
)
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database, UnitOfWork
from desktop.services.vault.office import office_zone
from desktop.storage.versioning import expect_version


def default_checklist(parties: int, place: str) -> tuple[str, ...]:
    """What to prepare for a signing; the copies to print are one per party."""
    return (
        f"Réserver la salle ({place})" if place else "Réserver la salle",
        "Envoyer l'invitation à la presse",
        f"Imprimer les exemplaires originaux ({parties})",
        "Préparer les stylos",
        "Préparer les chevalets nominatifs",
        "Confirmer la présence des signataires",
    )


def list_versions(db: Database) -> tuple[VersionChoice, ...]:
    """Every protocol version (the newest first), to choose the one a ceremony is for."""
    with db.reading() as session:
        versions = session.scalars(
            sa.select(ProtocolVersion).options(selectinload(ProtocolVersion.protocol))
            .order_by(ProtocolVersion.protocol_id, ProtocolVersion.number.desc())
        )
        return tuple(version_choice(v) for v in versions)


def _ceremony_query() -> sa.Select[Ceremony]:
    return sa.select(Ceremony).options(
        selectinload(Ceremony.checklist),
        selectinload(Ceremony.attendances),
        selectinload(Ceremony.version).selectinload(ProtocolVersion.protocol),
        selectinload(Ceremony.version).selectinload(ProtocolVersion.parties).options(
            selectinload(Party.signature),
            selectinload(Party.signer),
            selectinload(Party.position).selectinload(Position.organisation),
            selectinload(Party.position).selectinload(Position.tenures)
            .selectinload(Tenure.person),
        ),
    )


def list_ceremonies(db: Database, version_id: int | None = None) -> tuple[CeremonyRow, ...]:
    """The ceremonies (of one version, or all), the latest first."""
    with db.reading() as session:
        query = _ceremony_query().order_by(Ceremony.starts_at.desc())
        if version_id is not None:
            query = query.where(Ceremony.version_id == version_id)
        zone = office_zone(session)
        return tuple(ceremony_row(c, zone) for c in session.scalars(query))


def get_ceremony(db: Database, ceremony_id: int) -> CeremonyRow:
    with db.reading() as session:
        ceremony = session.scalars(_ceremony_query().where(Ceremony.id == ceremony_id)).first()
        if ceremony is None:
            raise NotFound(f"La cérémonie n° {ceremony_id} n'existe pas (ou plus).")
        return ceremony_row(ceremony, office_zone(session))


def _get(uow: UnitOfWork, model: Any, key: int, what: str) -> Any:
    row = uow.session.get(model, key)
    if row is None:
        raise NotFound(f"{what} n° {key} n'existe pas (ou plus).")
    return row


def _clean(starts_at: dt.datetime, place: str, zone: dt.tzinfo) -> tuple[dt.datetime, str]:
    text = place.strip()
    if not text:
        raise ValidationError("place", "Indiquez le lieu de la cérémonie.")
    return office_time(starts_at, zone).astimezone(dt.UTC), text


def create_ceremony(
    db: Database, version_id: int, starts_at: dt.datetime, place: str,
    press_contacts: str | None = None,
) -> Changes:
    """A ceremony for a version, with the default checklist. ``starts_at`` without a time zone
    is on the office's clock (its département's zone)."""
    with db.unit_of_work() as uow:
        zone = office_zone(uow.session)
        moment, place = _clean(starts_at, place, zone)
        version: ProtocolVersion = _get(uow, ProtocolVersion, version_id, "La version")
        labels = default_checklist(len(version.parties), place)
        ceremony = Ceremony(version=version, starts_at=moment, place=place,
                            press_contacts=(press_contacts or "").strip() or None)
        uow.session.add(ceremony)
        for label in labels:
            ceremony.checklist.append(ChecklistItem(label=label, done=False))
        uow.session.flush()
        uow.audit("create", "ceremony", ceremony.id, {
            "version_id": [None, version_id], "starts_at": [None, office_time(moment, zone)],
            "place": [None, place]})
    return Changes.PROTOCOL


def update_ceremony(
    db: Database, ceremony_id: int, starts_at: dt.datetime, place: str,
    press_contacts: str | None, *, seen_version: int | None = None,
) -> Changes:
    """``seen_version``: the ceremony's ``row_version`` as the form showed it; a colleague's
    save since refuses this one (``ConcurrentEdit``)."""
    with db.unit_of_work() as uow:
        zone = office_zone(uow.session)
        moment, place = _clean(starts_at, place, zone)
        ceremony: Ceremony = _get(uow, Ceremony, ceremony_id, "La cérémonie")
        expect_version(uow.session, ceremony, seen_version)
        changes: dict[str, list[Any]] = {}
        if office_time(ceremony.starts_at, zone) != office_time(moment, zone):
            changes["starts_at"] = [office_time(ceremony.starts_at, zone),
                                    office_time(moment, zone)]
            ceremony.starts_at = moment
        contacts = (press_contacts or "").strip() or None
        for name, value in (("place", place), ("press_contacts", contacts)):
            if getattr(ceremony, name) != value:
                changes[name] = [getattr(ceremony, name), value]
                setattr(ceremony, name, value)
        if changes:
            uow.audit("update", "ceremony", ceremony.id, changes)
    return Changes.PROTOCOL


def delete_ceremony(db: Database, ceremony_id: int) -> Changes:
    """Delete a ceremony (its checklist and attendance); the signatures stay with the parties."""
    with db.unit_of_work() as uow:
        ceremony: Ceremony = _get(uow, Ceremony, ceremony_id, "La cérémonie")
        uow.audit("delete", "ceremony", ceremony.id, {
            "starts_at": [office_time(ceremony.starts_at, office_zone(uow.session)), None],
            "place": [ceremony.place, None]})
        uow.session.delete(ceremony)
    return Changes.PROTOCOL


def set_checklist_item(db: Database, item_id: int, done: bool) -> Changes:
    with db.unit_of_work() as uow:
        item: ChecklistItem = _get(uow, ChecklistItem, item_id, "Le point de la liste")
        if item.done != done:
            uow.audit("update", "checklist_item", item.id,
                      {"label": [item.label, item.label], "done": [item.done, done]})
            item.done = done
    return Changes.PROTOCOL


def add_checklist_item(db: Database, ceremony_id: int, label: str) -> Changes:
    text = label.strip()
    if not text:
        raise ValidationError("label", "Indiquez ce qu'il faut préparer.")
    with db.unit_of_work() as uow:
        ceremony: Ceremony = _get(uow, Ceremony, ceremony_id, "La cérémonie")
        item = ChecklistItem(ceremony=ceremony, label=text, done=False)
        uow.session.add(item)
        uow.session.flush()
        uow.audit("create", "checklist_item", item.id,
                  {"ceremony_id": [None, ceremony_id], "label": [None, text]})
    return Changes.PROTOCOL


def remove_checklist_item(db: Database, item_id: int) -> Changes:
    with db.unit_of_work() as uow:
        item: ChecklistItem = _get(uow, ChecklistItem, item_id, "Le point de la liste")
        uow.audit("delete", "checklist_item", item.id, {"label": [item.label, None]})
        uow.session.delete(item)
    return Changes.PROTOCOL


def set_attendance(
    db: Database, ceremony_id: int, party_id: int, attending_person: str | None,
    represented_by: str | None = None, *, seen_version: int | None = None,
) -> Changes:
    """Who actually comes for a party, or who represents it (both empty: not known yet).
    ``seen_version``: the attendance's ``row_version`` as the form showed it, 0 when none was
    recorded; a colleague's save since refuses this one (``ConcurrentEdit``)."""
    attending = (attending_person or "").strip() or None
    representing = (represented_by or "").strip() or None
    with db.unit_of_work() as uow:
        ceremony: Ceremony = _get(uow, Ceremony, ceremony_id, "La cérémonie")
        party: Party = _get(uow, Party, party_id, "La partie")
        if party.version_id != ceremony.version_id:
            raise ValidationError("party_id", "Cette partie ne signe pas la version de cette "
                                              "cérémonie.")
        row = uow.session.scalars(sa.select(CeremonyAttendance).where(
            CeremonyAttendance.ceremony_id == ceremony_id,
            CeremonyAttendance.party_id == party_id)).first()
        if row is not None:
            expect_version(uow.session, row, seen_version)
        elif seen_version:  # shown, since gone with its ceremony's parties
            raise NotFound("Cette présence n'existe plus.")
        old = (row.attending_person, row.represented_by) if row else (None, None)
        if old == (attending, representing):
            return Changes.NONE
        if row is None:
            row = CeremonyAttendance(ceremony=ceremony, party=party)
            uow.session.add(row)
        row.attending_person, row.represented_by = attending, representing
        uow.session.flush()
        uow.audit("update", "ceremony_attendance", row.id, {
            "party_id": [party_id, party_id], "attending_person": [old[0], attending],
            "represented_by": [old[1], representing]})
    return Changes.PROTOCOL
