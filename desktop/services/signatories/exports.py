"""Export the partners' contacts: vCard 4.0 (one card per person) and XLSX (one row per
person and current function)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import selectinload

from desktop.io.phones import display_phone
from desktop.io.vcard import VCardContact, write_vcards
from desktop.models.contacts import Person, Position, Tenure
from desktop.services.signatories.records import display_name, gendered_title
from desktop.services.vault.database import Database

if TYPE_CHECKING:
    from desktop.io.xlsx import Cell


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
    from desktop.io.xlsx import DATE_FORMAT, workbook_bytes, write_row

    rows: list[tuple[Cell, ...]] = []
    for c in contacts(db, on):
        phone = display_phone(c.phone) if c.phone else None
        for organisation, title, since in c.functions or ((None, None, None),):
            rows.append((c.civility, c.first_name, c.last_name, title, organisation, since,
                         c.email, phone))

    def fill(workbook: Any) -> None:
        sheet = workbook.add_worksheet("Contacts")
        formats = {"date": workbook.add_format({"num_format": DATE_FORMAT})}
        bold = workbook.add_format({"bold": True})
        for column, label in enumerate(XLSX_HEADERS):
            sheet.write_string(0, column, label, bold)
        for number, row in enumerate(rows, start=1):
            write_row(sheet, number, row, formats=formats)
        for column, width in enumerate((9, 14, 20, 60, 50, 12, 36, 16)):
            sheet.set_column(column, column, width)
        sheet.freeze_panes(1, 0)
        sheet.autofilter(0, 0, len(rows), len(XLSX_HEADERS) - 1)

    return workbook_bytes(fill, title="Contacts")
