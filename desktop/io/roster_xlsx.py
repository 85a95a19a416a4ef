"""Export of the roster ("annuaire des référents") to an XLSX workbook, built in memory."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from desktop.documents.typography import french_date
from desktop.io.phones import display_phone

HEADER = (
    ("Code INSEE", 11),
    ("Commune", 30),
    ("Codes postaux", 14),
    ("Arrondissement", 15),
    ("Force", 22),
    ("Unité", 45),
    ("Référent", 28),
    ("Rôle", 22),
    ("Téléphone", 18),
    ("Courriel", 36),
    ("Vérifié le", 12),
)
TITLE_ROW, HEADER_ROW = 1, 3
_BLUE_FRANCE = "000091"
_LIGHT_BLUE = "E3E3FD"
_DATE_FORMAT = "DD/MM/YYYY"


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One line of the roster: a commune and one of its référents (texts as they are shown:
    ``force`` "Gendarmerie nationale", ``unit_chain`` "BTA Rebais → Cie Coulommiers → GGD 77",
    ``phone`` already displayed "01 64 71 75 29" or E.164)."""

    commune_insee: str
    commune_name: str
    postal_codes: tuple[str, ...]
    arrondissement: str | None
    """As shown: "Toulon (832)" (``desktop.io.arrondissements.arrondissement_label``)."""
    force: str
    unit_chain: str
    referent_name: str | None
    role: str | None
    phone: str | None
    email: str | None
    verified_on: date | None


def write_roster_xlsx(
    rows: Sequence[RosterRow],
    path_or_stream: Path | str | IO[bytes],
    *,
    as_of: date | None = None,
    title: str = "Annuaire des référents sûreté",
) -> None:
    """Write the roster: a title line with "à jour au <date>" (``as_of``, default today), the
    French header row (frozen, with a filter), then one line per row; dates are real dates.
    Built in memory, then written privately (``desktop.files``) or into the stream."""
    data = roster_xlsx_bytes(rows, as_of=as_of, title=title)
    if isinstance(path_or_stream, str | Path):
        from desktop.files import write_private

        write_private(Path(path_or_stream), data)
    else:
        path_or_stream.write(data)


def roster_xlsx_bytes(
    rows: Sequence[RosterRow], *, as_of: date | None = None,
    title: str = "Annuaire des référents sûreté",
) -> bytes:
    day = as_of or date.today()
    lines = [
        (
            row.commune_insee,
            row.commune_name,
            ", ".join(row.postal_codes),
            row.arrondissement,
            row.force,
            row.unit_chain,
            row.referent_name,
            row.role,
            display_phone(row.phone) if row.phone else None,
            row.email,
            row.verified_on,
        )
        for row in rows
    ]

    return _titled_sheet_bytes(title, day, HEADER, lines)


REFERENT_HEADER = (
    ("NOM", 22),
    ("Prénom", 18),
    ("Rôle", 22),
    ("Grade", 18),
    ("Force", 8),
    ("Unité", 45),
    ("Tél. fixe", 16),
    ("Portable", 16),
    ("Mél", 36),
    ("Communes", 30),
    ("Noms des communes", 50),
    ("Vérifié le", 12),
)
"""The export's columns: the headings the référents import recognises by itself, so the
exported file imports back as it is ("Noms des communes" is for the reader; the codes of
"Communes" are what the import reads)."""


@dataclass(frozen=True, slots=True)
class ReferentExportRow:
    """One référent with the communes they cover (phones in E.164, shown the French way)."""

    last_name: str
    first_name: str
    role: str
    grade: str | None
    force: str | None
    unit: str | None
    phone: str | None
    mobile: str | None
    email: str | None
    commune_codes: tuple[str, ...]
    commune_names: tuple[str, ...]
    verified_on: date | None


def referents_xlsx_bytes(
    rows: Sequence[ReferentExportRow], *, as_of: date | None = None,
    title: str = "Référents et correspondants sûreté",
) -> bytes:
    """One line per référent under a title line "… — à jour au <date>"."""
    day = as_of or date.today()
    lines = [
        (row.last_name, row.first_name, row.role, row.grade, row.force, row.unit,
         display_phone(row.phone) if row.phone else None,
         display_phone(row.mobile) if row.mobile else None, row.email,
         ", ".join(row.commune_codes), ", ".join(row.commune_names), row.verified_on)
        for row in rows
    ]

    return _titled_sheet_bytes(title, day, REFERENT_HEADER, lines)


def _titled_sheet_bytes(title: str, day: date, header: Sequence[tuple[str, int]],
                        lines: Sequence[Sequence[Any]]) -> bytes:
    """One sheet "Référents": a title line "… — à jour au <date>", the header row (frozen,
    filtered, repeated on every printed page), then the lines; landscape, one page wide."""
    from desktop.io.xlsx import workbook_bytes, write_row

    def fill(workbook: Any) -> None:
        sheet = workbook.add_worksheet("Référents")
        heading = workbook.add_format({"bold": True, "font_size": 13,
                                       "font_color": f"#{_BLUE_FRANCE}"})
        head = workbook.add_format({"bold": True, "bg_color": f"#{_LIGHT_BLUE}",
                                    "pattern": 1, "valign": "vcenter", "text_wrap": True})
        formats = {"date": workbook.add_format({"num_format": _DATE_FORMAT})}
        sheet.write_string(TITLE_ROW - 1, 0, f"{title} — à jour au {french_date(day)}", heading)
        for index, (label, width) in enumerate(header):
            sheet.write_string(HEADER_ROW - 1, index, label, head)
            sheet.set_column(index, index, width)
        for offset, line in enumerate(lines):
            write_row(sheet, HEADER_ROW + offset, line, formats=formats)
        sheet.freeze_panes(HEADER_ROW, 0)
        sheet.autofilter(HEADER_ROW - 1, 0, HEADER_ROW - 1 + max(len(lines), 1),
                         len(header) - 1)
        sheet.repeat_rows(HEADER_ROW - 1)
        sheet.set_landscape()
        sheet.fit_to_pages(1, 0)

    return workbook_bytes(fill, title=title)
