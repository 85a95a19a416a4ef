"""Shared helpers for the benchmark scripts: statistics, and a throwaway Secret Service."""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def summary(values: Sequence[float], unit: str = "ms", scale: float = 1000.0) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return (f"median {statistics.median(ordered) * scale:.1f} {unit}, "
            f"p95 {p95 * scale:.1f} {unit}, n={len(ordered)}")


def in_secret_service() -> bool:
    return os.environ.get("EGIDE_BENCH_SECRET_SERVICE") == "1"


def rerun_in_secret_service() -> None:
    """Re-execute this script inside a throwaway D-Bus session with gnome-keyring unlocked,
    HOME in a temporary folder (the user's keyring is never touched). Returns only when that
    is impossible (then the caller measures without a real keyring and says so)."""
    if in_secret_service():
        return
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        print("(no gnome-keyring/dbus-run-session: measuring without a real keyring)")
        return
    home = Path(tempfile.mkdtemp(prefix="egide-bench-home-"))
    runtime = home / "run"
    runtime.mkdir(mode=0o700)
    env = {
        **{k: v for k, v in os.environ.items() if k != "DBUS_SESSION_BUS_ADDRESS"},
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "share"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_RUNTIME_DIR": str(runtime),
        "EGIDE_HOME": str(home / "egide"),
        "EGIDE_BENCH_SECRET_SERVICE": "1",
    }
    script = (
        "printf bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null; "
        'exec "$0" "$@"'
    )
    result = subprocess.run(
        ["dbus-run-session", "--", "bash", "-c", script, sys.executable, *sys.argv], env=env
    )
    shutil.rmtree(home, ignore_errors=True)
    sys.exit(result.returncode)
