"""The national axes (dashboard section and yearly report) over 100,000 generated cases.

Each axis is one GROUP BY over the two years' cases, the measures one query of correlated
EXISTS; run: .venv/bin/python benchmarks/national_axes.py
"""

from __future__ import annotations

import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks._common import record_times  # noqa: E402
from benchmarks.dashboard_refresh import CASES, generate  # noqa: E402
from desktop.services.vault import lifecycle  # noqa: E402
from desktop.services.vault.office import OfficeIdentity  # noqa: E402
from desktop.storage.sidecar import ScryptParams  # noqa: E402


def add_measures(db: object) -> None:
    """Advice requests and loans for a tenth of the practitioners (the measures axis)."""
    from sqlalchemy import insert, select

    from desktop.models.contacts import AlertDevice, Practitioner
    from desktop.models.enums import AdviceKind, AlertDeviceKind
    from desktop.models.measures import AdviceRequest, AlertLoan

    rng = random.Random(11)
    with db.unit_of_work() as uow:  # type: ignore[attr-defined]
        s = uow.session
        ids = list(s.scalars(select(Practitioner.id)))
        chosen = rng.sample(ids, len(ids) // 10)
        s.execute(insert(AdviceRequest), [dict(
            kind=AdviceKind.CONSULTATION, practitioner_id=p,
            requested_on=dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1400)))
            for p in chosen])
        device = AlertDevice(kind=AlertDeviceKind.PUSH_BUTTON, identifier="B")
        s.add(device)
        s.flush()
        s.execute(insert(AlertLoan), [dict(
            device_id=device.id, practitioner_id=p,
            issued_on=dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(1400)))
            for p in chosen[:50]])


def main() -> None:
    from desktop.services.committee.axes import national_axes
    from desktop.services.committee.axes_export import export_axes_csv

    with tempfile.TemporaryDirectory() as folder:
        made = lifecycle.create(Path(folder) / "bench.egide",
                                OfficeIdentity.for_department("77", "Seine-et-Marne"),
                                passphrase="benchmark passphrase", use_keyring=False,
                                scrypt=ScryptParams(n=2**14))
        db = made.db
        generate(db, CASES)
        add_measures(db)
        times = []
        for _ in range(5):
            t0 = time.perf_counter()
            axes = national_axes(db, 2025, every=True)
            times.append(time.perf_counter() - t0)
        cases = f"{CASES:,}".replace(",", " ")
        record_times(f"Axes nationaux, une année et la précédente ({cases} signalements)",
                     times)
        print(f"axes nationaux 2025/2024 ({axes.total} + {axes.previous_total} signalements) :"
              f" médiane {sorted(times)[2] * 1000:.0f} ms")
        t0 = time.perf_counter()
        data = export_axes_csv(db, 2025)
        lines = data.count(b"\n") - 1
        print(f"CSV des axes 2025 ({lines} lignes) : "
              f"{(time.perf_counter() - t0) * 1000:.0f} ms")
        db.close()


if __name__ == "__main__":
    main()
