"""Backups that run by themselves: at close, every half hour while something changed, and
before every import, pack merge and retention run (migration and re-key have their own).

Each one is verified by reopening (``storage.backup``), copied to the optional second location,
and followed by the graded retention of the automatic backups (``storage.backup_retention``).

A failed automatic backup never blocks the user's work: ``before`` (the moment a service is
about to change many rows) catches it and hands it to the listener the application installed
(the status bar in the GUI, stderr in the CLI); the work goes on. Without ``enable`` (tests,
scripts) ``before`` does nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa

from desktop.config import Preferences
from desktop.errors import BackupFailed, Cancelled, EgideError
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.services.vault.records import AutomaticBackup as AutomaticBackup
from desktop.services.vault.records import BackupFailure as BackupFailure
from desktop.storage.backup import automatic_backup_path, backup_vault, mirror_backup
from desktop.storage.backup_catalog import read_meta
from desktop.storage.backup_retention import RetentionPolicy, automatic_backups, prune
from desktop.storage.vault import Vault

__all__ = [
    "AutomaticBackup", "BackupFailure", "at_close", "before", "changed_since_last_backup",
    "disable", "enable", "failure_text", "retention_of", "run",
]


Listener = Callable[[AutomaticBackup | BackupFailure], object]


def retention_of(preferences: Preferences) -> RetentionPolicy:
    return RetentionPolicy(
        last=preferences.backups_kept, days=preferences.backup_days,
        weeks=preferences.backup_weeks, months=preferences.backup_months,
    )


def run(
    db: Database, preferences: Preferences, reason: str = "automatic", *,
    only_if_changed: bool = False, cancelled: Callable[[], bool] | None = None,
) -> AutomaticBackup:
    """Write a verified backup into the backup folder, copy it to the second location, apply
    the retention policy. ``BackupFailed`` when the backup itself fails (the vault untouched);
    a failed second copy is told in ``mirror_failure``, the backup being safe."""
    vault = db.vault
    if not isinstance(vault, Vault):
        raise BackupFailed("En mode partagé, les sauvegardes relèvent du serveur PostgreSQL.")
    if only_if_changed and not changed_since_last_backup(db, preferences.backups()):
        return AutomaticBackup(None, reason, changes=Changes.NONE)
    folder = preferences.backups()
    info = backup_vault(vault, automatic_backup_path(folder), reason=reason, cancelled=cancelled)
    with db.unit_of_work() as uow:
        uow.audit("backup", "vault", vault.vault_id, {"to": [None, str(info.path)],
                                                      "reason": [None, reason]})
    policy = retention_of(preferences)
    mirror, mirror_failure = None, None
    second = preferences.mirror()
    if second is not None:
        try:
            mirror = mirror_backup(info.path, second)
            prune(second, policy)
        except BackupFailed as error:
            mirror_failure = str(error)
    removed = prune(folder, policy)
    return AutomaticBackup(info.path, reason, mirror, mirror_failure, len(removed))


def at_close(db: Database, preferences: Preferences) -> AutomaticBackup:
    """The backup when the application closes: when ``backup_on_close`` is set, the vault is
    local and something changed since the last backup (``path`` None otherwise)."""
    if not preferences.backup_on_close or not isinstance(db.vault, Vault):
        return AutomaticBackup(None, "close", changes=Changes.NONE)
    return run(db, preferences, "close", only_if_changed=True)


def changed_since_last_backup(db: Database, folder: Path) -> bool:
    """Whether the audit trail holds anything but backups after the head recorded by the
    newest automatic backup (every write leaves an audit entry). True when unsure."""
    records = sorted(automatic_backups(folder), key=lambda r: r.written_at, reverse=True)
    if not records:
        return True
    head = read_meta(records[0].path).get("audit_head")
    if not isinstance(head, str) or ":" not in head:
        return True
    last_hash = head.split(":", 1)[0]
    from desktop.models.audit import AuditEntry

    with db.reading() as session:
        anchor_id = session.scalar(sa.select(AuditEntry.id).where(AuditEntry.hash == last_hash))
        if anchor_id is None:
            return True
        later = session.scalar(
            sa.select(sa.func.count(AuditEntry.id)).where(
                AuditEntry.id > anchor_id, AuditEntry.action != "backup"
            )
        )
    return bool(later)


# --- the moments a service is about to change many rows -------------------------------------


@dataclass(frozen=True)
class _Enabled:
    preferences: Preferences
    listener: Listener | None


_enabled: _Enabled | None = None
_lock = threading.Lock()


def enable(preferences: Preferences, listener: Listener | None = None) -> None:
    """Back up before each import, merge or retention run from now on (the application does
    this at start; the listener hears every outcome, on the thread that ran the work)."""
    global _enabled
    with _lock:
        _enabled = _Enabled(preferences, listener)


def disable() -> None:
    """No more backups before bulk changes (after a restore, until the next start)."""
    global _enabled
    with _lock:
        _enabled = None


def before(db: Database, reason: str) -> Changes:
    """Called by a service before it changes many rows (outside its unit of work): a verified
    backup when the application enabled them. Never raises: a failure goes to the listener
    and the work goes on. ``Changes.NONE`` when disabled, on a server, or nothing changed."""
    with _lock:
        enabled = _enabled
    if enabled is None or not isinstance(db.vault, Vault):
        return Changes.NONE
    outcome: AutomaticBackup | BackupFailure
    try:
        outcome = run(db, enabled.preferences, reason, only_if_changed=True)
    except Cancelled:
        raise
    except (EgideError, OSError, sa.exc.SQLAlchemyError) as error:
        outcome = BackupFailure(reason, failure_text(error))
    written = isinstance(outcome, AutomaticBackup) and outcome.path is not None
    if enabled.listener is not None and (written or isinstance(outcome, BackupFailure)):
        enabled.listener(outcome)
    return outcome.changes if isinstance(outcome, AutomaticBackup) else Changes.NONE


def failure_text(error: BaseException) -> str:
    """One French line for a failed automatic backup, whatever went wrong."""
    if isinstance(error, EgideError):
        return str(error)
    return f"La sauvegarde automatique a échoué : {error}"
