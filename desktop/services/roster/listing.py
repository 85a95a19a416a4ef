"""The "Référents" page's list: the search as typed, within a coverage filter."""

from __future__ import annotations

from typing import Literal

from desktop.io.insee import normalise_name
from desktop.services.roster import coverage
from desktop.services.roster.lookup import find_communes
from desktop.services.roster.records import CommuneRow
from desktop.services.vault.database import Database

Filter = Literal["all", "uncovered", "stale", "mixte"]
FILTERS: tuple[Filter, ...] = ("all", "uncovered", "stale", "mixte")


def page_list(db: Database, text: str, which: Filter = "all", *,
              limit: int = 300) -> list[CommuneRow]:
    """Communes matching ``text`` (name prefix, postal or INSEE code) within the filter."""
    if which == "all":
        return find_communes(db, text, limit=limit)
    rows = {
        "uncovered": coverage.communes_without_referent,
        "stale": coverage.communes_of_stale_referents,
        "mixte": coverage.mixte_communes,
    }[which](db)
    return [row for row in rows if _matches(row, text)][:limit]


def _matches(row: CommuneRow, text: str) -> bool:
    raw = text.strip().upper().replace(" ", "")
    if not raw:
        return True
    if raw[:1].isdigit():
        return row.insee_code.startswith(raw) or any(
            code.startswith(raw) for code in row.postal_codes.split(", "))
    return normalise_name(row.name).startswith(normalise_name(text))
