"""What is known about each backup without its key: a small ``<backup>.json`` beside it
(when and why it was written, when it was last verified), and the list of backups of a vault.

The key is needed only to verify a backup again (``restore.verify_backup``); listing reads
the file system and these small files.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.files import write_private

BACKUP_SUFFIX = ".egide"
REASONS = {
    "manual": "manuelle",
    "automatic": "automatique",
    "close": "à la fermeture",
    "rekey": "avant rechiffrement",
    "migration": "avant migration",
    "import": "avant import",
    "merge": "avant réintégration d'une séance",
    "retention": "avant conservation",
    "restore": "avant restauration",
}


@dataclass(frozen=True)
class BackupRecord:
    path: Path
    written_at: dt.datetime
    size: int
    reason: str  # French, for the user
    verified_at: dt.datetime | None  # None: never verified (or written before the catalog)


def meta_path(backup: Path) -> Path:
    return backup.with_name(backup.name + ".json")


def write_meta(backup: Path, *, reason: str, written_at: dt.datetime, vault_id: str,
               audit_head: str | None = None) -> None:
    """Record why and when ``backup`` was written; it was verified just before.

    ``audit_head`` (``hash:count`` of the copy's audit trail) makes the entry an anchor:
    ``egide audit verify --against`` the backup detects a later truncation or rewrite."""
    data = {
        "format": 1,
        "vault_id": vault_id,
        "reason": reason,
        "written_at": written_at.isoformat(),
        "verified_at": written_at.isoformat(),
        "audit_head": audit_head,
    }
    write_private(meta_path(backup), json.dumps(data, indent=2).encode())


def mark_verified(backup: Path, when: dt.datetime) -> None:
    data = read_meta(backup)
    data.setdefault("format", 1)
    data["verified_at"] = when.isoformat()
    write_private(meta_path(backup), json.dumps(data, indent=2).encode())


def record_for(backup: Path) -> BackupRecord:
    data = read_meta(backup)
    stat = backup.stat()
    written = (_when(data.get("written_at")) or _stamp_in(backup.name)
               or dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC))
    reason = str(data.get("reason") or _reason_from_name(backup.name))
    return BackupRecord(
        backup, written, stat.st_size, REASONS.get(reason, reason), _when(data.get("verified_at"))
    )


def list_backups(folder: Path, vault_path: Path | None = None) -> list[BackupRecord]:
    """The backups in ``folder`` and the pre-migration ones beside the vault, newest first."""
    found: set[Path] = set()
    if folder.is_dir():
        found.update(folder.glob(f"*{BACKUP_SUFFIX}"))
    if vault_path is not None and vault_path.parent.is_dir():
        found.update(vault_path.parent.glob(f"{vault_path.stem}.avant-migration-*"))
    records = [record_for(path) for path in found if path.is_file()]
    return sorted(records, key=lambda record: record.written_at, reverse=True)


def _stamp_in(name: str) -> dt.datetime | None:
    """The UTC time in an automatic backup's name (``egide-20260101-120000…``)."""
    match = re.match(r"egide-(\d{8}-\d{6})", name)
    if match is None:
        return None
    try:
        return dt.datetime.strptime(match.group(1), "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def _reason_from_name(name: str) -> str:
    if ".avant-migration-" in name:
        return "migration"
    return "automatic" if name.startswith("egide-") else "manual"


def read_meta(backup: Path) -> dict[str, Any]:
    """The catalog entry of ``backup`` as written (empty when there is none or unreadable)."""
    try:
        data = json.loads(meta_path(backup).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _when(text: object) -> dt.datetime | None:
    if not isinstance(text, str):
        return None
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        return None
