"""Create and open the encrypted vault through one of its key slots.

Opening never creates a database in place of one that fails, never writes a plaintext copy and
never opens a schema newer than the code; each failure raises its own ``VaultError``.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Iterator
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
from desktop.storage.diagnosis import PAGE_SIZE, diagnose, expected_pages
from desktop.storage.engine import raw_key_literal, sqlcipher_engine
from desktop.storage.integrity import check_integrity
from desktop.storage.meta import MetaAccess, set_meta
from desktop.storage.recovery_key import format_recovery_key, parse_recovery_key
from desktop.storage.rekey import finish_interrupted
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
        write_sidecar(self.path, Sidecar(self.vault_id, slot, None, self.file_salt()))

    def file_salt(self) -> bytes | None:
        """The file's SQLCipher salt (kept in the sidecar to recognise a damaged salt)."""
        return engine_salt(self.engine)

    def rekey(self, new_key: bytes) -> None:
        """Re-encrypt every page under ``new_key`` (``PRAGMA rekey``).

        Use ``storage.rekey.rekey_safely``, which seals the new key in the slots first and
        promotes it after. Every pooled connection carries the old key, so the engine is
        replaced.
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
        write_sidecar(path, Sidecar(vault_id, slot, None, engine_salt(engine)))
        if in_keyring:
            keyring_slot.store_key(vault_id, key)
    except BaseException:
        engine.dispose()
        for leftover in (path, sidecar_path(path), *_wal_files(path)):
            leftover.unlink(missing_ok=True)
        raise
    return CreatedVault(Vault(path, vault_id, engine, key), format_recovery_key(key), in_keyring)


def engine_salt(engine: Engine) -> bytes | None:
    try:
        with engine.connect() as connection:
            value = connection.exec_driver_sql("PRAGMA cipher_salt").scalar()
        return bytes.fromhex(str(value)) if value else None
    except (sa.exc.DBAPIError, ValueError):
        return None


def _wal_files(path: Path) -> tuple[Path, Path]:
    return path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")


# --- opening -----------------------------------------------------------------------------------


def open_vault(
    path: Path,
    unlock: Unlock,
    *,
    verify: bool = False,
    known_vault_id: str | None = None,
    migrate: bool = True,
) -> Vault:
    """Open the vault with one slot, or raise the ``VaultError`` that says why not.

    ``known_vault_id`` (from the user's settings) finds the keyring entry without the sidecar.
    ``verify`` runs SQLCipher's page check (reads every page: slower, for ``egide check``).
    A slot holding a pending key (a re-key interrupted) is tried after the current key, and
    promoted when it is the one that opens the file. ``migrate=False`` leaves an older schema
    as it is (a backup checked before a restore is not migrated in place).
    """
    path = Path(path)
    if not path.is_file():
        raise VaultNotFound(path)
    _refuse_plain_files(path)
    sidecar = read_sidecar(path)
    first_key: bytes | None = None
    for key, pending in _keys_from(unlock, path, sidecar, known_vault_id):
        first_key = first_key or key
        engine = sqlcipher_engine(path, key)
        try:
            identity = _read_identity(engine, path, key)
            if identity is None:
                engine.dispose()
                continue
            vault_id, schema = identity
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
        if pending:
            finish_interrupted(path, vault_id, key, engine_salt(engine))
        vault = Vault(path, vault_id, engine, key)
        if migrate and schema < SCHEMA_VERSION:
            from desktop.storage.migrate import migrate_with_backup

            migrate_with_backup(vault)
        return vault
    raise _refusal(unlock, path, first_key, sidecar)


def _refuse_plain_files(path: Path) -> None:
    with open(path, "rb") as handle:
        head = handle.read(1024)
    if head.startswith(PLAIN_SQLITE_HEADER):
        raise NotAVault(path, "C'est une base SQLite non chiffrée : Égide ne l'ouvre pas.")
    if len(head) < 1024:
        raise NotAVault(path, "Le fichier est vide ou tronqué.")


def _keys_from(
    unlock: Unlock, path: Path, sidecar: Sidecar | None, known_id: str | None
) -> Iterator[tuple[bytes, bool]]:
    """The keys to try, current first, each with "is it a pending key?" (lazily: each
    passphrase slot costs one scrypt)."""
    if isinstance(unlock, ByRawKey):
        yield unlock.key, False
        return
    if isinstance(unlock, ByRecoveryKey):
        yield parse_recovery_key(unlock.text), False
        return
    if isinstance(unlock, ByPassphrase):
        if sidecar is None or (sidecar.passphrase is None and sidecar.pending is None):
            raise NoPassphraseSlot(sidecar_path(path))
        if sidecar.passphrase is not None:
            yield sidecar.passphrase.open(unlock.passphrase, sidecar.vault_id), False
        if sidecar.pending is not None:
            yield sidecar.pending.open(unlock.passphrase, sidecar.vault_id), True
        return
    vault_id = unlock.vault_id or known_id or (sidecar.vault_id if sidecar else None)
    current = keyring_slot.load_key(vault_id) if vault_id else None
    pending = keyring_slot.load_key(vault_id, pending=True) if vault_id else None
    if current is None and pending is None:
        raise KeyringEntryMissing()
    if current is not None:
        yield current, False
    if pending is not None and pending != current:
        yield pending, True


def _read_identity(engine: Engine, path: Path, key: bytes) -> tuple[str, int] | None:
    """The vault id and schema version, or None when the key does not open the file."""
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
            return None
        raise VaultDamaged(path, _damage_detail(engine, path, message, key)) from None
    if "vault_id" not in rows:
        raise NotAVault(path, "La base ne contient pas d'identifiant de coffre.")
    return str(rows["vault_id"]), int(rows.get("schema_version") or 0)


def _damage_detail(engine: Engine, path: Path, message: str, key: bytes) -> str:
    size = path.stat().st_size
    if size % PAGE_SIZE:
        return f"le fichier est tronqué ({size} octets, pas un nombre entier de pages)."
    expected = expected_pages(path, key)  # cut on a page boundary: the header knows
    if expected is not None and expected > size // PAGE_SIZE:
        return (f"le fichier est tronqué ({size // PAGE_SIZE} pages sur les {expected} "
                "qu'il annonce : la fin manque).")
    try:
        report = check_integrity(engine)
    except sa.exc.DBAPIError:
        try:  # SQLCipher cannot even run its check: the page HMACs, checked here, name them
            found = diagnose(path, key)
        except OSError:
            found = None
        if found is not None and found.bad_pages:
            return found.describe()
        return f"la base est illisible ({message})."
    return report.describe() if not report.ok else message


def _refusal(unlock: Unlock, path: Path, key: bytes | None, sidecar: Sidecar | None) -> VaultError:
    """No key opened the file: damage (page 1, salt, truncation) or a key of another vault."""
    if key is not None:
        try:
            found = diagnose(path, key, sidecar.file_salt if sidecar else None)
        except OSError:
            found = None
        if found is not None and found.is_damage:
            return VaultDamaged(path, found.describe())
    return _wrong_key_for(unlock, path)


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
