"""Shared mode: the same schema on a PostgreSQL server, for an office that outgrew one PC.

The server holds the data; encryption at rest is the server's business (disk encryption) and
the connection must use TLS (``sslmode=require`` or stronger in the URL, except on loopback).
``SharedVault`` offers what services use of a ``Vault``: ``engine``, ``vault_id``, meta data.
Unlike the embedded vault, a shared schema is never migrated silently: the administrator backs
the server up (pg_dump) and runs ``egide migrate --database URL``, which prints the
``pg_dump`` line first (``pg_dump_command``).

The password is not part of the URL the user keeps: it is in the OS keyring (service "Égide",
user name ``postgresql:USER@HOST:PORT/DATABASE``, see ``password_account``), or in libpq's own
``PGPASSWORD`` / ``~/.pgpass`` for scripts. ``with_stored_password`` adds it just before
connecting.
"""

from __future__ import annotations

import uuid
from urllib.parse import parse_qs, urlsplit

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from desktop.errors import NotAVault, VaultError, VaultTooNew
from desktop.storage.engine import postgres_engine
from desktop.storage.meta import MetaAccess, set_meta
from desktop.storage.roles import database_user, grant_all
from desktop.storage.schema import SCHEMA_VERSION

LOOPBACK = {"localhost", "127.0.0.1", "::1"}
_USER = " current_user"  # not a vault_meta key (they have no space)


def password_account(url: str) -> str:
    """The keyring user name that holds this server account's password."""
    parsed = sa.engine.make_url(url)
    return (f"postgresql:{parsed.username or ''}@{parsed.host or ''}:{parsed.port or 5432}"
            f"/{parsed.database or ''}")


def store_password(url: str, password: str) -> None:
    """Keep the server password in the OS keyring (``KeyringUnavailable`` without one)."""
    from desktop.errors import KeyringUnavailable
    from desktop.storage import keyring_slot

    backend = keyring_slot.system_backend()
    if backend is None:
        raise KeyringUnavailable()
    try:
        backend.set_password(keyring_slot.SERVICE, password_account(url), password)
    except Exception as error:  # keyring raises its own and D-Bus errors
        raise KeyringUnavailable(f"Le trousseau a refusé l'enregistrement ({error}).") from None


def stored_password(url: str) -> str | None:
    from desktop.storage import keyring_slot

    backend = keyring_slot.system_backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(keyring_slot.SERVICE, password_account(url))
    except Exception:  # noqa: BLE001 - a locked keyring is "no password stored"
        return None
    return str(value) if value else None


def with_stored_password(url: str) -> str:
    """The URL with the keyring's password when it names none (else unchanged)."""
    parsed = sa.engine.make_url(url)
    if parsed.password:
        return url
    password = stored_password(url)
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


def pg_dump_command(url: str) -> str:
    """The line the office runs before a migration (the password stays out of it)."""
    parsed = sa.engine.make_url(url)
    parts = ["pg_dump", "--format=custom"]
    if parsed.host:
        parts.append(f"--host={parsed.host}")
    if parsed.port:
        parts.append(f"--port={parsed.port}")
    if parsed.username:
        parts.append(f"--username={parsed.username}")
    stamp = "$(date +%Y%m%d-%H%M%S)"
    parts += [f"--file=egide-{parsed.database}-avant-migration-{stamp}.dump",
              str(parsed.database)]
    return " ".join(parts)


def require_tls(url: str) -> None:
    parts = urlsplit(url)
    if parts.hostname in LOOPBACK or parts.hostname is None:
        return
    mode = parse_qs(parts.query).get("sslmode", [""])[0]
    if mode not in {"require", "verify-ca", "verify-full"}:
        raise VaultError(
            "La connexion au serveur PostgreSQL doit être chiffrée : ajoutez "
            "« ?sslmode=verify-full » (ou « require ») à l'adresse du serveur."
        )


class SharedVault(MetaAccess):
    """A PostgreSQL database holding an Égide schema."""

    path = None
    is_shared = True

    def __init__(self, url: str, engine: Engine, vault_id: str, db_user: str | None = None
                 ) -> None:
        self.url = url
        self.engine = engine
        self.vault_id = vault_id
        self.db_user = db_user
        """The server account this connects as: the audit trail's "who" in shared mode."""
        self._open = True

    @property
    def is_open(self) -> bool:
        return self._open

    def display_url(self) -> str:
        return _safe(self.url)

    def close(self) -> None:
        self.engine.dispose()
        self._open = False


def create_shared(url: str) -> SharedVault:
    """Lay the schema on an empty PostgreSQL database and give it a vault id."""
    from desktop.storage.migrate import upgrade_to_head
    require_tls(url)
    engine = postgres_engine(with_stored_password(url))
    with engine.connect() as connection:
        if sa.inspect(connection).has_table("vault_meta"):
            engine.dispose()
            raise VaultError("Cette base PostgreSQL contient déjà un coffre Égide.")
    upgrade_to_head(engine)
    vault_id = str(uuid.uuid4())
    with engine.begin() as connection:
        set_meta(connection, "vault_id", vault_id)
        grant_all(connection)
        user = database_user(connection)
    return SharedVault(url, engine, vault_id, user)


def _read_meta(url: str) -> tuple[Engine, dict[str, str]]:
    require_tls(url)
    engine = postgres_engine(with_stored_password(url))
    try:
        with engine.connect() as connection:
            if not sa.inspect(connection).has_table("vault_meta"):
                raise NotAVault(_safe(url), "La base ne contient pas de données Égide.")
            rows = {
                str(row[0]): str(row[1])
                for row in connection.execute(sa.text("SELECT key, value FROM vault_meta"))
            }
            rows[_USER] = database_user(connection)
    except sa.exc.OperationalError as error:
        engine.dispose()
        raise VaultError(
            f"Le serveur PostgreSQL ne répond pas ou refuse la connexion : {error.orig}"
        ) from None
    except BaseException:
        engine.dispose()
        raise
    return engine, rows


def open_shared(url: str) -> SharedVault:
    engine, rows = _read_meta(url)
    schema = int(rows.get("schema_version") or 0)
    if schema > SCHEMA_VERSION:
        engine.dispose()
        raise VaultTooNew(schema, SCHEMA_VERSION)
    if schema < SCHEMA_VERSION:
        engine.dispose()
        raise VaultError(
            f"Le schéma du serveur (version {schema}) doit être mis à jour vers la version "
            f"{SCHEMA_VERSION} : sauvegardez la base (pg_dump) puis lancez "
            f"« egide migrate --database {_safe(url)} »."
        )
    return SharedVault(url, engine, str(rows["vault_id"]), rows[_USER])


def migrate_shared(url: str) -> tuple[int, int]:
    """Upgrade the server's schema to this code's head (after the office's dump).

    Returns (version before, version after). A schema newer than the code is refused.
    """
    from desktop.storage.migrate import upgrade_to_head

    engine, rows = _read_meta(url)
    try:
        before = int(rows.get("schema_version") or 0)
        if before > SCHEMA_VERSION:
            raise VaultTooNew(before, SCHEMA_VERSION)
        if before < SCHEMA_VERSION:
            upgrade_to_head(engine)
        with engine.begin() as connection:  # the new tables get the roles' grants
            grant_all(connection)
    finally:
        engine.dispose()
    return before, SCHEMA_VERSION



def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    return sa.engine.make_url(url).render_as_string(hide_password=True)
