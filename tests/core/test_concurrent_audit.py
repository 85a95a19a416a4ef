"""The audit chain under concurrent use: real OS processes on one SQLCipher vault.

Each run starts three processes that mix writes, audited reads (a listing that leaves the vault
is logged) and backups in a loop; then the chain is verified. A fork is two entries chained to
the same previous hash. ``EGIDE_SOAK_RUNS`` raises the number of runs for a longer soak.
"""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

import sqlalchemy as sa

from desktop.config import Preferences
from desktop.errors import VaultBusy
from desktop.models.enums import UnitKind
from desktop.services.roster.editing import UnitDraft, save_unit
from desktop.services.vault import audit_log, lifecycle
from desktop.services.vault.database import Database
from desktop.storage.vault import ByRawKey, open_vault

RUNS = int(os.environ.get("EGIDE_SOAK_RUNS", "20"))
WORKERS = 3
STEPS = 6


def _worker(path: str, key: bytes, number: int, steps: int, folder: str) -> None:
    """One process: writes and audited reads in turn (each one unit of work); the last
    process starts with a backup (slow: one per run keeps the test short)."""
    db = Database(open_vault(Path(path), ByRawKey(key)))
    try:
        for step in range(steps):
            kind = 2 if number == WORKERS - 1 and step == 0 else (step + number) % 2
            for _attempt in range(5):  # on a starved machine a writer may wait past 5 s:
                try:                   # it says so (VaultBusy) and the user tries again
                    _step(db, kind, f"{number}-{step}", folder)
                    break
                except VaultBusy:
                    continue
            else:
                raise AssertionError("le coffre est resté occupé cinq fois de suite")
    finally:
        db.close()


def _step(db: Database, kind: int, name: str, folder: str) -> None:
    if kind == 0:
        save_unit(db, UnitDraft(UnitKind.BRIGADE, f"Brigade {name}"))
    elif kind == 1:
        with db.reading() as session:
            rows = session.execute(sa.text("SELECT count(*) FROM unit")).scalar()
        with db.unit_of_work() as uow:  # what `cases list` does: the listing is logged
            uow.audit("export", "unit", None, {"rows": [None, rows]})
    else:
        target = Path(folder) / f"copie-{name}.egide"
        if not target.exists():  # a retried backup: its first copy may already be there
            lifecycle.backup(db, Preferences(backup_folder=folder), target)


def _forks(db: Database) -> int:
    """How many entries share their previous hash with an earlier entry."""
    with db.reading() as session:
        return int(session.execute(sa.text(
            "SELECT count(*) - count(DISTINCT prev_hash) FROM audit_entry"
        )).scalar() or 0)


def test_three_processes_never_fork_the_audit_chain(db: Database, tmp_path: Path) -> None:
    vault = db.vault
    path, key = str(vault.path), vault.key  # type: ignore[union-attr]
    db.close()
    context = multiprocessing.get_context("fork")
    forked_runs, forks = 0, 0
    for run in range(RUNS):
        folder = tmp_path / f"run-{run}"
        folder.mkdir()
        workers = [
            context.Process(target=_worker, args=(path, key, n, STEPS, str(folder)))
            for n in range(WORKERS)
        ]
        for worker in workers:
            worker.start()
        for worker in workers:
            worker.join(120)
        assert [w.exitcode for w in workers] == [0] * WORKERS
        check = Database(open_vault(Path(path), ByRawKey(key)))
        try:
            now = _forks(check)
        finally:
            check.close()
        forked_runs += now > forks
        forks = now
    assert forked_runs == 0, f"{forked_runs} run(s) sur {RUNS} ont fourché la chaîne d'audit"
    final = Database(open_vault(Path(path), ByRawKey(key)))
    try:
        report = audit_log.verify(final)
    finally:
        final.close()
    assert report.ok, report.problems
    assert report.entries > RUNS * WORKERS * STEPS
