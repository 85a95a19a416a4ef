"""Complaints, attachments, CNIL access logging, and a case that survives a restart."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from desktop.errors import ValidationError
from desktop.models.enums import (
    AuthorKind,
    CaseStatus,
    ComplaintKind,
    ForceZone,
    IncidentType,
    Motive,
    Place,
    RecipientKind,
    UrbanSetting,
)
from desktop.services.cases import attachments, complaint
from desktop.services.cases.queries import find_case_id, get_case
from desktop.services.cases.records import AuthorInput, ComplaintInput
from desktop.services.vault import audit_log, lifecycle
from tests.core.cases.conftest import World
from tests.core.cases.helpers import give_consent, reach, send
from tests.core.conftest import PASSPHRASE


def test_complaint_filed_by_the_ordre(world: World) -> None:
    case_id = world.new_case()
    complaint.record_complaint(world.db, case_id, ComplaintInput(
        ComplaintKind.PLAINTE_BY_ORDRE, dt.date(2026, 3, 16), "Commissariat de Melun",
        "2026/00123", True, True, "Rappel à la loi", victim_consent_on=dt.date(2026, 3, 15),
        victim_consent_document=b"%PDF-1.4 signe", victim_consent_filename="accord.pdf"))
    found = get_case(world.db, case_id).complaints[0]
    assert found.kind == ComplaintKind.PLAINTE_BY_ORDRE and found.pv_number == "2026/00123"
    assert found.domiciled_at_ordre and found.cdom_partie_civile
    complaint.record_complaint(world.db, case_id, ComplaintInput(
        ComplaintKind.PLAINTE_BY_ORDRE, dt.date(2026, 3, 16), "Commissariat de Melun",
        "2026/00123", True, True, "Classement sans suite",
        victim_consent_on=dt.date(2026, 3, 15)), complaint_id=found.id)
    detail = get_case(world.db, case_id)
    assert detail.complaints[0].parquet_outcome == "Classement sans suite"
    assert "parquet : Classement sans suite" in (detail.events[-1].comment or "")
    with pytest.raises(ValidationError):
        complaint.record_complaint(world.db, case_id, ComplaintInput(
            ComplaintKind.NONE, pv_number="12"))


def test_attachments_keep_their_hash_and_respect_the_limit(world: World) -> None:
    case_id = world.new_case()
    photo = b"\x89PNG fake photo" * 100
    attachments.add_attachment(world.db, case_id, "porte.png", photo)
    stored = get_case(world.db, case_id).attachments[0]
    assert stored.sha256 == hashlib.sha256(photo).hexdigest() and stored.media_type == "image/png"
    assert attachments.read_attachment(world.db, stored.id)[1] == photo
    with pytest.raises(ValidationError, match="limite est de 20 Mo") as error:
        attachments.add_attachment(world.db, case_id, "scan.pdf",
                                   b"0" * (attachments.MAX_SIZE + 1))
    assert "« scan.pdf » pèse 20,0 Mo" in str(error.value)


def test_every_view_and_change_is_audited(world: World) -> None:
    case_id = world.new_case()
    before = audit_log.count_entries(world.db)
    get_case(world.db, case_id)
    get_case(world.db, case_id)
    entries = audit_log.recent_entries(world.db, 0, 3)
    assert audit_log.count_entries(world.db) == before + 2
    assert [(e.action, e.entity, e.entity_id) for e in entries[:2]] == [
        ("view", "case", str(case_id))] * 2
    assert audit_log.verify(world.db).ok


def test_a_case_survives_a_restart_with_every_field(world: World, vault_path: Path) -> None:
    case_id = world.new_case(
        types=(IncidentType.VERBAL, IncidentType.VANDALISM),
        victim_ids=(world.doctor, world.pharmacist), commune_id=world.provins,
        authors=(AuthorInput(AuthorKind.COMPANION, "La fille du patient", True, "psychose"),
                 AuthorInput(AuthorKind.UNKNOWN)),
        place=Place.PATIENT_HOME, setting=UrbanSetting.RURAL, motive=Motive.WAITING_TIME,
        severity_persons=3, severity_property=1, itt_days=4, weapon=True,
        weapon_text="Couteau de cuisine", exact_words="« Tu vas voir » répété trois fois",
    )
    reach_case = reach(world, CaseStatus.CONSENTEMENT_DEMANDE)
    give_consent(world, reach_case, True, (RecipientKind.POLICE,))
    send(world, reach_case, RecipientKind.POLICE)
    complaint.record_complaint(world.db, case_id, ComplaintInput(ComplaintKind.MAIN_COURANTE,
                                                                 dt.date(2026, 3, 15)))
    attachments.add_attachment(world.db, case_id, "certificat.pdf", b"%PDF-1.4 certificat")
    before = get_case(world.db, case_id)
    before_other = get_case(world.db, reach_case)
    world.db.close()
    db = lifecycle.open_with_passphrase(vault_path, PASSPHRASE)
    try:
        after = get_case(db, case_id)
        assert after == before
        assert get_case(db, reach_case) == before_other
        assert after.force_zone == ForceZone.GN and after.weapon_text == "Couteau de cuisine"
        # A naive time is the office's wall clock (Seine-et-Marne: Europe/Paris).
        paris = ZoneInfo("Europe/Paris")
        assert after.occurred_at == dt.datetime(2026, 3, 14, 10, 45, tzinfo=paris).astimezone(
            dt.UTC)
        assert after.authors[0].impairment_cause == "psychose"
        assert find_case_id(db, after.reference) == case_id
    finally:
        db.close()
