"""Alert devices: registered once, issued to one practitioner at a time, returned."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import Conflict, TransitionRefused, ValidationError
from desktop.models.enums import AlertDeviceKind
from desktop.services.practitioners import alert_devices
from desktop.services.vault import audit_log
from desktop.services.vault.database import Database

from .conftest import make

TODAY = dt.date(2026, 11, 20)


def device_id(db: Database, identifier: str = "BA-0001") -> int:
    alert_devices.register_device(db, AlertDeviceKind.PUSH_BUTTON, identifier)
    return next(d.id for d in alert_devices.list_devices(db) if d.identifier == identifier)


def test_issue_twice_at_once_is_refused(territory: Database) -> None:
    first = make(territory)
    second = make(territory, first_name="Autre")
    device = device_id(territory)
    alert_devices.issue_device(territory, device, first, dt.date(2026, 3, 1), today=TODAY)
    with pytest.raises(Conflict) as caught:
        alert_devices.issue_device(territory, device, second, dt.date(2026, 4, 1), today=TODAY)
    assert "déjà remis à Bénédicte LEFÈVRE-FICTIF depuis le 01/03/2026" in str(caught.value)
    [row] = alert_devices.list_devices(territory)
    assert row.holder_id == first and row.issued


def test_return_then_issue_again(territory: Database) -> None:
    first = make(territory)
    second = make(territory, first_name="Autre")
    device = device_id(territory)
    with pytest.raises(TransitionRefused, match="rien à restituer"):
        alert_devices.return_device(territory, device, TODAY, today=TODAY)
    alert_devices.issue_device(territory, device, first, dt.date(2026, 3, 1), today=TODAY)
    with pytest.raises(ValidationError, match="précède la remise"):
        alert_devices.return_device(territory, device, dt.date(2026, 2, 1), today=TODAY)
    alert_devices.return_device(territory, device, dt.date(2026, 6, 1), today=TODAY)
    [row] = alert_devices.list_devices(territory)
    assert not row.issued and row.returned_on == dt.date(2026, 6, 1)
    with pytest.raises(ValidationError, match="précède la dernière restitution"):
        alert_devices.issue_device(territory, device, second, dt.date(2026, 5, 1), today=TODAY)
    alert_devices.issue_device(territory, device, second, dt.date(2026, 6, 2), today=TODAY)
    [row] = alert_devices.list_devices(territory, holder_id=second)
    assert row.issued and row.returned_on is None and row.holder_name == "Autre LEFÈVRE-FICTIF"
    entry = audit_log.recent_entries(territory, 0, 1)[0]
    assert entry.changes["holder_id"] == [first, second]
    assert entry.changes["returned_on"] == ["2026-06-01", None]
    # The reissue keeps the first loan: the history, newest first.
    loans = alert_devices.list_loans(territory, device_id=device)
    assert [(loan.practitioner_id, loan.issued_on, loan.returned_on) for loan in loans] == [
        (second, dt.date(2026, 6, 2), None), (first, dt.date(2026, 3, 1), dt.date(2026, 6, 1))]
    assert loans[1].practitioner_name == "Bénédicte LEFÈVRE-FICTIF"


def test_register_validation_and_duplicates(territory: Database) -> None:
    device_id(territory)
    with pytest.raises(Conflict, match="déjà enregistré"):
        alert_devices.register_device(territory, AlertDeviceKind.PUSH_BUTTON, " BA-0001 ")
    with pytest.raises(ValidationError):
        alert_devices.register_device(territory, AlertDeviceKind.OTHER, "  ")
    practitioner = make(territory)
    device = device_id(territory, "BA-0002")
    with pytest.raises(ValidationError, match="dans le futur"):
        alert_devices.issue_device(territory, device, practitioner,
                                   TODAY + dt.timedelta(days=1), today=TODAY)


def test_a_holder_cannot_be_deleted(territory: Database) -> None:
    from desktop.services.practitioners import directory

    holder = make(territory)
    device = device_id(territory)
    alert_devices.issue_device(territory, device, holder, dt.date(2026, 3, 1), today=TODAY)
    with pytest.raises(Conflict, match="BA-0001"):
        directory.delete_practitioner(territory, holder)
    alert_devices.return_device(territory, device, dt.date(2026, 4, 1), today=TODAY)
    directory.delete_practitioner(territory, holder)
    [row] = alert_devices.list_devices(territory)
    assert row.holder_id is None and not row.issued
