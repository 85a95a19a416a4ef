"""Private files: everything Égide writes (vault, key sidecar, backups, packs, exports) is
readable by its owner only — mode 0600 in folders created 0700 — on POSIX.

The modes are set when the file is created (``os.open`` with the mode), never loosened then
tightened, so no other account can open the file in between. On Windows, modes do not apply:
the user's profile folder ACLs protect the files (documented by the installer). Folders that
already exist (a user's Documents) keep their mode; only the folders Égide creates are 0700.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
POSIX = os.name == "posix"
_BINARY = getattr(os, "O_BINARY", 0)  # Windows: no newline translation


def private_folder(folder: Path) -> Path:
    """Create ``folder`` and its missing parents, each 0700; returns it."""
    folder = Path(folder)
    missing: list[Path] = []
    current = folder
    while not current.exists() and current != current.parent:
        missing.append(current)
        current = current.parent
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            path.mkdir(mode=PRIVATE_FOLDER)
    return folder


def create_private(path: Path) -> None:
    """Create ``path`` empty and private if it does not exist (before SQLite opens it: SQLite
    gives the database's mode to its -wal and -shm files)."""
    path = Path(path)
    private_folder(path.parent)
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def open_private(path: Path) -> int:
    """A new file descriptor on ``path`` (created 0600, or truncated) for writing."""
    path = Path(path)
    private_folder(path.parent)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _BINARY, PRIVATE_FILE)
    if POSIX:
        os.fchmod(descriptor, PRIVATE_FILE)  # an existing file keeps its mode otherwise
    return descriptor


def write_private(path: Path, data: bytes) -> None:
    """Write ``data`` at ``path`` atomically (a private temporary file beside it, synced to the
    disk, then a rename: a reader sees the old file or the new one, never half of it, even
    after a power cut). The one file writer of Égide."""
    path = Path(path)
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        descriptor = open_private(temporary)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def copy_private(source: Path, target: Path) -> None:
    """Copy ``source`` to ``target``, the copy private from its first byte."""
    with open(source, "rb") as reading, os.fdopen(open_private(target), "wb") as writing:
        shutil.copyfileobj(reading, writing)


def make_private(path: Path) -> None:
    """Tighten an existing file to 0600 (files written by others: SQLite, an older Égide)."""
    if POSIX:
        with contextlib.suppress(OSError):
            os.chmod(path, PRIVATE_FILE)

