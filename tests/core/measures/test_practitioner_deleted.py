"""Deleting a practitioner keeps the measures' history: the advice request, the returned
device's loan and the alert stay, without the name; the vidéoprotection link goes."""

from __future__ import annotations

import datetime as dt

from desktop.models.enums import (
    AdviceKind,
    AlertDeviceKind,
    VideoSiteKind,
    VideoSiteStatus,
)
from desktop.services.measures import advice, video
from desktop.services.measures.records import AdviceInput, VideoSiteInput
from desktop.services.practitioners import alert_devices, alerts, directory
from desktop.services.practitioners.alerts import AlertInput
from desktop.services.vault.database import Database

from .conftest import make_practitioner


def test_history_survives_the_practitioner(territory: Database) -> None:
    doctor = make_practitioner(territory)
    advice.request_advice(territory, AdviceInput(AdviceKind.CONSULTATION, dt.date(2026, 1, 5),
                                                 "", practitioner_id=doctor,
                                                 structure="Cabinet des Écoles"))
    alert_devices.register_device(territory, AlertDeviceKind.PUSH_BUTTON, "B-1")
    [device] = alert_devices.list_devices(territory)
    alert_devices.issue_device(territory, device.id, doctor, dt.date(2026, 1, 10))
    alerts.record_alert(territory, AlertInput(dt.datetime(2026, 2, 1, 9, tzinfo=dt.UTC),
                                              device_id=device.id))
    alert_devices.return_device(territory, device.id, dt.date(2026, 3, 1))
    site = video.save_site(territory, VideoSiteInput(
        "Cabinet des Écoles", VideoSiteKind.PRACTICE, "77001", VideoSiteStatus.PROJET,
        dt.date(2026, 1, 5), practitioner_ids=(doctor,)))

    directory.delete_practitioner(territory, doctor)

    [request] = advice.list_advice(territory)
    assert request.practitioner_id is None and request.requester == "Cabinet des Écoles"
    [loan] = alert_devices.list_loans(territory)
    assert loan.practitioner_id is None and loan.returned_on == dt.date(2026, 3, 1)
    [alert] = alerts.list_alerts(territory)
    assert alert.practitioner_id is None and alert.device_id == device.id
    assert video.get_site(territory, site.id).practitioner_names == ()
