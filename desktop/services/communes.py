"""Loading communes and postal codes into the vault (all-or-nothing, with a per-line report)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa

from desktop.errors import ImportRejected
from desktop.io.communes import CommuneRecord, PostalCodeRecord
from desktop.io.insee import normalise_name
from desktop.io.report import ParseResult
from desktop.models.territory import Commune, PostalCode
from desktop.services.database import UnitOfWork


@dataclass(frozen=True)
class CommuneImportSummary:
    added: int
    updated: int
    postal_codes: int


def refuse_if_rejected(result: ParseResult[Any], what: str) -> None:
    """All-or-nothing: one rejected line refuses the whole file, with every reason listed."""
    if result.rejects:
        lines = len(result.rejected_lines)
        raise ImportRejected(
            f"Import {what} refusé : {lines} ligne(s) rejetée(s), rien n'a été modifié.",
            result.report(),
        )


def load_communes(
    uow: UnitOfWork, records: Iterable[CommuneRecord], *, source: str, vintage: str
) -> CommuneImportSummary:
    """Insert or update communes by INSEE code, with their postal codes (one unit of work)."""
    session = uow.session
    existing = {c.insee_code: c for c in session.scalars(sa.select(Commune))}
    added = updated = postal = 0
    for record in records:
        commune = existing.get(record.insee_code)
        if commune is None:
            commune = Commune(insee_code=record.insee_code)
            session.add(commune)
            existing[record.insee_code] = commune
            added += 1
        else:
            updated += 1
        commune.name = record.name
        commune.search_key = normalise_name(record.name)
        commune.department = record.department
        commune.arrondissement = record.arrondissement
        commune.population = record.population
        commune.source = source
        commune.vintage = vintage
        known = {p.code for p in commune.postal_codes}
        for code in record.postal_codes:
            if code not in known:
                commune.postal_codes.append(PostalCode(code=code, ligne_5=""))
                known.add(code)
                postal += 1
    uow.audit(
        "import", "commune", None,
        {"source": [None, source], "added": [None, added], "updated": [None, updated]},
    )
    return CommuneImportSummary(added, updated, postal)


def load_postal_codes(uow: UnitOfWork, records: Iterable[PostalCodeRecord]) -> int:
    """Add La Poste's postal codes (with their ``Ligne_5`` locality) to known communes."""
    session = uow.session
    communes = {c.insee_code: c for c in session.scalars(sa.select(Commune))}
    existing = {
        (row.commune_id, row.code, row.ligne_5)
        for row in session.scalars(sa.select(PostalCode))
    }
    added = 0
    for record in records:
        commune = communes.get(record.insee_code)
        if commune is None:
            continue
        line5 = record.locality_line5 or ""
        if (commune.id, record.postal_code, line5) in existing:
            continue
        session.add(PostalCode(commune_id=commune.id, code=record.postal_code, ligne_5=line5))
        existing.add((commune.id, record.postal_code, line5))
        added += 1
    uow.audit("import", "postal_code", None, {"added": [None, added]})
    return added
