"""The OS keyring slot: the vault key in hex, service "Égide", user name the vault id.

The backend is picked explicitly (Windows Credential Manager, macOS Keychain, Secret Service):
never a file-based keyring (``keyrings.alt``, ``keyrings.cryptfile``), and never the automatic
choice of ``keyring.get_keyring()``, which may land on one of them or prompt on a TTY.
Tests install an in-memory backend with ``use_backend``.

During a re-key the new key waits under the user name ``<vault id>:pending`` (``pending=True``)
until the re-encrypted file is verified; opening tries it when the current key fails.
"""

from __future__ import annotations

import os
import sys
from typing import Any

from desktop.errors import KeyringUnavailable

SERVICE = "Égide"
_UNSET: Any = object()
_override: Any = _UNSET


def use_backend(backend: Any) -> None:
    """Use this backend (an in-memory one in tests); ``None`` means "no keyring here"."""
    global _override
    _override = backend


def reset_backend() -> None:
    global _override
    _override = _UNSET


def system_backend() -> Any | None:
    """The platform's secure keyring when it is really there, else None."""
    if _override is not _UNSET:
        return _override
    if os.environ.get("EGIDE_KEYRING", "").lower() == "none":
        return None
    try:
        if sys.platform == "win32":
            from keyring.backends.Windows import WinVaultKeyring as BackendClass
        elif sys.platform == "darwin":
            from keyring.backends.macOS import Keyring as BackendClass
        else:
            from keyring.backends.SecretService import Keyring as BackendClass
        if not BackendClass.viable:
            return None
        return BackendClass()  # type: ignore[no-untyped-call]
    except Exception:  # noqa: BLE001 - any failure means "no usable keyring"
        return None


def available() -> bool:
    return system_backend() is not None


def _user(vault_id: str, pending: bool) -> str:
    return f"{vault_id}:pending" if pending else vault_id


def store_key(vault_id: str, key: bytes, *, pending: bool = False) -> None:
    backend = _require()
    try:
        backend.set_password(SERVICE, _user(vault_id, pending), key.hex())
    except Exception as error:  # keyring raises its own and D-Bus errors
        raise KeyringUnavailable(f"Le trousseau a refusé l'enregistrement ({error}).") from None


def load_key(vault_id: str, *, pending: bool = False) -> bytes | None:
    """The key stored for this vault, or None when the keyring has no entry for it."""
    backend = system_backend()
    if backend is None:
        return None
    try:
        value = backend.get_password(SERVICE, _user(vault_id, pending))
    except Exception:  # noqa: BLE001 - a locked or broken keyring is "no entry" for us
        return None
    if not value:
        return None
    try:
        key = bytes.fromhex(value)
    except ValueError:
        return None
    return key if len(key) == 32 else None


def delete_key(vault_id: str, *, pending: bool = False) -> None:
    backend = system_backend()
    if backend is None:
        return
    try:
        backend.delete_password(SERVICE, _user(vault_id, pending))
    except Exception:  # noqa: BLE001 - nothing to delete is fine
        return


def _require() -> Any:
    backend = system_backend()
    if backend is None:
        raise KeyringUnavailable()
    return backend
