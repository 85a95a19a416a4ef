"""Writing XLSX workbooks in memory, with XlsxWriter.

openpyxl writes every worksheet through a ``NamedTemporaryFile`` in the system temp folder
(names and phone numbers in plain XML, deleted afterwards but readable meanwhile and left on
disk by a crash). XlsxWriter with ``in_memory`` writes nothing but the bytes it returns.
openpyxl stays for *reading* imports. Text is always written as text: a value starting with
``=`` never becomes a formula, ``+33…`` never a number.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Callable, Sequence
from typing import Any

DATE_FORMAT = "DD/MM/YYYY"
Cell = str | int | float | dt.date | None


def workbook_bytes(fill: Callable[[Any], None], *, title: str = "") -> bytes:
    """A new in-memory workbook handed to ``fill(workbook)``, returned as the file's bytes."""
    from xlsxwriter import Workbook  # heavy-ish: imported when a workbook is written

    buffer = io.BytesIO()
    workbook = Workbook(buffer, {
        "in_memory": True,
        "strings_to_formulas": False,
        "strings_to_numbers": False,
        "strings_to_urls": False,
    })
    workbook.set_properties({"title": title, "author": "Égide"})
    fill(workbook)
    workbook.close()
    return buffer.getvalue()


def write_row(sheet: Any, row: int, values: Sequence[Cell], *, formats: dict[str, Any]) -> None:
    """One row from column A (0-based ``row``); ``None`` leaves the cell empty, dates use
    ``formats["date"]``, text ``formats.get("text")``."""
    for column, value in enumerate(values):
        if value is None or value == "":
            continue
        if isinstance(value, dt.date):
            moment = value if isinstance(value, dt.datetime) else dt.datetime(
                value.year, value.month, value.day)
            sheet.write_datetime(row, column, moment, formats["date"])
        elif isinstance(value, int | float):
            sheet.write_number(row, column, value, formats.get("text"))
        else:
            sheet.write_string(row, column, str(value), formats.get("text"))


def fitted_widths(rows: Sequence[Sequence[Cell]], *, least: int = 12, most: int = 60) -> list[int]:
    """Column widths that fit the longest value (dates count as 10 characters)."""
    widths: list[int] = []
    for row in rows:
        for column, value in enumerate(row):
            size = 10 if isinstance(value, dt.date) else len(str(value or ""))
            if column >= len(widths):
                widths.append(0)
            widths[column] = max(widths[column], size)
    return [min(max(width + 2, least), most) for width in widths]
