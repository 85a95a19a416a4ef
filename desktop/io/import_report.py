"""An import's per-line report as a CSV the office opens in its spreadsheet (UTF-8 with a BOM,
``;``-separated: what Excel on a French PC reads without asking)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

REPORT_HEADER = ("Ligne", "Statut", "Motif")


def report_csv(lines: Iterable[tuple[int, str, str]]) -> bytes:
    """``(line, status, reason)`` rows under "Ligne;Statut;Motif"; line 0 (the whole file)
    is written empty."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(REPORT_HEADER)
    for line, status, reason in lines:
        writer.writerow((line or "", status, reason))
    return buffer.getvalue().encode("utf-8-sig")
