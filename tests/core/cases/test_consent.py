"""Nothing leaves without consent; what was sent is kept with its SHA-256."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from desktop.errors import ConsentMissing, ValidationError
from desktop.models.enums import CaseStatus, ConsentChannel, RecipientKind, TransmissionChannel
from desktop.services.cases import attachments, consent
from desktop.services.cases.queries import get_case
from tests.core.cases.conftest import World
from tests.core.cases.helpers import TODAY, give_consent, reach, send

S = CaseStatus


def transmission(kind: RecipientKind, document: bytes | None = b"%PDF-1.4 x"
                 ) -> consent.TransmissionInput:
    return consent.TransmissionInput(kind, TODAY, TransmissionChannel.EMAIL, document=document,
                                     filename="envoi.pdf")


def test_transmission_without_consent_is_refused(world: World) -> None:
    case_id = reach(world, S.QUALIFIE)
    with pytest.raises(ConsentMissing) as error:
        consent.record_transmission(world.db, case_id, transmission(RecipientKind.POLICE))
    assert "aucun consentement valide" in str(error.value)
    assert "« Police nationale »" in str(error.value)
    sent = get_case(world.db, case_id).transmissions
    assert [t.recipient_kind for t in sent] == [RecipientKind.URPS]


def test_consent_covers_only_its_scope(world: World) -> None:
    case_id = reach(world, S.CONSENTEMENT_DEMANDE)
    give_consent(world, case_id, True, (RecipientKind.GENDARMERIE,))
    with pytest.raises(ConsentMissing, match="Parquet"):
        consent.record_transmission(world.db, case_id, transmission(RecipientKind.PARQUET))
    consent.record_transmission(world.db, case_id, transmission(RecipientKind.GENDARMERIE))
    assert get_case(world.db, case_id).status == S.TRANSMIS_AUTORITES


def test_a_refused_or_withdrawn_consent_covers_nothing(world: World) -> None:
    case_id = reach(world, S.CONSENTEMENT_DEMANDE)
    give_consent(world, case_id, False, (RecipientKind.POLICE,))
    with pytest.raises(ConsentMissing):
        consent.record_transmission(world.db, case_id, transmission(RecipientKind.POLICE))
    give_consent(world, case_id, True, (RecipientKind.POLICE,))
    given = get_case(world.db, case_id).consents[-1]
    assert given.valid
    consent.withdraw_consent(world.db, given.id, TODAY, "Appel du praticien")
    with pytest.raises(ConsentMissing):
        consent.record_transmission(world.db, case_id, transmission(RecipientKind.POLICE))
    assert not get_case(world.db, case_id).consents[-1].valid


def test_urps_and_ordre_need_the_validated_fiche(world: World) -> None:
    case_id = reach(world, S.FICHE_ENVOYEE)
    with pytest.raises(ConsentMissing, match="pas encore été validée"):
        consent.record_transmission(world.db, case_id, transmission(RecipientKind.URPS))


def test_the_fiche_sent_is_stored_with_its_hash(world: World) -> None:
    case_id = reach(world, S.FICHE_VALIDEE)
    consent.record_transmission(world.db, case_id, transmission(RecipientKind.ORDRE, None))
    detail = get_case(world.db, case_id)
    sent = detail.transmissions[0]
    assert detail.status == S.TRANSMIS_URPS_ORDRE
    assert sent.attachment_id is not None
    row, content = attachments.read_attachment(world.db, sent.attachment_id)
    assert content.startswith(b"%PDF") and row.filename.startswith("fiche-")
    assert hashlib.sha256(content).hexdigest() == sent.sha256 == row.sha256


def test_phone_consent_needs_a_witness_and_dates_are_checked(world: World) -> None:
    case_id = reach(world, S.CONSENTEMENT_DEMANDE)
    with pytest.raises(ValidationError, match="témoin"):
        consent.record_consent(world.db, case_id, consent.ConsentInput(
            True, TODAY, ConsentChannel.PHONE, (RecipientKind.POLICE,)))
    with pytest.raises(ValidationError, match="futur"):
        consent.record_consent(world.db, case_id, consent.ConsentInput(
            True, TODAY + dt.timedelta(days=2), ConsentChannel.EMAIL, (RecipientKind.POLICE,)))
    consent.record_consent(world.db, case_id, consent.ConsentInput(
        True, TODAY, ConsentChannel.SIGNED_FORM, (RecipientKind.POLICE, RecipientKind.MAIRIE),
        document=b"%PDF-1.4 signed", filename="consentement-signe.pdf"))
    given = get_case(world.db, case_id).consents[0]
    assert given.scope == (RecipientKind.POLICE, RecipientKind.MAIRIE)
    assert given.attachment_id is not None


def test_send_helper_covers_police(world: World) -> None:
    case_id = reach(world, S.CONSENTEMENT_DONNE)
    send(world, case_id, RecipientKind.POLICE)
    assert get_case(world.db, case_id).status == S.TRANSMIS_AUTORITES
