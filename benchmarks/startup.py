"""Start-up: process start → first painted main window → window showing its data.

Measured on the daily path (the key from a real keyring: a throwaway gnome-keyring), on the
demo vault and on a vault with 100,000 cases, each also as a ratio to floors measured in the
same run: a bare PySide6 window, and the same window after importing ``sqlalchemy.orm``,
``sqlcipher3`` and ``keyring`` and calling ``keyring.get_keyring()``.
Goals (issue 3): first paint ≤ 2× bare window; data ≤ 1.5× the floor on the demo vault and
≤ 1 s on 100,000 cases; opening the vault by key ≤ 10 ms.

    .venv/bin/python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import (  # noqa: E402
    ROOT,
    in_secret_service,
    record_times,
    rerun_in_secret_service,
    summary,
)

FLOOR = """
import sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
{extra}
class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            print(f"painted {{time.time():.6f}}", flush=True)
            QApplication.instance().quit()
        return False
app = QApplication(sys.argv)
window = QMainWindow()
label = QLabel("Égide")
window.setCentralWidget(label)
watch = Watch()
label.installEventFilter(watch)
window.resize(900, 600)
window.show()
app.exec()
"""
HEAVY = "import sqlalchemy.orm, sqlcipher3, keyring\nkeyring.get_keyring()\n"


def run_floor(extra: str) -> float:
    start = time.time()
    out = subprocess.run([sys.executable, "-c", FLOOR.format(extra=extra)],
                         capture_output=True, text=True, check=True).stdout
    return float(out.split()[1]) - start


def run_egide(vault: Path) -> tuple[float, float]:
    env = {**os.environ, "EGIDE_STARTUP_TRACE": "1", "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed Égide has its bytecode
    start = time.time()
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--vault", str(vault), "--quit-after-paint"],
        capture_output=True, text=True, env=env, cwd=ROOT,
    )
    if result.returncode != 0:
        raise SystemExit(f"egide failed: {result.stderr}")
    marks = {}
    for line in result.stderr.splitlines():
        if line.startswith("egide-startup "):
            _, event, stamp, *_ = line.split()
            marks[event] = float(stamp)
    return marks["first-paint"] - start, marks["data-painted"] - start


def add_cases(vault_path: Path, count: int) -> None:
    """Bulk-insert ``count`` plain cases (enough to weigh on queries at start-up)."""
    import sqlalchemy as sa

    from desktop.models.cases import Case
    from desktop.services.vault.lifecycle import open_silently

    db = open_silently(vault_path)
    rng = random.Random(1)
    start = dt.datetime(2023, 1, 1, tzinfo=dt.UTC)
    rows = []
    for n in range(count):
        when = start + dt.timedelta(minutes=rng.randrange(0, 3 * 365 * 24 * 60))
        rows.append({"reference": f"B{when.year}-{n:06d}", "year": when.year, "seq": 100_000 + n,
                     "occurred_at": when, "weapon": False, "narrative": "Faits de test.",
                     "status": "recu"})
    with db.vault.engine.begin() as connection:
        connection.execute(sa.insert(Case.__table__), rows)
    db.close()


def open_times(vault_path: Path, runs: int) -> None:
    from desktop.storage import keyring_slot
    from desktop.storage.sidecar import read_sidecar
    from desktop.storage.vault import ByKeyring, ByPassphrase, ByRawKey, open_vault

    vault_id = read_sidecar(vault_path).vault_id  # type: ignore[union-attr]
    key = keyring_slot.load_key(vault_id)
    assert key is not None
    for label, unlock in (("raw key", ByRawKey(key)), ("keyring key", ByKeyring())):
        times = []
        for _ in range(runs * 3):
            t = time.perf_counter()
            open_vault(vault_path, unlock).close()
            times.append(time.perf_counter() - t)
        print(f"  open by {label:<12}: {summary(times)}")
    times = []
    for _ in range(3):
        t = time.perf_counter()
        open_vault(vault_path, ByPassphrase("phrase de passe de mesure")).close()
        times.append(time.perf_counter() - t)
    print(f"  open by passphrase (scrypt n=2^17): {summary(times)}")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    rerun_in_secret_service()
    from desktop.services.demo.build import create_demo
    from desktop.storage import keyring_slot

    real = in_secret_service() and keyring_slot.available()
    print(f"Keyring: {'real Secret Service (gnome-keyring)' if real else 'none: passphrase'}")
    if not real:
        os.environ["EGIDE_PASSPHRASE"] = "phrase de passe de mesure"
    folder = Path(tempfile.mkdtemp(prefix="egide-bench-"))
    demo = folder / "demo.egide"
    create_demo(demo, passphrase="phrase de passe de mesure", use_keyring=real).db.close()
    big = folder / "big.egide"
    create_demo(big, passphrase="phrase de passe de mesure", use_keyring=real).db.close()
    if real:
        add_cases(big, args.cases)

    # The daily path runs from compiled bytecode (an installed application ships it; this
    # machine sets PYTHONDONTWRITEBYTECODE, which would recompile Égide at every start).
    import compileall

    compileall.compile_dir(str(ROOT / "desktop"), quiet=1)
    bare = [run_floor("") for _ in range(args.runs)]
    floor = [run_floor(HEAVY) for _ in range(args.runs)]
    bare_m, floor_m = statistics.median(bare), statistics.median(floor)
    print(f"Bare PySide6 window:            {summary(bare)}")
    print(f"Floor (+ SQLAlchemy, SQLCipher, keyring): {summary(floor)}")
    for label, vault in (("demo vault", demo), (f"{args.cases:,} cases", big)):
        results = [run_egide(vault) for _ in range(args.runs)]
        first = [r[0] for r in results]
        data = [r[1] for r in results]
        print(f"Égide, {label}:")
        print(f"  first paint: {summary(first)} = {statistics.median(first) / bare_m:.2f}× bare "
              "(goal ≤ 2×)")
        goal = "≤ 1.5× floor" if label == "demo vault" else "≤ 1000 ms"
        name = "coffre de démonstration" if label == "demo vault" else label.replace(",", " ")
        record_times(f"Démarrage, fenêtre peinte ({name})", first, floor=bare_m,
                     goal="≤ 2 × la fenêtre nue")
        if label == "demo vault":
            record_times(f"Démarrage, données affichées ({name})", data, floor=floor_m,
                         goal="≤ 1,5 × le plancher")
        else:
            record_times(f"Démarrage, données affichées ({name})", data, floor=floor_m,
                         goal_ms=1000, on="median")
        print(f"  data shown:  {summary(data)} = {statistics.median(data) / floor_m:.2f}× floor "
              f"(goal {goal})")
    if real:
        print("Vault opening, in process:")
        open_times(demo, args.runs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
