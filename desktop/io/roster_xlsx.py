"""Export of the roster ("annuaire des référents") to an XLSX workbook, with openpyxl."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO

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
    French header row (frozen, with a filter), then one line per row; dates are real dates."""
    from openpyxl import Workbook  # heavy: imported when a workbook is written
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    day = as_of or date.today()
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None  # a new Workbook always has one sheet
    sheet.title = "Référents"
    sheet.cell(TITLE_ROW, 1, f"{title} — à jour au {french_date(day)}").font = Font(
        bold=True, size=13, color=_BLUE_FRANCE
    )
    header_fill = PatternFill("solid", fgColor=_LIGHT_BLUE)
    for index, (label, width) in enumerate(HEADER, start=1):
        cell = sheet.cell(HEADER_ROW, index, label)
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
        sheet.column_dimensions[get_column_letter(index)].width = width
    for offset, row in enumerate(rows, start=1):
        values = (
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
        )
        line = HEADER_ROW + offset
        for index, value in enumerate(values, start=1):
            if value:
                cell = sheet.cell(line, index)
                cell.value = value
                cell.data_type = "s"  # text stays text: "=…" or "+33…" is never a formula
        if row.verified_on is not None:
            cell = sheet.cell(line, len(HEADER), row.verified_on)
            cell.number_format = _DATE_FORMAT
    last = get_column_letter(len(HEADER))
    sheet.freeze_panes = sheet.cell(HEADER_ROW + 1, 1)
    sheet.auto_filter.ref = f"A{HEADER_ROW}:{last}{HEADER_ROW + max(len(rows), 1)}"
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    workbook.properties.title = title
    workbook.properties.creator = "Égide"
    workbook.save(path_or_stream)  # openpyxl writes to a path or a binary stream
