"""The plain records the practitioner services return (never live ORM objects), and the
commune picker's search."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from desktop.io.insee import normalise_name
from desktop.io.phones import display_phone
from desktop.models.contacts import Practitioner
from desktop.models.enums import Civility, ForceZone, Profession
from desktop.models.territory import Commune, PostalCode
from desktop.services.vault.database import Database


@dataclass(frozen=True)
class PractitionerSummary:
    """One line of a picker or a list."""

    id: int
    civility: Civility | None
    first_name: str
    last_name: str
    profession: Profession
    specialty: str | None
    rpps: str | None
    commune_id: int | None
    commune_name: str | None
    commune_insee: str | None
    force_zone: ForceZone | None
    phone: str | None
    """E.164."""

    @property
    def display_name(self) -> str:
        """"Dr"-free, as the forces and the Ordre write it: "Mme Bénédicte MARTIN"."""
        civility = f"{self.civility.label} " if self.civility else ""
        return f"{civility}{self.first_name} {self.last_name.upper()}"

    @property
    def profession_text(self) -> str:
        if self.specialty:
            return f"{self.profession.label} ({self.specialty})"
        return self.profession.label

    @property
    def phone_text(self) -> str:
        return display_phone(self.phone) if self.phone else ""


@dataclass(frozen=True)
class PractitionerDetail(PractitionerSummary):
    """Everything the form shows."""

    practice_address: str | None
    mobile_phone: str | None
    email: str | None
    row_version: int = 1
    """The record's save counter as read: the form hands it back so that a colleague's save
    in between refuses this one (``ConcurrentEdit``)."""

    @property
    def phones(self) -> tuple[str, ...]:
        """The E.164 numbers on record, practice phone first."""
        return tuple(number for number in (self.phone, self.mobile_phone) if number)


@dataclass(frozen=True)
class CommuneChoice:
    id: int
    insee_code: str
    name: str
    postal_code: str | None
    force_zone: ForceZone | None

    @property
    def text(self) -> str:
        postal = f"{self.postal_code} " if self.postal_code else ""
        return f"{postal}{self.name} ({self.insee_code})"


def summary_columns() -> sa.Select[*tuple[Any, ...]]:
    return sa.select(
        Practitioner.id, Practitioner.civility, Practitioner.first_name, Practitioner.last_name,
        Practitioner.profession, Practitioner.specialty, Practitioner.rpps,
        Practitioner.commune_id, Commune.name.label("commune_name"),
        Commune.insee_code.label("commune_insee"), Commune.force_zone,
        Practitioner.phone, Commune.search_key.label("commune_key"),
    ).outerjoin(Commune, Practitioner.commune_id == Commune.id)


def summary_of(row: sa.Row[Any]) -> PractitionerSummary:
    return PractitionerSummary(
        row.id, row.civility, row.first_name, row.last_name, row.profession, row.specialty,
        row.rpps, row.commune_id, row.commune_name, row.commune_insee, row.force_zone, row.phone,
    )


def detail_of(practitioner: Practitioner) -> PractitionerDetail:
    commune = practitioner.commune
    return PractitionerDetail(
        practitioner.id, practitioner.civility, practitioner.first_name, practitioner.last_name,
        practitioner.profession, practitioner.specialty, practitioner.rpps,
        practitioner.commune_id, commune.name if commune else None,
        commune.insee_code if commune else None, commune.force_zone if commune else None,
        practitioner.phone, practitioner.practice_address, practitioner.mobile_phone,
        practitioner.email, practitioner.row_version,
    )


def find_communes(db: Database, text: str, limit: int = 20) -> list[CommuneChoice]:
    """Communes for the picker: by INSEE code ("77288"), postal code ("77000") or the start of
    the name, accents ignored ("mel" → Melun, "ST PIERRE" → Saint-Pierre-lès-Nemours)."""
    query = text.strip()
    if not query:
        return []
    postal = (
        sa.select(sa.func.min(PostalCode.code))
        .where(PostalCode.commune_id == Commune.id)
        .correlate(Commune)
        .scalar_subquery()
    )
    statement = sa.select(Commune.id, Commune.insee_code, Commune.name, postal.label("postal"),
                          Commune.force_zone)
    if query[:1].isdigit() or query.upper()[:2] in {"2A", "2B"}:
        code = query.upper().replace(" ", "")
        served = sa.select(PostalCode.commune_id).where(PostalCode.code.startswith(code))
        statement = statement.where(
            sa.or_(Commune.insee_code.startswith(code), Commune.id.in_(served))
        ).order_by(Commune.insee_code)
    else:
        key = normalise_name(query)
        if not key:
            return []
        statement = statement.where(Commune.search_key.startswith(key)).order_by(
            Commune.search_key
        )
    with db.reading() as session:
        rows = session.execute(statement.limit(limit)).all()
    return [CommuneChoice(r.id, r.insee_code, r.name, r.postal, r.force_zone) for r in rows]
