"""What backups and migrations need of an open vault, named here so that ``backup`` and
``migrate`` sit below ``vault`` (which opens vaults and migrates them after a backup) instead
of importing it back. ``vault.Vault`` is the one implementation.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from sqlalchemy.engine import Engine


class OpenedVault(Protocol):
    """An unlocked SQLCipher vault: its file, id, engine and raw key."""

    @property
    def path(self) -> Path: ...

    @property
    def vault_id(self) -> str: ...

    @property
    def engine(self) -> Engine: ...

    @property
    def key(self) -> bytes: ...

    def schema_version(self) -> int: ...


class RekeyableVault(OpenedVault, Protocol):
    """An open vault that can re-encrypt its pages (``storage.rekey`` drives it)."""

    def file_salt(self) -> bytes | None: ...

    def rekey(self, new_key: bytes) -> None: ...
