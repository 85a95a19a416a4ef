"""Shared mode: the same schema on a PostgreSQL server, for an office that outgrew one PC.

The server holds the data; encryption at rest is the server's business (disk encryption) and
the connection must use TLS (``sslmode=require`` or stronger in the URL, except on loopback).
``SharedVault`` offers what services use of a ``Vault``: ``engine``, ``vault_id``, meta data.
Unlike the embedded vault, a shared schema is never migrated silently: the administrator backs
the server up (pg_dump) and runs ``egide migrate`` (not yet written).
"""

from __future__ import annotations

import uuid
from urllib.parse import parse_qs, urlsplit

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from desktop.errors import NotAVault, VaultError, VaultTooNew
from desktop.storage.engine import postgres_engine
from desktop.storage.meta import MetaAccess, set_meta
from desktop.storage.schema import SCHEMA_VERSION

LOOPBACK = {"localhost", "127.0.0.1", "::1"}


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

    def __init__(self, url: str, engine: Engine, vault_id: str) -> None:
        self.url = url
        self.engine = engine
        self.vault_id = vault_id
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
    engine = postgres_engine(url)
    with engine.connect() as connection:
        if sa.inspect(connection).has_table("vault_meta"):
            engine.dispose()
            raise VaultError("Cette base PostgreSQL contient déjà un coffre Égide.")
    upgrade_to_head(engine)
    vault_id = str(uuid.uuid4())
    with engine.begin() as connection:
        set_meta(connection, "vault_id", vault_id)
    return SharedVault(url, engine, vault_id)


def open_shared(url: str) -> SharedVault:
    require_tls(url)
    engine = postgres_engine(url)
    try:
        with engine.connect() as connection:
            if not sa.inspect(connection).has_table("vault_meta"):
                raise NotAVault(_safe(url), "La base ne contient pas de données Égide.")
            rows = {
                str(row[0]): row[1]
                for row in connection.execute(sa.text("SELECT key, value FROM vault_meta"))
            }
    except sa.exc.OperationalError as error:
        engine.dispose()
        raise VaultError(f"Le serveur PostgreSQL ne répond pas : {error.orig}") from None
    except BaseException:
        engine.dispose()
        raise
    schema = int(rows.get("schema_version") or 0)
    if schema > SCHEMA_VERSION:
        engine.dispose()
        raise VaultTooNew(schema, SCHEMA_VERSION)
    if schema < SCHEMA_VERSION:
        engine.dispose()
        raise VaultError(
            f"Le schéma du serveur (version {schema}) doit être mis à jour vers la version "
            f"{SCHEMA_VERSION} : sauvegardez la base (pg_dump) puis lancez la migration."
        )
    return SharedVault(url, engine, str(rows["vault_id"]))


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    return sa.engine.make_url(url).render_as_string(hide_password=True)
