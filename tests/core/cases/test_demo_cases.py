"""The demonstration cases follow the published proportions and sit at every step."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import sqlalchemy as sa

from desktop.models.cases import Case, CaseType, Complaint
from desktop.models.enums import CaseStatus, ComplaintKind, IncidentType
from desktop.services.cases import queries, workflow
from desktop.services.cases.records import CaseFilter
from desktop.services.demo.build import create_demo


def test_demo_cases(tmp_path: Path) -> None:
    db = create_demo(tmp_path / "demo.egide").db
    try:
        with db.reading() as session:
            total = session.scalar(sa.select(sa.func.count(Case.id))) or 0
            types = Counter(session.scalars(sa.select(CaseType.incident_type)))
            statuses = Counter(session.scalars(sa.select(Case.status)))
            years = Counter(session.scalars(sa.select(Case.year)))
            plaintes = session.scalar(sa.select(sa.func.count(sa.distinct(Complaint.case_id)))
                                      .where(Complaint.kind != ComplaintKind.MAIN_COURANTE))
        assert 250 <= total <= 400 and len(years) == 3
        share = {kind: count / total for kind, count in types.items()}
        assert 0.5 < share[IncidentType.VERBAL] < 0.75
        assert 0.09 < share[IncidentType.FALSIFICATION] < 0.22
        assert 0.04 < share[IncidentType.THEFT] < 0.13
        assert 0.25 < (plaintes or 0) / total < 0.42
        assert statuses[CaseStatus.CLOS] > total / 2
        assert len(statuses) >= 8
        assert workflow.overdue_count(db) > 0
        assert queries.count_cases(db, CaseFilter(text="repetees")) > 10
    finally:
        db.close()
