"""The figures of the dashboard, the dossier de séance, ``egide stats`` and the meeting pack.

Aggregation in SQL (GROUP BY, ``statistics_raw.py``), never a Python loop over cases; the
full months of a period come from a per-vault cache of month buckets (each month counted once
when a period first needs it, the rest of the history by ``prepare``; emptied when the audit
trail moves), the partial edge months are counted live. Counts are exact here;
``suppression.py`` turns the small ones into "< 5" for everything that leaves the application.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from desktop.models.contacts import AlertDevice, Practitioner, Preregistration
from desktop.models.enums import (
    AuthorKind,
    CaseStatus,
    Force,
    ForceZone,
    IncidentType,
    Place,
    Profession,
)
from desktop.models.territory import Commune
from desktop.services.committee.statistics_raw import (
    cached_months,
    month_start,
    next_month,
    prepare_history,
    raw_counts,
    select_raw,
    tune_connection,
)
from desktop.services.vault.database import Database
from desktop.services.vault.office_rules import small_count_threshold_in

MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
          "nov.", "déc.")


@dataclass(frozen=True)
class Filters:
    date_from: dt.date
    date_to: dt.date
    """Inclusive."""
    arrondissement: str | None = None
    force: ForceZone | None = None


@dataclass(frozen=True)
class Series:
    key: str
    title: str
    rows: tuple[tuple[str, int], ...]
    """(label, count), in display order."""

    @property
    def total(self) -> int:
        return sum(count for _, count in self.rows)


@dataclass(frozen=True)
class Delay:
    step: str
    cases: int
    mean_days: float


@dataclass(frozen=True)
class Statistics:
    filters: Filters
    total: int
    with_plainte: int
    open_cases: int
    overdue_cases: int
    preregistrations: int
    alert_devices: int
    series: tuple[Series, ...]
    delays: tuple[Delay, ...] = field(default=())
    threshold: int = 5

    @property
    def plainte_share(self) -> float | None:
        return self.with_plainte / self.total if self.total else None

    def get(self, key: str) -> Series:
        return next(s for s in self.series if s.key == key)


def _series(found: dict[Any, int], enum: Any, key: str, title: str) -> Series:
    rows = [(member.label, int(found.get(member, 0))) for member in enum]
    if found.get(None):
        rows.append(("Non renseigné", int(found[None])))
    return Series(key, title, tuple(rows))


def compute(db: Database, filters: Filters, today: dt.date | None = None) -> Statistics:
    if filters.date_to < filters.date_from:
        from desktop.errors import ValidationError

        raise ValidationError("period", "La fin de la période précède son début.")
    today = today or dt.date.today()
    with db.reading() as session:
        return compute_in(session, filters, today, cache_key=str(db.vault.path))


def compute_in(session: Session, filters: Filters, today: dt.date,
               cache_key: str | None = None) -> Statistics:
    """With ``cache_key`` (the vault's path) the full months come from the month cache."""
    start = dt.datetime.combine(filters.date_from, dt.time(), dt.UTC)
    end = dt.datetime.combine(filters.date_to + dt.timedelta(days=1), dt.time(), dt.UTC)
    where = (filters.arrondissement, filters.force)
    tune_connection(session)
    sums: dict[tuple[str, Any], float] = defaultdict(float)

    def add(part: dict[tuple[str, Any], float]) -> None:
        for key, value in part.items():
            sums[key] += value

    first_full = start if start == month_start(start.date()) else next_month(
        month_start(start.date()))
    full_end = month_start(end.date())
    if cache_key is not None and first_full < full_end:
        months = (f"{first_full:%Y-%m}", f"{full_end - dt.timedelta(days=1):%Y-%m}")
        add(select_raw(cached_months(session, cache_key, today, first_full, full_end),
                       months, *where))
        for low, high in ((start, first_full), (full_end, end)):
            if low < high:
                add(select_raw(raw_counts(session, low, high, today), None, *where))
    else:
        add(select_raw(raw_counts(session, start, end, today), None, *where))

    def axis(name: str) -> dict[Any, int]:
        return {value: int(count) for (key, value), count in sums.items() if key == name}

    months_rows = []
    year, mon = filters.date_from.year, filters.date_from.month
    while (year, mon) <= (filters.date_to.year, filters.date_to.month):
        months_rows.append((f"{MONTHS[mon - 1]} {year}",
                            int(sums.get(("month", f"{year:04d}-{mon:02d}"), 0))))
        year, mon = (year + 1, 1) if mon == 12 else (year, mon + 1)
    series = (
        Series("month", "Signalements par mois", tuple(months_rows)),
        _series(axis("type"), IncidentType, "type", "Signalements par type de faits"),
        _series(axis("force"), ForceZone, "force", "Signalements par zone (PN / GN)"),
        _series(axis("place"), Place, "place", "Signalements par lieu"),
        _series(axis("profession"), Profession, "profession", "Signalements par profession"),
        _series(axis("author"), AuthorKind, "author", "Signalements par auteur"),
    )
    delays = tuple(
        Delay(status.label, int(sums[("delay_n", status)]),
              sums[("delay_days", status)] / sums[("delay_n", status)])
        for status in CaseStatus if sums.get(("delay_n", status)))
    last_day = filters.date_to
    prereg = select(func.count(Preregistration.id)).where(
        Preregistration.consent_on <= last_day,
        or_(Preregistration.withdrawn_on.is_(None), Preregistration.withdrawn_on > last_day))
    devices = select(func.count(AlertDevice.id)).where(
        AlertDevice.issued_on <= last_day,
        or_(AlertDevice.returned_on.is_(None), AlertDevice.returned_on > last_day))
    if filters.force is not None:
        prereg = prereg.where(Preregistration.force == Force(str(filters.force)))
    if filters.arrondissement:
        in_arr = select(Practitioner.id).join(Commune, Commune.id == Practitioner.commune_id)\
            .where(Commune.arrondissement == filters.arrondissement)
        prereg = prereg.where(Preregistration.practitioner_id.in_(in_arr))
        devices = devices.where(AlertDevice.holder_id.in_(in_arr))
    if filters.force is not None:
        zone = select(Practitioner.id).join(Commune, Commune.id == Practitioner.commune_id)\
            .where(and_(Commune.force_zone == filters.force))
        devices = devices.where(AlertDevice.holder_id.in_(zone))
    return Statistics(
        filters=filters, total=int(sums[("total", None)]),
        with_plainte=int(sums[("plainte", None)]),
        open_cases=int(sums[("open", None)]), overdue_cases=int(sums[("overdue", None)]),
        preregistrations=int(session.scalar(prereg) or 0),
        alert_devices=int(session.scalar(devices) or 0),
        series=series, delays=delays,
        threshold=small_count_threshold_in(session),
    )


def prepare(db: Database, today: dt.date | None = None) -> None:
    """Count the whole history into the cache (the first display counted only its period), so
    that every later period or filter is a sum of buckets. Asked by the dashboard once its
    first figures are shown; nothing is returned."""
    with db.reading() as session:
        tune_connection(session)
        prepare_history(session, str(db.vault.path), today or dt.date.today())


def arrondissements(db: Database) -> tuple[str, ...]:
    with db.reading() as session:
        return tuple(a for a in session.scalars(
            select(Commune.arrondissement).distinct()
            .where(Commune.arrondissement.is_not(None)).order_by(Commune.arrondissement)) if a)
