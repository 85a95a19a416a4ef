"""Practitioners: the health professionals the protocol protects (create, edit, search).

Every value typed by the user is validated here, not in the form: phones through
``parse_phone`` (stored E.164), the RPPS number with its Luhn key, the e-mail, the commune by
its INSEE code. Pickers (the cases' victims, the 17 register) use ``search_practitioners`` and
``get_practitioner``.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Any

import sqlalchemy as sa

from desktop.errors import Conflict, NotFound, ValidationError
from desktop.io.insee import normalise_name
from desktop.io.phones import parse_phone
from desktop.io.rpps import parse_email, parse_rpps
from desktop.models.contacts import Practitioner
from desktop.models.enums import Civility, ForceZone, Profession
from desktop.models.territory import Commune
from desktop.services.cases import search
from desktop.services.practitioners.records import (
    PractitionerDetail,
    PractitionerSummary,
    detail_of,
    summary_columns,
    summary_of,
)
from desktop.services.retention.erase import drop_signed_forms
from desktop.services.vault.changes import Changes, no_changes
from desktop.services.vault.database import Database, UnitOfWork
from desktop.storage.versioning import expect_version

__all__ = [
    "PractitionerDetail", "PractitionerInput", "PractitionerSummary", "Saved",
    "create_practitioner", "delete_practitioner", "get_practitioner", "search_practitioners",
    "update_practitioner",
]
EDITABLE = (
    "civility", "first_name", "last_name", "profession", "specialty", "rpps",
    "practice_address", "commune_id", "phone", "mobile_phone", "email",
)  # fmt: skip
INDEXED = {"first_name", "last_name", "profession"}
"""What the cases' search index holds of a practitioner (names searched, profession filter)."""


@dataclass(frozen=True)
class PractitionerInput:
    """What the form sends, as typed: the service validates and normalises every field."""

    first_name: str
    last_name: str
    profession: Profession
    civility: Civility | None = None
    specialty: str = ""
    rpps: str = ""
    practice_address: str = ""
    commune_code: str = ""
    """The practice commune's INSEE code (the form's commune picker fills it)."""
    phone: str = ""
    mobile_phone: str = ""
    email: str = ""


@dataclass(frozen=True)
class Saved:
    id: int
    changes: Changes = field(default=Changes.CONTACTS)


def _text(value: str, name: str, label: str, limit: int, required: bool = False) -> str | None:
    cleaned = " ".join(value.split())
    if not cleaned:
        if required:
            raise ValidationError(name, f"{label} : champ obligatoire.")
        return None
    if len(cleaned) > limit:
        raise ValidationError(
            name, f"{label} : {limit} caractères au plus ({len(cleaned)} saisis)."
        )
    return cleaned


def _phone(value: str, name: str, label: str) -> str | None:
    if not value.strip():
        return None
    try:
        return parse_phone(value)
    except ValidationError as error:
        raise ValidationError(name, f"{label} : {error}") from None


def validate(session: sa.orm.Session, data: PractitionerInput) -> dict[str, object]:
    """The column values for ``data``, or the first ``ValidationError`` (field = form field)."""
    profession = Profession(data.profession)
    specialty = _text(data.specialty, "specialty", "Spécialité", 120)
    if profession is Profession.MEDECIN_SPECIALISTE and specialty is None:
        raise ValidationError("specialty", "Spécialité : à préciser pour un médecin spécialiste.")
    commune_id = None
    code = data.commune_code.strip().upper()
    if code:
        commune_id = session.scalar(sa.select(Commune.id).where(Commune.insee_code == code))
        if commune_id is None:
            raise ValidationError(
                "commune", f"Commune d'exercice : aucune commune de code INSEE « {code} » "
                "n'est connue du coffre."
            )
    address = data.practice_address.strip()
    return {
        "civility": Civility(data.civility) if data.civility else None,
        "first_name": _text(data.first_name, "first_name", "Prénom", 100, required=True),
        "last_name": _text(data.last_name, "last_name", "Nom", 100, required=True),
        "profession": profession,
        "specialty": specialty,
        "rpps": parse_rpps(data.rpps),
        "practice_address": address or None,
        "commune_id": commune_id,
        "phone": _phone(data.phone, "phone", "Téléphone du cabinet"),
        "mobile_phone": _phone(data.mobile_phone, "mobile_phone", "Autre téléphone"),
        "email": parse_email(data.email),
    }


def _refuse_duplicate_rpps(session: sa.orm.Session, rpps: object, own_id: int | None) -> None:
    if rpps is None:
        return
    other = session.execute(
        sa.select(Practitioner.id, Practitioner.first_name, Practitioner.last_name)
        .where(Practitioner.rpps == rpps, Practitioner.id != (own_id or 0))
    ).first()
    if other is not None:
        raise Conflict(
            f"Le numéro RPPS {rpps} est déjà enregistré pour {other.first_name} "
            f"{other.last_name} (fiche n° {other.id}) : ouvrez cette fiche plutôt que d'en "
            "créer une seconde."
        )


def create_practitioner(db: Database, data: PractitionerInput) -> Saved:
    with db.unit_of_work() as uow:
        return Saved(add_practitioner(uow, data))


def add_practitioner(uow: UnitOfWork, data: PractitionerInput) -> int:
    """Inside an existing unit of work (the demo filler uses it too)."""
    values = validate(uow.session, data)
    _refuse_duplicate_rpps(uow.session, values["rpps"], None)
    practitioner = Practitioner(**values)
    uow.session.add(practitioner)
    uow.session.flush()
    uow.audit("create", "practitioner", practitioner.id,
              {name: [None, _plain(value)] for name, value in values.items() if value is not None})
    return practitioner.id


def update_practitioner(db: Database, practitioner_id: int, data: PractitionerInput, *,
                        seen_version: int | None = None) -> Changes:
    """``seen_version``: the record's ``row_version`` when the form was filled; a colleague's
    save since then refuses this one (``ConcurrentEdit``)."""
    with db.unit_of_work() as uow:
        practitioner = _load(uow.session, practitioner_id)
        expect_version(uow.session, practitioner, seen_version)
        values = validate(uow.session, data)
        _refuse_duplicate_rpps(uow.session, values["rpps"], practitioner_id)
        changes = {}
        for name in EDITABLE:
            old, new = getattr(practitioner, name), values[name]
            if old != new:
                changes[name] = [_plain(old), _plain(new)]
                setattr(practitioner, name, new)
        if changes:
            uow.audit("update", "practitioner", practitioner_id, changes)
        if changes.keys() & INDEXED:  # derived data: the cases' search index, same unit
            search.index_cases_of(uow.session, practitioner_id)
            return Changes.CONTACTS | Changes.CASES
    return Changes.CONTACTS if changes else Changes.NONE


def delete_practitioner(db: Database, practitioner_id: int) -> Changes:
    """Removes the record with its 17 requests; refused while a case names the practitioner
    (the database's foreign key says so)."""
    with db.unit_of_work() as uow:
        practitioner = _load(uow.session, practitioner_id)
        name = f"{practitioner.first_name} {practitioner.last_name}"
        held = [d.identifier for d in practitioner.alert_devices if d.returned_on is None]
        if held:
            raise Conflict(f"{name} détient encore le dispositif d'alerte « {held[0]} » : "
                           "enregistrez sa restitution avant de supprimer la fiche.")
        requests = len(practitioner.preregistrations)
        drop_signed_forms(practitioner)
        uow.session.delete(practitioner)
        try:
            uow.session.flush()
        except sa.exc.IntegrityError:
            raise Conflict(
                f"{name} ne peut pas être supprimé(e) : un signalement y fait référence."
            ) from None
        uow.audit("delete", "practitioner", practitioner_id,
                  {"name": [name, None], "preregistrations": [requests, 0]})
    return Changes.CONTACTS


def get_practitioner(db: Database, practitioner_id: int) -> PractitionerDetail:
    with db.reading() as session:
        return detail_of(_load(session, practitioner_id))


@no_changes
def view_practitioner(db: Database, practitioner_id: int) -> PractitionerDetail:
    """The user opens a practitioner's record: the read the access log records (CNIL)."""
    with db.unit_of_work() as uow:
        detail = detail_of(_load(uow.session, practitioner_id))
        uow.audit("view", "practitioner", practitioner_id)
        return detail


def search_practitioners(
    db: Database, text: str = "", limit: int = 50
) -> list[PractitionerSummary]:
    """By name, commune or RPPS, accents and case ignored: every word typed must begin a word
    of the last name, first name or commune ("bén mel" finds Bénédicte Martin in Melun);
    digits match the start of the RPPS number or of the commune's INSEE code. Sorted by name.

    Names are folded in Python (SQLite cannot fold accents), once: the folded register is kept
    for the open database and read again only when the register changed (a cheap signature:
    count, highest id, saves, name lengths), so a search is a filter over memory, then the
    summaries of the first ``limit`` matches."""
    words = normalise_name(text).split()
    order = (Practitioner.last_name, Practitioner.first_name, Practitioner.id)
    with db.reading() as session:
        if not words:
            rows = session.execute(summary_columns().order_by(*order).limit(limit)).all()
            return [summary_of(row) for row in rows]
        candidates = _register(db, session)
        for word in words:  # each word narrows the list: a comprehension per word is fast
            if word.isdigit():
                candidates = [c for c in candidates if f" {word}" in c.haystack
                              or c.codes[0].startswith(word) or c.codes[1].startswith(word)]
            else:
                candidates = [c for c in candidates if f" {word}" in c.haystack]
            if not candidates:
                break
        ids = [c.id for c in candidates[:limit]]
        found = {row.id: summary_of(row) for row in session.execute(
            summary_columns().where(Practitioner.id.in_(ids)))}
    return [found[practitioner_id] for practitioner_id in ids]


@dataclass(frozen=True, slots=True)
class _Candidate:
    id: int
    haystack: str  # " lefevre benedicte melun": every word starts after a space
    codes: tuple[str, str]  # RPPS, the commune's INSEE code


@dataclass(frozen=True)
class _Register:
    signature: tuple[Any, ...]
    candidates: list[_Candidate]  # in name order


_REGISTERS: weakref.WeakKeyDictionary[Database, _Register] = weakref.WeakKeyDictionary()


def _register(db: Database, session: sa.orm.Session) -> list[_Candidate]:
    """The folded register of ``db``, read again when its signature moved (another window,
    a colleague on the shared server or the retention's erasure included)."""
    signature = tuple(session.execute(sa.select(
        sa.func.count(Practitioner.id), sa.func.max(Practitioner.id),
        sa.func.coalesce(sa.func.sum(Practitioner.row_version), 0),
        sa.func.coalesce(sa.func.sum(sa.func.length(Practitioner.last_name)
                                     + sa.func.length(Practitioner.first_name)), 0),
        sa.func.coalesce(sa.func.sum(Practitioner.commune_id), 0))).one())
    kept = _REGISTERS.get(db)
    if kept is not None and kept.signature == signature:
        return kept.candidates
    rows = session.connection().execute(
        sa.select(Practitioner.id, Practitioner.last_name, Practitioner.first_name,
                  Practitioner.rpps, Commune.search_key, Commune.insee_code)
        .outerjoin(Commune, Practitioner.commune_id == Commune.id)
        .order_by(Practitioner.last_name, Practitioner.first_name, Practitioner.id)
    ).all()
    candidates = [
        _Candidate(row_id, f" {normalise_name(f'{last} {first}')} {commune_key or ''}",
                   (rpps or "", insee or ""))
        for row_id, last, first, rpps, commune_key, insee in rows]
    _REGISTERS[db] = _Register(signature, candidates)
    return candidates


def _load(session: sa.orm.Session, practitioner_id: int) -> Practitioner:
    practitioner = session.get(Practitioner, practitioner_id)
    if practitioner is None:
        raise NotFound(f"Le praticien n° {practitioner_id} n'existe pas (ou plus).")
    return practitioner


def _plain(value: object) -> object:
    return value.value if isinstance(value, Civility | Profession | ForceZone) else value
