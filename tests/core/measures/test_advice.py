"""The advice register: a request, the référent from the roster, the outcome, the letter."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import TransitionRefused, ValidationError
from desktop.models.enums import AdviceKind
from desktop.services.measures import advice
from desktop.services.measures.records import AdviceInput, AdviceStatus, referent_choices
from desktop.services.vault import audit_log
from desktop.services.vault.database import Database

from ..documents.pdf_checks import page_texts
from .conftest import make_practitioner

TODAY = dt.date(2026, 11, 20)


def test_request_assign_and_done(territory: Database) -> None:
    practitioner = make_practitioner(territory)
    saved = advice.request_advice(territory, AdviceInput(
        AdviceKind.DIAGNOSTIC, dt.date(2026, 9, 1), "", practitioner_id=practitioner),
        today=TODAY)
    row = advice.get_advice(territory, saved.id)
    assert row.commune_name == "Achères-la-Forêt"  # from the practice
    assert row.status is AdviceStatus.REQUESTED
    assert row.requester == "Hélène AUBÉPINE-FICTIVE"
    with pytest.raises(TransitionRefused, match="Désignez d'abord"):
        advice.record_done(territory, saved.id, dt.date(2026, 9, 20), "Visiophone", today=TODAY)
    choices = referent_choices(territory, _commune_id(territory, saved.id), TODAY)
    assert choices[0].assigned_here and choices[0].name == "Anne CORRESPONDANTE-FICTIVE"
    assert not choices[1].assigned_here
    with pytest.raises(ValidationError, match="précède la demande"):
        advice.assign_referent(territory, saved.id, choices[0].id, dt.date(2026, 8, 1),
                               today=TODAY)
    advice.assign_referent(territory, saved.id, choices[0].id, dt.date(2026, 9, 3), today=TODAY)
    assert advice.get_advice(territory, saved.id).status is AdviceStatus.ASSIGNED
    with pytest.raises(ValidationError, match="Résultat"):
        advice.record_done(territory, saved.id, dt.date(2026, 9, 20), "  ", today=TODAY)
    advice.record_done(territory, saved.id, dt.date(2026, 9, 20),
                       "Visiophone à l'accueil\nBouton d'alerte", today=TODAY)
    row = advice.get_advice(territory, saved.id)
    assert row.status is AdviceStatus.DONE and row.referent_name == "Anne CORRESPONDANTE-FICTIVE"
    entry = audit_log.recent_entries(territory, 0, 1)[0]
    assert entry.changes["done_on"] == [None, "2026-09-20"]
    with pytest.raises(TransitionRefused, match="déjà réalisé"):
        advice.assign_referent(territory, saved.id, choices[1].id, TODAY, today=TODAY)


def test_structure_request_needs_a_commune(territory: Database) -> None:
    with pytest.raises(ValidationError, match="praticien ou la structure"):
        advice.request_advice(territory, AdviceInput(AdviceKind.AUDIT, TODAY, "77288"),
                              today=TODAY)
    with pytest.raises(ValidationError, match="Commune du lieu"):
        advice.request_advice(territory, AdviceInput(AdviceKind.AUDIT, TODAY, "",
                                                     structure="Maison de santé"), today=TODAY)
    with pytest.raises(ValidationError, match="futur"):
        advice.request_advice(territory, AdviceInput(
            AdviceKind.AUDIT, TODAY + dt.timedelta(days=1), "77288", structure="MSP"),
            today=TODAY)
    advice.request_advice(territory, AdviceInput(
        AdviceKind.AUDIT, TODAY, "77288", structure="Maison de santé des Tilleuls"), today=TODAY)
    [row] = advice.list_advice(territory, year=2026)
    assert row.requester == "Maison de santé des Tilleuls" and row.commune_name == "Melun"
    assert advice.list_advice(territory, year=2025) == []


def test_cover_letter_is_a_pdf_with_the_office(territory: Database) -> None:
    practitioner = make_practitioner(territory)
    saved = advice.request_advice(territory, AdviceInput(
        AdviceKind.DIAGNOSTIC, dt.date(2026, 9, 1), "", practitioner_id=practitioner),
        today=TODAY)
    [referent, *_] = referent_choices(territory, None)
    advice.assign_referent(territory, saved.id, referent.id, dt.date(2026, 9, 3), today=TODAY)
    advice.record_done(territory, saved.id, dt.date(2026, 9, 20), "Visiophone", today=TODAY)
    pdf = advice.cover_letter_pdf(territory, saved.id, today=TODAY)
    assert pdf.startswith(b"%PDF")
    text = page_texts(pdf)[0]
    assert "PRÉFET" in text and "Visiophone" in text and "20 septembre 2026" in text
    assert audit_log.recent_entries(territory, 0, 1)[0].action == "print"


def _commune_id(db: Database, request_id: int) -> int:
    from desktop.models.measures import AdviceRequest

    with db.reading() as session:
        row = session.get(AdviceRequest, request_id)
        assert row is not None and row.commune_id is not None
        return row.commune_id
