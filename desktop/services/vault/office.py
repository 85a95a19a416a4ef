"""The office identity printed on every document: département, préfecture, préfet's title,
the bureau under the bloc-marque, the postal address (street, postal code, town), the
office's phone and e-mail (the ICS organiser, the fiche's return address) and its logo."""

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
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
DEFAULT_BUREAU = "Cabinet du préfet\nBureau de la sécurité intérieure"
LOGO_TYPES = {b"\x89PNG\r\n\x1a\n": "PNG", b"\xff\xd8\xff": "JPEG"}


@dataclass(frozen=True)
class OfficeIdentity:
    department_code: str
    department_name: str
    prefecture_name: str
    prefet_title: str
    address: str = ""
    """The street address: "12 rue des Saints-Pères" (one line per line of the address)."""
    city: str = ""
    """The town: of the postal address, and "Fait à Melun"."""
    phone: str = ""
    """E.164 once saved ("+33164717529"); typed the French way."""
    email: str = ""
    bureau: str = ""
    """The service under the bloc-marque, one line per level ("Cabinet du préfet\nBureau de
    la sécurité intérieure"); the documents print that default when it is empty."""
    postal_code: str = ""

    @property
    def bureau_lines(self) -> str:
        """The bureau as printed under the bloc-marque (the default when none is given)."""
        return self.bureau or DEFAULT_BUREAU

    @property
    def postal_address(self) -> tuple[str, ...]:
        """The lines of the office's address for a letter: préfecture, bureau, street,
        postal code and town (empty lines left out)."""
        town = " ".join(filter(None, (self.postal_code, self.city.upper())))
        return tuple(filter(None, (self.prefecture_name, *self.bureau_lines.splitlines(),
                                   *self.address.splitlines(), town)))

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


def zone_of(db: Database) -> dt.tzinfo:
    """The office's zone for a caller holding the database (the commands)."""
    with db.reading() as session:
        return office_zone(session)


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
    cleaned["bureau"] = "\n".join(
        line.strip() for line in cleaned["bureau"].replace(" / ", "\n").splitlines()
        if line.strip())
    if cleaned["phone"]:
        from desktop.io.phones import parse_phone

        try:
            cleaned["phone"] = parse_phone(cleaned["phone"])
        except ValidationError as error:
            raise ValidationError("phone", error.message) from None
    if cleaned["email"] and not _EMAIL.fullmatch(cleaned["email"]):
        raise ValidationError("email", f"Courriel « {cleaned['email']} » invalide.")
    postal = cleaned["postal_code"]
    if postal and not (len(postal) == 5 and postal.isdigit()):
        raise ValidationError("postal_code",
                              f"Code postal « {postal} » invalide (5 chiffres attendus).")
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


def save_office(db: Database, identity: OfficeIdentity, *, logo: bytes | None = None,
                remove_logo: bool = False) -> Changes:
    """Save every field of ``identity`` (a field left empty is saved empty: build the
    identity from the current one); ``logo`` replaces the logo, ``remove_logo`` removes it."""
    identity = validate(identity)
    if logo is not None:
        check_logo(logo)
    with db.unit_of_work() as uow:
        write_office(uow, identity)
        if logo is not None or remove_logo:
            from desktop.models.settings import OfficeSettings

            row = uow.session.get(OfficeSettings, 1)
            assert row is not None  # written just above
            uow.audit("update", "office_settings", 1, {
                "logo": [f"{len(row.logo)} octets" if row.logo else None,
                         f"{len(logo)} octets" if logo else None]})
            row.logo = logo
    return Changes.OFFICE


def check_logo(data: bytes) -> str:
    """"PNG", "JPEG" or "SVG"; anything else, or an SVG that is damaged or does more than
    draw (``desktop.documents.svg_logo``), is refused in one French sentence."""
    from desktop.documents.svg_logo import check_svg, is_svg

    for magic, kind in LOGO_TYPES.items():
        if data.startswith(magic):
            _check_bitmap(data, kind)
            return kind
    if is_svg(data):
        check_svg(data)
        return "SVG"
    raise ValidationError("logo", "Le logo doit être une image PNG, JPEG ou SVG.")


MAX_LOGO_PIXELS = 4_000 * 4_000


def _check_bitmap(data: bytes, kind: str) -> None:
    """A PNG or JPEG logo is decoded whole once, when it is chosen: a truncated or damaged file
    (its first bytes are enough to look like an image) would otherwise stop every document."""
    import io

    from PIL import Image

    try:
        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > MAX_LOGO_PIXELS:
                raise ValidationError(
                    "logo", f"Le logo doit être une image de taille raisonnable : celle-ci "
                            f"mesure {width} × {height} pixels.")
            image.load()
    except ValidationError:
        raise
    except Exception:  # PIL raises many kinds for a damaged file; each means "unreadable"
        raise ValidationError(
            "logo", f"Le logo doit être une image {kind} lisible : celle-ci est tronquée ou "
                    "endommagée.") from None


def office_logo(db: Database) -> bytes | None:
    from desktop.models.settings import OfficeSettings

    with db.reading() as session:
        row = session.get(OfficeSettings, 1)
        return row.logo if row is not None else None


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
        bureau=row.bureau or "",
        postal_code=row.postal_code or "",
    )
