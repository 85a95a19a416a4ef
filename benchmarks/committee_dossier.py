"""The dossier de séance with 500 cases on the agenda and the 6 statistics charts.

Goal (issue 7): ≤ 1.5 s. Run: .venv/bin/python benchmarks/committee_dossier.py
"""

from __future__ import annotations

import datetime as dt
import io
import statistics as pystats
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from dashboard_refresh import generate  # noqa: E402

from benchmarks._common import record_times  # noqa: E402
from desktop.services.committee import agenda, meetings, printing
from desktop.services.vault import lifecycle  # noqa: E402
from desktop.services.vault.office import OfficeIdentity  # noqa: E402
from desktop.storage.sidecar import ScryptParams  # noqa: E402

CASES = 500
GOAL_S = 1.5


def main() -> None:
    import pypdf
    from sqlalchemy import select

    from desktop.models.cases import Case

    with tempfile.TemporaryDirectory() as folder:
        made = lifecycle.create(Path(folder) / "bench.egide",
                             OfficeIdentity.for_department("77", "Seine-et-Marne"),
                             passphrase="benchmark passphrase", use_keyring=False,
                             scrypt=ScryptParams(n=2**14))
        db = made.db
        generate(db, CASES)
        meeting = meetings.create_meeting(db, dt.datetime(2026, 1, 15, 13, tzinfo=dt.UTC),
                                          "Préfecture").id
        stats_item = agenda.add_item(db, meeting, "Bilan statistique").id
        agenda.link(db, stats_item, period=(dt.date(2022, 1, 1), dt.date(2025, 12, 31)))
        review = agenda.add_item(db, meeting, "Signalements à examiner").id
        with db.unit_of_work() as uow:
            from desktop.models.committee import AgendaLink

            ids = uow.session.scalars(select(Case.id)).all()
            uow.session.add_all([AgendaLink(agenda_item_id=review, case_id=i) for i in ids])
        times, pages = [], 0
        for _ in range(5):
            t0 = time.perf_counter()
            pdf = printing.dossier_pdf(db, meeting)
            times.append(time.perf_counter() - t0)
            pages = len(pypdf.PdfReader(io.BytesIO(pdf)).pages)
        times.sort()
        median, p95 = pystats.median(times), times[-1]
        verdict = "OK" if p95 <= GOAL_S else "AU-DESSUS DE L'OBJECTIF"
        record_times(f"Dossier de séance ({CASES} signalements, 6 graphiques)", times,
                     goal_ms=GOAL_S * 1000)
        print(f"dossier de séance : {CASES} signalements, 6 graphiques, {pages} pages, "
              f"{len(pdf) // 1024} Kio : médiane {median:.2f} s, max {p95:.2f} s "
              f"(objectif ≤ {GOAL_S} s) {verdict}")
        db.close()


if __name__ == "__main__":
    main()
