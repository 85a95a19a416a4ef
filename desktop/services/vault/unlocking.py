"""Opening a vault by the first way given: recovery key, else passphrase, else the keyring
(what the commands do; the window asks in its unlock dialog instead)."""

from __future__ import annotations

from pathlib import Path

from desktop.config import Preferences
from desktop.services.vault.database import Database
from desktop.services.vault.lifecycle import open_database
from desktop.storage.vault import ByKeyring, ByPassphrase, ByRecoveryKey, Unlock

__all__ = ["Unlock", "has_passphrase", "open_with", "unlock_with"]


def unlock_with(*, recovery_key: str | None = None, passphrase: str | None = None) -> Unlock:
    """The slot to try: the recovery key when given, else the passphrase, else the keyring."""
    if recovery_key is not None:
        return ByRecoveryKey(recovery_key)
    if passphrase is not None:
        return ByPassphrase(passphrase)
    return ByKeyring()


def open_with(
    path: Path,
    *,
    recovery_key: str | None = None,
    passphrase: str | None = None,
    preferences: Preferences | None = None,
    verify: bool = False,
) -> Database:
    unlock = unlock_with(recovery_key=recovery_key, passphrase=passphrase)
    return open_database(path, unlock, preferences, verify=verify)


def has_passphrase(path: Path) -> bool:
    """Whether the vault at ``path`` has a passphrase slot (read from its sidecar, no key)."""
    from desktop.storage.sidecar import read_sidecar

    try:
        sidecar = read_sidecar(path)
    except Exception:  # an unreadable sidecar: the unlock dialog will say what is wrong
        return False
    return bool(sidecar and sidecar.passphrase)
