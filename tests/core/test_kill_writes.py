"""kill -9 during streams of commits: every commit a writer reported is in the vault, the
pages are intact, the audit chain verifies (against its anchor outside the vault too).

Two writers share the vault in each round (forked from this process, so that a round costs
milliseconds, not an interpreter start), each committing a data row and its audit entry in
one unit of work and reporting the number through a pipe once the commit returned. Both are
killed at a random moment. ``make test`` runs ``EGIDE_KILLS`` (default 60) kills;
``make soak`` runs 600.
"""

from __future__ import annotations

import os
import random
import signal
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.models.settings import Setting
from desktop.services.vault import audit_log, lifecycle
from desktop.services.vault.database import Database
from desktop.storage.integrity import check_integrity
from desktop.storage.vault import ByRawKey, open_vault
from tests.core.conftest import OFFICE_77

KILLS = int(os.environ.get("EGIDE_KILLS", "60"))
WRITERS = 2

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="kill -9 needs fork (POSIX)")


def _write_forever(path: Path, key: bytes, writer: int, pipe: int) -> None:
    """In the child: commit one row and its audit entry at a time, report each number."""
    db = Database(open_vault(path, ByRawKey(key), migrate=False))
    number = 0
    while True:
        number += 1
        name = f"kill.{writer}.{os.getpid()}.{number}"
        with db.unit_of_work() as uow:
            uow.session.add(Setting(key=name[:60], value="x" * random.randint(1, 3000)))
            uow.audit("kill_test", "setting", name[:60])
        os.write(pipe, f"{name[:60]}\n".encode())


def _start(path: Path, key: bytes, writer: int) -> tuple[int, int]:
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child never returns into pytest
        try:
            os.close(read_end)
            _write_forever(path, key, writer, write_end)
        except BaseException:  # noqa: BLE001 - busy past the timeout: stop quietly
            pass
        finally:
            os._exit(0)
    os.close(write_end)
    return pid, read_end


def _reported(read_end: int) -> list[str]:
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    lines = b"".join(chunks).decode().splitlines()
    return [line for line in lines if line]  # a line cut by the kill is never a full name


def test_kill_9_during_writes_loses_no_reported_commit(tmp_path: Path) -> None:
    path = tmp_path / "coffre.egide"
    made = lifecycle.create(path, OFFICE_77, passphrase=None, use_keyring=True)
    key = made.db.vault.key
    made.db.close()
    rng = random.Random(20261207)
    kills = commits = 0
    started = time.monotonic()
    while kills < KILLS:
        children = [_start(path, key, writer) for writer in range(WRITERS)]
        time.sleep(rng.uniform(0.1, 0.4))
        for pid, _ in children:
            os.kill(pid, signal.SIGKILL)
        reported: list[str] = []
        for pid, read_end in children:
            os.waitpid(pid, 0)
            reported += _reported(read_end)
        kills += len(children)
        commits += len(reported)
        vault = open_vault(path, ByRawKey(key), migrate=False)
        db = Database(vault)
        try:
            report = check_integrity(vault.engine)
            assert report.ok, report.describe()
            with db.reading() as session:
                found = set(session.scalars(
                    sa.select(Setting.key).where(Setting.key.in_(reported))))
            lost = set(reported) - found
            assert not lost, f"after {kills} kills, {len(lost)} reported commits lost"
            chain = audit_log.verify(db)
            assert chain.ok, chain.problems
        finally:
            db.close()
    elapsed = time.monotonic() - started
    print(f"\n{kills} kill -9, {commits} reported commits, 0 lost, chain intact "
          f"({elapsed:.1f} s)")
    assert commits > kills  # the writers did write between the kills
