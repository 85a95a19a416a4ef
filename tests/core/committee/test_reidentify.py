"""Committee documents that do not re-identify: months, profession groups, the commune only
above 5,000 inhabitants (else the arrondissement), a warning on the cover with exact words."""

from __future__ import annotations

import re

import sqlalchemy as sa

from desktop.models.cases import Case
from desktop.models.enums import Profession
from desktop.models.territory import Commune
from desktop.services.committee import printing
from desktop.services.committee.pseudonymise import (
    month_of,
    place_of,
    profession_group,
    pseudonymised_cases,
)
from desktop.services.vault.database import Database
from tests.core.committee.test_documents import _text, meeting  # noqa: F401 - the fixture


def test_small_communes_become_their_arrondissement_and_days_become_months(
        db: Database, meeting: int) -> None:  # noqa: F811
    with db.reading() as session:
        case = session.scalars(sa.select(Case).where(Case.reference == "2026-0003")).one()
        day = case.occurred_at.date()
        [pseudo] = pseudonymised_cases(session, [case.id])
    assert re.fullmatch(r"Arrondissement d[eu' ]+[A-Z][^()]* \(77\d\)", pseudo.commune)
    assert pseudo.occurred == month_of(day) and re.fullmatch(r"[a-zéû]+\.? 2026", pseudo.occurred)
    text = _text(printing.dossier_pdf(db, meeting))
    assert pseudo.commune in text
    assert f"{day:%d/%m/%Y}" not in text
    assert "propos exacts rapportés" not in text
    with db.unit_of_work() as uow:
        for commune in uow.session.scalars(sa.select(Commune)):
            commune.population = 40_000
    text = _text(printing.dossier_pdf(db, meeting))
    assert "Melun" in text or "Provins" in text
    assert "Arrondissement d" not in text
    words = _text(printing.dossier_pdf(db, meeting, exact_words=True))
    assert "ATTENTION : ce dossier contient les propos exacts" in words


def test_groups_and_places() -> None:
    assert profession_group(Profession.SOS_MEDECINS) == "Médecin"
    assert profession_group(Profession.INFIRMIER) == "Auxiliaire médical ou autre"
    assert place_of(Commune(name="Crégy-lès-Meaux", population=4_900, arrondissement="771",
                            department="77")) == "Arrondissement de Meaux (771)"
    assert place_of(Commune(name="Meaux", population=56_000, arrondissement="771",
                            department="77")) == "Meaux"
    assert place_of(None) == "—"
