"""Benchmark: practitioner search (the pickers and the "Praticiens" list) through the service.

    .venv/bin/python benchmarks/practitioners_search.py [--practitioners 10000]

A département has a few thousand health professionals; the search reads the name columns and
filters accent-insensitively in Python (there is no normalised name column yet). This measures
whether that stays interactive, and the pending export for a force.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import record_times, summary  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--practitioners", type=int, default=10_000)
    args = parser.parse_args()
    os.environ.setdefault("EGIDE_HOME", tempfile.mkdtemp())
    from desktop.models.contacts import Practitioner, Preregistration
    from desktop.models.enums import Force, Profession
    from desktop.models.territory import Commune
    from desktop.services.demo.build import DEMO_OFFICE
    from desktop.services.demo.territory import fill as fill_communes
    from desktop.services.practitioners import directory
    from desktop.services.practitioners.preregistration_exports import export_pending
    from desktop.services.vault import lifecycle

    path = Path(tempfile.mkdtemp()) / "bench.egide"
    created = lifecycle.create(path, DEMO_OFFICE, passphrase="bench passphrase", use_keyring=False)
    db = created.db
    rng = random.Random(1)
    names = ["Aubépine", "Bleuet", "Fougère", "Genêt", "Lilas", "Mélèze", "Œillet", "Érable"]
    with db.unit_of_work() as uow:
        fill_communes(uow, rng)
        import sqlalchemy as sa

        communes = list(uow.session.scalars(sa.select(Commune.id)))
        for index in range(args.practitioners):
            row = Practitioner(first_name=f"Prénom{index}", last_name=f"{rng.choice(names)}{index}",
                               profession=rng.choice(list(Profession)),
                               commune_id=rng.choice(communes),
                               phone=f"+3319900{index % 10000:04d}")
            uow.session.add(row)
            if index % 20 == 0:
                row.preregistrations.append(Preregistration(
                    force=Force.GN, phone=row.phone, consent_on=dt.date(2026, 1, 1)))
    queries = ["lilas", "erable 12", "melun", "prenom1", "zzz", "oeillet"]
    timings = []
    for _ in range(5):
        for text in queries:
            start = time.perf_counter()
            directory.search_practitioners(db, text, 30)
            timings.append(time.perf_counter() - start)
    print(f"search_practitioners over {args.practitioners} practitioners: {summary(timings)}")
    record_times(f"Recherche de praticiens ({args.practitioners:,} praticiens)".replace(",", " "),
                 timings, goal_ms=15)
    start = time.perf_counter()
    result = export_pending(db, Force.GN, "xlsx", lambda data: None, mark_sent=False)
    print(f"export of {len(result.ids)} pending GN requests (XLSX): "
          f"{(time.perf_counter() - start) * 1000:.0f} ms")
    db.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
