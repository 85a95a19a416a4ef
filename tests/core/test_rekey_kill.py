"""kill -9 of a real ``egide rekey`` at moments spread over its run: the passphrase always
opens the vault afterwards, its data intact and its audit chain verified, and the old recovery
key still opens it whenever the re-key had not committed.

Before the pending-key slots, 2 of 12 kills (in the last quarter of the run) left a vault that
neither the passphrase nor the old recovery key opened, and this test failed at its 6th kill
(run against that code with ``cwd`` on it).
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from desktop.services.vault import audit_log, lifecycle
from desktop.services.vault.database import Database
from desktop.services.vault.office import get_office
from desktop.storage.recovery_key import parse_recovery_key
from desktop.storage.sidecar import read_sidecar
from desktop.storage.vault import ByPassphrase, ByRecoveryKey, open_vault
from tests.core.conftest import OFFICE_77, PASSPHRASE
from tests.core.test_cli import RECOVERY

KILLS = 30
ROOT = Path(__file__).resolve().parents[2]  # the subprocess runs this tree's code


def _rekey(vault: Path) -> subprocess.Popen[str]:
    home = vault.parent / "home"  # its own backup folder: two runs write backups at once
    env = {**os.environ, "EGIDE_KEYRING": "none", "EGIDE_PASSPHRASE": PASSPHRASE,
           "EGIDE_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "rekey", "--vault", str(vault)],
        env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


def _copy(original: Path, folder: Path) -> Path:
    folder.mkdir()
    for name in (original.name, original.name + ".keys"):
        shutil.copyfile(original.parent / name, folder / name)
    return folder / original.name


def _check_after_kill(vault: Path, old_key: bytes, entries_before: int) -> bool:
    """The passphrase opens the vault with its data and chain; True when it was re-keyed."""
    opened = open_vault(vault, ByPassphrase(PASSPHRASE))
    db = Database(opened)
    try:
        assert get_office(db) is not None
        chain = audit_log.verify(db)
        assert chain.ok, chain.problems
        assert chain.entries >= entries_before
        rekeyed = opened.key != old_key
    finally:
        db.close()
    sidecar = read_sidecar(vault)
    assert sidecar is not None and sidecar.pending is None or not rekeyed
    if not rekeyed:
        open_vault(vault, ByRecoveryKey(_recovery(old_key))).close()
    return rekeyed


def _recovery(key: bytes) -> str:
    from desktop.storage.recovery_key import format_recovery_key

    return format_recovery_key(key)


def test_kill_during_rekey_never_locks_the_office_out(tmp_path: Path) -> None:
    original = tmp_path / "modele" / "coffre.egide"
    made = lifecycle.create(original, OFFICE_77, passphrase=PASSPHRASE, use_keyring=False)
    old_key = parse_recovery_key(made.recovery_key)
    entries_before = audit_log.verify(made.db).entries
    made.db.close()

    # Two runs at a time (halves the wall time); the duration is measured the same way.
    started = time.monotonic()
    full = [_copy(original, tmp_path / f"complet-{n}") for n in range(2)]
    runs = [_rekey(vault) for vault in full]
    outputs = [run.communicate(timeout=120) for run in runs]
    duration = time.monotonic() - started
    for run, (out, err), vault in zip(runs, outputs, full, strict=True):
        assert run.returncode == 0, err
        shown = RECOVERY.search(out)
        assert shown is not None
        open_vault(vault, ByRecoveryKey(shown.group(1))).close()

    moments = [(index + random.random()) / KILLS * duration for index in range(KILLS)]
    random.shuffle(moments)
    checked = rekeyed = 0
    while checked < KILLS or not 0 < rekeyed < checked:
        if checked >= KILLS + 10:
            break
        if checked >= KILLS:  # the machine slowed down: no kill came after the re-key yet
            moments += [duration * (1 + random.random()) for _ in range(2)]
        pair = sorted(moments[checked:checked + 2])
        vaults = [_copy(original, tmp_path / f"kill-{checked + n}") for n in range(len(pair))]
        started = time.monotonic()
        runs = [_rekey(vault) for vault in vaults]
        for run, moment in zip(runs, pair, strict=True):
            time.sleep(max(0.0, moment - (time.monotonic() - started)))
            run.send_signal(signal.SIGKILL)
            run.communicate()
        for vault in vaults:
            rekeyed += _check_after_kill(vault, old_key, entries_before)
        checked += len(pair)
    print(f"{checked} kills over a {duration:.1f} s run: {rekeyed} after the re-key committed, "
          f"{checked - rekeyed} before; 0 lock-outs")
    # The moments covered the run: some kills came before the re-key, some after it.
    assert 0 < rekeyed < checked, (rekeyed, duration)
