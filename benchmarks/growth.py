"""How the daily figures grow with the vault: 10,000, 100,000 and 1,000,000 cases.

    .venv/bin/python benchmarks/growth.py [--sizes 10000,100000,1000000]

For each size, a vault built like ``cases_list.py``'s (realistic narratives, FTS5 index),
then: the case list's first page, a full-text search (a common and a rare word), the
dashboard's first display (every figure of the period, computed once), and the start-up to
the window showing its data (the key from a throwaway keyring, as every day).
Goals at a million: search p95 ≤ 15 ms, data shown ≤ 1 s. Building the million takes
several minutes and about 2 GB of disk.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchmarks._common import (  # noqa: E402
    in_secret_service,
    record,
    record_times,
    rerun_in_secret_service,
    summary,
)

PASSPHRASE = "phrase de passe de mesure"
RUNS = 40


def timed(fn: Callable[[], object], runs: int = RUNS) -> list[float]:
    fn()
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append(time.perf_counter() - began)
    return times


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--runs", type=int, default=5, help="start-ups per size")
    parser.add_argument("--keep", type=Path, default=None, metavar="DOSSIER",
                        help="garder les coffres construits dans ce dossier et les y reprendre "
                             "(le million se construit en quelques minutes)")
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    rerun_in_secret_service()
    from cases_list import build
    from startup import run_egide

    from desktop.services.cases import queries
    from desktop.services.cases.records import CaseFilter
    from desktop.services.committee.statistics import Filters, compute
    from desktop.services.vault import lifecycle
    from desktop.services.vault.office import OfficeIdentity
    from desktop.storage import keyring_slot

    real = in_secret_service() and keyring_slot.available()
    if not real:
        print("(pas de trousseau : démarrages par la phrase de passe, scrypt compris)")
        os.environ["EGIDE_PASSPHRASE"] = PASSPHRASE
    today = dt.date.today()
    for size in (int(text) for text in args.sizes.split(",")):
        label = f"{size:,}".replace(",", " ")
        folder = (args.keep / str(size)) if args.keep else Path(
            tempfile.mkdtemp(prefix="egide-growth-"))
        try:
            if (folder / "growth.egide").exists():
                db = lifecycle.open_with_passphrase(folder / "growth.egide", PASSPHRASE)
                if real:  # this run's throwaway keyring: the start-ups take the key from it
                    db.vault.store_in_keyring()
                print(f"\n{label} signalements repris de {folder}", flush=True)
            else:
                folder.mkdir(parents=True, exist_ok=True)
                db = lifecycle.create(folder / "growth.egide",
                                      OfficeIdentity.for_department("77", "Seine-et-Marne"),
                                      passphrase=PASSPHRASE, use_keyring=real).db
                began = time.perf_counter()
                build(db, size, random.Random(42))
                built = time.perf_counter() - began
                print(f"\n{label} signalements créés et indexés en {built:.0f} s", flush=True)
                record(f"Croissance, coffre créé et indexé ({label})", built, unit="s",
                       goal="pour information (préparation de la mesure)")
            filters = {
                "liste, 1re page": CaseFilter(today=today),
                "recherche « menaces »": CaseFilter(text="menaces", today=today),
                "recherche « ordonnancier »": CaseFilter(text="ordonnancier", today=today),
            }
            for name, chosen in filters.items():
                times = timed(lambda f=chosen, d=db: queries.first_page(d, f))
                print(f"  {name:<28} {summary(times)}", flush=True)
                goal = 15 if name.startswith("recherche") and size >= 1_000_000 else None
                record_times(f"Croissance, {name} ({label})", times, goal_ms=goal)
            began = time.perf_counter()
            compute(db, Filters(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
            first = time.perf_counter() - began
            print(f"  tableau de bord, 1er affichage {first * 1000:.0f} ms", flush=True)
            record_times(f"Croissance, tableau de bord 1er affichage ({label})", [first])
            db.close()
            shown = [run_egide(folder / "growth.egide")[1] for _ in range(args.runs)]
            print(f"  démarrage, données affichées {summary(shown)} "
                  f"(médiane {statistics.median(shown):.2f} s)", flush=True)
            record_times(f"Croissance, démarrage jusqu'aux données ({label})", shown,
                         goal_ms=1000 if size >= 1_000_000 else None, on="median")
        finally:
            if not args.keep:
                shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
