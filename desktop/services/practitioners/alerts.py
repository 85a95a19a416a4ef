"""The alert log: each alert a practitioner actually raised, when, with which device, whether
the SOS Médecins régulation relayed it, how long until the forces answered, and the case it
led to (if any). The figures feed the measures board."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session, joinedload

from desktop.errors import NotFound, ValidationError
from desktop.models.cases import Case
from desktop.models.contacts import AlertDevice, Practitioner
from desktop.models.measures import AlertEvent, AlertLoan
from desktop.services.practitioners.records import detail_of
from desktop.services.vault.changes import Changes, Saved
from desktop.services.vault.database import Database

MAX_RESPONSE_MINUTES = 24 * 60


@dataclass(frozen=True)
class AlertInput:
    raised_at: dt.datetime
    """Timezone-aware."""
    practitioner_id: int | None = None
    device_id: int | None = None
    relayed_by_regulation: bool = False
    response_minutes: int | None = None
    case_reference: str = ""
    notes: str = ""


@dataclass(frozen=True)
class AlertRow:
    id: int
    raised_at: dt.datetime
    device_id: int | None
    device_text: str | None
    practitioner_id: int | None
    practitioner_name: str | None
    relayed_by_regulation: bool
    response_minutes: int | None
    case_id: int | None
    case_reference: str | None
    notes: str | None


def record_alert(db: Database, data: AlertInput, *, now: dt.datetime | None = None) -> Saved:
    """Log one alert. A device given without a practitioner means its holder that day."""
    if data.raised_at.tzinfo is None:
        raise ValidationError("raised_at", "Date et heure de l'alerte : fuseau manquant.")
    if data.raised_at > (now or dt.datetime.now(dt.UTC)):
        raise ValidationError("raised_at", "Date et heure de l'alerte : elle est dans le futur.")
    minutes = data.response_minutes
    if minutes is not None and not 0 <= minutes <= MAX_RESPONSE_MINUTES:
        raise ValidationError("response_minutes",
                              "Délai d'intervention : entre 0 et 1 440 minutes.")
    if data.practitioner_id is None and data.device_id is None:
        raise ValidationError("practitioner", "Indiquez le praticien ou le dispositif.")
    reference = data.case_reference.strip()
    with db.unit_of_work() as uow:
        session = uow.session
        practitioner_id = data.practitioner_id
        if data.device_id is not None:
            device = session.get(AlertDevice, data.device_id)
            if device is None:
                raise NotFound(
                    f"Le dispositif d'alerte n° {data.device_id} n'existe pas (ou plus).")
            if practitioner_id is None:
                practitioner_id = _holder_on(session, device.id, data.raised_at.date())
            if practitioner_id is None:
                raise ValidationError(
                    "practitioner", f"Le dispositif « {device.identifier} » n'était remis à "
                    "personne ce jour-là : indiquez le praticien qui a donné l'alerte.")
        if practitioner_id is not None and session.get(Practitioner, practitioner_id) is None:
            raise NotFound(f"Le praticien n° {practitioner_id} n'existe pas (ou plus).")
        case_id = None
        if reference:
            case_id = session.scalar(sa.select(Case.id).where(Case.reference == reference))
            if case_id is None:
                raise ValidationError("case", f"Aucun signalement ne porte la référence "
                                              f"« {reference} ».")
        event = AlertEvent(
            raised_at=data.raised_at, device_id=data.device_id, practitioner_id=practitioner_id,
            relayed_by_regulation=data.relayed_by_regulation, response_minutes=minutes,
            case_id=case_id, notes=data.notes.strip() or None,
        )
        session.add(event)
        session.flush()
        uow.audit("create", "alert_event", event.id, {
            "raised_at": [None, data.raised_at.isoformat()],
            "device_id": [None, data.device_id], "practitioner_id": [None, practitioner_id],
            "relayed_by_regulation": [None, data.relayed_by_regulation],
            "response_minutes": [None, minutes], "case_id": [None, case_id],
        })
        return Saved(event.id, Changes.CONTACTS)


def _holder_on(session: Session, device_id: int, day: dt.date) -> int | None:
    """Who held the device that day (its loans, not its current holder)."""
    return session.scalar(
        sa.select(AlertLoan.practitioner_id).where(
            AlertLoan.device_id == device_id, AlertLoan.issued_on <= day,
            sa.or_(AlertLoan.returned_on.is_(None), AlertLoan.returned_on >= day))
        .order_by(AlertLoan.issued_on.desc()).limit(1)
    )


def list_alerts(db: Database, *, year: int | None = None) -> list[AlertRow]:
    """The log, newest first (one year's alerts when ``year`` is given)."""
    statement = sa.select(AlertEvent).options(
        joinedload(AlertEvent.device), joinedload(AlertEvent.practitioner),
        joinedload(AlertEvent.case),
    ).order_by(AlertEvent.raised_at.desc(), AlertEvent.id.desc())
    if year is not None:
        statement = statement.where(
            AlertEvent.raised_at >= dt.datetime(year, 1, 1, tzinfo=dt.UTC),
            AlertEvent.raised_at < dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC),
        )
    with db.reading() as session:
        return [
            AlertRow(
                event.id, event.raised_at, event.device_id,
                f"{event.device.identifier} ({event.device.kind.label})" if event.device else None,
                event.practitioner_id,
                detail_of(event.practitioner).display_name if event.practitioner else None,
                event.relayed_by_regulation, event.response_minutes, event.case_id,
                event.case.reference if event.case else None, event.notes,
            )
            for event in session.scalars(statement)
        ]
