"""Create and open the encrypted vault through one of its key slots.

Opening never creates a database in place of one that fails, never writes a plaintext copy and
never opens a schema newer than the code; each failure raises its own ``VaultError``.
"""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from desktop.errors import (
    KeyringEntryMissing,
    NoPassphraseSlot,
    NotAVault,
    NoWayToReopen,
    SidecarMismatch,
    VaultDamaged,
    VaultError,
    VaultExists,
    VaultNotFound,
    VaultTooNew,
    WrongKey,
    WrongRecoveryKey,
)
from desktop.files import create_private
from desktop.storage import keyring_slot
from desktop.storage.engine import raw_key_literal, sqlcipher_engine
from desktop.storage.integrity import check_integrity
from desktop.storage.meta import MetaAccess, set_meta
from desktop.storage.recovery_key import format_recovery_key, parse_recovery_key
from desktop.storage.schema import SCHEMA_VERSION
from desktop.storage.sidecar import (
    PassphraseSlot,
    ScryptParams,
    Sidecar,
    check_pairing,
    read_sidecar,
    sidecar_path,
    write_sidecar,
)

PLAIN_SQLITE_HEADER = b"SQLite format 3\x00"


# --- the ways to unlock ------------------------------------------------------------------------


@dataclass(frozen=True)
class ByKeyring:
    """The key from the OS keyring; the vault id from the sidecar unless given."""

    vault_id: str | None = None


@dataclass(frozen=True)
class ByPassphrase:
    passphrase: str


@dataclass(frozen=True)
class ByRecoveryKey:
    text: str


@dataclass(frozen=True)
class ByRawKey:
    key: bytes


Unlock = ByKeyring | ByPassphrase | ByRecoveryKey | ByRawKey


# --- the open vault ----------------------------------------------------------------------------


class Vault(MetaAccess):
    """An unlocked vault: its engine, id and key. ``close()`` forgets the key."""

    def __init__(self, path: Path, vault_id: str, engine: Engine, key: bytes) -> None:
        self.path = path
        self.vault_id = vault_id
        self.engine = engine
        self._key: bytes | None = key

    @property
    def key(self) -> bytes:
        if self._key is None:
            raise VaultError("Le coffre est fermé.")
        return self._key

    @property
    def is_open(self) -> bool:
        return self._key is not None

    def recovery_key(self) -> str:
        return format_recovery_key(self.key)

    def set_passphrase(self, passphrase: str, params: ScryptParams | None = None) -> None:
        """Rewrite only the sidecar: the database and the other slots stay as they are."""
        slot = PassphraseSlot.seal(self.key, passphrase, self.vault_id, params)
        write_sidecar(self.path, Sidecar(self.vault_id, slot))

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page under ``new_key`` (``PRAGMA rekey``).

        The caller has made a verified backup first and updates the key slots afterwards.
        Every pooled connection carries the old key, so the engine is replaced.
        """
        if len(new_key) != 32:
            raise ValueError("the vault key is 32 bytes")
        with self.engine.connect() as connection:
            raw = connection.connection.dbapi_connection
            assert raw is not None
            raw.execute(f"PRAGMA rekey = \"{raw_key_literal(new_key)}\"")
        self.engine.dispose()
        self.engine = sqlcipher_engine(self.path, new_key)
        self._key = new_key

    def store_in_keyring(self) -> None:
        keyring_slot.store_key(self.vault_id, self.key)

    def close(self) -> None:
        self.engine.dispose()
        self._key = None


# --- creation ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CreatedVault:
    vault: Vault
    recovery_key: str
    in_keyring: bool


def create_vault(
    path: Path,
    *,
    passphrase: str | None = None,
    use_keyring: bool = True,
    scrypt: ScryptParams | None = None,
) -> CreatedVault:
    """A new vault with a random 256-bit key, its schema, its sidecar and its slots.

    Refuses (creating nothing) when no slot but the recovery key would be left.
    """
    path = Path(path)
    if path.exists() or sidecar_path(path).exists():
        raise VaultExists(path)
    in_keyring = use_keyring and keyring_slot.available()
    if not in_keyring and not passphrase:
        raise NoWayToReopen()
    create_private(path)  # 0600 before SQLite opens it: its -wal and -shm files follow
    key = secrets.token_bytes(32)
    vault_id = str(uuid.uuid4())
    engine = sqlcipher_engine(path, key)
    try:
        from desktop.storage.migrate import upgrade_to_head

        upgrade_to_head(engine)
        with engine.begin() as connection:
            set_meta(connection, "vault_id", vault_id)
            from desktop import __version__

            set_meta(connection, "created_by_version", __version__)
        slot = PassphraseSlot.seal(key, passphrase, vault_id, scrypt) if passphrase else None
        write_sidecar(path, Sidecar(vault_id, slot))
        if in_keyring:
            keyring_slot.store_key(vault_id, key)
    except BaseException:
        engine.dispose()
        for leftover in (path, sidecar_path(path), *_wal_files(path)):
            leftover.unlink(missing_ok=True)
        raise
    return CreatedVault(Vault(path, vault_id, engine, key), format_recovery_key(key), in_keyring)


def _wal_files(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


# --- opening -----------------------------------------------------------------------------------


def open_vault(
    path: Path, unlock: Unlock, *, verify: bool = False, known_vault_id: str | None = None
) -> Vault:
    """Open the vault with one slot, or raise the ``VaultError`` that says why not.

    ``known_vault_id`` (from the user's settings) finds the keyring entry without the sidecar.
    ``verify`` runs SQLCipher's page check (reads every page: slower, for ``egide check``).
    """
    path = Path(path)
    if not path.is_file():
        raise VaultNotFound(path)
    _refuse_plain_files(path)
    sidecar = read_sidecar(path)
    key = _key_from(unlock, path, sidecar, known_vault_id)
    engine = sqlcipher_engine(path, key)
    try:
        vault_id, schema = _read_identity(engine, path, unlock)
        if sidecar is not None:
            check_pairing(sidecar, vault_id, path)
        if schema > SCHEMA_VERSION:
            raise VaultTooNew(schema, SCHEMA_VERSION)
        if verify:
            report = check_integrity(engine)
            if not report.ok:
                raise VaultDamaged(path, report.describe())
    except BaseException:
        engine.dispose()
        raise
    vault = Vault(path, vault_id, engine, key)
    if schema < SCHEMA_VERSION:
        from desktop.storage.migrate import migrate_with_backup

        migrate_with_backup(vault)
    return vault


def _refuse_plain_files(path: Path) -> None:
    with open(path, "rb") as handle:
        head = handle.read(1024)
    if head.startswith(PLAIN_SQLITE_HEADER):
        raise NotAVault(path, "C'est une base SQLite non chiffrée : Égide ne l'ouvre pas.")
    if len(head) < 1024:
        raise NotAVault(path, "Le fichier est vide ou tronqué.")


def _key_from(unlock: Unlock, path: Path, sidecar: Sidecar | None, known_id: str | None) -> bytes:
    if isinstance(unlock, ByRawKey):
        return unlock.key
    if isinstance(unlock, ByRecoveryKey):
        return parse_recovery_key(unlock.text)
    if isinstance(unlock, ByPassphrase):
        if sidecar is None or sidecar.passphrase is None:
            raise NoPassphraseSlot(sidecar_path(path))
        return sidecar.passphrase.open(unlock.passphrase, sidecar.vault_id)
    vault_id = unlock.vault_id or known_id or (sidecar.vault_id if sidecar else None)
    key = keyring_slot.load_key(vault_id) if vault_id else None
    if key is None:
        raise KeyringEntryMissing()
    return key


def _read_identity(engine: Engine, path: Path, unlock: Unlock) -> tuple[str, int]:
    try:
        with engine.connect() as connection:
            tables = set(
                connection.execute(
                    sa.text("SELECT name FROM sqlite_master WHERE type = 'table'")
                ).scalars()
            )
            if "vault_meta" not in tables:
                raise NotAVault(path, "La base ne contient pas de données Égide.")
            rows = {
                str(row[0]): row[1]
                for row in connection.execute(sa.text("SELECT key, value FROM vault_meta"))
            }
    except sa.exc.DatabaseError as error:
        message = str(error.orig)
        if "file is not a database" in message:
            raise _wrong_key_for(unlock, path) from None
        report = check_integrity(engine)
        raise VaultDamaged(path, report.describe() if not report.ok else message) from None
    if "vault_id" not in rows:
        raise NotAVault(path, "La base ne contient pas d'identifiant de coffre.")
    return str(rows["vault_id"]), int(rows.get("schema_version") or 0)


def _wrong_key_for(unlock: Unlock, path: Path) -> VaultError:
    if isinstance(unlock, ByRecoveryKey):
        return WrongRecoveryKey("Elle ne correspond pas à ce coffre.")
    if isinstance(unlock, ByPassphrase):
        # The passphrase opened the slot, so the slot belongs to another file.
        return SidecarMismatch(sidecar_path(path))
    return WrongKey(
        f"La clé ne permet pas d'ouvrir « {path} » : ce n'est pas un coffre Égide, ou la clé "
        "du trousseau appartient à un autre coffre. Essayez la clé de secours."
    )
