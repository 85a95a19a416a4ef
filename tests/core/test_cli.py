"""The headless commands, run as a user would: a real process, exit codes, French messages."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.storage.schema import SCHEMA_VERSION

RECOVERY = re.compile(r"([0-9A-Z]{4}(?:-[0-9A-Z]{4}){13})")


def egide(*args: str, env_extra: dict[str, str] | None = None,
          stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EGIDE_KEYRING": "none", **(env_extra or {})}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        capture_output=True, text=True, env=env, input=stdin, timeout=120,
    )


@pytest.fixture
def passphrase_file(tmp_path: Path) -> Path:
    path = tmp_path / "phrase.txt"
    path.write_text("une phrase de passe de test\n", encoding="utf-8")
    return path


@pytest.fixture
def initialised(tmp_path: Path, passphrase_file: Path) -> tuple[Path, str]:
    vault = tmp_path / "v.egide"
    result = egide("init", "--vault", str(vault), "--passphrase-file", str(passphrase_file))
    assert result.returncode == 0, result.stderr
    match = RECOVERY.search(result.stdout)
    assert match, result.stdout
    return vault, match.group(1)


def test_init_prints_the_recovery_key_once_and_check_reports(
    initialised: tuple[Path, str], passphrase_file: Path
) -> None:
    vault, _ = initialised
    result = egide("check", "--vault", str(vault), "--passphrase-file", str(passphrase_file))
    assert result.returncode == 0, result.stderr
    assert "SQLCipher : 4." in result.stdout
    assert f"Version du schéma : {SCHEMA_VERSION}" in result.stdout
    assert "Intégrité des pages : aucune anomalie" in result.stdout
    assert "Journal d'audit" in result.stdout and "intact" in result.stdout
    assert not RECOVERY.search(result.stdout)


def test_init_without_keyring_or_passphrase_creates_nothing(tmp_path: Path) -> None:
    vault = tmp_path / "v.egide"
    result = egide("init", "--vault", str(vault))
    assert result.returncode == 1
    assert "Rien n'a été créé" in result.stderr and len(result.stderr.splitlines()) == 1
    assert not vault.exists()


def test_recovery_key_file_and_environment_variable_unlock(
    initialised: tuple[Path, str], tmp_path: Path
) -> None:
    vault, recovery = initialised
    key_file = tmp_path / "secours.txt"
    key_file.write_text(recovery.lower().replace("-", " "), encoding="utf-8")
    assert egide("audit", "verify", "--vault", str(vault), "--recovery-key-file",
                 str(key_file)).returncode == 0
    ok = egide("audit", "verify", "--vault", str(vault),
               env_extra={"EGIDE_PASSPHRASE": "une phrase de passe de test"})
    assert ok.returncode == 0 and "intact" in ok.stdout


def test_wrong_passphrase_is_one_french_line_and_exit_1(initialised: tuple[Path, str]) -> None:
    vault, _ = initialised
    result = egide("check", "--vault", str(vault), env_extra={"EGIDE_PASSPHRASE": "fausse"})
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "egide : Phrase de passe incorrecte : le coffre n'a pas été ouvert."
    )


def test_backup_then_restore_with_confirmation(
    initialised: tuple[Path, str], passphrase_file: Path, tmp_path: Path
) -> None:
    vault, _ = initialised
    unlock = ["--vault", str(vault), "--passphrase-file", str(passphrase_file)]
    copy = tmp_path / "copie.egide"
    backup = egide("backup", "--to", str(copy), *unlock)
    assert backup.returncode == 0 and "vérifiée" in backup.stdout
    refused = egide("restore", "--from", str(copy), *unlock)
    assert refused.returncode == 1 and "--yes" in refused.stderr
    restored = egide("restore", "--from", str(copy), "--yes", *unlock)
    assert restored.returncode == 0, restored.stderr
    assert "conservé" in restored.stdout
    assert len(list(tmp_path.glob("v.avant-restauration-*.egide"))) == 1


def test_audit_verify_detects_tampering(
    initialised: tuple[Path, str], passphrase_file: Path
) -> None:
    from desktop.storage.vault import ByPassphrase, open_vault

    vault, _ = initialised
    opened = open_vault(vault, ByPassphrase("une phrase de passe de test"))
    with opened.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE audit_entry SET actor = 'intrus' WHERE id = 1")
    opened.close()
    result = egide("audit", "verify", "--vault", str(vault), "--passphrase-file",
                   str(passphrase_file))
    assert result.returncode == 1
    assert "Entrée n° 1 : son contenu a été modifié." in result.stdout


def test_demo_command_fills_a_vault(tmp_path: Path, passphrase_file: Path) -> None:
    vault = tmp_path / "demo.egide"
    result = egide("demo", "--vault", str(vault), "--passphrase-file", str(passphrase_file))
    assert result.returncode == 0, result.stderr
    check = egide("check", "--vault", str(vault), "--passphrase-file", str(passphrase_file))
    assert check.returncode == 0


def test_gui_help_lists_quit_after_paint() -> None:
    result = egide("--help")
    assert result.returncode == 0
    assert "--quit-after-paint" in result.stdout and "init" in result.stdout


def test_missing_vault_is_a_clear_error(tmp_path: Path) -> None:
    result = egide("check", "--vault", str(tmp_path / "absent.egide"),
                   env_extra={"EGIDE_PASSPHRASE": "x"})
    assert result.returncode == 1
    assert "Aucun coffre Égide" in result.stderr
    assert not (tmp_path / "absent.egide").exists()


def test_a_new_vault_knows_its_departement_s_communes(
    initialised: tuple[Path, str], passphrase_file: Path
) -> None:
    vault, _ = initialised
    found = egide("lookup", "coulommiers", "--vault", str(vault),
                  "--passphrase-file", str(passphrase_file))
    assert found.returncode == 0, found.stderr
    assert "77131" in found.stdout and "Coulommiers" in found.stdout
    printed = egide("print", "--help")
    assert printed.returncode == 0 and "annuaire" in printed.stdout


def test_rekey_prints_a_new_recovery_key_that_opens_the_vault(
    initialised: tuple[Path, str], passphrase_file: Path, tmp_path: Path
) -> None:
    vault, old = initialised
    result = egide("rekey", "--vault", str(vault), "--passphrase-file", str(passphrase_file))
    assert result.returncode == 0, result.stderr
    new = RECOVERY.search(result.stdout)
    assert new and new.group(1) != old
    key_file = tmp_path / "nouvelle.txt"
    key_file.write_text(new.group(1), encoding="utf-8")
    assert egide("check", "--vault", str(vault), "--recovery-key-file",
                 str(key_file)).returncode == 0
    key_file.write_text(old, encoding="utf-8")
    refused = egide("check", "--vault", str(vault), "--recovery-key-file", str(key_file))
    assert refused.returncode == 1 and "ne correspond pas" in refused.stderr
