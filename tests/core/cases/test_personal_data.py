"""Right of access: one PDF with everything about a practitioner (identity, cases, consents,
transmissions, access log); the export itself is logged, naming the practitioner only."""

from __future__ import annotations

import io

import pypdf

from desktop.models.enums import CaseStatus
from desktop.services.cases.queries import get_case
from desktop.services.practitioners import directory
from desktop.services.practitioners.personal_data import gather, personal_data_pdf
from desktop.services.vault import audit_log
from tests.core.cases.conftest import World
from tests.core.cases.helpers import TODAY, reach


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_everything_about_one_practitioner_in_one_pdf(world: World) -> None:
    case_id = reach(world, CaseStatus.TRANSMIS_AUTORITES)
    other = world.new_case(victim_ids=(world.nurse,))
    reference = get_case(world.db, case_id).reference
    get_case(world.db, case_id)  # a consultation, logged
    directory.view_practitioner(world.db, world.doctor)
    with world.db.reading() as session:
        data = gather(session, world.doctor, TODAY)
    titles = {section.title: section for section in data.sections}
    assert "Hélène Dupré" in data.person
    assert [row[0] for row in titles["Signalements où la personne est victime"].rows] == [
        reference]
    assert titles["Consentements"].rows and titles["Transmissions"].rows
    accesses = titles["Journal des accès (douze derniers mois)"].rows
    assert any(row[3] == f"signalement {reference}" for row in accesses)
    assert any(row[3] == "fiche du praticien" for row in accesses)

    text = _text(personal_data_pdf(world.db, world.doctor))
    assert "Données d'une personne" in text and "Dupré" in text and reference in text
    assert "Menaces répétées" in text  # the narrative: the person's own data
    assert get_case(world.db, other).reference not in text  # another victim's case
    [export] = [row for row in audit_log.recent_entries(world.db, 0, 5)
                if row.action == "export"]
    assert (export.entity, export.entity_id) == ("practitioner", str(world.doctor))
    assert "Dupré" not in str(export.changes)


def test_the_signed_17_form_is_listed_with_the_request(world: World) -> None:
    """Art. 15 covers the scan of the signed 17 consent form kept in the vault: the PDF names
    it beside the request it came with."""
    import datetime as dt

    from desktop.models.contacts import Practitioner
    from desktop.services.practitioners import preregistrations

    with world.db.unit_of_work() as uow:  # practising in Melun: the 17 of the police
        uow.session.get(Practitioner, world.doctor).commune_id = world.melun  # type: ignore[union-attr]
    preregistrations.request_preregistration(
        world.db, world.doctor, ["06 12 34 56 78"], TODAY - dt.timedelta(days=3),
        form=b"%PDF-1.4 formulaire signe", form_filename="consentement-17-dupre.pdf",
        today=TODAY)
    with world.db.reading() as session:
        data = gather(session, world.doctor, TODAY)
    [request] = next(s for s in data.sections if s.title == "Pré-enregistrement au 17").rows
    assert request[1] == "06 12 34 56 78"  # as the practitioner writes it, not +33612345678
    [form] = next(s for s in data.sections
                  if s.title == "Formulaires de consentement au 17 conservés").rows
    assert (form[0], form[2]) == ("06 12 34 56 78", "consentement-17-dupre.pdf")
    text = _text(personal_data_pdf(world.db, world.doctor))
    assert "Formulaires de consentement au 17 conservés" in text
    assert "consentement-17-dupre.pdf" in text and "06 12 34 56 78" in text
