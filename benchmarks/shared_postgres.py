"""Benchmark: shared mode beside the local vault — case search over 100,000 cases and the
roster lookup over all of France, on SQLCipher and on PostgreSQL, through the same services.

    .venv/bin/python benchmarks/shared_postgres.py [--cases 100000] [--skip-roster]

Builds the SQLCipher vaults of ``cases_list.py`` and ``roster_lookup.py``, copies each to a
throwaway PostgreSQL server on loopback (``egide transfer``'s code), then measures the same
queries on both. Goal (issue 16): PostgreSQL within 2× of SQLCipher (p95, per line). PostgreSQL
is local here, without TLS: on the office network add the round trip (about 0.2-1 ms each).

The roster lookups run one text at a time on each engine in turn, so a loaded machine weighs
on both alike; each line also gives, per lookup, the round trips (statements, and psycopg's own
BEGIN/COMMIT/ROLLBACK), the client's CPU and, for PostgreSQL, the server's CPU (from /proc:
the server is local), figures that the machine's load does not inflate; and how many answers
differ between the engines (there must be none).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import record  # noqa: E402

RUNS = 40


def timed(fn: Callable[[], object], runs: int = RUNS) -> tuple[float, float]:
    fn()  # warm the caches
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn()
        times.append((time.perf_counter() - began) * 1000)
    times.sort()
    return statistics.median(times), times[max(0, round(0.95 * (len(times) - 1)))]


def line(label: str, local: tuple[float, float], shared: tuple[float, float]) -> float:
    ratio = shared[1] / local[1] if local[1] else float("inf")
    print(f"{label:<44} SQLCipher méd. {local[0]:6.2f} p95 {local[1]:6.2f} ms | PostgreSQL méd. "
          f"{shared[0]:6.2f} p95 {shared[1]:6.2f} ms | ×{ratio:.2f} (objectif ≤ ×2 : "
          f"{'oui' if ratio <= 2 else 'NON'}) | {load()}", flush=True)
    goal = f"p95 ≤ 2 × SQLCipher ({local[1]:.2f} ms)".replace(".", ",")
    record(f"PostgreSQL, {label}", shared[0], shared[1], goal=goal, met=ratio <= 2)
    return ratio


def to_postgres(db, server: str):  # type: ignore[no-untyped-def]
    import sqlalchemy as sa

    from desktop.services.cases import search
    from desktop.services.vault import lifecycle, transfer
    from tests.postgres_server import new_database

    url = new_database(server)
    began = time.perf_counter()
    transfer.to_database(db, url)
    shared = lifecycle.open_shared(url)
    with shared.unit_of_work() as uow:
        search.ensure(uow.session)
    with shared.vault.engine.connect().execution_options(
            isolation_level="AUTOCOMMIT") as connection:
        connection.execute(sa.text("VACUUM ANALYZE"))
    print(f"  copié sur PostgreSQL et indexé en {time.perf_counter() - began:.1f} s", flush=True)
    return shared


def cases(server: str, count: int) -> float:
    from benchmarks.cases_list import build
    from desktop.models.enums import CaseStatus, ForceZone, IncidentType
    from desktop.services.cases import queries
    from desktop.services.cases.records import CaseFilter
    from desktop.services.vault import lifecycle
    from desktop.services.vault.office import OfficeIdentity

    folder = Path(tempfile.mkdtemp(prefix="egide-bench-cases-"))
    created = lifecycle.create(folder / "bench.egide",
                               OfficeIdentity.for_department("77", "Seine-et-Marne"),
                               passphrase="bench bench", use_keyring=False)
    local = created.db
    began = time.perf_counter()
    build(local, count, random.Random(42))
    print(f"{count} signalements créés et indexés (SQLCipher) en "
          f"{time.perf_counter() - began:.1f} s", flush=True)
    shared = to_postgres(local, server)
    today = dt.date.today()
    checks = [
        ("Liste complète, 1re page + total", CaseFilter(today=today)),
        ("Filtre étape « suivi »", CaseFilter(status=CaseStatus.SUIVI, today=today)),
        ("Filtre en retard", CaseFilter(overdue=True, today=today)),
        ("Filtre zone GN + type physique",
         CaseFilter(force_zone=ForceZone.GN, incident_type=IncidentType.PHYSICAL,
                    today=today)),
        ("Recherche « menaces »", CaseFilter(text="menaces", today=today)),
        ("Recherche sans accent « repetees »", CaseFilter(text="repetees", today=today)),
        ("Recherche mot rare « ordonnancier »", CaseFilter(text="ordonnancier", today=today)),
        ("Recherche « menaces » + étape « suivi »",
         CaseFilter(text="menaces", status=CaseStatus.SUIVI, today=today)),
    ]
    worst = 0.0
    for label, chosen in checks:
        a, b = (queries.first_page(db, chosen) for db in (local, shared))
        assert (a.total, [r.id for r in a.rows]) == (b.total, [r.id for r in b.rows]), label
        worst = max(worst, line(label, timed(lambda f=chosen: queries.first_page(local, f)),
                                timed(lambda f=chosen: queries.first_page(shared, f))))
    ids = queries.case_ids(local, CaseFilter(), limit=RUNS)
    first, second = iter(ids * 3), iter(ids * 3)
    worst = max(worst, line("Ouverture d'un dossier (journalisée)",
                            timed(lambda: queries.get_case(local, next(first))),
                            timed(lambda: queries.get_case(shared, next(second)))))
    local.close()
    shared.close()
    return worst


class Trips:
    """Round trips to the database: every statement, and on PostgreSQL the ``BEGIN``,
    ``COMMIT`` and ``ROLLBACK`` psycopg sends on its own (``_exec_command``)."""

    def __init__(self) -> None:
        import psycopg

        self.count = 0
        original = psycopg.Connection._exec_command

        def counted(connection, command, *args, **kwargs):  # type: ignore[no-untyped-def]
            self.count += 1
            return original(connection, command, *args, **kwargs)

        psycopg.Connection._exec_command = counted  # type: ignore[method-assign]

    def watch(self, engine) -> None:  # type: ignore[no-untyped-def]
        import sqlalchemy as sa

        def statement(*_args: object) -> None:
            self.count += 1

        sa.event.listen(engine, "before_cursor_execute", statement)


def server_pids(engine) -> list[int]:  # type: ignore[no-untyped-def]
    import sqlalchemy as sa

    with engine.connect() as connection:
        return list(connection.execute(sa.text("SELECT pid FROM pg_stat_activity")).scalars())


def server_cpu(pids: list[int]) -> float:
    """CPU seconds used so far by the server's processes (user + system, from /proc): the
    server is local, so a lookup's work on it can be told apart from the machine's load."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
    return total


def load() -> str:
    return f"charge {os.getloadavg()[0]:.1f}"


def roster(server: str) -> float:
    """Each lookup on one engine then the other (the machine's load shared alike), timed one by
    one: median and p95 per lookup; round trips and client CPU per lookup on each engine, and
    the server's CPU for PostgreSQL; answers compared on every text."""
    from benchmarks.roster_lookup import build, queries
    from desktop.services.roster import words
    from desktop.services.roster.lookup import search

    folder = Path(tempfile.mkdtemp(prefix="egide-bench-roster-"))
    began = time.perf_counter()
    local, communes, _units, _assignments = build(folder / "france.egide")
    with local.unit_of_work() as uow:
        words.ensure(uow.session)
    print(f"Coffre du référentiel : {communes} communes ({time.perf_counter() - began:.1f} s)",
          flush=True)
    shared = to_postgres(local, server)
    with shared.unit_of_work() as uow:
        words.ensure(uow.session)
    trips = Trips()
    for db in (local, shared):
        trips.watch(db.vault.engine)
    worst, differ_all, asked = 0.0, 0, 0
    for label, texts in queries(local, random.Random(35)).items():
        chosen = texts[:120]
        differ = sum(search(local, t) != search(shared, t) for t in chosen)  # also warms
        differ_all, asked = differ_all + differ, asked + len(chosen)
        times: dict[str, list[float]] = {"local": [], "shared": []}
        cost = dict.fromkeys(("local_trips", "local_cpu", "shared_trips", "shared_cpu",
                              "server_cpu"), 0.0)
        pids = server_pids(shared.vault.engine)
        for _ in range(2):
            for text in chosen:
                for name, db in (("local", local), ("shared", shared)):
                    before_server = server_cpu(pids) if name == "shared" else 0.0
                    before_trips, before_cpu = trips.count, time.thread_time()
                    began = time.perf_counter()
                    search(db, text)
                    times[name].append((time.perf_counter() - began) * 1000)
                    cost[f"{name}_cpu"] += time.thread_time() - before_cpu
                    cost[f"{name}_trips"] += trips.count - before_trips
                    if name == "shared":
                        cost["server_cpu"] += server_cpu(pids) - before_server
        runs = 2 * len(chosen)
        stats = {name: _percentiles(values) for name, values in times.items()}
        worst = max(worst, line(f"Référents : {label[:32]}", stats["local"], stats["shared"]))
        print(f"{'':<44} par recherche : SQLCipher {cost['local_trips'] / runs:.1f} requêtes, "
              f"CPU {cost['local_cpu'] / runs * 1000:.2f} ms | PostgreSQL "
              f"{cost['shared_trips'] / runs:.1f} allers-retours, CPU client "
              f"{cost['shared_cpu'] / runs * 1000:.2f} ms + serveur "
              f"{cost['server_cpu'] / runs * 1000:.2f} ms | réponses différentes {differ}/"
              f"{len(chosen)} | {load()}", flush=True)
    print(f"Réponses différentes entre les deux moteurs : {differ_all}/{asked}", flush=True)
    local.close()
    shared.close()
    return worst


def _percentiles(values: list[float]) -> tuple[float, float]:
    values = sorted(values)
    return statistics.median(values), values[max(0, round(0.95 * (len(values) - 1)))]


def main() -> int:
    from tests.postgres_server import NoServer, running_server

    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--skip-roster", action="store_true")
    parser.add_argument("--skip-cases", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("EGIDE_HOME", tempfile.mkdtemp(prefix="egide-bench-"))
    try:
        with running_server() as server:
            worst = 0.0
            if not args.skip_cases:
                worst = max(worst, cases(server, args.cases))
            if not args.skip_roster:
                worst = max(worst, roster(server))
    except NoServer as error:
        print(f"Mesure impossible : {error}")
        return 1
    print(f"Pire rapport PostgreSQL / SQLCipher (p95) : ×{worst:.2f} — objectif ≤ ×2 : "
          f"{'atteint' if worst <= 2 else 'NON atteint'} (charge {os.getloadavg()[0]:.1f})")
    return 0 if worst <= 2 else 1


if __name__ == "__main__":
    sys.exit(main())
