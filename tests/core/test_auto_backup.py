"""Automatic backups: graded retention, the second location, only when something changed,
before an import, and a failure that never stops the work."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.config import Preferences
from desktop.services.vault import auto_backup, lifecycle, office
from desktop.services.vault.changes import Changes
from desktop.storage.backup_catalog import BackupRecord, meta_path
from desktop.storage.backup_retention import RetentionPolicy, to_delete
from desktop.storage.sidecar import sidecar_path
from desktop.storage.vault import ByPassphrase, open_vault
from tests.core.conftest import OFFICE_77, PASSPHRASE

NOW = dt.datetime(2026, 12, 7, 12, 0, tzinfo=dt.UTC)


@pytest.fixture(autouse=True)
def _disabled() -> Iterator[None]:
    yield
    auto_backup.disable()


def _hourly(hours: int, verified: bool = True) -> list[BackupRecord]:
    return [
        BackupRecord(Path(f"b{n}"), NOW - dt.timedelta(hours=n), 1,
                     "automatique", NOW if verified else None)
        for n in range(hours)
    ]


def test_retention_keeps_the_last_then_one_a_day_a_week_a_month() -> None:
    records = _hourly(24 * 500)  # one backup an hour for 500 days
    policy = RetentionPolicy(last=10, days=7, weeks=4, months=12)
    deleted = set(to_delete(records, policy, NOW))
    kept = [r for r in records if r.path not in deleted]
    assert all(r.path not in deleted for r in records[:10])  # the last ten, whatever their age
    # 10 last, 7 days (today among the last), 4-5 weeks, 12 months: about thirty in all
    assert 25 <= len(kept) <= 33
    oldest = min(r.written_at for r in kept)
    assert NOW - oldest < dt.timedelta(days=366)
    assert NOW - oldest > dt.timedelta(days=300)  # a month's backup a year back
    days = {r.written_at.date() for r in kept if NOW - r.written_at < dt.timedelta(days=7)}
    assert len(days) >= 7  # one for each of the last seven days


def test_retention_never_deletes_the_newest_verified_backup() -> None:
    records = _hourly(40, verified=False)
    old_good = BackupRecord(Path("good"), NOW - dt.timedelta(days=900), 1, "automatique", NOW)
    deleted = to_delete([*records, old_good], RetentionPolicy(last=1, days=0, weeks=0,
                                                              months=0), NOW)
    assert Path("good") not in deleted and Path("b0") not in deleted
    assert len(deleted) == 39


def test_an_automatic_backup_is_verified_mirrored_and_anchored(
    created: lifecycle.Created, tmp_path: Path
) -> None:
    preferences = Preferences(backup_folder=str(tmp_path / "auto"),
                              backup_mirror_folder=str(tmp_path / "usb"))
    done = auto_backup.run(created.db, preferences, "import")
    assert done.path is not None and done.mirror is not None and done.failure is None
    assert done.path.parent == tmp_path / "auto"
    meta = json.loads(meta_path(done.path).read_text(encoding="utf-8"))
    assert meta["reason"] == "import" and ":" in meta["audit_head"]
    mirror = tmp_path / "usb" / done.path.name
    assert mirror.read_bytes() == done.path.read_bytes()
    assert sidecar_path(mirror).exists() and meta_path(mirror).exists()
    copy = open_vault(mirror, ByPassphrase(PASSPHRASE), verify=True, migrate=False)
    assert copy.vault_id == created.db.vault.vault_id
    copy.close()


def test_nothing_is_written_when_nothing_changed(
    created: lifecycle.Created, tmp_path: Path
) -> None:
    preferences = Preferences(backup_folder=str(tmp_path / "auto"))
    first = auto_backup.run(created.db, preferences, only_if_changed=True)
    assert first.path is not None
    again = auto_backup.run(created.db, preferences, only_if_changed=True)
    assert again.path is None and again.changes == Changes.NONE
    office.save_office(created.db, office.OfficeIdentity(**{**OFFICE_77.__dict__,
                                                           "city": "Meaux"}))
    after_a_change = auto_backup.run(created.db, preferences, only_if_changed=True)
    assert after_a_change.path is not None and after_a_change.path != first.path


def test_backup_at_close_honours_the_preference(
    created: lifecycle.Created, tmp_path: Path
) -> None:
    off = Preferences(backup_folder=str(tmp_path / "auto"), backup_on_close=False)
    assert auto_backup.at_close(created.db, off).path is None
    assert not (tmp_path / "auto").exists()
    on = Preferences(backup_folder=str(tmp_path / "auto"))
    done = auto_backup.at_close(created.db, on)
    assert done.path is not None and "fermeture" in lifecycle_reason(done.path)


def lifecycle_reason(path: Path) -> str:
    from desktop.storage.backup_catalog import record_for

    return record_for(path).reason


def test_an_unreachable_second_location_is_told_but_the_backup_is_kept(
    created: lifecycle.Created, tmp_path: Path
) -> None:
    blocked = tmp_path / "usb"
    blocked.write_bytes(b"a file where the folder should be")
    preferences = Preferences(backup_folder=str(tmp_path / "auto"),
                              backup_mirror_folder=str(blocked))
    done = auto_backup.run(created.db, preferences)
    assert done.path is not None and done.path.exists()
    assert done.failure is not None and "second emplacement" in done.failure


def test_before_does_nothing_until_enabled(created: lifecycle.Created, tmp_path: Path) -> None:
    assert auto_backup.before(created.db, "import") == Changes.NONE
    assert not any(tmp_path.glob("**/egide-*"))


def test_an_import_is_preceded_by_a_backup(created: lifecycle.Created, tmp_path: Path) -> None:
    from desktop.services.protocol.exchange import import_json
    from desktop.services.protocol.sample import sample_json

    heard: list[object] = []
    preferences = Preferences(backup_folder=str(tmp_path / "auto"))
    auto_backup.enable(preferences, heard.append)
    import_json(created.db, sample_json(articles=2, parties=2))
    written = list((tmp_path / "auto").glob("egide-*.egide"))
    assert len(written) == 1
    assert lifecycle_reason(written[0]) == "avant import"
    assert [type(o).__name__ for o in heard] == ["AutomaticBackup"]


def test_a_failed_backup_before_an_import_never_stops_it(
    created: lifecycle.Created, tmp_path: Path
) -> None:
    blocked = tmp_path / "blocked"
    blocked.write_bytes(b"not a folder")
    heard: list[object] = []
    auto_backup.enable(Preferences(backup_folder=str(blocked)), heard.append)
    assert auto_backup.before(created.db, "import") == Changes.NONE
    (failure,) = heard
    assert isinstance(failure, auto_backup.BackupFailure)
    assert "sauvegarde" in failure.message.lower()
    office.save_office(created.db, office.OfficeIdentity(**{**OFFICE_77.__dict__,
                                                           "city": "Provins"}))
    assert office.get_office(created.db).city == "Provins"  # type: ignore[union-attr]
