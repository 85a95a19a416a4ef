"""The one file writer: the whole content or the old file, synced to disk, never a temporary
left behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop.files import write_private


def test_replaces_the_file_whole_and_fsyncs(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "liste.csv"
    target.write_bytes(b"ancienne")
    synced: list[int] = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd))[1])
    write_private(target, b"nouvelle")
    assert target.read_bytes() == b"nouvelle"
    assert synced, "the content reaches the disk before the rename"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["liste.csv"]


def test_a_failed_rename_leaves_the_old_file_and_no_temporary(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "liste.csv"
    target.write_bytes(b"ancienne")

    def refuse(_source: object, _target: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(OSError):
        write_private(target, b"nouvelle")
    assert target.read_bytes() == b"ancienne"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["liste.csv"]
