"""The 17 pre-registration list sent to the police or the gendarmerie: CSV or XLSX bytes.

Only what the force needs to recognise a 17 call from the number (data minimisation): civility,
names, profession, phone numbers in the national format, practice address and commune, and the
date of the written consent. Nothing else (no RPPS, no e-mail, no internal id) leaves the vault.

Cells that a spreadsheet would read as a formula (starting with ``=``, ``+``, ``-`` or ``@``)
are written as text with a leading apostrophe, so a hostile value cannot run in the force's
spreadsheet (CSV injection).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

HEADERS = (
    "Civilité", "Nom", "Prénom", "Profession", "Téléphone(s)", "Adresse d'exercice",
    "Commune", "Date du consentement écrit",
)  # fmt: skip
PHONE_SEPARATOR = " / "
FORMATS = {".csv": "csv", ".xlsx": "xlsx"}
"""File extension → format."""
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class PreregistrationLine:
    civility: str
    last_name: str
    first_name: str
    profession: str
    phones: tuple[str, ...]
    """Already in the national format ("01 99 00 12 34")."""
    practice_address: str
    commune: str
    consent_on: dt.date

    def cells(self) -> tuple[str, ...]:
        return (
            self.civility, self.last_name.upper(), self.first_name, self.profession,
            PHONE_SEPARATOR.join(self.phones), self.practice_address, self.commune,
        )


def _safe(value: str) -> str:
    return f"'{value}" if value.startswith(_FORMULA_START) else value


def write_csv(lines: Sequence[PreregistrationLine]) -> bytes:
    """Semicolon-separated UTF-8 with a byte order mark: opens as-is in a French Excel."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADERS)
    for line in lines:
        writer.writerow([*map(_safe, line.cells()), line.consent_on.strftime("%d/%m/%Y")])
    return buffer.getvalue().encode("utf-8-sig")


def write_xlsx(lines: Sequence[PreregistrationLine], title: str = "Pré-enregistrement 17") -> bytes:
    """One sheet, a bold header row, real dates shown as JJ/MM/AAAA, columns sized to fit."""
    from desktop.io.xlsx import DATE_FORMAT, Cell, fitted_widths, workbook_bytes, write_row

    rows: list[tuple[Cell, ...]] = [
        (*map(_safe, line.cells()), line.consent_on) for line in lines
    ]

    def fill(workbook: Any) -> None:
        sheet = workbook.add_worksheet(title[:31])
        formats = {"date": workbook.add_format({"num_format": DATE_FORMAT})}
        bold = workbook.add_format({"bold": True})
        for column, label in enumerate(HEADERS):
            sheet.write_string(0, column, label, bold)
        for number, row in enumerate(rows, start=1):
            write_row(sheet, number, row, formats=formats)
        for column, width in enumerate(fitted_widths([HEADERS, *rows])):
            sheet.set_column(column, column, width)
        sheet.freeze_panes(1, 0)

    return workbook_bytes(fill, title=title)


def write(lines: Sequence[PreregistrationLine], fmt: str) -> bytes:
    """``fmt`` is "csv" or "xlsx"."""
    if fmt == "csv":
        return write_csv(lines)
    if fmt == "xlsx":
        return write_xlsx(lines)
    raise ValueError(f"unknown export format {fmt!r}")


def save_export(path: Path, data: bytes) -> None:
    """The list written whole or not at all (``desktop.files.write_private``); a failure says that
    nothing was recorded as sent."""
    from desktop.errors import EgideError
    from desktop.files import write_private

    try:
        write_private(path, data)
    except OSError as error:
        from desktop.io.oserror import os_error_clause

        raise EgideError(f"Impossible d'écrire « {path} » : {os_error_clause(error)}. "
                         "Rien n'a été enregistré comme envoyé.") from None
