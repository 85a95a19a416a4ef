"""Benchmark: the case list over 100,000 cases, through the service.

    .venv/bin/python benchmarks/cases_list.py [--cases 100000]

Builds a temporary SQLCipher vault, bulk-inserts realistic cases (narratives from the demo's
samples, so common words such as "menaces" match most cases) with SQLAlchemy core, indexes
them (FTS5), then measures the first page with its count for list filters and full-text
searches (goal p95 ≤ 15 ms), and opening a case with its timeline (goal ≤ 20 ms).

The first page is read exactly as the case list's table model reads it
(``desktop/ui/table_models/cases.py``): ``queries.first_page`` with ``queries.PAGE_SIZE`` rows,
count and rows in one read.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlalchemy as sa  # noqa: E402

from benchmarks._common import record_times  # noqa: E402
from desktop.models.cases import Case, CaseEvent, CaseType, CaseVictim  # noqa: E402
from desktop.models.contacts import Practitioner  # noqa: E402
from desktop.models.enums import (  # noqa: E402
    CaseEventKind,
    CaseStatus,
    ForceZone,
    IncidentType,
    Profession,
)
from desktop.models.territory import Commune  # noqa: E402
from desktop.services.cases import queries, samples, search  # noqa: E402
from desktop.services.cases.defaults import seed_defaults  # noqa: E402
from desktop.services.cases.records import CaseFilter  # noqa: E402
from desktop.services.vault import lifecycle  # noqa: E402
from desktop.services.vault.database import Database  # noqa: E402
from desktop.services.vault.office import OfficeIdentity  # noqa: E402

RUNS = 60
GOAL_LIST_MS = 15.0
GOAL_OPEN_MS = 20.0


def build(db: Database, count: int, rng: random.Random) -> None:
    with db.unit_of_work() as uow:
        session = uow.session
        seed_defaults(session)
        communes = [Commune(insee_code=f"77{n:03d}", name=f"Commune {n}", search_key=f"c{n}",
                            department="77", force_zone=ForceZone.PN if n % 3 else ForceZone.GN)
                    for n in range(1, 78)]
        people = [Practitioner(first_name=f"Prénom{n}", last_name=f"Nom{n}",
                               profession=list(Profession)[n % len(Profession)])
                  for n in range(500)]
        session.add_all(communes + people)
        session.flush()
        commune_ids = [(c.id, c.force_zone) for c in communes]
        people_ids = [p.id for p in people]
    statuses = list(CaseStatus)
    start = dt.datetime(2023, 1, 1, tzinfo=dt.UTC)
    today = dt.date.today()
    batch = 10_000
    with db.vault.engine.begin() as connection:
        for first in range(0, count, batch):
            cases, types, victims, events = [], [], [], []
            for n in range(first, min(first + batch, count)):
                case_id = n + 1
                kind = samples.pick_type(rng)
                narrative, words, motive = samples.story(rng, kind)
                occurred = start + dt.timedelta(minutes=rng.randint(0, 3 * 525_600))
                commune_id, zone = rng.choice(commune_ids)
                status = rng.choice(statuses)
                year = 2023 + n * 3 // count
                cases.append({
                    "id": case_id, "reference": f"{year}-{n:06d}", "year": year, "seq": n,
                    "occurred_at": occurred, "commune_id": commune_id, "force_zone": zone,
                    "motive": motive, "exact_words": words or None,
                    "narrative": f"{narrative} Dossier {n}.", "status": status,
                    "due_on": None if status == CaseStatus.CLOS
                    else today + dt.timedelta(days=rng.randint(-20, 60)),
                    "weapon": False, "created_at": occurred, "updated_at": occurred,
                })
                types.append({"case_id": case_id, "incident_type": kind})
                if kind == IncidentType.VERBAL and n % 8 == 0:
                    types.append({"case_id": case_id, "incident_type": IncidentType.PHYSICAL})
                victims.append({"case_id": case_id, "practitioner_id": rng.choice(people_ids)})
                for step in range(1 + n % 6):
                    events.append({"case_id": case_id, "at": occurred + dt.timedelta(days=step),
                                   "actor": "bench", "kind": CaseEventKind.TRANSITION,
                                   "comment": "Étape"})
            connection.execute(sa.insert(Case), cases)
            connection.execute(sa.insert(CaseType), types)
            connection.execute(sa.insert(CaseVictim), victims)
            connection.execute(sa.insert(CaseEvent), events)
    with db.unit_of_work() as uow:
        search.ensure(uow.session)
    with db.vault.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")


def measure(label: str, fn: Callable[[], object], goal: float) -> bool:
    fn()  # warm the caches
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - began) * 1000)
    times.sort()
    median, p95 = statistics.median(times), times[int(len(times) * 0.95) - 1]
    ok = p95 <= goal
    record_times(label, [t / 1000 for t in times], goal_ms=goal)
    extra = f"  ({result.total} résultats)" if hasattr(result, "total") else ""
    print(f"{label:<46} médiane {median:6.1f} ms   p95 {p95:6.1f} ms   "
          f"objectif {goal:4.0f} ms {'OK' if ok else 'DÉPASSÉ'}{extra}", flush=True)
    return ok


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    args = parser.parse_args()
    rng = random.Random(42)
    with tempfile.TemporaryDirectory() as folder:
        office = OfficeIdentity.for_department("77", "Seine-et-Marne")
        created = lifecycle.create(Path(folder) / "bench.egide", office, passphrase="bench bench",
                                use_keyring=False)
        db = created.db
        began = time.perf_counter()
        build(db, args.cases, rng)
        print(f"{args.cases} signalements créés et indexés en "
              f"{time.perf_counter() - began:.1f} s", flush=True)
        today = dt.date.today()
        checks = [
            ("Liste complète, 1re page + total", CaseFilter(today=today)),
            ("Filtre étape « suivi »", CaseFilter(status=CaseStatus.SUIVI, today=today)),
            ("Filtre en retard", CaseFilter(overdue=True, today=today)),
            ("Filtre zone GN + type physique",
             CaseFilter(force_zone=ForceZone.GN, incident_type=IncidentType.PHYSICAL,
                        today=today)),
            ("Recherche mot courant « menaces »", CaseFilter(text="menaces", today=today)),
            ("Recherche sans accent « repetees »", CaseFilter(text="repetees", today=today)),
            ("Recherche mot rare « ordonnancier »", CaseFilter(text="ordonnancier",
                                                             today=today)),
            ("Recherche « menaces » + étape « suivi »",
             CaseFilter(text="menaces", status=CaseStatus.SUIVI, today=today)),
        ]
        ok = True
        for label, chosen in checks:
            ok &= measure(f"{label} ({queries.PAGE_SIZE} lignes)",
                          lambda f=chosen: queries.first_page(db, f), GOAL_LIST_MS)
        ids = queries.case_ids(db, CaseFilter(), limit=RUNS)
        cycle = iter(ids * 3)
        ok &= measure("Ouverture d'un dossier + chronologie (journalisée)",
                      lambda: queries.get_case(db, next(cycle)), GOAL_OPEN_MS)
        db.close()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
