"""Shared mode's own use cases: the server's migration (after the office's pg_dump) and the
server password kept in the OS keyring. Opening and creating live in ``lifecycle``."""

from __future__ import annotations

from desktop.storage.shared import (
    migrate_shared,
    password_account,
    pg_dump_command,
    store_password,
    stored_password,
)

__all__ = [
    "migrate",
    "password_account",
    "pg_dump_command",
    "remember_password",
    "stored_password",
]


def migrate(url: str) -> tuple[int, int]:
    """Upgrade the server's schema; (version before, version after)."""
    return migrate_shared(url)


def remember_password(url: str, password: str) -> None:
    """Keep the server password in the OS keyring, found again by the URL's user/host/base."""
    store_password(url, password)
