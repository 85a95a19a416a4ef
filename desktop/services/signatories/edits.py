"""Signatories and partners, write side: one function per user action, audited.

A new holder of a function ends the previous holder's open tenure the day before; tenures of
one function never overlap. Past protocol versions keep the person who signed them
(``Party.signer_id``): nothing here rewrites a party, and a person who signed cannot be deleted.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import sqlalchemy as sa

from desktop.errors import Conflict, NotFound, ValidationError
from desktop.io.phones import parse_phone
from desktop.models.contacts import Organisation, Person, Position, Tenure
from desktop.models.enums import Civility, OrganisationKind
from desktop.models.protocol import Party
from desktop.services.signatories.records import display_name
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database, UnitOfWork
from desktop.storage.versioning import expect_version

_EMAIL = re.compile(r"^[^@\s<>(),;:\"]+@[^@\s<>(),;:\"]+\.[^@\s<>(),;:\"]{2,}$")


def _required(field: str, value: str, label: str) -> str:
    text = value.strip()
    if not text:
        raise ValidationError(field, f"Indiquez {label}.")
    return text


def _optional(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def clean_email(value: str | None) -> str | None:
    text = _optional(value)
    if text is not None and not _EMAIL.match(text):
        raise ValidationError("email", f"Adresse électronique « {text} » invalide "
                                       "(attendu : prenom.nom@domaine.fr).")
    return text


def clean_phone(value: str | None) -> str | None:
    text = _optional(value)
    return parse_phone(text) if text is not None else None


def _get(uow: UnitOfWork, model: Any, key: int, what: str) -> Any:
    row = uow.session.get(model, key)
    if row is None:
        raise NotFound(f"{what} n° {key} n'existe pas (ou plus).")
    return row


def _update(uow: UnitOfWork, entity: str, row: Any, values: dict[str, Any]) -> None:
    """Set the values that differ, and audit them (nothing when nothing changed)."""
    changes = {}
    for name, value in values.items():
        old = getattr(row, name)
        if old != value:
            changes[name] = [old, value]
            setattr(row, name, value)
    if changes:
        uow.audit("update", entity, row.id, changes)


def _save(uow: UnitOfWork, model: Any, entity: str, key: int | None,
          values: dict[str, Any], what: str, seen_version: int | None = None) -> None:
    """Create the row (``key`` None) or update the existing one, audited either way.
    ``seen_version``: the row's ``row_version`` as the form showed it; a colleague's save
    since refuses this one (``ConcurrentEdit``)."""
    if key is None:
        row = model(**values)
        uow.session.add(row)
        uow.session.flush()
        uow.audit("create", entity, row.id, {k: [None, v] for k, v in values.items()})
    else:
        row = _get(uow, model, key, what)
        expect_version(uow.session, row, seen_version)
        _update(uow, entity, row, values)


# --- organisations and positions --------------------------------------------------------------


def save_organisation(
    db: Database, organisation_id: int | None, kind: OrganisationKind, name: str,
    short_name: str | None = None, address: str | None = None, *,
    seen_version: int | None = None,
) -> Changes:
    """Create (``organisation_id`` None) or update an organisation."""
    values = {"kind": OrganisationKind(kind), "name": _required("name", name, "le nom"),
              "short_name": _optional(short_name), "address": _optional(address)}
    with db.unit_of_work() as uow:
        _save(uow, Organisation, "organisation", organisation_id, values, "L'organisation",
              seen_version)
    return Changes.CONTACTS


def save_position(
    db: Database, position_id: int | None, organisation_id: int, title: str,
    title_feminine: str | None = None, *, seen_version: int | None = None,
) -> Changes:
    """Create or update a function: its masculine (neutral) and feminine titles."""
    values = {"organisation_id": organisation_id,
              "title": _required("title", title, "l'intitulé de la fonction"),
              "title_feminine": _optional(title_feminine)}
    with db.unit_of_work() as uow:
        _get(uow, Organisation, organisation_id, "L'organisation")
        _save(uow, Position, "position", position_id, values, "La fonction", seen_version)
    return Changes.CONTACTS


# --- people -----------------------------------------------------------------------------------


def save_person(
    db: Database, person_id: int | None, civility: Civility | None, first_name: str,
    last_name: str, email: str | None = None, phone: str | None = None, *,
    seen_version: int | None = None,
) -> Changes:
    values = {"civility": Civility(civility) if civility else None,
              "first_name": _required("first_name", first_name, "le prénom"),
              "last_name": _required("last_name", last_name, "le nom"),
              "email": clean_email(email), "phone": clean_phone(phone)}
    with db.unit_of_work() as uow:
        _save(uow, Person, "person", person_id, values, "La personne", seen_version)
    return Changes.CONTACTS


def delete_person(db: Database, person_id: int) -> Changes:
    """Refused when the person signed a protocol version (history is never rewritten)."""
    with db.unit_of_work() as uow:
        person = _get(uow, Person, person_id, "La personne")
        signed = uow.session.scalar(sa.select(sa.func.count(Party.id))
                                    .where(Party.signer_id == person_id))
        if signed:
            raise Conflict(f"{display_name(person.first_name, person.last_name)} a signé "
                           f"{signed} version(s) de protocole : la fiche est conservée.")
        uow.audit("delete", "person", person_id,
                  {"name": [f"{person.first_name} {person.last_name}", None]})
        uow.session.delete(person)
    return Changes.CONTACTS


# --- tenures ----------------------------------------------------------------------------------


def _overlaps(start: dt.date, end: dt.date | None, other: Tenure) -> bool:
    far = dt.date.max
    return start <= (other.ended_on or far) and other.started_on <= (end or far)


def _check_dates(started_on: dt.date, ended_on: dt.date | None) -> None:
    if ended_on is not None and ended_on < started_on:
        raise ValidationError(
            "ended_on", f"La fin de la fonction ({ended_on.strftime('%d/%m/%Y')}) précède son "
                        f"début ({started_on.strftime('%d/%m/%Y')}).")


def add_tenure(
    db: Database, person_id: int, position_id: int, started_on: dt.date,
    ended_on: dt.date | None = None,
) -> Changes:
    """``person`` holds ``position`` from ``started_on``: the holder in office then (an open
    tenure started earlier) leaves the day before. Any other overlap is refused."""
    _check_dates(started_on, ended_on)
    with db.unit_of_work() as uow:
        person = _get(uow, Person, person_id, "La personne")
        position = _get(uow, Position, position_id, "La fonction")
        others = uow.session.scalars(sa.select(Tenure).where(Tenure.position_id == position_id))
        for other in others:
            if other.ended_on is None and other.started_on < started_on and ended_on is None:
                previous_end = started_on - dt.timedelta(days=1)
                uow.audit("update", "tenure", other.id, {"ended_on": [None, previous_end]})
                other.ended_on = previous_end
            elif _overlaps(started_on, ended_on, other):
                raise Conflict(
                    f"« {position.title} » est déjà occupée du "
                    f"{other.started_on.strftime('%d/%m/%Y')} "
                    + (f"au {other.ended_on.strftime('%d/%m/%Y')}" if other.ended_on
                       else "à ce jour")
                    + f" par {display_name(other.person.first_name, other.person.last_name)} : "
                    "les périodes ne peuvent pas se chevaucher."
                )
        tenure = Tenure(person=person, position=position, started_on=started_on,
                        ended_on=ended_on)
        uow.session.add(tenure)
        uow.session.flush()
        uow.audit("create", "tenure", tenure.id, {
            "person_id": [None, person_id], "position_id": [None, position_id],
            "started_on": [None, started_on], "ended_on": [None, ended_on]})
    return Changes.CONTACTS


def end_tenure(db: Database, tenure_id: int, ended_on: dt.date | None) -> Changes:
    """Set (or clear, with ``None``) the last day in office."""
    with db.unit_of_work() as uow:
        tenure: Tenure = _get(uow, Tenure, tenure_id, "La période de fonction")
        _check_dates(tenure.started_on, ended_on)
        others = uow.session.scalars(sa.select(Tenure).where(
            Tenure.position_id == tenure.position_id, Tenure.id != tenure.id))
        if any(_overlaps(tenure.started_on, ended_on, other) for other in others):
            raise Conflict("Cette date ferait chevaucher deux titulaires de la même fonction.")
        uow.audit("update", "tenure", tenure.id, {"ended_on": [tenure.ended_on, ended_on]})
        tenure.ended_on = ended_on
    return Changes.CONTACTS


def delete_tenure(db: Database, tenure_id: int) -> Changes:
    """Remove a period entered by mistake (the signers of past versions are kept)."""
    with db.unit_of_work() as uow:
        tenure: Tenure = _get(uow, Tenure, tenure_id, "La période de fonction")
        uow.audit("delete", "tenure", tenure.id, {
            "person_id": [tenure.person_id, None], "position_id": [tenure.position_id, None],
            "started_on": [tenure.started_on, None], "ended_on": [tenure.ended_on, None]})
        uow.session.delete(tenure)
    return Changes.CONTACTS
