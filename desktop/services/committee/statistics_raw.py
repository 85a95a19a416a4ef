"""The case counts behind the statistics, grouped by (month, arrondissement, zone), and the
cache that makes the dashboard refresh fast.

Every figure is additive over months (a case belongs to one month), so each month is
aggregated once per state of the data (a cheap "stamp", the newest audit entry, tells when
the data changed: every service write appends one) into a few thousand buckets: the first
display counts the months of its own period, the rest of the history is counted right after
(``prepare_history``); a period is then the sum of its full months from the cache plus its
partial edge months queried live (a few days of cases through the ``occurred_at`` index).
The sums run over buckets, never over cases.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy import Select, and_, case, distinct, func, select, text
from sqlalchemy.orm import Session

from desktop.models.audit import AuditEntry
from desktop.models.cases import Case, CaseAuthor, CaseEvent, CaseType, CaseVictim, Complaint
from desktop.models.contacts import Practitioner
from desktop.models.enums import CaseEventKind, CaseStatus, ComplaintKind, ForceZone, Place
from desktop.models.territory import Commune

Raw = dict[tuple[Any, ...], float]
"""(axis, value, month "YYYY-MM", arrondissement, zone) → count (or a sum of days)."""

PLAINTE_KINDS = (ComplaintKind.PLAINTE, ComplaintKind.PLAINTE_BY_ORDRE,
                 ComplaintKind.PLAINTE_BY_URPS, ComplaintKind.PLAINTE_BY_EMPLOYER)


def _month(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        # literals, not parameters: PostgreSQL must see the same expression in GROUP BY; the
        # month of the UTC time, as SQLite reads it from the stored text
        return func.to_char(func.timezone(sa.literal_column("'UTC'"), Case.occurred_at),
                            sa.literal_column("'YYYY-MM'"))
    return func.substr(Case.occurred_at, 1, 7)  # stored as "YYYY-MM-DD HH:MM:SS…"


def _grouped(session: Session, query: Select, start: dt.datetime,  # type: ignore[type-arg]
             end: dt.datetime, *extra: Any) -> Select:  # type: ignore[type-arg]
    """Cases in [start, end), read through ``ix_case_statistics`` (it covers every column
    used here, in date order, for a short period or the whole history alike)."""
    month = _month(session)
    return (query.outerjoin(Commune, Commune.id == Case.commune_id)
            .where(Case.occurred_at >= start, Case.occurred_at < end)
            .group_by(month, Commune.arrondissement, Case.force_zone, *extra))


PAGE_CACHE_KIB = 65536


def tune_connection(session: Session) -> None:
    """A larger SQLite page cache for this connection (64 MiB instead of SQLCipher's ~8):
    the edge months' index lookups then stay in decrypted pages (measured: 5x faster).
    Belongs in the engine's connect hook (storage, not ours): asked of the lead."""
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"PRAGMA cache_size = -{PAGE_CACHE_KIB}"))


def raw_counts(session: Session, start: dt.datetime, end: dt.datetime, today: dt.date) -> Raw:
    """Every case-based figure for cases that occurred in [start, end)."""
    raw: Raw = defaultdict(float)
    month = _month(session)
    keys = (month, Commune.arrondissement, Case.force_zone)
    places = list(Place)
    open_ = Case.status != CaseStatus.CLOS
    columns: list[Any] = [*keys, func.count(),
                          func.sum(case((open_, 1), else_=0)),
                          func.sum(case((and_(open_, Case.due_on < today), 1), else_=0)),
                          func.sum(case((Case.place.is_(None), 1), else_=0))]
    columns += [func.sum(case((Case.place == p, 1), else_=0)) for p in places]
    for row in session.execute(_grouped(session, select(*columns).select_from(Case),
                                        start, end)):
        where = tuple(row[:3])
        raw[("total", None, *where)] += row[3]
        raw[("open", None, *where)] += row[4] or 0
        raw[("overdue", None, *where)] += row[5] or 0
        raw[("place", None, *where)] += row[6] or 0
        for place, count in zip(places, row[7:], strict=True):
            raw[("place", place, *where)] += count or 0
        raw[("force", where[2], *where)] += row[3]
    distinct_cases = func.count(distinct(Case.id))
    children: list[tuple[str, Any, Any, Any, tuple[Any, ...]]] = [
        ("type", CaseType.incident_type, CaseType, func.count(), ()),
        ("profession", Practitioner.profession, CaseVictim, distinct_cases,
         ((Practitioner, Practitioner.id == CaseVictim.practitioner_id),)),
        ("author", CaseAuthor.kind, CaseAuthor, distinct_cases, ()),
    ]
    for axis, value, child, count, joins in children:
        query = select(*keys, value, count).select_from(child).join(
            Case, Case.id == child.case_id)
        for target, on in joins:
            query = query.join(target, on)
        for row in session.execute(_grouped(session, query, start, end, value)):
            raw[(axis, row[3], *row[:3])] += row[4]
    plainte = (select(*keys, distinct_cases).select_from(Complaint)
               .join(Case, Case.id == Complaint.case_id)
               .where(Complaint.kind.in_(PLAINTE_KINDS)))
    for row in session.execute(_grouped(session, plainte, start, end)):
        raw[("plainte", None, *row[:3])] += row[3]
    if session.get_bind().dialect.name == "postgresql":
        days = func.extract("epoch", CaseEvent.at - Case.created_at) / 86400.0
    else:
        days = func.julianday(CaseEvent.at) - func.julianday(Case.created_at)
    delays = (select(*keys, CaseEvent.to_status, func.count(), func.sum(days))
              .select_from(CaseEvent).join(Case, Case.id == CaseEvent.case_id)
              .where(CaseEvent.kind == CaseEventKind.TRANSITION))
    for row in session.execute(_grouped(session, delays, start, end, CaseEvent.to_status)):
        raw[("delay_n", row[3], *row[:3])] += row[4]
        raw[("delay_days", row[3], *row[:3])] += float(row[5] or 0.0)
    return raw


def select_raw(raw: Raw, months: tuple[str, str] | None, arrondissement: str | None,
               force: ForceZone | None) -> dict[tuple[str, Any], float]:
    """Sum the buckets inside the months (inclusive) and filters: (axis, value) → total."""
    out: dict[tuple[str, Any], float] = defaultdict(float)
    for (axis, value, month, arr, zone), count in raw.items():
        if months is not None and not months[0] <= month <= months[1]:
            continue
        if arrondissement and arr != arrondissement:
            continue
        if force is not None and zone != force:
            continue
        out[(axis, value)] += count
        if axis == "total":
            out[("month", month)] += count
    return out


# --- the cache ---------------------------------------------------------------------------------


@dataclass
class _Entry:
    stamp: tuple[Any, ...]
    raw: Raw
    months: frozenset[str]
    """The full months "YYYY-MM" already aggregated into ``raw``: a month is counted once per
    state of the data, when a period first needs it (or when the history is prepared)."""


_CACHE: dict[str, _Entry] = {}
_LOCK = threading.Lock()


COMMITTEE_ENTITIES = ("meeting", "attendance", "agenda_item", "agenda_link", "decision",
                      "action_item", "minutes", "meeting_pack")
"""Audit entities whose writes cannot change a figure (the committee's own)."""


def _stamp(session: Session, today: dt.date) -> tuple[Any, ...]:
    """Changes with every write made through the services (each appends to the audit trail,
    which is append-only) except the committee's own, with every case added or removed, and
    every day (overdue cases). Read backwards from the newest entry: nothing is scanned."""
    newest = session.scalar(
        select(AuditEntry.id).where(AuditEntry.entity.not_in(COMMITTEE_ENTITIES))
        .order_by(AuditEntry.id.desc()).limit(1))
    return (today, newest, *session.execute(select(
        select(func.max(Case.id)).scalar_subquery(),
        select(func.min(Case.id)).scalar_subquery(),
    )).one())


def month_start(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, 1, tzinfo=dt.UTC)


def next_month(moment: dt.datetime) -> dt.datetime:
    return moment.replace(year=moment.year + moment.month // 12, month=moment.month % 12 + 1)


def _missing_runs(entry: _Entry, start: dt.datetime,
                  end: dt.datetime) -> list[tuple[dt.datetime, dt.datetime]]:
    """The contiguous runs of full months in [start, end) not yet in the entry."""
    runs: list[tuple[dt.datetime, dt.datetime]] = []
    month = start
    while month < end:
        following = next_month(month)
        if f"{month:%Y-%m}" not in entry.months:
            if runs and runs[-1][1] == month:
                runs[-1] = (runs[-1][0], following)
            else:
                runs.append((month, following))
        month = following
    return runs


def cached_months(session: Session, key: str, today: dt.date, start: dt.datetime,
                  end: dt.datetime) -> Raw:
    """The buckets of this state of the data, holding at least the full months of [start,
    end) (both month starts): only the months no earlier period needed are counted now, in
    one query per contiguous run. The dashboard's first display thus counts its own period,
    not the whole history (``prepare_history`` does that afterwards). The buckets are
    replaced, never changed in place, so a reader on another thread keeps a whole copy."""
    stamp = _stamp(session, today)
    with _LOCK:
        entry = _CACHE.get(key)
        if entry is None or entry.stamp != stamp:
            entry = _CACHE[key] = _Entry(stamp, {}, frozenset())
        runs = _missing_runs(entry, start, end)
        raw = entry.raw
    for low, high in runs:
        counted = raw_counts(session, low, high, today)
        with _LOCK:
            # another thread may have counted some of these months meanwhile: once only
            fresh = {f"{month:%Y-%m}" for month in _months(low, high)} - entry.months
            merged = dict(entry.raw)
            for bucket, value in counted.items():
                if bucket[2] in fresh:
                    merged[bucket] = merged.get(bucket, 0.0) + value
            entry.raw, entry.months = merged, entry.months | fresh
            raw = merged
    return raw


def _months(start: dt.datetime, end: dt.datetime) -> list[dt.datetime]:
    months, month = [], start
    while month < end:
        months.append(month)
        month = next_month(month)
    return months


def prepare_history(session: Session, key: str, today: dt.date) -> None:
    """Count every month of the history not yet in the cache, so that any later period is
    summed from buckets. The dashboard asks for it once its first figures are shown."""
    low, high = session.execute(select(func.min(Case.occurred_at),
                                       func.max(Case.occurred_at))).one()
    if low is not None:
        cached_months(session, key, today, month_start(low.date()),
                      next_month(month_start(high.date())))


def clear_cache() -> None:
    with _LOCK:
        _CACHE.clear()
