"""The alert log: an alert with its device (its holder by default), the relay by the
régulation, the response delay and the case it led to."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import ValidationError
from desktop.models.enums import AlertDeviceKind
from desktop.services.practitioners import alert_devices, alerts
from desktop.services.practitioners.alerts import AlertInput
from desktop.services.vault.database import Database

from .conftest import make

NOW = dt.datetime(2026, 11, 20, 12, tzinfo=dt.UTC)


def test_alert_defaults_to_the_holder_and_is_listed(territory: Database) -> None:
    holder = make(territory)
    alert_devices.register_device(territory, AlertDeviceKind.REGULATION_RELAY, "REG-1")
    [device] = alert_devices.list_devices(territory)
    alert_devices.issue_device(territory, device.id, holder, dt.date(2026, 1, 5))
    when = dt.datetime(2026, 3, 2, 21, 40, tzinfo=dt.UTC)
    alerts.record_alert(territory, AlertInput(when, device_id=device.id,
                                              relayed_by_regulation=True, response_minutes=12),
                        now=NOW)
    [row] = alerts.list_alerts(territory, year=2026)
    assert row.practitioner_id == holder and row.practitioner_name == "Bénédicte LEFÈVRE-FICTIF"
    assert row.relayed_by_regulation and row.response_minutes == 12
    assert row.device_text == "REG-1 (Relais par la régulation)"
    assert alerts.list_alerts(territory, year=2025) == []


def test_alert_validation(territory: Database) -> None:
    holder = make(territory)
    with pytest.raises(ValidationError, match="futur"):
        alerts.record_alert(territory, AlertInput(NOW + dt.timedelta(hours=1),
                                                  practitioner_id=holder), now=NOW)
    with pytest.raises(ValidationError, match="entre 0 et 1 440"):
        alerts.record_alert(territory, AlertInput(NOW, practitioner_id=holder,
                                                  response_minutes=-3), now=NOW)
    with pytest.raises(ValidationError, match="praticien ou le dispositif"):
        alerts.record_alert(territory, AlertInput(NOW), now=NOW)
    alert_devices.register_device(territory, AlertDeviceKind.PUSH_BUTTON, "B-9")
    [device] = alert_devices.list_devices(territory)
    alert_devices.issue_device(territory, device.id, holder, dt.date(2026, 6, 1))
    with pytest.raises(ValidationError, match="remis à personne ce jour-là"):
        alerts.record_alert(territory, AlertInput(dt.datetime(2026, 5, 1, tzinfo=dt.UTC),
                                                  device_id=device.id), now=NOW)
    with pytest.raises(ValidationError, match="2026-9999"):
        alerts.record_alert(territory, AlertInput(NOW, practitioner_id=holder,
                                                  case_reference="2026-9999"), now=NOW)
    assert alerts.list_alerts(territory) == []
