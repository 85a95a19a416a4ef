"""The measures board: the in-force protocol's measures, each indicator this year beside the
year before."""

from __future__ import annotations

import datetime as dt

from desktop.models.enums import (
    AdviceKind,
    AlertDeviceKind,
    MeasureKind,
    VersionKind,
    VersionStatus,
    VideoSiteKind,
    VideoSiteStatus,
)
from desktop.models.protocol import Article, Measure, Protocol, ProtocolVersion
from desktop.services.measures import advice, board, video
from desktop.services.measures.records import AdviceInput, VideoSiteInput, referent_choices
from desktop.services.practitioners import alert_devices, alerts
from desktop.services.practitioners.alerts import AlertInput
from desktop.services.vault.database import Database

from .conftest import make_practitioner


def in_force(db: Database) -> None:
    with db.unit_of_work() as uow:
        protocol = Protocol(title="Protocole santé-sécurité-justice fictif")
        version = ProtocolVersion(number=1, kind=VersionKind.ORIGINAL, title="Protocole",
                                  status=VersionStatus.EN_VIGUEUR)
        protocol.versions.append(version)
        advice_measure = Measure(kind=MeasureKind.SECURITY_ADVICE, label="Conseils de sûreté")
        alert_measure = Measure(kind=MeasureKind.ALERT_DEVICE, label="Dispositif d'alerte")
        version.articles.append(Article(number=4, order=4, title="Conseils",
                                        measures=[advice_measure]))
        version.articles.append(Article(number=5, order=5, title="Alerte",
                                        measures=[alert_measure]))
        uow.session.add(protocol)


def test_board_without_a_protocol_lists_every_kind(territory: Database) -> None:
    result = board.measures_board(territory, 2026)
    assert result.protocol_title is None
    assert MeasureKind.VIDEOPROTECTION in [line.kind for line in result.lines]
    assert all(i.current == 0 and i.previous == 0 for line in result.lines
               for i in line.indicators)


def test_board_counts_this_year_and_last(territory: Database) -> None:
    in_force(territory)
    doctor = make_practitioner(territory)
    [referent, *_] = referent_choices(territory, None)
    for day in (dt.date(2025, 3, 1), dt.date(2026, 2, 1), dt.date(2026, 4, 1)):
        saved = advice.request_advice(territory, AdviceInput(AdviceKind.CONSULTATION, day, "",
                                                             practitioner_id=doctor))
        advice.assign_referent(territory, saved.id, referent.id, day)
        advice.record_done(territory, saved.id, day + dt.timedelta(days=10), "Conseils oraux")
    alert_devices.register_device(territory, AlertDeviceKind.PUSH_BUTTON, "B-1")
    [device] = alert_devices.list_devices(territory)
    alert_devices.issue_device(territory, device.id, doctor, dt.date(2025, 6, 1))
    alerts.record_alert(territory, AlertInput(dt.datetime(2026, 1, 3, 22, tzinfo=dt.UTC),
                                              device_id=device.id, relayed_by_regulation=True))
    video.save_site(territory, VideoSiteInput("MSP", VideoSiteKind.HEALTH_CENTRE, "77288",
                                              VideoSiteStatus.INSTALLE, dt.date(2026, 1, 10)))

    result = board.measures_board(territory, 2026)
    assert result.protocol_title == "Protocole santé-sécurité-justice fictif"
    assert [(line.kind, line.articles) for line in result.lines] == [
        (MeasureKind.SECURITY_ADVICE, (4,)), (MeasureKind.ALERT_DEVICE, (5,)),
        (MeasureKind.VIDEOPROTECTION, ())]  # followed, though not in the text in force
    assert result.lines[2].label == "Vidéoprotection (hors protocole en vigueur)"
    assert [(i.label, i.current) for i in result.lines[2].indicators] == [
        ("Sites équipés", 1), ("Subventions accordées", 0)]
    figures = {i.label: (i.current, i.previous) for line in result.lines[:2]
               for i in line.indicators}
    assert figures == {
        "Conseils demandés": (2, 1), "Conseils réalisés": (2, 1),
        "Dispositifs remis": (0, 1), "Alertes déclenchées": (1, 0),
        "dont relayées par la régulation": (1, 0),
    }
    assert result.lines[0].indicators[0].evolution == 1
