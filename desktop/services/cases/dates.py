"""The rule for the dates the office gives a case's steps, consents and transmissions: never
in the future, never before the date of the step the case is at (a deadline then follows from
a real date, and the timeline reads in order)."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.models.cases import Case, CaseEvent
from desktop.models.enums import CaseEventKind

WHAT = {
    "on": "de l'étape",
    "decided_on": "du consentement",
    "sent_on": "d'envoi",
    "withdrawn_on": "du retrait",
    "filed_on": "de dépôt",
    "informed_on": "d'information par le procureur",
    "victim_consent_on": "du consentement écrit de la victime",
}
"""How each dated field is named in the messages ("la date d'envoi…")."""


def future(day: dt.date, field: str, today: dt.date | None = None) -> ValidationError | None:
    """The refusal of a date in the future, or ``None``."""
    if day > (today or dt.date.today()):
        return ValidationError(field, f"La date {WHAT.get(field, '')} ({day:%d/%m/%Y}) est "
                                      "dans le futur : indiquez le jour où c'est arrivé.")
    return None


def last_step(session: Session, case: Case) -> tuple[dt.date, str] | None:
    """The date of the step the case is at (the date given for it, else the day it was
    recorded) and how to name it ("à l'étape « … »"); the day of the facts while the case has
    moved no step (a case may be written down days after the call that reported it)."""
    event = session.scalars(
        sa.select(CaseEvent).where(CaseEvent.case_id == case.id,
                                   CaseEvent.to_status.is_not(None),
                                   CaseEvent.kind != CaseEventKind.CREATED)
        .order_by(CaseEvent.at.desc(), CaseEvent.id.desc()).limit(1)
    ).first()
    if event is not None and event.to_status is not None:
        return event.dated_on or event.at.date(), f"à l'étape « {event.to_status.label} »"
    facts = case.occurred_at
    return (facts.date(), "aux faits") if facts is not None else None


def check(session: Session, case: Case, day: dt.date, field: str = "on") -> None:
    """Refuse ``day`` when it is in the future or before the case's current step."""
    refusal = future(day, field)
    if refusal is not None:
        raise refusal
    previous = last_step(session, case)
    if previous is not None and day < previous[0]:
        raise ValidationError(
            field, f"La date {WHAT.get(field, '')} ({day:%d/%m/%Y}) est antérieure "
                   f"{previous[1]} (le {previous[0]:%d/%m/%Y}).")
