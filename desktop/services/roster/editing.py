"""Edit units (kind, name, parent) and référents (names, role, unit, phone, e-mail)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import aliased

from desktop.errors import Conflict, NotFound, ValidationError
from desktop.io.phones import parse_phone
from desktop.models.enums import Force, ReferentRole, UnitKind
from desktop.models.territory import Assignment, Referent, Unit
from desktop.services.roster.records import ReferentRow, UnitRow
from desktop.services.roster.staleness import is_stale, stale_cutoff, stale_months_in
from desktop.services.vault.changes import Changes, Saved
from desktop.services.vault.database import Database, UnitOfWork
from desktop.storage.versioning import expect_version

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_GN_KINDS = {UnitKind.GROUPEMENT, UnitKind.COMPAGNIE, UnitKind.BRIGADE, UnitKind.COB}


@dataclass(frozen=True)
class UnitDraft:
    kind: UnitKind
    name: str
    parent_id: int | None = None
    code: str | None = None
    phone: str = ""
    email: str = ""

    @property
    def force(self) -> Force:
        return Force.GN if self.kind in _GN_KINDS else Force.PN


@dataclass(frozen=True)
class ReferentDraft:
    first_name: str
    last_name: str
    role: ReferentRole
    unit_id: int | None = None
    phone: str = ""
    email: str = ""
    verified_on: dt.date | None = None
    mobile: str | None = None
    """The mobile phone as typed; None leaves the stored one, "" removes it."""
    grade: str | None = None
    """"Adjudant-chef"; None leaves the stored one, "" removes it."""


def list_units(db: Database) -> list[UnitRow]:
    return _units(db)


def get_unit(db: Database, unit_id: int) -> UnitRow:
    """One unit as it is now (a form reloads it after a colleague's save)."""
    found = _units(db, unit_id)
    if not found:
        raise NotFound("Cette unité n'existe plus.")
    return found[0]


def _units(db: Database, only: int | None = None) -> list[UnitRow]:
    parent = aliased(Unit)
    query = (
        sa.select(Unit.id, Unit.kind, Unit.name, Unit.code, Unit.force, Unit.parent_id,
                  parent.name, Unit.phone, Unit.email, Unit.row_version)
        .outerjoin(parent, parent.id == Unit.parent_id)
        .order_by(Unit.force, Unit.name)
    )
    if only is not None:
        query = query.where(Unit.id == only)
    with db.reading() as session:
        return [
            UnitRow(r[0], r[1], r[2], r[3], r[4].label, r[5], r[6], r[7], r[8], r[9])
            for r in session.execute(query)
        ]


def save_unit(db: Database, draft: UnitDraft, unit_id: int | None = None, *,
              seen_version: int | None = None) -> Saved:
    """Create (``unit_id`` None) or update a unit; returns its id. ``seen_version``: the
    unit's ``row_version`` as the form showed it; a colleague's save since refuses this one
    (``ConcurrentEdit``)."""
    name = draft.name.strip()
    if not name:
        raise ValidationError("name", "Indiquez le nom de l'unité.")
    phone = parse_phone(draft.phone) if draft.phone.strip() else None
    email = _email(draft.email)
    with db.unit_of_work() as uow:
        unit = _unit(uow, unit_id) if unit_id is not None else Unit(force=draft.force)
        if unit_id is not None:
            expect_version(uow.session, unit, seen_version)
        if draft.parent_id is not None:
            _check_parent(uow, unit_id, draft.parent_id)
        old = _unit_values(unit) if unit_id is not None else {}
        unit.kind, unit.name, unit.parent_id = draft.kind, name, draft.parent_id
        unit.force = draft.force
        unit.code = (draft.code or "").strip() or unit.code
        unit.phone, unit.email = phone, email
        uow.session.add(unit)
        uow.session.flush()
        new = _unit_values(unit)
        uow.audit("update" if unit_id else "create", "unit", unit.id,
                  {k: [old.get(k), v] for k, v in new.items() if old.get(k) != v})
        return Saved(unit.id, Changes.TERRITORY)


def _check_parent(uow: UnitOfWork, unit_id: int | None, parent_id: int) -> None:
    """A unit cannot be its own ancestor."""
    current: int | None = parent_id
    while current is not None:
        if current == unit_id:
            raise ValidationError("parent", "Une unité ne peut pas dépendre d'elle-même.")
        current = _unit(uow, current).parent_id


def _unit(uow: UnitOfWork, unit_id: int) -> Unit:
    unit = uow.session.get(Unit, unit_id)
    if unit is None:
        raise NotFound("Cette unité n'existe plus.")
    return unit


def _unit_values(unit: Unit) -> dict[str, object]:
    return {"kind": str(unit.kind), "name": unit.name, "parent_id": unit.parent_id,
            "phone": unit.phone, "email": unit.email}


def get_referent(db: Database, referent_id: int) -> ReferentRow:
    """One référent as they are now (a form reloads them after a colleague's save)."""
    found = list_referents(db, include_inactive=True, only=referent_id)
    if not found:
        raise NotFound("Ce référent n'existe plus.")
    return found[0]


def list_referents(db: Database, *, today: dt.date | None = None,
                   include_inactive: bool = False, only: int | None = None
                   ) -> list[ReferentRow]:
    from desktop.services.roster.lookup import valid_on

    day = today or dt.date.today()
    covered = (
        sa.select(sa.func.count()).where(Assignment.referent_id == Referent.id, *valid_on(day))
        .scalar_subquery()
    )
    query = (
        sa.select(Referent.id, Referent.first_name, Referent.last_name, Referent.role,
                  Referent.unit_id, Unit.name, Referent.phone, Referent.email,
                  Referent.verified_on, Referent.active, covered, Referent.mobile,
                  Referent.grade, Referent.row_version)
        .outerjoin(Unit, Unit.id == Referent.unit_id)
        .order_by(Referent.last_name, Referent.first_name)
    )
    if not include_inactive:
        query = query.where(Referent.active.is_(True))
    if only is not None:
        query = query.where(Referent.id == only)
    with db.reading() as session:
        cutoff = stale_cutoff(day, stale_months_in(session))
        return [ReferentRow(*row, stale=bool(row.active) and is_stale(row.verified_on, cutoff))
                for row in session.execute(query)]


def save_referent(db: Database, draft: ReferentDraft, referent_id: int | None = None, *,
                  seen_version: int | None = None) -> Saved:
    """Create or update a référent (phone validated and stored in E.164); returns its id.
    ``seen_version`` as ``save_unit``'s."""
    last = draft.last_name.strip()
    if not last:
        raise ValidationError("last_name", "Indiquez le nom du référent.")
    phone = parse_phone(draft.phone) if draft.phone.strip() else None
    mobile = None
    if draft.mobile and draft.mobile.strip():
        try:
            mobile = parse_phone(draft.mobile)
        except ValidationError as error:
            raise ValidationError("mobile", error.message) from None
    email = _email(draft.email)
    with db.unit_of_work() as uow:
        if draft.unit_id is not None:
            _unit(uow, draft.unit_id)
        if referent_id is None:
            referent = Referent(active=True)
            uow.session.add(referent)
            old: dict[str, object] = {}
        else:
            referent = _referent(uow, referent_id)
            expect_version(uow.session, referent, seen_version)
            old = _referent_values(referent)
        referent.first_name, referent.last_name = draft.first_name.strip(), last
        referent.role, referent.unit_id = draft.role, draft.unit_id
        referent.phone, referent.email = phone, email
        if draft.mobile is not None:
            referent.mobile = mobile
        if draft.grade is not None:
            referent.grade = draft.grade.strip() or None
        referent.verified_on = draft.verified_on or referent.verified_on
        uow.session.flush()
        new = _referent_values(referent)
        uow.audit("update" if referent_id else "create", "referent", referent.id,
                  {k: [old.get(k), v] for k, v in new.items() if old.get(k) != v})
        return Saved(referent.id, Changes.TERRITORY)


def mark_verified(db: Database, referent_id: int, on: dt.date | None = None) -> Changes:
    """The office checked the référent's details today: "à jour au" moves to ``on``, for the
    référent and the communes they cover now (the card shows the assignment's date)."""
    from desktop.services.roster.lookup import valid_on

    day = on or dt.date.today()
    with db.unit_of_work() as uow:
        referent = _referent(uow, referent_id)
        uow.audit("verify", "referent", referent_id,
                  {"verified_on": [_iso(referent.verified_on), day.isoformat()]})
        referent.verified_on = day
        uow.session.execute(
            sa.update(Assignment)
            .where(Assignment.referent_id == referent_id, *valid_on(day))
            .values(verified_on=day)
        )
    return Changes.TERRITORY


def _referent(uow: UnitOfWork, referent_id: int) -> Referent:
    referent = uow.session.get(Referent, referent_id)
    if referent is None:
        raise NotFound("Ce référent n'existe plus.")
    return referent


def _referent_values(referent: Referent) -> dict[str, object]:
    return {"first_name": referent.first_name, "last_name": referent.last_name,
            "role": str(referent.role), "unit_id": referent.unit_id,
            "phone": referent.phone, "mobile": referent.mobile, "grade": referent.grade,
            "email": referent.email, "verified_on": _iso(referent.verified_on)}


def _email(text: str) -> str | None:
    email = text.strip()
    if email and not _EMAIL.fullmatch(email):
        raise ValidationError("email", f"Courriel « {email} » invalide.")
    return email or None


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def ensure_distinct(old_id: int, new_id: int) -> None:
    if old_id == new_id:
        raise Conflict("Choisissez un autre référent que celui qui part.")
