"""Cases as the committee may see them (DOMAIN.md §4): reference, profession, commune, dates,
a facts summary built from the coded fields only (never the free narrative, which may hold
names), status. The exact words only when the office ticks the option. No name, no phone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.documents.committee_data import PseudoCase
from desktop.models.cases import Case, CaseVictim


def _summary(case: Case) -> str:
    parts = [", ".join(sorted(t.incident_type.label for t in case.types)) or "Faits non typés"]
    if case.place:
        parts.append(f"lieu : {case.place.label.lower()}")
    if case.setting:
        parts.append(case.setting.label.lower())
    if case.authors:
        kinds = sorted({a.kind.label.lower() for a in case.authors})
        parts.append(f"auteur(s) : {', '.join(kinds)}")
    if case.motive:
        parts.append(f"motif : {case.motive.label.lower()}")
    if case.itt_days:
        parts.append(f"ITT : {case.itt_days} jour(s)")
    if case.weapon:
        parts.append("avec arme")
    if case.complaints:
        parts.append("suites : " + ", ".join(sorted({c.kind.label.lower()
                                                      for c in case.complaints})))
    return " ; ".join(parts) + "."


def pseudonymised_cases(
    session: Session, case_ids: Sequence[int], *, exact_words: bool = False
) -> tuple[PseudoCase, ...]:
    if not case_ids:
        return ()
    cases = session.scalars(
        select(Case).where(Case.id.in_(list(case_ids)))
        .options(selectinload(Case.types), selectinload(Case.authors),
                 selectinload(Case.complaints), selectinload(Case.commune),
                 selectinload(Case.victims).selectinload(CaseVictim.practitioner))
        .order_by(Case.occurred_at)
    ).all()
    result = []
    for case in cases:
        professions = sorted({v.practitioner.profession.label for v in case.victims})
        received = case.created_at.date() if case.created_at else case.occurred_at.date()
        result.append(PseudoCase(
            reference=case.reference, profession=", ".join(professions) or "—",
            commune=case.commune.name if case.commune else "—",
            occurred_on=case.occurred_at.date(), received_on=received,
            summary=_summary(case), status=case.status.label,
            exact_words=case.exact_words if exact_words and case.exact_words else None,
        ))
    return tuple(result)


def local(moment: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """A UTC timestamp in the office's time zone (``office_zone``), for documents."""
    return moment.astimezone(zone)
