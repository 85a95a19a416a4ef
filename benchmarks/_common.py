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
    median, p95 = percentiles(values)
    return (f"median {median * scale:.1f} {unit}, "
            f"p95 {p95 * scale:.1f} {unit}, n={len(values)}")


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


# --- the one table of `make bench` -----------------------------------------------------------

RESULTS_VARIABLE = "EGIDE_BENCH_RESULTS"


def percentiles(values: Sequence[float]) -> tuple[float, float]:
    """(median, p95) of the values, in their own unit."""
    ordered = sorted(values)
    return (statistics.median(ordered),
            ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))])


def record(figure: str, median: float, p95: float | None = None, *, unit: str = "ms",
           goal: str = "", floor: float | None = None, met: bool | None = None) -> None:
    """One row of the table ``run_all.py`` prints: a figure, its median and p95, its goal
    (as the issue states it), and its ratio to the floor measured in the same run. Written
    to the file named by ``EGIDE_BENCH_RESULTS`` (JSON lines); a script run alone only
    prints."""
    import json

    path = os.environ.get(RESULTS_VARIABLE)
    if not path:
        return
    row = {"figure": figure, "median": median, "p95": p95, "unit": unit, "goal": goal,
           "ratio": median / floor if floor else None, "met": met,
           "load": os.getloadavg()[0]}  # the machine's load as the figure was taken
    with open(path, "a", encoding="utf-8") as out:
        out.write(json.dumps(row, ensure_ascii=False) + "\n")


def record_times(figure: str, seconds: Sequence[float], *, goal_ms: float | None = None,
                 goal: str = "", floor: float | None = None, on: str = "p95") -> None:
    """Durations in seconds, recorded in ms; ``goal_ms`` is checked on the p95 (or the median
    with ``on="median"``)."""
    median, p95 = (value * 1000 for value in percentiles(seconds))
    met = None
    if goal_ms is not None:
        met = (p95 if on == "p95" else median) <= goal_ms
        goal = goal or f"{'p95' if on == 'p95' else 'médiane'} ≤ {goal_ms:g} ms"
    record(figure, median, p95, goal=goal, floor=floor * 1000 if floor else None, met=met)


def peak_rss_mb(pid: int | None = None) -> float:
    """Peak resident memory (VmHWM) of a live process, this one by default, in MB."""
    status = Path(f"/proc/{pid or 'self'}/status").read_text()
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("VmHWM absent de /proc (Linux seulement)")
