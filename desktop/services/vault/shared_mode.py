"""Shared mode's own use cases: reaching the office's PostgreSQL server from the window (the
settings a person fills, the password kept in the OS keyring, the TLS warning), its migration
after the office's pg_dump. Opening and creating the schema live in ``lifecycle``."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlencode

import sqlalchemy as sa

from desktop.config import Preferences, save_preferences
from desktop.errors import KeyringUnavailable, NotAVault, ValidationError
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.services.vault.office import OfficeIdentity
from desktop.storage import keyring_slot
from desktop.storage.notify import SENDER, Listener
from desktop.storage.notify import announce as announce_on
from desktop.storage.shared import (
    LOOPBACK,
    migrate_shared,
    password_account,
    pg_dump_command,
    store_password,
    stored_password,
)

__all__ = [
    "SSL_MODES",
    "Listener",
    "announce",
    "watch",
    "ServerSettings",
    "connect",
    "migrate",
    "password_account",
    "pg_dump_command",
    "remember_password",
    "server_url",
    "stored_password",
    "tls_warning",
]

SSL_MODES = ("verify-full", "verify-ca", "require", "disable")
"""From the safest (the server's name and certificate checked against the office's CA)."""


@dataclass(frozen=True)
class ServerSettings:
    """What a person types to reach the office's server (the password apart)."""

    host: str
    port: int = 5432
    database: str = "egide"
    user: str = ""
    sslmode: str = "verify-full"
    ca_file: str = ""


def validate(settings: ServerSettings) -> None:
    if not settings.host.strip():
        raise ValidationError("host", "Indiquez le nom du serveur PostgreSQL.")
    if not settings.database.strip():
        raise ValidationError("database", "Indiquez le nom de la base.")
    if not settings.user.strip():
        raise ValidationError("user", "Indiquez votre nom d'utilisateur sur le serveur.")
    if settings.sslmode not in SSL_MODES:
        raise ValidationError("sslmode", f"Mode TLS inconnu : « {settings.sslmode} ».")
    if settings.sslmode in {"verify-full", "verify-ca"} and not settings.ca_file.strip():
        raise ValidationError(
            "ca_file", "Choisissez le certificat de l'autorité de la préfecture (fichier .crt "
            "ou .pem) : il permet de vérifier que le serveur est bien le vôtre.")
    if settings.sslmode == "disable" and settings.host.strip() not in LOOPBACK:
        raise ValidationError(
            "sslmode", "Sans chiffrement, seule une base sur ce poste (localhost) est "
            "acceptée : choisissez « verify-full » pour un serveur du réseau.")


def tls_warning(sslmode: str) -> str:
    """What the office accepts by lowering ``sslmode`` (empty for verify-full)."""
    if sslmode == "verify-full":
        return ""
    if sslmode == "verify-ca":
        return ("Attention : le certificat est vérifié mais pas le nom du serveur ; un autre "
                "serveur muni d'un certificat de la même autorité serait accepté.")
    if sslmode == "require":
        return ("Attention : la connexion est chiffrée mais le serveur n'est pas vérifié ; un "
                "intermédiaire sur le réseau pourrait se faire passer pour lui et lire les "
                "données. Réservez ce réglage à un essai.")
    return ("Attention : la connexion n'est pas chiffrée. Ce réglage n'est admis que pour "
            "une base installée sur ce poste.")


def server_url(settings: ServerSettings) -> str:
    """The URL Égide keeps (in the preferences): no password in it."""
    query = {"sslmode": settings.sslmode}
    if settings.ca_file.strip() and settings.sslmode != "disable":
        query["sslrootcert"] = settings.ca_file.strip()
    url = sa.engine.URL.create(
        "postgresql+psycopg", username=settings.user.strip(), host=settings.host.strip(),
        port=settings.port, database=settings.database.strip(),
    )
    return f"{url.render_as_string(hide_password=False)}?{urlencode(query)}"


def connect(
    settings: ServerSettings, password: str, preferences: Preferences | None,
    office: OfficeIdentity | None = None,
) -> Database:
    """Reach the office's server: keep the password in the keyring, open the Égide data
    there, or (with ``office``, from the creation assistant) lay the schema on an empty base.
    The preferences then remember the server, so Égide opens it from now on."""
    from desktop.services.vault import lifecycle

    validate(settings)
    url = server_url(settings)
    opening = url
    if password:
        try:
            store_password(url, password)
        except KeyringUnavailable:  # this session only: the password is asked again next time
            opening = sa.engine.make_url(url).set(password=password).render_as_string(
                hide_password=False)
    try:
        db = lifecycle.open_shared(opening)
    except NotAVault:
        if office is None:
            raise
        db = lifecycle.create_shared(opening, office)
        from desktop.services.roster.imports import import_france_communes

        import_france_communes(db, {office.department_code})
    if preferences is not None:
        preferences.shared_database = url
        save_preferences(preferences)
    return db


_SENDER = SENDER


def announce(db: Database, changes: Changes) -> None:
    """After a save on the shared server: tell the colleagues' windows what changed."""
    announce_on(db.vault.engine, changes.value, _SENDER)


def watch(db: Database, on_change: Callable[[Changes], None]) -> Listener | None:
    """Call ``on_change`` (on a thread of its own) when a colleague saves on the same server;
    None for a local vault. ``stop()`` the listener when the window closes or switches."""
    if not getattr(db.vault, "is_shared", False):
        return None
    return Listener(db.vault.engine, _SENDER, lambda flags: on_change(Changes(flags)))


def keyring_available() -> bool:
    return keyring_slot.available()


def migrate(url: str) -> tuple[int, int]:
    """Upgrade the server's schema; (version before, version after)."""
    return migrate_shared(url)


def remember_password(url: str, password: str) -> None:
    """Keep the server password in the OS keyring, found again by the URL's user/host/base."""
    store_password(url, password)
