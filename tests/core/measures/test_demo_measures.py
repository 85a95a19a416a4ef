"""The demonstration vault carries the measures in plausible numbers: advice at every stage,
loans with their history, alerts (some relayed by the régulation), SOS Médecins' numbers,
vidéoprotection sites at every stage; and the board of the protocol in force shows them."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa

from desktop.models.cases import Case
from desktop.models.enums import AlertDeviceKind, CaseSource, MeasureKind, VideoSiteStatus
from desktop.services.cases import tasks
from desktop.services.demo.build import create_demo
from desktop.services.measures import advice, board, video
from desktop.services.measures.records import AdviceStatus
from desktop.services.practitioners import alert_devices, alerts, preregistrations


def test_demo_measures(tmp_path: Path) -> None:
    db = create_demo(tmp_path / "demo.egide").db
    requests = advice.list_advice(db)
    assert len(requests) == 42
    states = {row.status for row in requests}
    assert states == {AdviceStatus.REQUESTED, AdviceStatus.ASSIGNED, AdviceStatus.DONE}
    assert any(row.structure and row.practitioner_id is None for row in requests)
    assert all(row.referent_name for row in requests if row.status is AdviceStatus.DONE)

    devices = alert_devices.list_devices(db)
    assert sum(d.kind is AlertDeviceKind.REGULATION_RELAY for d in devices) == 2
    loans = alert_devices.list_loans(db)
    assert len(loans) > len([d for d in devices if d.holder_id]) and all(
        loan.issued_on for loan in loans)
    logged = alerts.list_alerts(db)
    assert len(logged) == 35 and 0 < sum(a.relayed_by_regulation for a in logged) < 35
    assert sum(a.case_reference is not None for a in logged) == 5

    organisation_rows = [row for row in preregistrations.list_preregistrations(db)
                         if row.practitioner_id is None]
    assert len(organisation_rows) == 5
    assert "SOS Médecins 77 — Régulation" in {row.practitioner_name for row in organisation_rows}

    sites = video.list_sites(db)
    assert len(sites) == 20 and {s.status for s in sites} == set(VideoSiteStatus)
    assert len(video.sites_per_commune(db)) > 3

    reminders = tasks.list_tasks(db, include_done=True)
    assert len(reminders) == 12 and any(r.overdue for r in reminders)
    assert any(r.done_on for r in reminders)
    with db.reading() as session:
        sources = set(session.scalars(sa.select(Case.source).distinct()))
    assert set(CaseSource) <= sources

    result = board.measures_board(db)
    assert result.protocol_title is not None
    kinds = [line.kind for line in result.lines]
    assert MeasureKind.SECURITY_ADVICE in kinds
    total = sum(i.current + i.previous for line in result.lines for i in line.indicators)
    assert total > 50
    db.close()
