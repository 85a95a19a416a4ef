"""What the vault services return: a vault just created or restored (open), its status, a
backup just written (by hand or automatically), a new recovery key. Frozen dataclasses;
``db`` is the open vault."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database


@dataclass(frozen=True)
class Created:
    db: Database
    recovery_key: str
    in_keyring: bool


@dataclass(frozen=True)
class VaultStatus:
    path: Path | None  # None in shared mode (see ``server``)
    vault_id: str
    schema_version: int
    last_backup_at: dt.datetime | None
    demo: bool
    in_keyring: bool
    has_passphrase: bool
    server: str | None = None


@dataclass(frozen=True)
class BackedUp:
    """A verified backup just written, and what changed (the date of the last backup)."""

    path: Path
    size: int
    written_at: dt.datetime
    changes: Changes = Changes.VAULT | Changes.AUDIT


@dataclass(frozen=True)
class NewRecoveryKey:
    recovery_key: str
    backup: Path
    changes: Changes = Changes.VAULT | Changes.AUDIT


@dataclass(frozen=True)
class Restored:
    db: Database  # the restored vault, open
    kept_aside: Path | None  # where the replaced file went (None: there was none)


@dataclass(frozen=True)
class AutomaticBackup:
    """One automatic backup run. ``path`` None: nothing had changed, nothing was written."""

    path: Path | None
    reason: str
    mirror: Path | None = None
    mirror_failure: str | None = None  # French: the backup is written, its second copy not
    removed: int = 0  # old backups let go by the retention policy
    changes: Changes = Changes.VAULT | Changes.AUDIT

    @property
    def failure(self) -> str | None:
        return self.mirror_failure


@dataclass(frozen=True)
class BackupFailure:
    """An automatic backup that failed (what the status bar shows until the next success)."""

    reason: str
    message: str  # French

    @property
    def failure(self) -> str:
        return self.message
