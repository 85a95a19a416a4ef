"""The dashboard's figures as CSV (``;``, UTF-8 with BOM, as French spreadsheets expect) or
XLSX. Takes rows already passed through small-count suppression: values are text."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

HEADER = ("Rubrique", "Libellé", "Valeur")


def to_csv(rows: Sequence[tuple[str, str, str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx(rows: Sequence[tuple[str, str, str]], title: str = "Statistiques") -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append(HEADER)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for section, label, value in rows:
        number = value.replace("\u202f", "").replace(" ", "")
        sheet.append([section, label, int(number) if number.isdigit() else value])
    sheet.column_dimensions["A"].width = 42
    sheet.column_dimensions["B"].width = 40
    sheet.column_dimensions["C"].width = 12
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
