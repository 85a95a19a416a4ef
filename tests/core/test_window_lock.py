"""One vault, one window: the lock file beside the vault, its holder and stale detection."""

from __future__ import annotations

import datetime as dt
import json
import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.errors import VaultInUse
from desktop.services.vault import window_lock
from desktop.services.vault.window_lock import LockHolder, acquire, lock_path, read_holder


@pytest.fixture
def other_process() -> Iterator[int]:
    """A live process that is not this one (it plays the other window)."""
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    yield child.pid
    child.kill()
    child.wait()


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def write_lock(vault: Path, pid: int, host: str | None = None, user: str = "dupont",
               started_at: str = "2099-01-01T08:00:00+00:00") -> None:
    holder = {"pid": pid, "host": host or socket.gethostname(), "user": user,
              "started_at": started_at}
    lock_path(vault).write_text(json.dumps(holder), encoding="utf-8")


def test_the_window_takes_the_lock_and_gives_it_back(tmp_path: Path) -> None:
    vault = tmp_path / "coffre.egide"
    lock = acquire(vault)
    holder = read_holder(vault)
    assert holder is not None and holder.pid == os.getpid()
    assert holder.host == socket.gethostname() and holder.user
    if os.name == "posix":
        assert stat.S_IMODE(lock_path(vault).stat().st_mode) == 0o600
    assert acquire(vault).holder == holder  # this window again (after the idle lock): fine
    lock.release()
    assert not lock_path(vault).exists()


def test_a_second_window_is_told_who_holds_the_vault(tmp_path: Path, other_process: int) -> None:
    vault = tmp_path / "coffre.egide"
    opened_at = dt.datetime.now(dt.UTC).replace(microsecond=0)
    write_lock(vault, other_process, user="dupont", started_at=opened_at.isoformat())
    before = lock_path(vault).read_bytes()
    with pytest.raises(VaultInUse) as raised:
        acquire(vault)
    message = str(raised.value)
    assert "déjà ouvert par dupont sur le poste" in message
    assert f"(processus {other_process})" in message
    assert f"depuis le {opened_at.astimezone():%d/%m/%Y à %H:%M}" in message
    assert str(lock_path(vault)) in message  # what to delete if that post is gone
    assert lock_path(vault).read_bytes() == before  # untouched


def test_a_lock_left_by_a_dead_process_is_stale_and_taken_over(tmp_path: Path) -> None:
    vault = tmp_path / "coffre.egide"
    write_lock(vault, dead_pid())
    lock = acquire(vault)
    holder = read_holder(vault)
    assert holder is not None and holder.pid == os.getpid()
    lock.release()


def test_a_lock_written_before_this_host_started_is_stale(
    tmp_path: Path, other_process: int
) -> None:
    if window_lock._boot_time() is None:
        pytest.skip("boot time unknown on this system")
    vault = tmp_path / "coffre.egide"
    write_lock(vault, other_process, started_at="2001-01-01T00:00:00+00:00")  # pid reused
    assert acquire(vault).holder.pid == os.getpid()


def test_a_lock_from_another_host_holds(tmp_path: Path) -> None:
    vault = tmp_path / "coffre.egide"
    write_lock(vault, dead_pid(), host="PREF-77-042")  # its pid means nothing here
    with pytest.raises(VaultInUse, match="sur le poste PREF-77-042"):
        acquire(vault)


def test_an_unreadable_lock_file_is_taken_over(tmp_path: Path) -> None:
    vault = tmp_path / "coffre.egide"
    lock_path(vault).write_text('{"pid": 12', encoding="utf-8")  # a crash while writing it
    assert acquire(vault).holder.pid == os.getpid()


def test_release_leaves_another_windows_lock_alone(tmp_path: Path, other_process: int) -> None:
    vault = tmp_path / "coffre.egide"
    lock = acquire(vault)
    write_lock(vault, other_process)  # removed by hand, then taken by another window
    lock.release()
    holder = read_holder(vault)
    assert holder is not None and holder.pid == other_process


def test_holder_description_without_a_date() -> None:
    holder = LockHolder(42, "poste", "martin", "pas une date")
    assert holder.describe() == "par martin sur le poste poste (processus 42)"
