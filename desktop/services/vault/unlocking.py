"""Opening a vault by the first way given: recovery key, else passphrase, else the keyring
(what the commands do; the window asks in its unlock dialog instead)."""

from __future__ import annotations

from pathlib import Path

from desktop.config import Preferences
from desktop.services.vault.database import Database
from desktop.services.vault.lifecycle import open_database
from desktop.storage.vault import ByKeyring, ByPassphrase, ByRecoveryKey, Unlock


def open_with(
    path: Path,
    *,
    recovery_key: str | None = None,
    passphrase: str | None = None,
    preferences: Preferences | None = None,
    verify: bool = False,
) -> Database:
    unlock: Unlock
    if recovery_key is not None:
        unlock = ByRecoveryKey(recovery_key)
    elif passphrase is not None:
        unlock = ByPassphrase(passphrase)
    else:
        unlock = ByKeyring()
    return open_database(path, unlock, preferences, verify=verify)
