"""Restore from the backup alone, with real damage to the vault it replaces; and damage at
opening reported as damage (never as another vault's key file, never a traceback)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.config import Preferences
from desktop.errors import SidecarMismatch, VaultDamaged, VaultError, VaultNotFound
from desktop.services.vault import backups, lifecycle, office
from desktop.storage.sidecar import read_sidecar, sidecar_path
from desktop.storage.vault import ByKeyring, ByPassphrase, ByRecoveryKey, open_vault
from tests.core.conftest import OFFICE_77, PASSPHRASE


def _flip(offset: int, count: int = 8) -> Callable[[Path], None]:
    def damage(path: Path) -> None:
        data = bytearray(path.read_bytes())
        for index in range(offset, offset + count):
            data[index] ^= 0xFF
        path.write_bytes(bytes(data))
    return damage


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2 + 100])


def _zero(path: Path) -> None:
    path.write_bytes(b"\x00" * path.stat().st_size)


def _remove(path: Path) -> None:
    path.unlink()


DAMAGE = {
    "page 1": _flip(200),
    "salt": _flip(3, 4),
    "truncated": _truncate,
    "zeroed": _zero,
    "missing": _remove,
}


@pytest.fixture
def backed_up(
    created: lifecycle.Created, vault_path: Path, tmp_path: Path
) -> tuple[Path, Preferences]:
    """A vault with a backup in the automatic folder, then changed, then closed."""
    preferences = Preferences(backup_folder=str(tmp_path / "sauvegardes"))
    info = lifecycle.backup(created.db, preferences)
    changed = office.OfficeIdentity(**{**OFFICE_77.__dict__, "city": "Fontainebleau"})
    office.save_office(created.db, changed)
    created.db.close()
    return info.path, preferences


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_damaged_vault_is_restored_from_the_backup_alone(
    damage: str, backed_up: tuple[Path, Preferences], vault_path: Path
) -> None:
    backup, preferences = backed_up
    original = vault_path.read_bytes()
    DAMAGE[damage](vault_path)
    restored = backups.restore(vault_path, backup, ByPassphrase(PASSPHRASE), preferences)
    assert office.get_office(restored.db).city == "Melun"  # type: ignore[union-attr]
    restored.db.close()
    open_vault(vault_path, ByPassphrase(PASSPHRASE), verify=True).close()
    if damage == "missing":
        assert restored.kept_aside is None
    else:
        assert restored.kept_aside is not None and restored.kept_aside.exists()
        assert "avant-restauration" in restored.kept_aside.name
        assert restored.kept_aside.stat().st_size == (
            len(original) if damage in {"page 1", "salt", "zeroed"} else len(original) // 2 + 100
        )


def test_restore_with_the_recovery_key_and_the_keyring(
    created: lifecycle.Created, backed_up: tuple[Path, Preferences], vault_path: Path
) -> None:
    backup, preferences = backed_up
    _zero(vault_path)
    sidecar_path(backup).unlink()  # the recovery key needs nothing but the backup
    restored = backups.restore(
        vault_path, backup, ByRecoveryKey(created.recovery_key), preferences
    )
    restored.db.close()
    _flip(200)(vault_path)
    # Without its sidecar the backup is found in the keyring by the id the settings remember.
    backups.restore(vault_path, backup, ByKeyring(), preferences).db.close()
    open_vault(vault_path, ByKeyring()).close()
    # Two restores (often within one second): both replaced files are kept, none overwritten.
    assert len(list(vault_path.parent.glob("coffre.avant-restauration-*.egide"))) == 2


def test_backups_are_listed_with_date_size_reason_and_verification(
    backed_up: tuple[Path, Preferences], vault_path: Path
) -> None:
    backup, preferences = backed_up
    [record] = backups.backups_of(preferences, vault_path)
    assert record.path == backup and record.size == backup.stat().st_size
    assert record.reason == "automatique" and record.verified_at is not None
    checked = backups.verify(backup, ByPassphrase(PASSPHRASE))
    assert checked.verified_at is not None and checked.verified_at >= record.verified_at
    _flip(5000)(backup)
    with pytest.raises(VaultDamaged):
        backups.verify(backup, ByPassphrase(PASSPHRASE))


@pytest.mark.parametrize("damage", ["page 1", "salt"])
def test_damage_to_page_1_or_the_salt_is_reported_as_damage(
    damage: str, created: lifecycle.Created, vault_path: Path
) -> None:
    created.db.close()
    assert read_sidecar(vault_path).file_salt == vault_path.read_bytes()[:16]  # type: ignore[union-attr]
    DAMAGE[damage](vault_path)
    for unlock in (ByPassphrase(PASSPHRASE), ByRecoveryKey(created.recovery_key), ByKeyring()):
        with pytest.raises(VaultDamaged, match="endommagé") as raised:
            open_vault(vault_path, unlock)
        assert not isinstance(raised.value, SidecarMismatch)
        assert ("sel" if damage == "salt" else "page 1") in str(raised.value)


@pytest.mark.parametrize("damage", ["truncated", "zeroed", "missing"])
def test_a_broken_vault_file_gives_one_french_error(
    damage: str, created: lifecycle.Created, vault_path: Path
) -> None:
    created.db.close()
    DAMAGE[damage](vault_path)
    expected = VaultNotFound if damage == "missing" else VaultError
    with pytest.raises(expected) as raised:
        open_vault(vault_path, ByPassphrase(PASSPHRASE))
    assert "\n" not in str(raised.value)
