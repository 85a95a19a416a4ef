"""The main window's search field: one query per domain, a few labelled hits each.

Each finder returns ``SearchResult``s (a label for the list and the key the page needs to
show the item); the UI runs them together on the worker and lists them by section.
"""

from __future__ import annotations

import re

from desktop.services.search.records import SearchResult
from desktop.services.vault.database import Database

HITS = 8
_REFERENCE = re.compile(r"^\d{4}-\d{1,6}$")




def communes(db: Database, text: str) -> list[SearchResult]:
    from desktop.services.roster.lookup import find_communes

    return [
        SearchResult(f"{row.name} ({row.insee_code}) — {row.postal_codes}", row.id)
        for row in find_communes(db, text, limit=HITS)
    ]


def cases(db: Database, text: str) -> list[SearchResult]:
    from desktop.services.cases import queries
    from desktop.services.cases.records import CaseFilter

    if _REFERENCE.match(text.strip()):
        found = queries.find_case_id(db, text.strip())
        return [SearchResult(text.strip(), found)] if found is not None else []
    page = queries.first_page(db, CaseFilter(text=text), limit=HITS)
    return [
        SearchResult(
            f"{row.reference} — {row.commune_name or '?'} — {row.occurred_at:%d/%m/%Y}", row.id
        )
        for row in page.rows
    ]


def practitioners(db: Database, text: str) -> list[SearchResult]:
    from desktop.io.phones import display_phone  # phonenumbers: 0.25 s, not at start-up
    from desktop.services.practitioners.directory import search_practitioners

    results = []
    for row in search_practitioners(db, text, limit=HITS):
        commune = f" — {row.commune_name}" if row.commune_name else ""
        phone = f" — {display_phone(row.phone)}" if row.phone else ""
        results.append(SearchResult(
            f"{row.first_name} {row.last_name}, {row.profession.label}{commune}{phone}",
            f"{row.first_name} {row.last_name}",
        ))
    return results


def people(db: Database, text: str) -> list[SearchResult]:
    from desktop.services.signatories.queries import search

    results = []
    for hit in search(db, text)[:HITS]:
        person = hit.person
        where = ", ".join(part for part in (hit.position_title, hit.organisation_name) if part)
        results.append(SearchResult(
            f"{person.first_name} {person.last_name}" + (f" — {where}" if where else ""),
            f"{person.first_name} {person.last_name}",
        ))
    return results
