"""Read the first sheet of a workbook (XLSX) or a text table (CSV) as one ``TextTable``.

XLSX cells become text the way a user reads them: whole numbers without ".0", dates (and
date-times) as ISO dates "2026-03-01"; the line numbers are the sheet's row numbers.
"""

from __future__ import annotations

import zipfile
import zlib
from datetime import date, datetime, time
from pathlib import Path

from desktop.errors import ImportRejected
from desktop.io.textfile import TableBuilder, TextTable, check_header, read_table

XLSX_SUFFIXES = (".xlsx", ".xlsm")


def read_sheet(path: Path | str) -> TextTable:
    """A ``TextTable`` from an XLSX workbook (first sheet) or from a CSV-like text file."""
    file = Path(path)
    if file.suffix.lower() == ".xls":
        raise ImportRejected(
            f"Le fichier « {file.name} » est au format Excel 97-2003 (.xls), qui n'est pas lu : "
            "enregistrez-le au format .xlsx ou .csv."
        )
    if file.suffix.lower() in XLSX_SUFFIXES or _is_zip(file):
        return read_xlsx(file)
    return read_table(file)


def _is_zip(file: Path) -> bool:
    try:
        with file.open("rb") as handle:
            return handle.read(4) == b"PK\x03\x04"
    except OSError:
        return False


def read_xlsx(path: Path | str) -> TextTable:
    """The first worksheet of an XLSX file, read-only; the first non-empty row is the header."""
    from openpyxl import load_workbook  # heavy: imported when a workbook is read
    from openpyxl.utils.exceptions import InvalidFileException

    file = Path(path)
    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    except FileNotFoundError:
        raise ImportRejected(f"Le fichier « {file.name} » est introuvable ({file.parent}).") \
            from None
    except (PermissionError, IsADirectoryError) as error:
        from desktop.io.oserror import os_error_clause

        raise ImportRejected(
            f"Le fichier « {file.name} » ne peut pas être lu : {os_error_clause(error)}."
        ) from None
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError, ValueError,
            SyntaxError, EOFError, zlib.error):  # SyntaxError: the XML parsers' errors
        raise ImportRejected(
            f"Le fichier « {file.name} » n'est pas un classeur XLSX lisible (ce n'est pas un "
            "tableur, ou il est endommagé) : enregistrez-le au format .xlsx ou .csv."
        ) from None
    try:
        sheet = workbook.worksheets[0] if workbook.worksheets else None
        if sheet is None:
            raise ImportRejected(f"Le classeur « {file.name} » ne contient aucune feuille.")
        builder = TableBuilder()
        for number, cells in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1):
            builder.add(number, tuple(cell_text(cell) for cell in cells))
    except ImportRejected:
        raise
    except Exception:  # noqa: BLE001 - a damaged sheet fails deep in zlib or the XML parser
        raise ImportRejected(
            f"Le classeur « {file.name} » est endommagé : sa première feuille ne peut pas être "
            "lue. Rouvrez-le dans votre tableur et enregistrez-le de nouveau."
        ) from None
    finally:
        workbook.close()
    header, rows = builder.finish()
    if header is None:
        raise ImportRejected(f"La première feuille du classeur « {file.name} » est vide.")
    check_header(file.name, header)
    return TextTable(file.name, "xlsx", "", header, rows, builder.found_preamble(),
                     builder.header_line)


def cell_text(value: object) -> str:
    """A cell value as the text a user sees (trimmed)."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return "VRAI" if value else "FAUX"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
