"""The fiche de signalement and the case summary, read back."""

from __future__ import annotations

import io

from pypdf import PdfReader

from desktop.models.enums import CaseStatus, RecipientKind
from desktop.services.cases import printing
from desktop.services.vault import audit_log
from tests.core.cases.conftest import World
from tests.core.cases.helpers import reach, send


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def flat(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").replace("\u202f", " ").split())


def test_fiche_shows_the_facts_as_written_and_the_validation_block(world: World) -> None:
    case_id = world.new_case()
    pdf = printing.fiche_pdf(world.db, case_id)
    text = flat(text_of(pdf))
    assert "Fiche de signalement n° 2026-0001" in text or "Fiche de signalement n°" in text
    assert "Menaces répétées après le refus d'un arrêt de travail." in text
    assert "« Je vais te retrouver, tu vas le regretter »" in text
    assert "Je certifie l'exactitude des faits" in text
    assert "Melun (77288)" in text and "Police nationale" in text
    assert "14 mars 2026 à 10 h 45" in text
    assert "altération du discernement (alcoolisation)" in text
    assert audit_log.recent_entries(world.db, 0, 1)[0].action == "print"


def test_summary_shows_timeline_consents_transmissions(world: World) -> None:
    case_id = reach(world, CaseStatus.CONSENTEMENT_DONNE)
    send(world, case_id, RecipientKind.POLICE)
    text = flat(text_of(printing.summary_pdf(world.db, case_id)))
    for expected in ("Synthèse du dossier", "Chronologie", "Fiche envoyée pour validation",
                     "Consentements", "Donné", "Transmissions", "Police nationale",
                     "Suites judiciaires", "Transmis aux autorités"):
        assert expected in text, expected


def test_fiche_gives_the_offices_return_address(world: World) -> None:
    from desktop.services.vault import office

    identity = office.get_office(world.db)
    assert identity is not None
    office.save_office(world.db, office.OfficeIdentity(**{
        **identity.__dict__, "bureau": "Cabinet du préfet / Bureau de la sécurité intérieure",
        "address": "12 rue des Saints-Pères", "postal_code": "77000", "city": "Melun",
        "phone": "01 64 71 77 77", "email": "pref-securite@seine-et-marne.gouv.fr"}))
    text = flat(text_of(printing.fiche_pdf(world.db, world.new_case())))
    assert ("Merci de retourner cette fiche validée : Préfecture de Seine-et-Marne, Cabinet du "
            "préfet, Bureau de la sécurité intérieure, 12 rue des Saints-Pères, 77000 MELUN, "
            "tél. 01 64 71 77 77, pref-securite@seine-et-marne.gouv.fr.") in text
