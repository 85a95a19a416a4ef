"""Peak memory (resident set, RSS) of the application, beside its floor.

    .venv/bin/python benchmarks/memory.py [--cases 100000]

- floor: a bare window after importing Qt, SQLAlchemy, SQLCipher and keyring (what any
  PySide6 + SQLCipher application pays before its first byte of data);
- Égide showing its home page with the data of the demo vault (goal ≤ 1.6× the floor);
- Égide with the case list of 100,000 cases open and scrolled to its end, every page fetched
  (goal ≤ 300 MB).

Each figure is the peak of its own process (its VmHWM at exit), so one cannot weigh on
another.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmarks._common import (  # noqa: E402
    ROOT,
    in_secret_service,
    record,
    rerun_in_secret_service,
)

PASSPHRASE = "phrase de passe de mesure"
FLOOR = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
import sqlalchemy.orm, sqlcipher3, keyring
keyring.get_keyring()
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("Égide"))
window.resize(1366, 768)
window.show()
QTimer.singleShot(300, app.quit)
app.exec()
"""
SCROLLED = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication, QTableView
from desktop.config import Preferences
from desktop.services.vault import lifecycle
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.runner import Runner

app = QApplication(sys.argv)
db = (lifecycle.open_silently(Path(sys.argv[1])) if sys.argv[2] == "-"
      else lifecycle.open_with_passphrase(Path(sys.argv[1]), sys.argv[2]))
runner = Runner()
context = AppContext(db, Preferences(), runner)
window = MainWindow()
window.resize(1366, 768)
window.show()
window.attach(context)
page = window.cases_page
window.navigation.setCurrentRow(window.pages.index(page))
deadline = time.monotonic() + 600
view = max(page.findChildren(QTableView), key=lambda v: v.model().rowCount() if v.model() else 0)
while time.monotonic() < deadline:
    app.processEvents()
    model = view.model()
    if model is not None and model.rowCount() and not model.canFetchMore(view.rootIndex()):
        break
    if model is not None and model.canFetchMore(view.rootIndex()):
        model.fetchMore(view.rootIndex())
    view.scrollToBottom()
    time.sleep(0.001)
rows = view.model().rowCount()
print(f"rows {rows}", flush=True)
window.close()
runner.shutdown()
db.close()
"""


PEAK_AT_EXIT = (
    "import atexit\n"
    "def _peak():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            print('peak-kb', line.split()[1], flush=True)\n"
    "atexit.register(_peak)\n"
)


def peak_of(code: str, arguments: list[str], env: dict[str, str]) -> tuple[float, str]:
    """Run ``code`` in a new Python to its end; its own peak RSS (VmHWM, read at exit: a
    forked child's ru_maxrss would count its parent's pages) in MB, and what it printed."""
    result = subprocess.run([sys.executable, "-c", PEAK_AT_EXIT + code, *arguments], cwd=ROOT,
                            env=env, capture_output=True, text=True)
    if result.returncode != 0 or "peak-kb" not in result.stdout:
        raise SystemExit(f"échec de la mesure : {result.stderr[-2000:]}")
    peak = int(result.stdout.split("peak-kb")[-1].split()[0]) / 1024
    return peak, result.stdout


EGIDE = "import sys\nfrom desktop.__main__ import main\nsys.exit(main(sys.argv[1:]))\n"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    # The daily path: the key from the OS keyring (a throwaway gnome-keyring). Opening by
    # passphrase adds scrypt's 128 MiB (n=2^17, r=8) to the peak, by design: measured apart.
    rerun_in_secret_service()
    from desktop.services.demo.build import create_demo
    from desktop.services.vault import lifecycle
    from desktop.services.vault.office import OfficeIdentity
    from desktop.storage import keyring_slot

    real = in_secret_service() and keyring_slot.available()
    home = Path(tempfile.mkdtemp(prefix="egide-bench-memory-"))
    os.environ["EGIDE_HOME"] = str(home)
    env = {**os.environ}
    if not real:
        print("(pas de trousseau : ouverture par la phrase de passe, scrypt compris)")
        env.update({"EGIDE_KEYRING": "none", "EGIDE_PASSPHRASE": PASSPHRASE})
    demo = home / "demo.egide"
    create_demo(demo, passphrase=PASSPHRASE, use_keyring=real).db.close()
    floor, _ = peak_of(FLOOR, [], env)
    print(f"Plancher (fenêtre nue + Qt, SQLAlchemy, SQLCipher, keyring) : {floor:.0f} Mo")
    first, _ = peak_of(EGIDE, ["--vault", str(demo), "--quit-after-paint"], env)
    print(f"Égide, accueil avec ses données (coffre de démonstration) : {first:.0f} Mo = "
          f"{first / floor:.2f} × le plancher (objectif ≤ 1,6 ×)")
    record("Mémoire, accueil avec ses données (pic RSS)", first, unit="Mo", floor=floor,
           goal="≤ 1,6 × le plancher", met=first <= 1.6 * floor)

    if real:  # the same start by passphrase, for the record: scrypt's memory is the price
        by_passphrase, _ = peak_of(EGIDE, ["--vault", str(demo), "--quit-after-paint"],
                                   {**env, "EGIDE_KEYRING": "none",
                                    "EGIDE_PASSPHRASE": PASSPHRASE})
        print(f"  (même démarrage par la phrase de passe, scrypt 128 Mio compris : "
              f"{by_passphrase:.0f} Mo)")
        record("Mémoire, accueil ouvert par la phrase de passe (scrypt compris)",
               by_passphrase, unit="Mo", floor=floor, goal="pour information")

    from cases_list import build  # benchmarks/ is on the path of a script run from there

    big = home / "big.egide"
    created = lifecycle.create(big, OfficeIdentity.for_department("77", "Seine-et-Marne"),
                               passphrase=PASSPHRASE, use_keyring=real)
    build(created.db, args.cases, random.Random(42))
    created.db.close()
    scrolled, out = peak_of(SCROLLED, [str(big), "-" if real else PASSPHRASE], env)
    rows = out.split("rows ")[-1].split()[0] if "rows " in out else "?"
    cases = f"{args.cases:,}".replace(",", " ")
    print(f"Égide, liste des {cases} signalements ouverte et parcourue ({rows} lignes "
          f"chargées) : {scrolled:.0f} Mo (objectif ≤ 300 Mo)")
    record(f"Mémoire, liste de {cases} signalements parcourue (pic RSS)", scrolled, unit="Mo",
           floor=floor, goal="≤ 300 Mo", met=scrolled <= 300)
    return 0


if __name__ == "__main__":
    sys.exit(main())
