"""The "Référents" page's list: the search as typed, within a coverage filter."""

from __future__ import annotations

from typing import Literal

from desktop.io.insee import normalise_name
from desktop.services.roster import coverage
from desktop.services.roster.lookup import search_communes
from desktop.services.roster.matching import Query, parse
from desktop.services.roster.records import CommuneRow, CommuneSearch
from desktop.services.vault.database import Database

Filter = Literal["all", "uncovered", "stale", "mixte"]
FILTERS: tuple[Filter, ...] = ("all", "uncovered", "stale", "mixte")


def page_search(db: Database, text: str, which: Filter = "all", *,
                limit: int = 300) -> CommuneSearch:
    """Communes matching ``text`` (any word of the name or of a lieu-dit, postal or INSEE
    code) within the filter, with their total; a close spelling when none matches."""
    if which == "all":
        return search_communes(db, text, limit=limit)
    rows = {
        "uncovered": coverage.communes_without_referent,
        "stale": coverage.communes_of_stale_referents,
        "mixte": coverage.mixte_communes,
    }[which](db)
    query = parse(text)
    found = [row for row in rows if _matches(row, query)]
    return CommuneSearch(text, tuple(found[:limit]), len(found))


def _matches(row: CommuneRow, query: Query) -> bool:
    """The search's rule on a row already loaded: every code, every word of the name (the
    last one as a prefix). Lieux-dits are not searched within a filter."""
    postal = row.postal_codes.split(", ")
    for code in query.codes:
        if not (row.insee_code.startswith(code) or any(c.startswith(code) for c in postal)):
            return False
    if not query.prefix:
        return True
    words = normalise_name(row.name).split()
    return all(word in words for word in query.words) and any(
        word.startswith(query.prefix) for word in words)
