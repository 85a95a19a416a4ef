"""The audit trail anchored outside the vault: someone holding the key deletes the last
entries and rewrites the head, or recomputes every hash; the chain alone verifies, the anchor
beside the vault (or an earlier backup) does not."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from desktop.config import Preferences
from desktop.services.vault import audit_log, lifecycle, office
from desktop.services.vault.database import Database
from desktop.storage.anchors import anchor_path, read_anchor
from desktop.storage.audit import _digest, verify_chain
from desktop.storage.vault import ByPassphrase
from tests.core.conftest import OFFICE_77, PASSPHRASE


def _write_some(db: Database, n: int) -> None:
    for number in range(n):
        office.save_office(db, office.OfficeIdentity(
            **{**OFFICE_77.__dict__, "address": f"{number} rue de la Paix"}))


def _truncate(db: Database, keep: int) -> None:
    """What an insider with the key does: delete the last entries, rewrite the head."""
    with db.vault.engine.begin() as connection:
        connection.execute(sa.text("DELETE FROM audit_entry WHERE id > :k"), {"k": keep})
        last = connection.execute(
            sa.text("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1")).scalar()
        connection.execute(sa.text("UPDATE vault_meta SET value = :v WHERE key = 'audit_head'"),
                           {"v": f"{last}:{keep}"})


def _rewrite_every_hash(db: Database) -> None:
    """Edit the first entry and recompute the whole chain and its head."""
    with db.vault.engine.begin() as connection:
        connection.execute(sa.text(
            "UPDATE audit_entry SET actor = 'quelqu''un' WHERE id = "
            "(SELECT min(id) FROM audit_entry)"))
        rows = connection.execute(sa.text(
            "SELECT id, at, actor, action, entity, entity_id, changes FROM audit_entry "
            "ORDER BY id")).all()
        previous = "0" * 64
        for row in rows:
            at = dt.datetime.fromisoformat(row.at) if isinstance(row.at, str) else row.at
            if at.tzinfo is None:
                at = at.replace(tzinfo=dt.UTC)
            digest = _digest(previous, at, row.actor, row.action, row.entity, row.entity_id,
                             row.changes)
            connection.execute(sa.text(
                "UPDATE audit_entry SET prev_hash = :p, hash = :h WHERE id = :i"),
                {"p": previous, "h": digest, "i": row.id})
            previous = digest
        connection.execute(sa.text("UPDATE vault_meta SET value = :v WHERE key = 'audit_head'"),
                           {"v": f"{previous}:{len(rows)}"})


def _table_name() -> str:
    from desktop.models.audit import AuditEntry

    return str(AuditEntry.__tablename__)


def test_each_commit_writes_the_head_beside_the_vault(
    created: lifecycle.Created, vault_path: Path
) -> None:
    _write_some(created.db, 3)
    anchor = read_anchor(anchor_path(vault_path), created.db.vault.key)
    assert anchor.authentic is True
    assert anchor.entries == audit_log.count_entries(created.db)
    if os.name == "posix":
        assert stat.S_IMODE(anchor_path(vault_path).stat().st_mode) == 0o600
    assert audit_log.verify(created.db).ok


def test_a_truncated_chain_with_its_head_rewritten_is_detected(
    created: lifecycle.Created, vault_path: Path
) -> None:
    assert _table_name() == "audit_entry"
    _write_some(created.db, 5)
    _truncate(created.db, keep=3)
    with created.db.reading() as session:
        assert verify_chain(session).ok  # the chain alone is fooled
    report = audit_log.verify(created.db)
    assert not report.ok
    assert any("supprimées ou réécrites" in problem for problem in report.problems)


def test_a_chain_whose_every_hash_was_recomputed_is_detected(
    created: lifecycle.Created,
) -> None:
    _write_some(created.db, 2)
    _rewrite_every_hash(created.db)
    with created.db.reading() as session:
        assert verify_chain(session).ok
    assert not audit_log.verify(created.db).ok


def test_the_anchor_of_a_backup_detects_what_followed_it(
    created: lifecycle.Created, vault_path: Path, tmp_path: Path
) -> None:
    _write_some(created.db, 2)
    backup = tmp_path / "copie.egide"
    lifecycle.backup(created.db, Preferences(), backup)
    _write_some(created.db, 2)
    assert audit_log.verify(created.db, backup).ok
    anchor_path(vault_path).unlink()  # the insider removes the anchor beside the vault too
    _truncate(created.db, keep=2)
    report = audit_log.verify(created.db, backup)
    assert not report.ok and "copie.egide" in report.problems[-1]


def test_an_edited_anchor_file_is_told(created: lifecycle.Created, vault_path: Path) -> None:
    _write_some(created.db, 1)
    path = anchor_path(vault_path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data["entries"] += 5
    path.write_text(json.dumps(data), encoding="utf-8")
    report = audit_log.verify(created.db)
    assert any("ne se vérifie pas avec la clé" in problem for problem in report.problems)


def _egide(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EGIDE_KEYRING": "none", "EGIDE_PASSPHRASE": PASSPHRASE,
           "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_cli_audit_verify_against_an_anchor(
    created: lifecycle.Created, vault_path: Path, tmp_path: Path
) -> None:
    _write_some(created.db, 4)
    kept = tmp_path / "exportee.ancre"
    kept.write_bytes(anchor_path(vault_path).read_bytes())
    result = _egide("audit", "verify", "--vault", str(vault_path), "--against", str(kept))
    assert result.returncode == 0, result.stderr
    assert "conforme à" in result.stdout
    _truncate(created.db, keep=2)
    anchor_path(vault_path).unlink()
    created.db.close()
    result = _egide("audit", "verify", "--vault", str(vault_path), "--against", str(kept))
    assert result.returncode == 1
    assert "supprimées ou réécrites" in result.stdout
    assert "ALTÉRÉ" in result.stderr and "Traceback" not in result.stderr
    missing = _egide("audit", "verify", "--vault", str(vault_path), "--against",
                     str(tmp_path / "absente.ancre"))
    assert missing.returncode == 1 and len(missing.stderr.splitlines()) == 1
    assert "Aucune ancre" in missing.stderr


def test_the_newest_backup_anchors_the_trail_until_a_restore_of_an_older_one(
    created: lifecycle.Created, vault_path: Path
) -> None:
    from desktop.services.vault import backups

    _write_some(created.db, 1)
    older = lifecycle.backup(created.db, Preferences())  # into the backup folder
    _write_some(created.db, 2)
    lifecycle.backup(created.db, Preferences())
    anchor_path(vault_path).unlink()  # only the backups anchor the trail now
    _truncate(created.db, keep=3)
    assert not audit_log.verify(created.db).ok  # the newest backup holds a later entry
    created.db.close()
    restored = backups.restore(vault_path, older.path, ByPassphrase(PASSPHRASE))
    try:  # the restore dropped later entries on purpose, and says so in the trail
        assert audit_log.verify(restored.db).ok
    finally:
        restored.db.close()
