"""Cases as the committee may see them (DOMAIN.md §4): reference, profession group, place,
months, a facts summary built from the coded fields only (never the free narrative, which may
hold names), status. The exact words only when the office ticks the option. No name, no phone.

"Pharmacien, Crégy-lès-Meaux, 26/11/2026" names the pharmacist of a commune of a few thousand
people: so the commune is shown only above ``LARGE_COMMUNE`` inhabitants (else its
arrondissement), the profession by group, the dates by month."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.documents.committee_data import PseudoCase
from desktop.io.arrondissements import arrondissement_title
from desktop.models.cases import Case, CaseVictim, Complaint
from desktop.models.enums import Profession
from desktop.models.territory import Commune
from desktop.services.vault.office import office_zone

LARGE_COMMUNE = 5_000
"""Inhabitants above which a commune is named (INSEE population, bundled with the communes)."""
MONTH_NAMES = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.",
               "oct.", "nov.", "déc.")
"""Abbreviated as in the statistics (the cases table's date column is narrow)."""
PROFESSION_GROUPS = {
    Profession.MEDECIN_GENERALISTE: "Médecin",
    Profession.MEDECIN_SPECIALISTE: "Médecin",
    Profession.SOS_MEDECINS: "Médecin",
    Profession.CHIRURGIEN_DENTISTE: "Chirurgien-dentiste ou sage-femme",
    Profession.SAGE_FEMME: "Chirurgien-dentiste ou sage-femme",
    Profession.PHARMACIEN: "Pharmacien",
}
"""Everything else is an "Auxiliaire médical ou autre" (infirmier, kinésithérapeute…)."""
OTHER_GROUP = "Auxiliaire médical ou autre"


def profession_group(profession: Profession) -> str:
    return PROFESSION_GROUPS.get(profession, OTHER_GROUP)


def place_of(commune: Commune | None) -> str:
    """The commune when it is large enough not to point at one person, else its
    arrondissement, named after its sub-prefecture ("Arrondissement de Meaux (771)")."""
    if commune is None:
        return "—"
    if (commune.population or 0) > LARGE_COMMUNE:
        return commune.name
    if commune.arrondissement:
        return arrondissement_title(commune.arrondissement)
    return f"Département {commune.department}"


def month_of(day: dt.date) -> str:
    return f"{MONTH_NAMES[day.month - 1]} {day.year}"


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
        parts.append("suites : " + ", ".join(sorted({_complaint(c) for c in case.complaints})))
    return " ; ".join(parts) + "."


def _complaint(complaint: Complaint) -> str:
    """"plainte déposée par l'ordre (sur rendez-vous, plaignant informé des suites)": how
    article 6 was applied, nothing that names anyone (no address, no service, no number)."""
    details = [complaint.modality.label.lower()] if complaint.modality else []
    if complaint.informed_on is not None:
        details.append("plaignant informé des suites")
    label = complaint.kind.label.lower()
    return f"{label} ({', '.join(details)})" if details else label


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
    zone = office_zone(session)
    result = []
    for case in cases:
        professions = sorted({profession_group(v.practitioner.profession)
                              for v in case.victims})
        received = case.created_at if case.created_at else case.occurred_at
        result.append(PseudoCase(
            reference=case.reference, profession=", ".join(professions) or "—",
            commune=place_of(case.commune),
            occurred=month_of(local(case.occurred_at, zone).date()),
            received=month_of(local(received, zone).date()),
            summary=_summary(case), status=case.status.label,
            exact_words=case.exact_words if exact_words and case.exact_words else None,
        ))
    return tuple(result)


def local(moment: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """A UTC timestamp in the office's time zone (``office_zone``), for documents."""
    return moment.astimezone(zone)
