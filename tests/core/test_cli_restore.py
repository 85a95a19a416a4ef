"""restore, check and backup list/verify run as a user would, on really damaged files: one
French line and exit 1 where something is wrong, never a traceback."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from desktop.storage.engine import sqlcipher_engine
from desktop.storage.recovery_key import parse_recovery_key
from tests.core.test_cli import egide, initialised, passphrase_file  # noqa: F401 - fixtures

PAGE = 4096


def _backup(vault: Path, passphrase_file: Path, home: Path) -> Path:  # noqa: F811
    result = egide("backup", "--vault", str(vault), "--passphrase-file", str(passphrase_file),
                   env_extra={"EGIDE_HOME": str(home)})
    assert result.returncode == 0, result.stderr
    [backup] = (home / "data" / "sauvegardes").glob("*.egide")
    return backup


def _one_french_line(stderr: str) -> None:
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1 and stderr.startswith("egide : ")


def test_restore_a_truncated_vault_from_the_backup_alone(
    initialised: tuple[Path, str], passphrase_file: Path, tmp_path: Path  # noqa: F811
) -> None:
    vault, _ = initialised
    home = tmp_path / "home"
    backup = _backup(vault, passphrase_file, home)
    vault.write_bytes(vault.read_bytes()[: 75 * PAGE + 123])
    checked = egide("check", "--vault", str(vault), "--passphrase-file", str(passphrase_file))
    assert checked.returncode == 1
    _one_french_line(checked.stderr)
    restored = egide("restore", "--vault", str(vault), "--from", str(backup),
                     "--passphrase-file", str(passphrase_file), "--yes",
                     env_extra={"EGIDE_HOME": str(home)})
    assert restored.returncode == 0, restored.stderr
    [aside] = tmp_path.glob("v.avant-restauration-*.egide")
    assert aside.stat().st_size == 75 * PAGE + 123  # the damaged file kept as it was
    assert egide("check", "--vault", str(vault), "--passphrase-file",
                 str(passphrase_file)).returncode == 0


def test_backup_list_and_verify(
    initialised: tuple[Path, str], passphrase_file: Path, tmp_path: Path  # noqa: F811
) -> None:
    vault, recovery = initialised
    home = tmp_path / "home"
    backup = _backup(vault, passphrase_file, home)
    listed = egide("backup", "list", "--vault", str(vault), env_extra={"EGIDE_HOME": str(home)})
    assert listed.returncode == 0, listed.stderr
    [line] = listed.stdout.splitlines()
    assert "automatique" in line and "vérifiée le" in line and "Kio" in line
    assert str(backup) in line
    key_file = tmp_path / "secours.txt"
    key_file.write_text(recovery, encoding="utf-8")
    verified = egide("backup", "verify", str(backup), "--recovery-key-file", str(key_file))
    assert verified.returncode == 0 and "intacte" in verified.stdout, verified.stderr
    data = bytearray(backup.read_bytes())
    data[3 * PAGE + 500] ^= 0xFF
    backup.write_bytes(bytes(data))
    damaged = egide("backup", "verify", str(backup), "--recovery-key-file", str(key_file))
    assert damaged.returncode == 1 and "endommagé" in damaged.stderr
    _one_french_line(damaged.stderr)


def test_check_prints_the_page_diagnosis_before_a_damaged_audit_trail(
    initialised: tuple[Path, str], passphrase_file: Path  # noqa: F811
) -> None:
    vault, recovery = initialised
    engine = sqlcipher_engine(vault, parse_recovery_key(recovery), pooled=False)
    with engine.connect() as connection:
        root = connection.execute(sa.text(
            "SELECT rootpage FROM sqlite_master WHERE name = 'audit_entry'"
        )).scalar_one()
    engine.dispose()
    data = bytearray(vault.read_bytes())
    for offset in range(100, 108):
        data[(root - 1) * PAGE + offset] ^= 0xFF
    vault.write_bytes(bytes(data))
    checked = egide("check", "--vault", str(vault), "--passphrase-file", str(passphrase_file))
    assert checked.returncode == 1
    assert "Traceback" not in checked.stderr
    lines = checked.stdout.splitlines()
    pages = next(i for i, line in enumerate(lines) if line.startswith("Intégrité des pages"))
    audit = next(i for i, line in enumerate(lines) if line.startswith("Journal d'audit"))
    assert pages < audit and f"page {root}" in lines[pages]
    assert "illisible" in lines[audit]
    verified = egide("audit", "verify", "--vault", str(vault), "--passphrase-file",
                     str(passphrase_file))
    assert verified.returncode == 1 and "endommagé" in verified.stderr
    _one_french_line(verified.stderr)
