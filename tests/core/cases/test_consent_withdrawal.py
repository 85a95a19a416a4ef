"""Withdrawing a consent: dated, audited, checked, and the gate no longer counts it."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import sqlalchemy as sa

from desktop.errors import ConsentMissing, ValidationError
from desktop.models.audit import AuditEntry
from desktop.models.enums import CaseStatus, RecipientKind, TransmissionChannel
from desktop.services.cases import consent
from desktop.services.cases.queries import get_case
from desktop.services.vault.changes import Changes
from tests.core.cases.conftest import World
from tests.core.cases.helpers import TODAY, give_consent, reach


def _given(world: World) -> tuple[int, int]:
    case_id = reach(world, CaseStatus.CONSENTEMENT_DEMANDE)
    give_consent(world, case_id, True, (RecipientKind.POLICE,))
    return case_id, get_case(world.db, case_id).consents[-1].id


def test_withdrawal_is_dated_audited_and_closes_the_gate(world: World) -> None:
    case_id, consent_id = _given(world)
    changes = consent.withdraw_consent(world.db, consent_id, TODAY, "Appel du praticien")
    assert changes == Changes.CASES
    detail = get_case(world.db, case_id)
    withdrawn = next(c for c in detail.consents if c.id == consent_id)
    assert withdrawn.withdrawn_on == TODAY and not withdrawn.valid
    assert "Consentement retiré le" in (detail.events[-1].comment or "")
    with world.db.reading() as session:
        entry = session.scalars(sa.select(AuditEntry).where(AuditEntry.entity == "consent")
                                .order_by(AuditEntry.id.desc())).first()
    assert entry is not None and entry.action == "update"
    assert json.loads(entry.changes or "{}")["case"][1] == detail.reference
    with pytest.raises(ConsentMissing):
        consent.record_transmission(world.db, case_id, consent.TransmissionInput(
            RecipientKind.POLICE, TODAY, TransmissionChannel.EMAIL, document=b"%PDF x",
            filename="envoi.pdf"))


def test_withdrawal_refuses_a_future_date_a_date_before_the_consent_and_twice(
        world: World) -> None:
    _case_id, consent_id = _given(world)
    with pytest.raises(ValidationError, match="futur"):
        consent.withdraw_consent(world.db, consent_id, TODAY + dt.timedelta(days=1), "Appel")
    with pytest.raises(ValidationError, match="précéder"):
        consent.withdraw_consent(world.db, consent_id, TODAY - dt.timedelta(days=400), "Appel")
    with pytest.raises(ValidationError, match="comment"):
        consent.withdraw_consent(world.db, consent_id, TODAY, "  ")
    consent.withdraw_consent(world.db, consent_id, TODAY, "Appel")
    with pytest.raises(ValidationError, match="déjà été retiré"):
        consent.withdraw_consent(world.db, consent_id, TODAY, "Appel")


def test_recipients_take_their_article() -> None:
    assert consent.to_recipient(RecipientKind.URPS) == "à l'URPS"
    assert consent.to_recipient(RecipientKind.PARQUET) == "au Parquet"


def test_a_transmission_to_the_urps_reads_a_l_urps(world: World) -> None:
    case_id = reach(world, CaseStatus.TRANSMIS_URPS_ORDRE)
    comments = [e.comment or "" for e in get_case(world.db, case_id).events]
    sent = [c for c in comments if c.startswith("Transmis ")]
    assert sent and all(" à l'URPS" in c or " à l'Ordre" in c for c in sent)
    assert not any("à URPS" in c for c in comments)
