"""Alert devices lent to practitioners (geolocated push button, dedicated number…).

A device is registered once (kind, identifier), then issued to a practitioner and returned;
it cannot be issued to anyone while it is out. Each issue opens a loan (``AlertLoan``) that the
return closes, so a reissue keeps the history (``list_loans``); the device row keeps the
current (or last) loan for the lists that only need that.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session, joinedload

from desktop.errors import Conflict, NotFound, TransitionRefused, ValidationError
from desktop.models.contacts import AlertDevice, Practitioner
from desktop.models.enums import AlertDeviceKind
from desktop.models.measures import AlertLoan
from desktop.services.practitioners.records import detail_of
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database


@dataclass(frozen=True)
class AlertDeviceRow:
    id: int
    kind: AlertDeviceKind
    identifier: str
    holder_id: int | None
    holder_name: str | None
    issued_on: dt.date | None
    returned_on: dt.date | None

    @property
    def issued(self) -> bool:
        """Out with its holder now."""
        return self.holder_id is not None and self.returned_on is None


def register_device(db: Database, kind: AlertDeviceKind, identifier: str) -> Changes:
    identifier = " ".join(identifier.split())
    if not identifier:
        raise ValidationError("identifier", "Identifiant du dispositif : champ obligatoire.")
    if len(identifier) > 60:
        raise ValidationError("identifier", "Identifiant du dispositif : 60 caractères au plus.")
    with db.unit_of_work() as uow:
        exists = uow.session.scalar(
            sa.select(AlertDevice.id).where(AlertDevice.kind == kind,
                                            AlertDevice.identifier == identifier)
        )
        if exists is not None:
            raise Conflict(f"Le dispositif « {identifier} » ({kind.label}) est déjà enregistré.")
        device = AlertDevice(kind=kind, identifier=identifier)
        uow.session.add(device)
        uow.session.flush()
        uow.audit("create", "alert_device", device.id,
                  {"kind": [None, kind.value], "identifier": [None, identifier]})
    return Changes.CONTACTS


def issue_device(db: Database, device_id: int, practitioner_id: int, on: dt.date,
                 *, today: dt.date | None = None) -> Changes:
    """Lend the device; refused while it is still out with someone."""
    if on > (today or dt.date.today()):
        raise ValidationError("issued_on", f"Date de remise : le {on:%d/%m/%Y} est dans le futur.")
    with db.unit_of_work() as uow:
        device = _load(uow.session, device_id)
        if device.holder_id is not None and device.returned_on is None:
            holder = detail_of(device.holder).display_name if device.holder else "?"
            raise Conflict(
                f"Le dispositif « {device.identifier} » est déjà remis à {holder} depuis le "
                f"{device.issued_on:%d/%m/%Y} : enregistrez d'abord sa restitution."
            )
        if device.returned_on is not None and on < device.returned_on:
            raise ValidationError(
                "issued_on", f"Date de remise : le {on:%d/%m/%Y} précède la dernière "
                f"restitution du {device.returned_on:%d/%m/%Y}."
            )
        practitioner = uow.session.get(Practitioner, practitioner_id)
        if practitioner is None:
            raise NotFound(f"Le praticien n° {practitioner_id} n'existe pas (ou plus).")
        changes = {
            "holder_id": [device.holder_id, practitioner_id],
            "issued_on": [_iso(device.issued_on), on.isoformat()],
            "returned_on": [_iso(device.returned_on), None],
        }
        device.holder_id, device.issued_on, device.returned_on = practitioner_id, on, None
        loan = AlertLoan(device_id=device.id, practitioner_id=practitioner_id, issued_on=on)
        uow.session.add(loan)
        uow.session.flush()
        uow.audit("create", "alert_loan", loan.id, {
            "device_id": [None, device.id], "practitioner_id": [None, practitioner_id],
            "issued_on": [None, on.isoformat()],
        })
        uow.audit("update", "alert_device", device.id, changes)
    return Changes.CONTACTS


def return_device(db: Database, device_id: int, on: dt.date,
                  *, today: dt.date | None = None) -> Changes:
    if on > (today or dt.date.today()):
        raise ValidationError("returned_on",
                              f"Date de restitution : le {on:%d/%m/%Y} est dans le futur.")
    with db.unit_of_work() as uow:
        device = _load(uow.session, device_id)
        if device.holder_id is None or device.returned_on is not None:
            raise TransitionRefused(
                f"Le dispositif « {device.identifier} » n'est remis à personne : "
                "rien à restituer."
            )
        if device.issued_on is not None and on < device.issued_on:
            raise ValidationError(
                "returned_on", f"Date de restitution : le {on:%d/%m/%Y} précède la remise "
                f"du {device.issued_on:%d/%m/%Y}."
            )
        device.returned_on = on
        uow.audit("update", "alert_device", device.id, {"returned_on": [None, on.isoformat()]})
        loan = uow.session.scalar(
            sa.select(AlertLoan).where(AlertLoan.device_id == device.id,
                                       AlertLoan.returned_on.is_(None))
            .order_by(AlertLoan.issued_on.desc()).limit(1)
        )
        if loan is not None:
            loan.returned_on = on
            uow.audit("update", "alert_loan", loan.id, {"returned_on": [None, on.isoformat()]})
    return Changes.CONTACTS


@dataclass(frozen=True)
class LoanRow:
    id: int
    device_id: int
    device_text: str
    practitioner_id: int | None
    practitioner_name: str | None
    issued_on: dt.date
    returned_on: dt.date | None


def list_loans(db: Database, *, device_id: int | None = None,
               practitioner_id: int | None = None) -> list[LoanRow]:
    """Every loan, newest first: the history a reissue no longer overwrites."""
    statement = sa.select(AlertLoan).options(
        joinedload(AlertLoan.device), joinedload(AlertLoan.practitioner)
    ).order_by(AlertLoan.issued_on.desc(), AlertLoan.id.desc())
    if device_id is not None:
        statement = statement.where(AlertLoan.device_id == device_id)
    if practitioner_id is not None:
        statement = statement.where(AlertLoan.practitioner_id == practitioner_id)
    with db.reading() as session:
        return [
            LoanRow(loan.id, loan.device_id,
                    f"{loan.device.identifier} ({loan.device.kind.label})",
                    loan.practitioner_id,
                    detail_of(loan.practitioner).display_name if loan.practitioner else None,
                    loan.issued_on, loan.returned_on)
            for loan in session.scalars(statement)
        ]


def list_devices(db: Database, *, holder_id: int | None = None) -> list[AlertDeviceRow]:
    statement = sa.select(AlertDevice).options(
        joinedload(AlertDevice.holder)
    ).order_by(AlertDevice.kind, AlertDevice.identifier)
    if holder_id is not None:
        statement = statement.where(AlertDevice.holder_id == holder_id)
    with db.reading() as session:
        return [
            AlertDeviceRow(
                device.id, device.kind, device.identifier, device.holder_id,
                detail_of(device.holder).display_name if device.holder else None,
                device.issued_on, device.returned_on,
            )
            for device in session.scalars(statement)
        ]


def _load(session: Session, device_id: int) -> AlertDevice:
    device = session.get(AlertDevice, device_id)
    if device is None:
        raise NotFound(f"Le dispositif d'alerte n° {device_id} n'existe pas (ou plus).")
    return device


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
