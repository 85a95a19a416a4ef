"""Dashboard refresh over 100,000 generated cases, through the statistics service.

First display (only its period's months are counted; goal, issue 17: median ≤ 300 ms), then
the whole history counted as the page asks once its figures are shown (reported, no goal),
then refreshes of other periods and filters (goal, issue 7: p95 ≤ 200 ms).
Run: .venv/bin/python benchmarks/dashboard_refresh.py
"""

from __future__ import annotations

import datetime as dt
import random
import statistics as pystats
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import record_times  # noqa: E402
from desktop.services.vault import lifecycle  # noqa: E402
from desktop.services.vault.office import OfficeIdentity  # noqa: E402
from desktop.storage.sidecar import ScryptParams  # noqa: E402

CASES = 100_000
GOAL_MS = 200.0
FIRST_DISPLAYS = 7
"""The first display is timed after that many starts (one sample said little on a shared
machine: 284-378 ms for the same code on the same day)."""
PASSPHRASE = "benchmark passphrase"


def generate(db: object, count: int) -> None:
    from sqlalchemy import insert

    from desktop.models.cases import Case, CaseAuthor, CaseEvent, CaseType, CaseVictim, Complaint
    from desktop.models.contacts import Practitioner
    from desktop.models.enums import (
        AuthorKind,
        CaseEventKind,
        CaseStatus,
        ComplaintKind,
        ForceZone,
        IncidentType,
        Place,
        Profession,
    )  # fmt: skip
    from desktop.models.territory import Commune

    rng = random.Random(7)
    with db.unit_of_work() as uow:  # type: ignore[attr-defined]
        s = uow.session
        communes = [Commune(insee_code=f"77{i:03d}", name=f"Commune {i}", search_key=f"c{i}",
                            department="77", arrondissement=f"77{1 + i % 5}",
                            force_zone=ForceZone.PN if i % 3 else ForceZone.GN)
                    for i in range(200)]
        s.add_all(communes)
        doctors = [Practitioner(first_name="P", last_name=f"N{i}",
                                profession=rng.choice(list(Profession))) for i in range(2000)]
        s.add_all(doctors)
        s.flush()
        start = dt.datetime(2022, 1, 1, tzinfo=dt.UTC)
        statuses = list(CaseStatus)
        cases, victims, types, authors, events, complaints = [], [], [], [], [], []
        for n in range(1, count + 1):
            commune = rng.choice(communes)
            occurred = start + dt.timedelta(minutes=rng.randrange(4 * 365 * 24 * 60))
            cases.append(dict(id=n, reference=f"{occurred.year}-{n:06d}"[:12], year=occurred.year,
                              seq=n, occurred_at=occurred, commune_id=commune.id,
                              force_zone=commune.force_zone, place=rng.choice(list(Place)),
                              status=rng.choice(statuses), narrative="", weapon=False,
                              created_at=occurred, updated_at=occurred,
                              due_on=(occurred + dt.timedelta(days=30)).date()))
            victims.append(dict(case_id=n, practitioner_id=rng.choice(doctors).id))
            types.append(dict(case_id=n, incident_type=rng.choice(list(IncidentType))))
            authors.append(dict(case_id=n, kind=rng.choice(list(AuthorKind))))
            events.append(dict(case_id=n, at=occurred + dt.timedelta(days=rng.randrange(1, 20)),
                               actor="b", kind=CaseEventKind.TRANSITION,
                               from_status=CaseStatus.RECU, to_status=CaseStatus.FICHE_ENVOYEE))
            if rng.random() < 0.33:
                complaints.append(dict(case_id=n, kind=ComplaintKind.PLAINTE))
        for model, rows in ((Case, cases), (CaseVictim, victims), (CaseType, types),
                            (CaseAuthor, authors), (CaseEvent, events), (Complaint, complaints)):
            s.execute(insert(model), rows)


def main() -> None:
    from desktop.models.enums import ForceZone
    from desktop.services.committee.statistics import Filters, compute, prepare

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.egide"
        made = lifecycle.create(path, OfficeIdentity.for_department("77", "Seine-et-Marne"),
                                passphrase=PASSPHRASE, use_keyring=False,
                                scrypt=ScryptParams(n=2**14))
        db = made.db
        began = time.perf_counter()
        generate(db, CASES)
        print(f"{CASES} signalements générés en {time.perf_counter() - began:.1f} s")
        # The first display as after starting the application: each in a new process (its
        # caches empty, the vault just opened, the home page read; the file in the system's
        # cache).
        firsts, first_cpus = [], []
        for _ in range(FIRST_DISPLAYS):
            printed = subprocess.run(
                [sys.executable, __file__, "--first-display", str(path)],
                capture_output=True, text=True, check=True).stdout.split()
            firsts.append(float(printed[-2]))
            first_cpus.append(float(printed[-1]))
        cases = f"{CASES:,}".replace(",", " ")
        record_times(f"Tableau de bord, premier affichage ({cases} signalements)", firsts,
                     goal_ms=300, on="median")
        # On a shared machine the wall time includes waiting for a core: the CPU time does not.
        record_times(f"Tableau de bord, premier affichage ({cases} signalements, temps CPU)",
                     first_cpus, goal="pour information")
        print(f"premier affichage (les mois de sa période seulement), {FIRST_DISPLAYS} "
              f"démarrages : médiane {pystats.median(firsts) * 1000:.0f} ms (CPU "
              f"{pystats.median(first_cpus) * 1000:.0f} ms), de {min(firsts) * 1000:.0f} à "
              f"{max(firsts) * 1000:.0f} ms")
        compute(db, Filters(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))  # here too, then:
        t0 = time.perf_counter()
        prepare(db)  # as the page does once its first figures are shown, on the worker
        history = time.perf_counter() - t0
        record_times(f"Tableau de bord, historique compté après le premier affichage "
                     f"({cases} signalements, en arrière-plan)", [history])
        print(f"historique entier compté ensuite (en arrière-plan) : {history * 1000:.0f} ms")
        periods = [
            Filters(dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
            Filters(dt.date(2024, 11, 26), dt.date(2025, 11, 25)),
            Filters(dt.date(2022, 1, 1), dt.date(2025, 12, 31)),
            Filters(dt.date(2023, 3, 15), dt.date(2025, 8, 20), arrondissement="773"),
            Filters(dt.date(2024, 1, 1), dt.date(2024, 6, 30), force=ForceZone.GN),
        ]
        for flt in periods:
            times = []
            for _ in range(15):
                t0 = time.perf_counter()
                stats = compute(db, flt)
                times.append((time.perf_counter() - t0) * 1000)
            times.sort()
            p95 = times[int(0.95 * (len(times) - 1))]
            median = pystats.median(times)
            verdict = "OK" if p95 <= GOAL_MS else "AU-DESSUS DE L'OBJECTIF"
            record_times(f"Tableau de bord, actualisation {flt.date_from}..{flt.date_to} "
                         f"{flt.arrondissement or ''}{flt.force or ''}".rstrip(),
                         [t / 1000 for t in times], goal_ms=GOAL_MS)
            print(f"actualisation {flt.date_from}..{flt.date_to} "
                  f"{flt.arrondissement or ''}{flt.force or ''} ({stats.total} signalements) : "
                  f"médiane {median:.0f} ms, p95 {p95:.0f} ms (objectif ≤ {GOAL_MS:.0f} ms) "
                  f"{verdict}")
        db.close()


def first_display(path: Path) -> None:
    """One first display in this new process, printed as its wall and CPU seconds: the vault
    opened and the home page's desk read, as the application has done when the user first
    opens the dashboard (the desk's queries configure the models' mappers, 0.24 s)."""
    from desktop.services.committee.statistics import Filters, compute
    from desktop.services.vault.desk import desk

    db = lifecycle.open_with_passphrase(path, PASSPHRASE)
    desk(db)
    t0, cpu0 = time.perf_counter(), time.process_time()
    compute(db, Filters(dt.date(2025, 1, 1), dt.date(2025, 12, 31)))
    print(time.perf_counter() - t0, time.process_time() - cpu0)
    db.close()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--first-display"]:
        first_display(Path(sys.argv[2]))
    else:
        main()
