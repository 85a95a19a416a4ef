"""The complaint per article 6 (issue 15, item 8): modality, declared address, the day the
procureur informed the complainant; a third-party complaint (law n° 2025-623) needs the
victim's written consent, its date and signed form."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desktop.documents.typography import french_date
from desktop.errors import ValidationError, ValidationErrors
from desktop.models.enums import ComplaintKind, ComplaintModality, DeclaredAddress
from desktop.services.cases import attachments, complaint, printing
from desktop.services.cases.queries import get_case
from desktop.services.cases.records import ComplaintInput
from desktop.services.vault import audit_log
from tests.core.cases.conftest import World

FILED = dt.date.today() - dt.timedelta(days=10)
BY_ORDRE = ComplaintInput(
    ComplaintKind.PLAINTE_BY_ORDRE, FILED, "Commissariat de Melun", "2026/00123",
    modality=ComplaintModality.APPOINTMENT, declared_address=DeclaredAddress.ORDRE,
    informed_on=FILED + dt.timedelta(days=5))
FORM = b"%PDF-1.4 accord de la victime"


def test_third_party_complaint_refused_without_the_victims_written_consent(
        world: World) -> None:
    case_id = world.new_case()
    for missing in (BY_ORDRE, dataclasses.replace(BY_ORDRE, victim_consent_on=FILED),
                    dataclasses.replace(BY_ORDRE, victim_consent_document=FORM)):
        with pytest.raises(ValidationError) as refused:
            complaint.record_complaint(world.db, case_id, missing)
        assert str(refused.value) == complaint.CONSENT_MISSING
    assert get_case(world.db, case_id).complaints == ()
    later = dataclasses.replace(BY_ORDRE, victim_consent_on=FILED + dt.timedelta(days=1),
                                victim_consent_document=FORM)
    with pytest.raises(ValidationError, match="doit précéder le dépôt"):
        complaint.record_complaint(world.db, case_id, later)
    # An ordinary plainte needs no third-party consent.
    complaint.record_complaint(world.db, world.new_case(),
                               ComplaintInput(ComplaintKind.PLAINTE, FILED))


def test_third_party_complaint_keeps_consent_modality_address_and_information(
        world: World) -> None:
    case_id = world.new_case()
    data = dataclasses.replace(BY_ORDRE, victim_consent_on=FILED - dt.timedelta(days=1),
                               victim_consent_document=FORM,
                               victim_consent_filename="accord.pdf")
    complaint.record_complaint(world.db, case_id, data)
    [kept] = get_case(world.db, case_id).complaints
    assert kept.modality is ComplaintModality.APPOINTMENT
    assert kept.declared_address is DeclaredAddress.ORDRE and kept.domiciled_at_ordre
    assert kept.informed_on == FILED + dt.timedelta(days=5)
    assert kept.victim_consent_on == FILED - dt.timedelta(days=1)
    assert kept.victim_consent_attachment_id is not None
    row, content = attachments.read_attachment(world.db, kept.victim_consent_attachment_id)
    assert content == FORM and row.media_type == "application/pdf"
    line = get_case(world.db, case_id).events[-1].comment or ""
    assert "(sur rendez-vous)" in line and "consentement écrit de la victime" in line
    entry = next(e for e in audit_log.recent_entries(world.db, 0, 5) if e.entity == "complaint")
    assert entry.action == "create" and "victim_consent_form" in (entry.changes or "")
    # An update without a new file keeps the signed form already attached.
    complaint.record_complaint(world.db, case_id, dataclasses.replace(
        data, victim_consent_document=None, parquet_outcome="Rappel à la loi"), kept.id)
    again = get_case(world.db, case_id).complaints[0]
    assert again.victim_consent_attachment_id == kept.victim_consent_attachment_id
    assert again.parquet_outcome == "Rappel à la loi"


def test_dates_and_addresses_follow_the_rules(world: World) -> None:
    case_id = world.new_case()
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationError, match="dans le futur"):
        complaint.record_complaint(world.db, case_id, ComplaintInput(
            ComplaintKind.PLAINTE, FILED, informed_on=tomorrow))
    with pytest.raises(ValidationError, match="avant le dépôt"):
        complaint.record_complaint(world.db, case_id, ComplaintInput(
            ComplaintKind.PLAINTE, FILED, informed_on=FILED - dt.timedelta(days=1)))
    with pytest.raises(ValidationErrors) as both:
        complaint.record_complaint(world.db, case_id, ComplaintInput(
            ComplaintKind.PLAINTE, tomorrow, declared_address=DeclaredAddress.OTHER))
    assert "Indiquez l'adresse déclarée" in str(both.value)
    complaint.record_complaint(world.db, case_id, ComplaintInput(
        ComplaintKind.PLAINTE, FILED, modality=ComplaintModality.AT_PRACTICE,
        declared_address=DeclaredAddress.OTHER,
        declared_address_text="Maison de santé, 2 rue des Lilas, Melun"))
    [kept] = get_case(world.db, case_id).complaints
    assert kept.address_text == ("Autre adresse : Maison de santé, 2 rue des Lilas, Melun")
    assert not kept.domiciled_at_ordre


def test_the_case_summary_prints_article_6(world: World) -> None:
    case_id = world.new_case()
    complaint.record_complaint(world.db, case_id, dataclasses.replace(
        BY_ORDRE, victim_consent_on=FILED, victim_consent_document=FORM))
    pdf = printing.summary_pdf(world.db, case_id)
    text = " ".join(" ".join(p.extract_text().split())
                    for p in PdfReader(io.BytesIO(pdf)).pages)
    for expected in ("Sur rendez-vous", "Adresse du conseil de l'Ordre",
                     french_date(FILED + dt.timedelta(days=5)),
                     f"{french_date(FILED)}, formulaire signé joint"):
        assert expected in text, expected


def test_the_dossier_de_seance_says_how_article_6_was_applied_without_names(
        world: World) -> None:
    from desktop.services.committee.pseudonymise import pseudonymised_cases

    case_id = world.new_case()
    complaint.record_complaint(world.db, case_id, dataclasses.replace(
        BY_ORDRE, victim_consent_on=FILED, victim_consent_document=FORM))
    with world.db.reading() as session:
        [seen] = pseudonymised_cases(session, [case_id])
    assert ("plainte déposée par l'ordre (sur rendez-vous, plaignant informé des suites)"
            in seen.summary)
    assert "Commissariat" not in seen.summary and "2026/00123" not in seen.summary


def test_no_complaint_date_before_the_facts(world: World) -> None:
    """Facts on 14 March 2026 (office time): a filing, the procureur's information or the
    victim's consent dated before them is refused, each named; nothing is saved."""
    case_id = world.new_case()
    early = dt.date(2026, 3, 13)
    data = dataclasses.replace(BY_ORDRE, filed_on=early, informed_on=early,
                               victim_consent_on=early, victim_consent_document=FORM)
    with pytest.raises(ValidationErrors) as refused:
        complaint.record_complaint(world.db, case_id, data)
    assert {e.field for e in refused.value.errors} == {"filed_on", "informed_on",
                                                      "victim_consent_on"}
    assert "La date de dépôt (13/03/2026) est antérieure aux faits (le 14/03/2026)." in str(
        refused.value)
    assert get_case(world.db, case_id).complaints == ()
    on_the_day = dataclasses.replace(data, filed_on=dt.date(2026, 3, 14),
                                     informed_on=None, victim_consent_on=dt.date(2026, 3, 14))
    complaint.record_complaint(world.db, case_id, on_the_day)
    assert len(get_case(world.db, case_id).complaints) == 1
