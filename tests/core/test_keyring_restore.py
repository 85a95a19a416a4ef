"""``egide keyring restore``: after a recovery-key or passphrase opening, the key goes back in
the keyring (the in-memory one of the test suite, never the user's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import run_command
from desktop.services.vault import audit_log, lifecycle
from desktop.storage import keyring_slot
from desktop.storage.vault import ByKeyring
from tests.conftest import MemoryKeyring
from tests.core.conftest import PASSPHRASE


def _wipe(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.entries.clear()  # what a Windows password reset does


def test_restore_after_a_recovery_key_opening(
    created: lifecycle.Created, vault_path: Path, tmp_path: Path,
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str],
) -> None:
    vault_id, key = created.db.vault.vault_id, created.db.vault.key  # type: ignore[union-attr]
    created.db.close()
    _wipe(memory_keyring)
    recovery = tmp_path / "secours.txt"
    recovery.write_text(created.recovery_key, encoding="utf-8")

    code = run_command(["keyring", "restore", "--vault", str(vault_path),
                        "--recovery-key-file", str(recovery)])

    assert code == 0
    assert "remise dans le trousseau" in capsys.readouterr().out
    assert keyring_slot.load_key(vault_id) == key
    reopened = lifecycle.open_database(vault_path, ByKeyring(vault_id))  # the daily path again
    try:
        assert reopened.vault.vault_id == vault_id
    finally:
        reopened.close()


def test_restore_after_a_passphrase_opening_is_logged(
    created: lifecycle.Created, vault_path: Path, tmp_path: Path,
    memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str],
) -> None:
    vault_id = created.db.vault.vault_id
    created.db.close()
    _wipe(memory_keyring)
    phrase = tmp_path / "phrase.txt"
    phrase.write_text(PASSPHRASE, encoding="utf-8")
    unlock = ["--vault", str(vault_path), "--passphrase-file", str(phrase)]

    assert run_command(["keyring", "restore", *unlock]) == 0
    assert keyring_slot.load_key(vault_id) is not None
    assert run_command(["keyring", "restore", *unlock]) == 0  # a second time: nothing to do
    assert "déjà dans le trousseau" in capsys.readouterr().out
    db = lifecycle.open_with_passphrase(vault_path, PASSPHRASE)
    try:
        actions = [row.action for row in audit_log.recent_entries(db)]
    finally:
        db.close()
    assert actions.count("restore_access") == 1


def test_without_a_keyring_it_says_so_in_one_french_line(
    created: lifecycle.Created, vault_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    created.db.close()
    keyring_slot.use_backend(None)
    phrase = tmp_path / "phrase.txt"
    phrase.write_text(PASSPHRASE, encoding="utf-8")

    code = run_command(["keyring", "restore", "--vault", str(vault_path),
                        "--passphrase-file", str(phrase)])

    assert code == 1
    error = capsys.readouterr().err
    assert error.startswith("egide : Aucun trousseau sécurisé") and error.count("\n") == 1
