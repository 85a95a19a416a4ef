"""A meeting pack is checked before anything is read: a damaged pack (bytes flipped, the file
truncated, on a page boundary or not) is refused in one French line with the vault unchanged;
a merge touches only its own meeting, never a locked one, and checks every id of its
baseline; a pack that changes nothing is not consumed."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from desktop.errors import Conflict, EgideError
from desktop.models.committee import Decision
from desktop.models.enums import MeetingStatus
from desktop.models.settings import Setting
from desktop.services.committee import agenda, meetings, minutes, pack_merge, packs
from desktop.services.committee.meeting_detail import meeting_detail
from desktop.services.vault import audit_log
from desktop.services.vault.database import Database
from tests.core.committee.fixtures import at
from tests.core.committee.test_packs import PACK_PASS, _export, _record_in_review, prepared
from tests.core.conftest import PASSPHRASE

__all__ = ["prepared"]
PAGE = 4096


def _damage(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    if how == "flipped":
        middle = len(data) // 2
        for offset in range(middle, middle + 8):
            data[offset] ^= 0xFF
    elif how == "truncated":
        data = data[: len(data) - 1000]
    elif how == "truncated-on-a-page":
        data = data[: (len(data) // PAGE - 3) * PAGE]
    elif how == "first-page":
        for offset in range(100, 140):
            data[offset] ^= 0x55
    path.write_bytes(bytes(data))


def _snapshot(db: Database) -> tuple[int, int]:
    with db.reading() as session:
        decisions = len(session.scalars(select(Decision)).all())
    return audit_log.count_entries(db), decisions


DAMAGES = ["flipped", "truncated", "truncated-on-a-page", "first-page"]


@pytest.mark.parametrize("how", DAMAGES)
def test_a_damaged_pack_is_refused_before_anything_is_merged(
    prepared: tuple[Database, int, int], tmp_path: Path, how: str
) -> None:
    db, meeting, _ = prepared
    path = _export(db, meeting, tmp_path)
    _record_in_review(path)
    before = _snapshot(db)
    _damage(path, how)
    with pytest.raises(EgideError) as refused:
        pack_merge.apply_merge(db, path, PACK_PASS)
    message = str(refused.value)
    assert len(message.splitlines()) == 1 and "est abîmé" in message, message
    if how == "truncated-on-a-page":  # not "illisible (malformed)": the header knows
        assert "la fin manque" in message, message
    with pytest.raises(EgideError):
        pack_merge.plan_merge(db, path, PACK_PASS)
    assert _snapshot(db) == before
    assert meeting_detail(db, meeting).agenda[0].decisions == ()


def _egide(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EGIDE_KEYRING": "none",
           "PYTHONPATH": str(Path(__file__).resolve().parents[3])}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=env, timeout=120)


@pytest.mark.parametrize("how", ["flipped", "truncated-on-a-page"])
def test_cli_refuses_a_damaged_pack_in_one_line(
    prepared: tuple[Database, int, int], tmp_path: Path, how: str
) -> None:
    db, meeting, _ = prepared
    path = _export(db, meeting, tmp_path)
    _record_in_review(path)
    _damage(path, how)
    vault = db.vault.path  # type: ignore[union-attr]
    before = _snapshot(db)
    db.close()
    secrets = tmp_path / "secrets"
    secrets.mkdir()
    (secrets / "vault").write_text(PASSPHRASE, encoding="utf-8")
    (secrets / "pack").write_text(PACK_PASS, encoding="utf-8")
    result = _egide("pack", "merge", "--vault", str(vault), "--from", str(path),
                    "--passphrase-file", str(secrets / "vault"),
                    "--pack-passphrase-file", str(secrets / "pack"))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and len(result.stderr.splitlines()) == 1
    assert "abîmé" in result.stderr and "Séance réintégrée" not in result.stdout
    from desktop.services.vault import lifecycle

    reopened = lifecycle.open_with_passphrase(vault, PASSPHRASE)
    try:
        assert _snapshot(reopened) == before
    finally:
        reopened.close()


def _edit_manifest(path: Path, edit: object) -> None:
    pack = packs.open_pack(path, PACK_PASS)
    try:
        with pack.unit_of_work() as uow:
            row = uow.session.get(Setting, packs.MANIFEST)
            assert row is not None
            data = json.loads(row.value)
            edit(data)  # type: ignore[operator]
            row.value = json.dumps(data)
    finally:
        pack.close()


def _locked_meeting_with_two_decisions(db: Database) -> tuple[int, list[int]]:
    other = meetings.create_meeting(db, at(2026, 1, 8, 10), "Préfecture").id
    item = agenda.add_item(db, other, "Point verrouillé").id
    agenda.add_decision(db, item, "Première décision")
    agenda.add_decision(db, item, "Seconde décision")
    meetings.set_status(db, other, MeetingStatus.TENUE)
    minutes.start_minutes(db, other)
    minutes.validate_minutes(db, other)
    minutes.lock_minutes(db, other)
    with db.reading() as session:
        ids = list(session.scalars(select(Decision.id).join(Decision.agenda_item)
                                   .where(Decision.agenda_item.has(meeting_id=other))))
    return other, ids


def test_an_edited_baseline_never_reaches_another_meeting(
    prepared: tuple[Database, int, int], tmp_path: Path
) -> None:
    db, meeting, _ = prepared
    locked, decision_ids = _locked_meeting_with_two_decisions(db)
    assert len(decision_ids) == 2
    path = _export(db, meeting, tmp_path)
    # Someone with the pack's passphrase claims the locked meeting's decisions were in the
    # pack at export (so that the merge deletes them, as they are not in the pack).
    _edit_manifest(path, lambda data: data["baseline"]["decision"].extend(decision_ids))
    before = _snapshot(db)
    with pytest.raises(Conflict, match="ne correspond pas"):
        pack_merge.apply_merge(db, path, PACK_PASS)
    assert _snapshot(db) == before
    with db.reading() as session:
        assert len(session.scalars(select(Decision).where(
            Decision.id.in_(decision_ids))).all()) == 2
    assert locked


def test_a_pack_that_changes_nothing_is_not_consumed(
    prepared: tuple[Database, int, int], tmp_path: Path
) -> None:
    db, meeting, _ = prepared
    path = _export(db, meeting, tmp_path)
    assert pack_merge.plan_merge(db, path, PACK_PASS).empty
    merged = pack_merge.apply_merge(db, path, PACK_PASS)
    assert merged.plan.empty
    _record_in_review(path)  # the copy edited offline afterwards is still welcome
    pack_merge.apply_merge(db, path, PACK_PASS)
    detail = meeting_detail(db, meeting)
    assert [d.text for d in detail.agenda[0].decisions] == ["Le CDOM accompagnera la plainte."]
