"""Lookup over all of France: ~35,000 communes and 10,000 référents, through the service.

Each query is the whole answer (communes, postal codes, unit chain, valid référents) as the
"Référents" page and ``egide lookup`` get it: ``roster.lookup.lookup(db, text)``.
Goal (issue 4): p95 ≤ 5 ms per query, for names, prefixes as typed, postal and INSEE codes.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks._common import summary  # noqa: E402

GOAL_MS = 5.0
REFERENTS = 10_000


def build(path: Path):  # type: ignore[no-untyped-def]
    import sqlalchemy as sa

    from desktop.io.reference import france_communes_path
    from desktop.models.enums import Force, ForceZone, ReferentRole, UnitKind
    from desktop.models.territory import Assignment, Commune, Referent, Unit
    from desktop.services.roster.imports import import_communes
    from desktop.services.vault import lifecycle
    from desktop.services.vault.office import OfficeIdentity
    from desktop.storage.sidecar import ScryptParams

    created = lifecycle.create(path, OfficeIdentity.for_department("77", "Seine-et-Marne"),
                            passphrase="benchmark passphrase", use_keyring=False,
                            scrypt=ScryptParams(n=2**10, r=8, p=1))
    db = created.db
    import_communes(db, france_communes_path(), "france")
    rng = random.Random(4)
    with db.unit_of_work() as uow:
        session = uow.session
        rows = session.execute(sa.select(Commune.id, Commune.department,
                                         Commune.arrondissement).order_by(Commune.insee_code))
        communes = list(rows)
        units: dict[str, int] = {}

        def unit(key: str, **values: object) -> int:
            if key not in units:
                units[key] = session.execute(
                    sa.insert(Unit).returning(Unit.id), [{"code": key, **values}]).scalar_one()
            return units[key]

        updates = []
        for index, (commune_id, department, arrondissement) in enumerate(communes):
            top = unit(f"G{department}", kind=UnitKind.GROUPEMENT, force=Force.GN,
                       name=f"Groupement de gendarmerie départementale {department}")
            cie = unit(f"C{arrondissement}", kind=UnitKind.COMPAGNIE, force=Force.GN,
                       name=f"Compagnie {arrondissement}", parent_id=top)
            brigade = unit(f"B{arrondissement}-{index // 12}", kind=UnitKind.BRIGADE,
                           force=Force.GN, name=f"Brigade {arrondissement}-{index // 12}",
                           parent_id=cie)
            updates.append({"id": commune_id, "unit_id": brigade, "force_zone": ForceZone.GN})
        session.execute(sa.update(Commune), updates)
        brigade_ids = [v for k, v in units.items() if k.startswith("B")]
        today = dt.date.today()
        referents = session.execute(sa.insert(Referent).returning(Referent.id), [
            {"first_name": f"Prénom{n}", "last_name": f"Nom{n}",
             "role": ReferentRole.CORRESPONDANT if n % 10 else ReferentRole.REFERENT,
             "unit_id": rng.choice(brigade_ids), "phone": f"+3319900{n % 10000:04d}",
             "email": f"ref{n}@exemple.fr", "verified_on": today, "active": True}
            for n in range(REFERENTS)
        ]).scalars().all()
        ids = [c[0] for c in communes]
        assignments = []
        for referent_id in referents:
            for commune_id in rng.sample(ids, 7):
                start = today - dt.timedelta(days=rng.randint(0, 900))
                ended = rng.random() < 0.3
                assignments.append({
                    "commune_id": commune_id, "referent_id": referent_id, "valid_from": start,
                    "valid_to": start + dt.timedelta(days=100) if ended else None})
        session.execute(sa.insert(Assignment), assignments)
    return db, len(communes), len(units), len(assignments)


def queries(db, rng: random.Random) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    import sqlalchemy as sa

    from desktop.models.territory import Commune, PostalCode

    with db.reading() as session:
        names = list(session.scalars(sa.select(Commune.name)))
        codes = list(session.scalars(sa.select(Commune.insee_code)))
        postal = list(session.scalars(sa.select(PostalCode.code).distinct()))
    typed = []
    for name in rng.sample(names, 40):
        typed += [name[:n] for n in range(1, min(len(name), 10) + 1)]
    return {
        "noms complets": rng.sample(names, 400),
        "noms en MAJUSCULES sans accents (« ST … »)": [
            n.upper().replace("SAINT-", "ST ").replace("-", " ") for n in rng.sample(names, 200)
        ],
        "préfixes au fil de la frappe": typed,
        "codes postaux": rng.sample(postal, 400),
        "codes INSEE": rng.sample(codes, 400),
    }


def main() -> int:
    from desktop.services.roster.lookup import lookup

    os.environ.setdefault("EGIDE_HOME", tempfile.mkdtemp(prefix="egide-bench-"))
    folder = Path(tempfile.mkdtemp(prefix="egide-roster-"))
    started = time.perf_counter()
    db, communes, units, assignments = build(folder / "france.egide")
    print(f"Coffre de mesure : {communes} communes, {units} unités, {REFERENTS} référents, "
          f"{assignments} rattachements ({time.perf_counter() - started:.1f} s)")
    rng = random.Random(35)
    worst = 0.0
    for label, texts in queries(db, rng).items():
        lookup(db, texts[0])  # warm the page cache
        timings, found = [], 0
        for text in texts:
            start = time.perf_counter()
            cards = lookup(db, text)
            timings.append(time.perf_counter() - start)
            found += bool(cards)
        ordered = sorted(timings)
        p95 = ordered[round(0.95 * (len(ordered) - 1))] * 1000
        worst = max(worst, p95)
        print(f"{label:45s} {summary(timings)} — trouvées {found}/{len(texts)}")
    db.close()
    verdict = "atteint" if worst <= GOAL_MS else "NON atteint"
    print(f"Objectif p95 ≤ {GOAL_MS:.0f} ms : {verdict} (pire p95 {worst:.2f} ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
