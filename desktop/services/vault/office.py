"""The office identity printed on every document (département, préfecture, préfet's title)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, fields
from typing import Any

import sqlalchemy as sa

from desktop.errors import ValidationError
from desktop.io.departments import find_department, of_name
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database, UnitOfWork

_DEPARTMENT = re.compile(r"^(0[1-9]|[1-8][0-9]|9[0-5]|2A|2B|97[1-6])$")


@dataclass(frozen=True)
class OfficeIdentity:
    department_code: str
    department_name: str
    prefecture_name: str
    prefet_title: str
    address: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""

    @classmethod
    def for_department(cls, code: str, name: str | None = None) -> OfficeIdentity:
        """Defaults from the département's code alone: its name, "Préfecture du Var",
        "PRÉFET DU VAR", with the article INSEE gives the name (COG type of name).

        ``name`` replaces the known name (a user's spelling); the article then follows the
        name when it is a département's, else "de"/"d'" by its first letter.
        """
        known = find_department(code)
        name = (name or "").strip() or (known.name if known else code.strip())
        joined = of_name(name)
        return cls(
            department_code=code.strip().upper(),
            department_name=name,
            prefecture_name=f"Préfecture {joined}",
            prefet_title=f"PRÉFET {joined.upper()}",
        )

    @property
    def time_zone(self) -> str:
        """The département's time zone (Europe/Paris, America/Guadeloupe, Indian/Reunion…):
        every time the office reads or prints is in this zone."""
        known = find_department(self.department_code)
        return known.time_zone if known else "Europe/Paris"


def zone_named(name: str) -> dt.tzinfo:
    """The zone called ``name``; Europe/Paris when unknown, the computer's zone as a last resort
    (no time zone database on the machine)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    for candidate in (name, "Europe/Paris"):
        try:
            return ZoneInfo(candidate)
        except (ZoneInfoNotFoundError, ValueError):
            continue
    zone = dt.datetime.now().astimezone().tzinfo  # pragma: no cover
    return zone or dt.UTC  # pragma: no cover


def office_zone(session: Any) -> dt.tzinfo:
    """The office's time zone, inside a unit of work (documents print their times in it)."""
    code = session.execute(
        sa.text("SELECT department_code FROM office_settings WHERE id = 1")).scalar()
    known = find_department(code or "")
    return zone_named(known.time_zone if known else "Europe/Paris")


def validate(identity: OfficeIdentity) -> OfficeIdentity:
    code = identity.department_code.strip().upper()
    if not _DEPARTMENT.match(code):
        raise ValidationError(
            "department_code",
            f"Code de département « {identity.department_code} » invalide "
            "(exemples : 77, 2A, 974).",
        )
    for name, label in (
        ("department_name", "le nom du département"),
        ("prefecture_name", "le nom de la préfecture"),
        ("prefet_title", "le titre du préfet"),
    ):
        if not getattr(identity, name).strip():
            raise ValidationError(name, f"Indiquez {label}.")
    cleaned = {k: v.strip() for k, v in asdict(identity).items()}
    cleaned["department_code"] = code
    return OfficeIdentity(**cleaned)


def get_office(db: Database) -> OfficeIdentity | None:
    """Read with a plain statement: the home page shows it before the models are loaded."""
    columns = ", ".join(f.name for f in fields(OfficeIdentity))
    with db.vault.engine.connect() as connection:
        row = connection.execute(
            sa.text(f"SELECT {columns} FROM office_settings WHERE id = 1")
        ).mappings().first()
    if row is None:
        return None
    return OfficeIdentity(**{name: value or "" for name, value in row.items()})


def save_office(db: Database, identity: OfficeIdentity) -> Changes:
    identity = validate(identity)
    with db.unit_of_work() as uow:
        write_office(uow, identity)
    return Changes.OFFICE


def write_office(uow: UnitOfWork, identity: OfficeIdentity) -> None:
    """Within an existing unit of work (vault creation uses it)."""
    from desktop.models.settings import OfficeSettings

    row = uow.session.get(OfficeSettings, 1)
    old = _identity(row) if row is not None else None
    if row is None:
        row = OfficeSettings(id=1)
        uow.session.add(row)
    for name, value in asdict(identity).items():
        setattr(row, name, value)
    changes = {
        name: [getattr(old, name) if old else None, value]
        for name, value in asdict(identity).items()
        if old is None or getattr(old, name) != value
    }
    uow.audit("create" if old is None else "update", "office_settings", 1, changes)


def _identity(row: Any) -> OfficeIdentity:
    return OfficeIdentity(
        department_code=row.department_code or "",
        department_name=row.department_name or "",
        prefecture_name=row.prefecture_name or "",
        prefet_title=row.prefet_title or "",
        address=row.address or "",
        city=row.city or "",
        phone=row.phone or "",
        email=row.email or "",
    )
