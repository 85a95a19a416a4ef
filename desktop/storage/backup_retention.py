"""Which automatic backups to keep: graded retention (the last few, then one a day, one a
week, one a month), never the last good one.

Pure: it reads dates and verification marks from the catalog and decides; ``prune`` deletes
what the policy lets go (the backup, its sidecar and its catalog entry together).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop.storage.backup_catalog import BACKUP_SUFFIX, BackupRecord, meta_path, record_for
from desktop.storage.sidecar import sidecar_path


@dataclass(frozen=True)
class RetentionPolicy:
    """Keep the ``last`` newest, then the newest of each of the last ``days`` days, ``weeks``
    ISO weeks and ``months`` calendar months (counted back from now)."""

    last: int = 10
    days: int = 7
    weeks: int = 4
    months: int = 12


def to_delete(
    records: Iterable[BackupRecord], policy: RetentionPolicy, now: dt.datetime | None = None
) -> list[Path]:
    """The backups the policy lets go, oldest first. The newest backup and the newest
    verified one are always kept, whatever the policy says."""
    now = now or dt.datetime.now(dt.UTC)
    ordered = sorted(records, key=lambda record: record.written_at, reverse=True)
    keep: set[Path] = {record.path for record in ordered[: max(policy.last, 1)]}
    verified = [record for record in ordered if record.verified_at is not None]
    if verified:
        keep.add(verified[0].path)
    _keep_one_per(ordered, keep, lambda when: when.date(),
                  now - dt.timedelta(days=policy.days))
    _keep_one_per(ordered, keep, lambda when: when.isocalendar()[:2],
                  now - dt.timedelta(weeks=policy.weeks))
    _keep_one_per(ordered, keep, lambda when: (when.year, when.month),
                  _months_before(now, policy.months))
    return [record.path for record in reversed(ordered) if record.path not in keep]


def _keep_one_per(
    ordered: list[BackupRecord], keep: set[Path], period: Callable[[dt.datetime], Hashable],
    since: dt.datetime,
) -> None:
    """The newest backup of each period that ends after ``since``."""
    seen: set[Hashable] = set()
    for record in ordered:  # newest first
        when = record.written_at.astimezone(dt.UTC)
        if when < since:
            break
        key = period(when)
        if key not in seen:
            seen.add(key)
            keep.add(record.path)


def _months_before(now: dt.datetime, months: int) -> dt.datetime:
    """The first instant of the month ``months - 1`` months before ``now``'s month."""
    if months <= 0:
        return now
    index = now.year * 12 + now.month - 1 - (months - 1)
    return now.replace(year=index // 12, month=index % 12 + 1, day=1, hour=0, minute=0,
                       second=0, microsecond=0)


def automatic_backups(folder: Path) -> list[BackupRecord]:
    """The automatic backups (``egide-*``) in ``folder``: the only ones retention touches."""
    if not folder.is_dir():
        return []
    return [record_for(path) for path in folder.glob(f"egide-*{BACKUP_SUFFIX}")
            if path.is_file()]


def prune(folder: Path, policy: RetentionPolicy, now: dt.datetime | None = None) -> list[Path]:
    """Delete the automatic backups of ``folder`` that the policy lets go; returns them."""
    removed = to_delete(automatic_backups(folder), policy, now)
    for old in removed:
        old.unlink(missing_ok=True)
        sidecar_path(old).unlink(missing_ok=True)
        meta_path(old).unlink(missing_ok=True)
    return removed
