"""One vault, one window: a lock file beside the vault, taken by the GUI that opens it.

``<vault>.lock`` (small JSON, 0600) says who holds the vault: process id, host, user name and
when the window opened it. A second window refuses to open the vault and says who holds it.
The lock is *stale* — and taken over — when its process is dead on this host, or when this
host started after it was written (a crash or a power cut leaves the file behind). A lock
written on another host cannot be checked from here: it holds until that window closes, or the
user deletes the file (the message names it). The CLI does not take this lock: commands are
short and the database's own write lock serialises them (``VaultBusy``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import getpass
import json
import os
import socket
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop.errors import VaultInUse
from desktop.files import PRIVATE_FILE, private_folder

LOCK_SUFFIX = ".lock"


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    user: str
    started_at: str  # ISO 8601, UTC

    @classmethod
    def me(cls) -> LockHolder:
        return cls(os.getpid(), socket.gethostname(), _user(),
                   dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))

    def since(self) -> dt.datetime | None:
        try:
            moment = dt.datetime.fromisoformat(self.started_at)
        except ValueError:
            return None
        return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)

    def describe(self) -> str:
        """"par dupont sur le poste PREF-77-042 (processus 4242) depuis le 06/12/2026 à 09:15"."""
        since = self.since()
        when = f" depuis le {since.astimezone():%d/%m/%Y à %H:%M}" if since else ""
        return f"par {self.user} sur le poste {self.host} (processus {self.pid}){when}"


def lock_path(vault_path: Path) -> Path:
    return Path(vault_path).with_name(Path(vault_path).name + LOCK_SUFFIX)


def read_holder(vault_path: Path) -> LockHolder | None:
    """Who holds the vault according to its lock file (None: no file, or unreadable)."""
    try:
        data = json.loads(lock_path(vault_path).read_text(encoding="utf-8"))
        return LockHolder(int(data["pid"]), str(data["host"]), str(data["user"]),
                          str(data["started_at"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def is_stale(holder: LockHolder) -> bool:
    """Dead on this host, or written before this host last started."""
    if holder.host != socket.gethostname():
        return False
    since, booted = holder.since(), _boot_time()
    if since is not None and booted is not None and since < booted:
        return True
    return not _alive(holder.pid)


class VaultLock:
    """The lock this window holds; ``release()`` removes the file if it is still ours."""

    def __init__(self, vault_path: Path, holder: LockHolder) -> None:
        self.vault_path = Path(vault_path)
        self.path = lock_path(vault_path)
        self.holder = holder

    def release(self) -> None:
        current = read_holder(self.vault_path)
        if current is not None and (current.pid, current.host) == (
                self.holder.pid, self.holder.host):
            self.path.unlink(missing_ok=True)


def acquire(vault_path: Path) -> VaultLock:
    """Take the vault for this window, or raise ``VaultInUse`` naming who holds it.

    This process holding it already (the window reopening after the idle lock) is fine.
    """
    me = LockHolder.me()
    path = lock_path(vault_path)
    private_folder(path.parent)
    for _attempt in range(3):
        try:
            descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
        except FileExistsError:
            holder = read_holder(vault_path)
            if holder is not None and (holder.pid, holder.host) == (me.pid, me.host):
                return VaultLock(vault_path, holder)
            if holder is not None and not is_stale(holder):
                raise VaultInUse(holder.describe(), path) from None
            _remove_stale(path)  # unreadable (a crash while writing it) or stale
            continue
        with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
            json.dump(asdict(me), handle)
        return VaultLock(vault_path, me)
    holder = read_holder(vault_path)
    raise VaultInUse(holder.describe() if holder else "par une autre fenêtre", path)


def _remove_stale(path: Path) -> None:
    """Move the stale file aside under a unique name first: of two windows starting at once,
    only one removes it (the other's rename fails and it tries again)."""
    aside = path.with_name(f"{path.name}.{os.getpid()}.stale")
    with contextlib.suppress(FileNotFoundError):
        os.replace(path, aside)
        aside.unlink(missing_ok=True)


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "?"


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive
        return True
    return True


def _alive_windows(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return bool(code.value == 259)  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def _boot_time() -> dt.datetime | None:
    """When this host started (Linux ``/proc/stat``); None where unknown."""
    try:
        for line in Path("/proc/stat").read_text(encoding="ascii").splitlines():
            if line.startswith("btime "):
                return dt.datetime.fromtimestamp(int(line.split()[1]), dt.UTC)
    except (OSError, ValueError):
        return None
    return None
