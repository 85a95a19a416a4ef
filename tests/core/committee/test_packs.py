"""The offline meeting pack: separate encrypted file, no personal data, review, merge once."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import text

from desktop.errors import Conflict, TransitionRefused, WrongPassphrase
from desktop.models.enums import ActionStatus, AttendanceStatus, MeetingStatus
from desktop.services.committee import action_items, agenda, meetings, minutes, pack_merge, packs
from desktop.services.committee.meeting_detail import meeting_detail
from desktop.services.vault import lifecycle
from desktop.services.vault.database import Database
from tests.core.committee.fixtures import NAMES, PHONES, add_cases, add_protocol, at
from tests.core.conftest import OFFICE_77

pytestmark = pytest.mark.both_engines  # the pack also leaves from, and merges into, a server

PACK_PASS = "phrase du dossier hors ligne"


@pytest.fixture
def prepared(db: Database) -> tuple[Database, int, int]:
    protocol = add_protocol(db)
    cases = add_cases(db)
    meeting = meetings.create_meeting(db, at(2026, 4, 2, 12), "Préfecture", protocol_id=protocol).id
    meetings.invite_parties(db, meeting)
    item = agenda.add_item(db, meeting, "Signalements à examiner").id
    agenda.link(db, item, case_id=cases["2026-0003"])
    agenda.link(db, item, period=(dt.date(2026, 1, 1), dt.date(2026, 3, 31)))
    action = action_items.create_action(db, "Diffuser la fiche réflexe",
                                        owner_organisation_id=None, due_on=None,
                                        meeting_id=meeting, case_id=cases["2026-0003"],
                                        at=at(2026, 4, 2, 12)).id
    return db, meeting, action


def _export(db: Database, meeting: int, tmp_path: Path) -> Path:
    path = tmp_path / "seance.egide-pack"
    packs.export_pack(db, meeting, path, PACK_PASS, exact_words=False)
    return path


def test_pack_is_encrypted_and_holds_no_name_or_phone(prepared: tuple[Database, int, int],
                                                      tmp_path: Path) -> None:
    db, meeting, _ = prepared
    path = _export(db, meeting, tmp_path)
    raw = path.read_bytes()
    assert not raw.startswith(b"SQLite format 3")
    with pytest.raises(WrongPassphrase):
        packs.open_pack(path, "mauvaise phrase")
    pack = packs.open_pack(path, PACK_PASS)
    try:
        info = packs.pack_info(pack)
        assert info.source_vault_id == db.vault.vault_id and info.meeting_id == meeting
        assert [c["reference"] for c in info.cases] == ["2026-0003"]
        # The whole decrypted content, every table, as text.
        dump = []
        with pack.reading() as session:
            tables = [r[0] for r in session.execute(
                text("SELECT name FROM sqlite_master WHERE type = 'table'"))]
            for table in tables:
                for row in session.execute(text(f'SELECT * FROM "{table}"')):
                    dump.append(" ".join(str(v) for v in row))
            assert session.execute(text('SELECT count(*) FROM "case"')).scalar() == 0
            assert session.execute(text("SELECT count(*) FROM practitioner")).scalar() == 0
            assert session.execute(text("SELECT count(*) FROM person")).scalar() == 0
        content = "\n".join(dump)
        for secret in (*NAMES, *PHONES, "Je vais te tuer", "Anne", "menacé", "0164717729"):
            assert secret not in content, secret
        assert "Signalement 2026-0003" in content and "Médecin généraliste" in content
    finally:
        pack.close()


def _record_in_review(path: Path) -> None:
    pack = packs.open_pack(path, PACK_PASS)
    try:
        info = packs.pack_info(pack)
        detail = meeting_detail(pack, info.meeting_id)
        meetings.set_status(pack, info.meeting_id, MeetingStatus.TENUE)
        first = detail.attendance[0]
        meetings.record_attendance(pack, first.id, AttendanceStatus.PRESENT,
                                   arrived_at=at(2026, 4, 2, 12))
        agenda.add_decision(pack, detail.agenda[0].id, "Le CDOM accompagnera la plainte.")
        agenda.update_item(pack, detail.agenda[0].id, title=detail.agenda[0].title,
                           notes="Discussion nourrie.")
        (action,) = detail.actions
        action_items.change_status(pack, action.id, ActionStatus.DONE, note="Diffusée",
                                   meeting_id=info.meeting_id, at=at(2026, 4, 2, 13))
        action_items.create_action(pack, "Relancer la DDPN", owner_organisation_id=None,
                                   due_on=dt.date(2026, 6, 1), meeting_id=info.meeting_id,
                                   at=at(2026, 4, 2, 13))
        minutes.start_minutes(pack, info.meeting_id, "Séance tenue dans le calme.")
    finally:
        pack.close()


def test_merge_shows_changes_then_applies_once_and_only_once(
        prepared: tuple[Database, int, int], tmp_path: Path) -> None:
    db, meeting, action = prepared
    path = _export(db, meeting, tmp_path)
    _record_in_review(path)
    plan = pack_merge.plan_merge(db, path, PACK_PASS)
    joined = "\n".join(plan.lines)
    assert "Décision : Le CDOM accompagnera la plainte." in joined
    assert "Nouvelle action : Relancer la DDPN" in joined
    assert "Réalisée" in joined and "Tenue" in joined and "projet rédigé" in joined
    assert meeting_detail(db, meeting).agenda[0].decisions == ()  # nothing applied yet
    pack_merge.apply_merge(db, path, PACK_PASS)
    detail = meeting_detail(db, meeting)
    assert [d.text for d in detail.agenda[0].decisions] == ["Le CDOM accompagnera la plainte."]
    assert detail.agenda[0].notes == "Discussion nourrie."
    assert detail.meeting.status == MeetingStatus.RELEVE_PROJET
    assert detail.minutes is not None and detail.minutes.body == "Séance tenue dans le calme."
    assert detail.attendance[0].status == AttendanceStatus.PRESENT
    assert action_items.action_history(db, action).status == ActionStatus.DONE
    assert "Relancer la DDPN" in {a.title for a in action_items.open_actions(db)}
    with pytest.raises(Conflict, match="déjà été réintégré"):
        pack_merge.apply_merge(db, path, PACK_PASS)
    with pytest.raises(Conflict):
        pack_merge.plan_merge(db, path, PACK_PASS)
    detail = meeting_detail(db, meeting)
    assert len(detail.agenda[0].decisions) == 1


def test_pack_from_another_vault_is_refused(prepared: tuple[Database, int, int],
                                            tmp_path: Path) -> None:
    db, meeting, _ = prepared
    path = _export(db, meeting, tmp_path)
    other = lifecycle.create(tmp_path / "autre.egide", OFFICE_77, passphrase="une autre phrase",
                          use_keyring=False)
    try:
        with pytest.raises(Conflict, match="autre coffre"):
            pack_merge.apply_merge(other.db, path, PACK_PASS)
    finally:
        other.db.close()


def test_locked_meeting_cannot_be_packed(prepared: tuple[Database, int, int],
                                         tmp_path: Path) -> None:
    db, meeting, _ = prepared
    meetings.set_status(db, meeting, MeetingStatus.TENUE)
    minutes.start_minutes(db, meeting)
    minutes.validate_minutes(db, meeting)
    minutes.lock_minutes(db, meeting)
    with pytest.raises(TransitionRefused):
        _export(db, meeting, tmp_path)
