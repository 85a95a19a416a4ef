"""Signature tracking: the version becomes "signé" on the last signature, not before."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from desktop.errors import TransitionRefused, ValidationError
from desktop.models.audit import AuditEntry
from desktop.models.enums import SignatureMode, VersionStatus
from desktop.models.protocol import Party, ProtocolVersion
from desktop.services.signatories import ceremonies, signatures
from desktop.services.signatories.records import PartyStatus
from desktop.services.vault.database import Database
from tests.core.signatories.helpers import Draft, person_id


def version_state(db: Database, version_id: int) -> tuple[VersionStatus, dt.date | None]:
    with db.reading() as session:
        version = session.get(ProtocolVersion, version_id)
        assert version is not None
        return version.status, version.signed_on


def test_version_signed_when_every_party_signed_with_the_last_date(
    demo_db: Database, draft: Draft
) -> None:
    prefet, meaux, cdom, ggd = draft.party_ids
    signatures.sign_at_ceremony(demo_db, prefet, dt.date(2025, 3, 10))
    signatures.sign_at_ceremony(demo_db, meaux, dt.date(2025, 3, 10))
    signatures.send_for_signature(demo_db, cdom, dt.date(2025, 3, 11))
    assert version_state(demo_db, draft.version_id) == (VersionStatus.PROJET, None)
    signatures.record_return(demo_db, cdom, dt.date(2025, 3, 20), dt.date(2025, 3, 18))
    assert version_state(demo_db, draft.version_id) == (VersionStatus.PROJET, None)
    signatures.send_for_signature(demo_db, ggd, dt.date(2025, 3, 11))
    signatures.record_return(demo_db, ggd, dt.date(2025, 3, 14))
    assert version_state(demo_db, draft.version_id) == (VersionStatus.SIGNE,
                                                        dt.date(2025, 3, 18))
    # Undoing one signature brings the version back to "projet".
    signatures.undo_signature(demo_db, cdom)
    assert version_state(demo_db, draft.version_id) == (VersionStatus.PROJET, None)
    signatures.sign_at_ceremony(demo_db, cdom, dt.date(2025, 4, 2))
    assert version_state(demo_db, draft.version_id) == (VersionStatus.SIGNE, dt.date(2025, 4, 2))
    # A corrected date moves the signing date with it.
    signatures.sign_at_ceremony(demo_db, cdom, dt.date(2025, 3, 30))
    assert version_state(demo_db, draft.version_id) == (VersionStatus.SIGNE,
                                                        dt.date(2025, 3, 30))
    with demo_db.reading() as session:
        versions = session.scalars(sa.select(AuditEntry.changes).where(
            AuditEntry.entity == "protocol_version")).all()
        signers = {row[0]: row[1] for row in session.execute(
            sa.select(Party.id, Party.signer_id).where(Party.version_id == draft.version_id))}
    assert len(versions) == 4 and all("signe" in v for v in versions)
    # Each party recorded the holder of the function on the day it signed.
    assert signers[prefet] == person_id(demo_db, "ROCHEMONT")
    assert signers[cdom] == person_id(demo_db, "LOUVEL")


def test_circulation_and_dates_are_checked(demo_db: Database, draft: Draft) -> None:
    party = draft.party_ids[0]
    with pytest.raises(TransitionRefused, match="date d'envoi"):
        signatures.record_return(demo_db, party, dt.date(2025, 3, 1))
    signatures.send_for_signature(demo_db, party, dt.date(2025, 3, 10))
    with pytest.raises(ValidationError) as error:
        signatures.record_return(demo_db, party, dt.date(2025, 3, 1))
    assert error.value.field == "returned_on"
    with pytest.raises(ValidationError):
        signatures.sign_at_ceremony(demo_db, party, dt.date.today() + dt.timedelta(days=3))
    row = ceremonies_row(demo_db, draft)
    assert row.mode is SignatureMode.CIRCULATION and row.sent_on == dt.date(2025, 3, 10)
    assert row.status_label == "Envoyé le 10/03/2025, en attente de retour"


def ceremonies_row(db: Database, draft: Draft) -> PartyStatus:
    ceremonies.create_ceremony(db, draft.version_id, dt.datetime(2025, 3, 10, 11, 0), "Melun")
    row = ceremonies.list_ceremonies(db, draft.version_id)[0]
    return row.parties[0]


def test_signatures_of_a_version_in_force_are_frozen(demo_db: Database) -> None:
    with demo_db.reading() as session:
        party = session.scalars(sa.select(Party.id).join(Party.version)
                                .where(ProtocolVersion.number == 2)).first()
    assert party is not None
    with pytest.raises(TransitionRefused, match="en vigueur"):
        signatures.undo_signature(demo_db, party)
