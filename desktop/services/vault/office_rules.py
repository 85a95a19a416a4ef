"""The office's protocol rules set in Préférences (Protocole tab): after how many months a
référent is "à vérifier", the small-count threshold below which a figure leaves the
application as "< N", and how often the comité de suivi meets.

The first two are columns of ``OfficeSettings`` (schema 1); the committee's frequency is a
``Setting`` row (no schema change). Each reader has its default for a vault whose office
identity is not saved yet.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.errors import ValidationError
from desktop.models.base import utc_now
from desktop.models.committee import Meeting
from desktop.models.settings import OfficeSettings, Setting
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database

STALE_MONTHS_DEFAULT = 12
THRESHOLD_DEFAULT = 5
COMMITTEE_EVERY_DEFAULT = 12
"""The protocols' "au moins une fois par an"."""
COMMITTEE_EVERY_KEY = "committee_every_months"
SOONEST_DAYS = 14
"""A new meeting is never proposed sooner than this (the convocation must go out)."""

RANGES: dict[str, tuple[int, int, str]] = {
    "stale_referent_months": (1, 60, "Référents à vérifier après : entre 1 et 60 mois."),
    "small_count_threshold": (2, 20, "Seuil des petits effectifs : entre 2 et 20."),
    "committee_every_months": (1, 24, "Fréquence du comité : tous les 1 à 24 mois."),
}
"""Each rule's bounds and the one French line that says them."""


@dataclass(frozen=True)
class OfficeRules:
    stale_referent_months: int = STALE_MONTHS_DEFAULT
    small_count_threshold: int = THRESHOLD_DEFAULT
    committee_every_months: int = COMMITTEE_EVERY_DEFAULT


def small_count_threshold_in(session: Session) -> int:
    """The threshold every count that leaves the application is masked under."""
    office = session.get(OfficeSettings, 1)
    return office.small_count_threshold if office is not None else THRESHOLD_DEFAULT


def committee_every_months_in(session: Session) -> int:
    row = session.get(Setting, COMMITTEE_EVERY_KEY)
    try:
        return int(row.value) if row is not None else COMMITTEE_EVERY_DEFAULT
    except ValueError:
        return COMMITTEE_EVERY_DEFAULT


def rules_in(session: Session) -> OfficeRules:
    office = session.get(OfficeSettings, 1)
    return OfficeRules(
        office.stale_referent_months if office is not None else STALE_MONTHS_DEFAULT,
        small_count_threshold_in(session),
        committee_every_months_in(session),
    )


def read_rules(db: Database) -> OfficeRules:
    with db.reading() as session:
        return rules_in(session)


def validate(rules: OfficeRules) -> None:
    for field in fields(rules):
        low, high, message = RANGES[field.name]
        if not low <= getattr(rules, field.name) <= high:
            raise ValidationError(field.name, message)


def save_rules(db: Database, rules: OfficeRules) -> Changes:
    """The rules as typed in Préférences, audited old → new."""
    validate(rules)
    with db.unit_of_work() as uow:
        session = uow.session
        before = rules_in(session)
        office = session.get(OfficeSettings, 1)
        if office is None:
            raise ValidationError("office", "L'identité du service n'est pas encore saisie.")
        office.stale_referent_months = rules.stale_referent_months
        office.small_count_threshold = rules.small_count_threshold
        row = session.get(Setting, COMMITTEE_EVERY_KEY)
        if row is None:
            session.add(Setting(key=COMMITTEE_EVERY_KEY,
                                value=str(rules.committee_every_months)))
        else:
            row.value = str(rules.committee_every_months)
        changed = {f.name: [getattr(before, f.name), getattr(rules, f.name)]
                   for f in fields(rules) if getattr(before, f.name) != getattr(rules, f.name)}
        if changed:
            uow.audit("update", "office_rules", None, changed)
    return Changes.OFFICE | Changes.TERRITORY | Changes.COMMITTEE | Changes.CASES


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` plus whole months, clamped to the month's last day (31 January + 1: 28/29
    February)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, last)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def last_meeting_day(session: Session) -> dt.date | None:
    """The day of the latest meeting already begun (None before the first)."""
    last = session.scalar(sa.select(sa.func.max(Meeting.starts_at))
                          .where(Meeting.starts_at < utc_now()))
    if last is None:
        return None
    return (last if last.tzinfo else last.replace(tzinfo=dt.UTC)).date()


def proposed_meeting_day(db: Database, today: dt.date | None = None) -> dt.date:
    """The date "Nouvelle séance…" proposes: the last meeting plus the comité's frequency,
    or in ``SOONEST_DAYS`` days when that is sooner (late, or no meeting yet)."""
    day = today or dt.date.today()
    soonest = day + dt.timedelta(days=SOONEST_DAYS)
    with db.reading() as session:
        last = last_meeting_day(session)
        every = committee_every_months_in(session)
    return soonest if last is None else max(add_months(last, every), soonest)
