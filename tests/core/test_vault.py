"""The vault: create, reopen by each slot, each failure with its own message, no plaintext."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.errors import (
    KeyringEntryMissing,
    NoPassphraseSlot,
    NotAVault,
    NoWayToReopen,
    SidecarMismatch,
    VaultDamaged,
    VaultExists,
    VaultNotFound,
    VaultTooNew,
    WrongKey,
    WrongPassphrase,
    WrongRecoveryKey,
)
from desktop.services.vault import lifecycle, office
from desktop.services.vault.office import OfficeIdentity
from desktop.storage import keyring_slot
from desktop.storage.engine import sqlcipher_engine
from desktop.storage.recovery_key import format_recovery_key
from desktop.storage.sidecar import sidecar_path
from desktop.storage.vault import ByKeyring, ByPassphrase, ByRecoveryKey, open_vault
from tests.core.conftest import OFFICE_77, PASSPHRASE

MARKER = "MARQUEUR-UNIQUE-7f3a9c"


def test_created_vault_reopens_by_each_slot(created: lifecycle.Created, vault_path: Path) -> None:
    vault_id = created.db.vault.vault_id
    created.db.close()
    for unlock in (ByKeyring(), ByPassphrase(PASSPHRASE), ByRecoveryKey(created.recovery_key)):
        vault = open_vault(vault_path, unlock)
        assert vault.vault_id == vault_id
        vault.close()


def test_office_identity_survives_reopening(created: lifecycle.Created, vault_path: Path) -> None:
    created.db.close()
    db = lifecycle.open_with_passphrase(vault_path, PASSPHRASE)
    assert office.get_office(db) == OFFICE_77
    db.close()


def test_recovery_key_alone_opens_when_keyring_and_sidecar_are_gone(
    created: lifecycle.Created, vault_path: Path
) -> None:
    keyring_slot.delete_key(created.db.vault.vault_id)
    created.db.close()
    sidecar_path(vault_path).unlink()
    with pytest.raises(KeyringEntryMissing, match="trousseau"):
        open_vault(vault_path, ByKeyring())
    with pytest.raises(NoPassphraseSlot, match="clé de secours"):
        open_vault(vault_path, ByPassphrase(PASSPHRASE))
    db = lifecycle.open_with_recovery_key(vault_path, created.recovery_key)
    lifecycle.restore_access(db, new_passphrase="nouvelle phrase de passe", store_in_keyring=True)
    db.close()
    open_vault(vault_path, ByPassphrase("nouvelle phrase de passe")).close()
    open_vault(vault_path, ByKeyring()).close()


def test_changing_the_passphrase_rewrites_only_the_sidecar(
    created: lifecycle.Created, vault_path: Path
) -> None:
    vault = created.db.vault
    vault.engine.dispose()
    before = vault_path.read_bytes()
    side_before = sidecar_path(vault_path).read_bytes()
    vault.set_passphrase("une autre phrase de passe")
    assert vault_path.read_bytes() == before
    assert sidecar_path(vault_path).read_bytes() != side_before
    created.db.close()
    with pytest.raises(WrongPassphrase):
        open_vault(vault_path, ByPassphrase(PASSPHRASE))
    open_vault(vault_path, ByPassphrase("une autre phrase de passe")).close()


def test_wrong_passphrase_and_wrong_recovery_key_have_their_own_messages(
    created: lifecycle.Created, vault_path: Path
) -> None:
    created.db.close()
    with pytest.raises(WrongPassphrase, match="Phrase de passe incorrecte"):
        open_vault(vault_path, ByPassphrase("pas la bonne"))
    other = format_recovery_key(bytes(32))
    with pytest.raises(WrongRecoveryKey, match="ne correspond pas à ce coffre"):
        open_vault(vault_path, ByRecoveryKey(other))
    typo = created.recovery_key[:-1] + ("0" if created.recovery_key[-1] != "0" else "1")
    with pytest.raises(WrongRecoveryKey, match="somme de contrôle"):
        open_vault(vault_path, ByRecoveryKey(typo))


def test_keyring_key_of_another_vault_is_refused(tmp_path: Path, memory_keyring: object) -> None:
    first = lifecycle.create(tmp_path / "a.egide", OFFICE_77, passphrase=None, use_keyring=True)
    second = lifecycle.create(tmp_path / "b.egide", OFFICE_77, passphrase=None, use_keyring=True)
    first.db.close()
    second.db.close()
    with pytest.raises(WrongKey, match="clé de secours"):
        open_vault(tmp_path / "a.egide", ByKeyring(second.db.vault.vault_id))


def test_sidecar_of_another_vault_is_detected(tmp_path: Path) -> None:
    a = lifecycle.create(tmp_path / "a.egide", OFFICE_77, passphrase=PASSPHRASE, use_keyring=False)
    b = lifecycle.create(tmp_path / "b.egide", OFFICE_77, passphrase=PASSPHRASE, use_keyring=False)
    a.db.close()
    b.db.close()
    shutil.copyfile(sidecar_path(tmp_path / "b.egide"), sidecar_path(tmp_path / "a.egide"))
    with pytest.raises(SidecarMismatch):
        open_vault(tmp_path / "a.egide", ByPassphrase(PASSPHRASE))
    # The recovery key still opens it and tells the mismatch.
    with pytest.raises(SidecarMismatch, match="appartient à un autre coffre"):
        open_vault(tmp_path / "a.egide", ByRecoveryKey(a.recovery_key))


def test_files_that_are_not_vaults(tmp_path: Path) -> None:
    plain = tmp_path / "plain.db"
    engine = sa.create_engine(f"sqlite:///{plain}")
    with engine.begin() as connection:
        connection.execute(sa.text("CREATE TABLE t (x)"))
    engine.dispose()
    with pytest.raises(NotAVault, match="non chiffrée"):
        open_vault(plain, ByPassphrase("x"))

    empty = tmp_path / "vide.egide"
    empty.write_bytes(b"")
    with pytest.raises(NotAVault, match="vide ou tronqué"):
        open_vault(empty, ByRecoveryKey(format_recovery_key(bytes(32))))

    foreign = tmp_path / "autre.db"
    key = bytes(range(32))
    engine = sqlcipher_engine(foreign, key)
    with engine.begin() as connection:
        connection.execute(sa.text("CREATE TABLE t (x)"))
        connection.execute(sa.text("INSERT INTO t VALUES (zeroblob(4000))"))
    engine.dispose()
    with pytest.raises(NotAVault, match="pas de données Égide"):
        open_vault(foreign, ByRecoveryKey(format_recovery_key(key)))


def test_missing_file_is_never_created(tmp_path: Path) -> None:
    missing = tmp_path / "absent.egide"
    with pytest.raises(VaultNotFound, match="Aucun coffre"):
        open_vault(missing, ByPassphrase(PASSPHRASE))
    assert not missing.exists()


def test_creation_refuses_to_overwrite(created: lifecycle.Created, vault_path: Path) -> None:
    with pytest.raises(VaultExists):
        lifecycle.create(vault_path, OFFICE_77, passphrase=PASSPHRASE, use_keyring=False)


def test_no_keyring_and_no_passphrase_creates_nothing(tmp_path: Path) -> None:
    keyring_slot.use_backend(None)
    target = tmp_path / "x.egide"
    with pytest.raises(NoWayToReopen, match="Rien n'a été créé"):
        lifecycle.create(target, OFFICE_77, passphrase=None, use_keyring=True)
    assert list(tmp_path.iterdir()) == []


def test_damaged_page_is_reported(created: lifecycle.Created, vault_path: Path) -> None:
    created.db.vault.engine.dispose()
    created.db.close()
    data = bytearray(vault_path.read_bytes())
    page_size = 4096
    assert len(data) > 4 * page_size
    data[3 * page_size + 100] ^= 0xFF  # page 4
    vault_path.write_bytes(bytes(data))
    with pytest.raises(VaultDamaged, match="page 4"):
        open_vault(vault_path, ByPassphrase(PASSPHRASE), verify=True)


def test_newer_schema_is_refused_and_left_untouched(
    created: lifecycle.Created, vault_path: Path
) -> None:
    created.db.vault.set_meta("schema_version", "99")
    created.db.close()
    before = vault_path.read_bytes()
    with pytest.raises(VaultTooNew, match="version plus récente"):
        open_vault(vault_path, ByPassphrase(PASSPHRASE))
    assert vault_path.read_bytes() == before


def test_no_plaintext_in_the_file_the_wal_or_a_backup(tmp_path: Path) -> None:
    path = tmp_path / "v.egide"
    identity = OfficeIdentity(**{**OFFICE_77.__dict__, "address": MARKER})
    made = lifecycle.create(path, identity, passphrase=PASSPHRASE, use_keyring=False)
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0, "the WAL should hold the fresh writes"
    backup = tmp_path / "copie.egide"
    from desktop.config import Preferences

    lifecycle.backup(made.db, Preferences(), backup)
    for candidate in (path, wal, backup):
        assert MARKER.encode() not in candidate.read_bytes(), candidate
        assert MARKER.encode("utf-16-le") not in candidate.read_bytes(), candidate
    made.db.close()
    assert MARKER.encode() not in path.read_bytes()
