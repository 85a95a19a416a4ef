"""Backups are encrypted, verified, pruned; restore keeps the current file aside."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.config import Preferences
from desktop.errors import VaultExists
from desktop.services.vault import lifecycle, office
from desktop.storage.backup_retention import RetentionPolicy, prune
from desktop.storage.sidecar import sidecar_path
from desktop.storage.vault import ByPassphrase, open_vault
from tests.core.conftest import OFFICE_77, PASSPHRASE


def test_backup_is_verified_carries_its_sidecar_and_opens_alone(
    created: lifecycle.Created, tmp_path: Path
) -> None:
    target = tmp_path / "sauvegardes" / "copie.egide"
    info = lifecycle.backup(created.db, Preferences(), target)
    assert info.path == target and info.size > 0
    assert sidecar_path(target).exists()
    status = lifecycle.status(created.db)
    assert status.last_backup_at is not None
    copy = open_vault(target, ByPassphrase(PASSPHRASE), verify=True)
    assert copy.vault_id == created.db.vault.vault_id
    copy.close()
    with pytest.raises(VaultExists):
        lifecycle.backup(created.db, Preferences(), target)


def test_automatic_backups_are_pruned_to_the_policy(
    created: lifecycle.Created, tmp_path: Path
) -> None:
    folder = tmp_path / "auto"
    for n in range(1, 5):
        (folder).mkdir(exist_ok=True)
        (folder / f"egide-2026010{n}-000000.egide").write_bytes(b"old")
    preferences = Preferences(backup_folder=str(folder), backups_kept=2, backup_days=0,
                              backup_weeks=0, backup_months=0)
    lifecycle.backup(created.db, preferences)
    remaining = sorted(p.name for p in folder.glob("egide-*.egide"))
    assert len(remaining) == 2
    assert remaining[0] == "egide-20260104-000000.egide"  # the oldest ones went first


def test_restore_puts_the_backup_back_and_keeps_the_current_file(
    created: lifecycle.Created, vault_path: Path, tmp_path: Path
) -> None:
    from desktop.storage.restore import restore_vault

    backup = tmp_path / "avant.egide"
    lifecycle.backup(created.db, Preferences(), backup)
    changed = office.OfficeIdentity(**{**OFFICE_77.__dict__, "city": "Fontainebleau"})
    office.save_office(created.db, changed)
    key = created.db.vault.key
    created.db.close()
    aside = restore_vault(vault_path, backup, key)
    assert aside.exists() and aside != vault_path
    db = lifecycle.open_with_passphrase(vault_path, PASSPHRASE)
    assert office.get_office(db).city == "Melun"  # type: ignore[union-attr]
    db.close()
    kept = lifecycle.open_database(aside, ByPassphrase(PASSPHRASE))
    assert office.get_office(kept).city == "Fontainebleau"  # type: ignore[union-attr]
    kept.close()


def test_prune_keeps_everything_below_the_limit(tmp_path: Path) -> None:
    (tmp_path / "egide-20260101-000000.egide").write_bytes(b"x")
    assert prune(tmp_path, RetentionPolicy(last=5)) == []
