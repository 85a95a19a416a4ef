"""Export the partners' contacts: vCard 4.0 (one card per person) and XLSX (one row per
person and current function)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from desktop.io.phones import display_phone
from desktop.io.vcard import VCardContact, write_vcards
from desktop.models.contacts import Person, Position, Tenure
from desktop.services.signatories.records import display_name, gendered_title
from desktop.services.vault.database import Database


@dataclass(frozen=True)
class Contact:
    person_id: int
    civility: str | None
    first_name: str
    last_name: str
    email: str | None
    phone: str | None
    functions: tuple[tuple[str, str, dt.date], ...]
    """(organisation, gendered title, since) of the functions held on the export date."""


XLSX_HEADERS = ("Civilité", "Prénom", "Nom", "Fonction", "Organisation", "Depuis le",
                "Courriel", "Téléphone")


def contacts(db: Database, on: dt.date | None = None) -> tuple[Contact, ...]:
    """Every person, with the functions they hold on ``on`` (today)."""
    day = on or dt.date.today()
    with db.reading() as session:
        people = session.scalars(
            sa.select(Person)
            .options(selectinload(Person.tenures).selectinload(Tenure.position)
                     .selectinload(Position.organisation))
            .order_by(Person.last_name, Person.first_name)
        )
        result = []
        for person in people:
            current = sorted(
                (t for t in person.tenures
                 if t.started_on <= day and (t.ended_on is None or day <= t.ended_on)),
                key=lambda t: t.started_on,
            )
            functions = tuple(
                (t.position.organisation.name,
                 gendered_title(t.position.title, t.position.title_feminine, person.civility),
                 t.started_on)
                for t in current
            )
            result.append(Contact(
                person.id, person.civility.label if person.civility else None,
                person.first_name, person.last_name, person.email, person.phone, functions,
            ))
    return tuple(result)


def export_vcard(db: Database, on: dt.date | None = None) -> bytes:
    cards = [
        VCardContact(
            first_name=c.first_name, last_name=c.last_name, prefix=c.civility,
            functions=tuple((org, title) for org, title, _since in c.functions),
            email=c.email, phone=c.phone, uid=f"urn:egide:person:{c.person_id}",
            formatted_name=display_name(c.first_name, c.last_name),
        )
        for c in contacts(db, on)
    ]
    return write_vcards(cards)


def export_xlsx(db: Database, on: dt.date | None = None) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Contacts"
    sheet.append(XLSX_HEADERS)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for c in contacts(db, on):
        phone = display_phone(c.phone) if c.phone else None
        for organisation, title, since in c.functions or ((None, None, None),):
            sheet.append((c.civility, c.first_name, c.last_name, title, organisation, since,
                          c.email, phone))
            if since is not None:
                sheet.cell(sheet.max_row, 6).number_format = "DD/MM/YYYY"
    for column, width in zip("ABCDEFGH", (9, 14, 20, 60, 50, 12, 36, 16), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
