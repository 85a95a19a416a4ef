"""Consent forms (issue 15, item 7): the transmission form names the recipients and the
office; a consent "Formulaire signé" needs its signed scan; the 17 form and its signed scan."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from pypdf import PdfReader

from desktop.errors import ValidationError
from desktop.models.cases import Attachment
from desktop.models.contacts import Practitioner
from desktop.models.enums import CaseStatus, ConsentChannel, RecipientKind
from desktop.services.cases import attachments, consent, consent_forms
from desktop.services.cases.queries import get_case
from desktop.services.practitioners import preregistration_form, preregistrations
from desktop.services.vault import audit_log
from desktop.services.vault.office import OfficeIdentity, save_office
from tests.core.cases.conftest import World
from tests.core.cases.helpers import TODAY, reach

SCAN_PDF = b"%PDF-1.4 formulaire signe"
SCAN_PNG = b"\x89PNG\r\n\x1a\n scan"


def text_of(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text().split()) for page in reader.pages)


def office(world: World) -> None:
    save_office(world.db, OfficeIdentity(
        department_code="77", department_name="Seine-et-Marne",
        prefecture_name="Préfecture de Seine-et-Marne", prefet_title="PRÉFET DE SEINE-ET-MARNE",
        address="12 rue des Saints-Pères", city="Melun", postal_code="77000"))


def signed(channel: ConsentChannel = ConsentChannel.SIGNED_FORM, document: bytes | None = None,
           filename: str = "") -> consent.ConsentInput:
    return consent.ConsentInput(True, TODAY, channel, (RecipientKind.POLICE,),
                                document=document, filename=filename)


def test_transmission_form_names_the_recipients_the_scope_and_the_office(world: World) -> None:
    office(world)
    case_id = world.new_case()
    reference = get_case(world.db, case_id).reference
    text = text_of(consent_forms.transmission_consent_pdf(world.db, case_id))
    for expected in ("Consentement à la transmission d'un signalement", reference,
                     "Hélène DUPRÉ", "Police nationale", "Procureur de la République",
                     "Mairie de Melun", "Ce qui est transmis", "aucune donnée de santé",
                     "Retrait", "PRÉFET", "Préfecture de Seine-et-Marne",
                     "12 rue des Saints-Pères", "77000 MELUN", "signature"):
        assert expected in text, expected
    assert "Gendarmerie" not in text  # Melun answers to the police
    provins = text_of(consent_forms.transmission_consent_pdf(
        world.db, world.new_case(commune_id=world.provins)))
    assert "Gendarmerie nationale" in provins and "Police nationale" not in provins
    assert audit_log.recent_entries(world.db, 0, 1)[0].action == "print"


def test_signed_form_consent_is_refused_without_its_scan(world: World) -> None:
    case_id = reach(world, CaseStatus.CONSENTEMENT_DEMANDE)
    with pytest.raises(ValidationError) as refused:
        consent.record_consent(world.db, case_id, signed())
    assert str(refused.value) == consent.SIGNED_FORM_MISSING
    assert refused.value.field == "document"
    with pytest.raises(ValidationError, match="ni un PDF, ni une image"):
        consent.record_consent(world.db, case_id, signed(document=b"GIF89a", filename="a.gif"))
    assert get_case(world.db, case_id).consents == ()
    consent.record_consent(world.db, case_id, signed(document=SCAN_PNG, filename="scan.png"))
    [given] = get_case(world.db, case_id).consents
    assert given.attachment_id is not None
    row, content = attachments.read_attachment(world.db, given.attachment_id)
    assert content == SCAN_PNG and row.media_type == "image/png"
    assert get_case(world.db, case_id).status == CaseStatus.CONSENTEMENT_DONNE
    # Other channels need no document, as before.
    consent.record_consent(world.db, case_id, signed(ConsentChannel.EMAIL))


def _practitioner(world: World) -> int:
    with world.db.unit_of_work() as uow:
        doctor = uow.session.get(Practitioner, world.doctor)
        assert doctor is not None
        doctor.commune_id = world.melun
        doctor.phone = "+33164000000"
        doctor.practice_address = "3 place Saint-Jean"
        doctor.rpps = "10001234567"
    return world.doctor


def test_preregistration_form_says_what_the_force_sees(world: World) -> None:
    office(world)
    practitioner = _practitioner(world)
    text = text_of(preregistration_form.preregistration_consent_pdf(world.db, practitioner))
    for expected in ("pré-enregistrement", "Hélène DUPRÉ", "01 64 00 00 00",
                     "3 place Saint-Jean", "Police nationale", "Pégase",
                     "Ce que voient les forces", "date du consentement écrit", "retirer",
                     "Préfecture de Seine-et-Marne", "77000 MELUN"):
        assert expected in text, expected
    assert preregistration_form.find_practitioner(world.db, "10001234567") == practitioner
    assert preregistration_form.find_practitioner(world.db, str(practitioner)) == practitioner


def test_preregistration_keeps_its_signed_form(world: World) -> None:
    practitioner = _practitioner(world)
    day = TODAY - dt.timedelta(days=1)
    with pytest.raises(ValidationError) as refused:
        preregistrations.request_preregistration(world.db, practitioner, ["01 64 00 00 00"],
                                                 day)
    assert str(refused.value) == preregistrations.FORM_MISSING
    assert preregistrations.list_preregistrations(world.db) == []
    preregistrations.request_preregistration(world.db, practitioner,
                                             ["01 64 00 00 00", "06 12 34 56 78"], day,
                                             form=SCAN_PDF, form_filename="17-signe.pdf")
    rows = preregistrations.list_preregistrations(world.db)
    assert len(rows) == 2 and len({row.consent_form_id for row in rows}) == 1
    form_id = rows[0].consent_form_id
    assert form_id is not None
    row, content = attachments.read_attachment(world.db, form_id)
    assert content == SCAN_PDF and row.filename == "17-signe.pdf"
    with world.db.reading() as session:
        stored = session.get(Attachment, form_id)
        assert stored is not None and stored.case_id is None


def test_deleting_the_practitioner_deletes_the_signed_17_form(world: World) -> None:
    from desktop.services.practitioners import directory

    practitioner = world.nurse  # named in no case: the record may go
    with world.db.unit_of_work() as uow:
        nurse = uow.session.get(Practitioner, practitioner)
        assert nurse is not None
        nurse.commune_id = world.provins
    preregistrations.request_preregistration(world.db, practitioner, ["06 12 34 56 78"],
                                             TODAY, form=SCAN_PDF)
    [row] = preregistrations.list_preregistrations(world.db)
    directory.delete_practitioner(world.db, practitioner)
    with world.db.reading() as session:
        assert session.get(Attachment, row.consent_form_id) is None
