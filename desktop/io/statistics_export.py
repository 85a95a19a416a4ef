"""The dashboard's figures as CSV (``;``, UTF-8 with BOM, as French spreadsheets expect) or
XLSX. Takes rows already passed through small-count suppression: values are text."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

HEADER = ("Rubrique", "Libellé", "Valeur")


def to_csv(rows: Sequence[tuple[str, str, str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx(rows: Sequence[tuple[str, str, str]], title: str = "Statistiques") -> bytes:
    from desktop.io.xlsx import workbook_bytes, write_row

    def fill(workbook: Any) -> None:
        sheet = workbook.add_worksheet(title[:31])
        bold = workbook.add_format({"bold": True})
        for column, label in enumerate(HEADER):
            sheet.write_string(0, column, label, bold)
        for line, (section, label, value) in enumerate(rows, start=1):
            number = value.replace("\u202f", "").replace(" ", "")
            write_row(sheet, line, (section, label, int(number) if number.isdigit() else value),
                      formats={})
        for column, width in enumerate((42, 40, 12)):
            sheet.set_column(column, column, width)

    return workbook_bytes(fill, title=title)
