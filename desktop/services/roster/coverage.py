"""Coverage: communes without a valid référent, stale référents, "mixte" communes.

Each is a filter of the page's list and a count on the page.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from desktop.models.enums import ForceZone
from desktop.models.territory import Assignment, Commune, Referent
from desktop.services.roster.lookup import _COMMUNE_COLUMNS, commune_rows, valid_on
from desktop.services.roster.records import CommuneRow, CoverageCounts, ReferentRow
from desktop.services.roster.staleness import (  # noqa: F401 - re-exported
    STALE_AFTER_MONTHS,
    stale_cutoff,
    stale_months_in,
)
from desktop.services.vault.database import Database


def stale_months(db: Database) -> int:
    with db.reading() as session:
        return stale_months_in(session)


def _uncovered(today: dt.date) -> sa.ColumnElement[bool]:
    covered = sa.select(Assignment.commune_id).where(*valid_on(today))
    return Commune.id.not_in(covered)


def _stale(cutoff: dt.date) -> sa.ColumnElement[bool]:
    return sa.and_(
        Referent.active.is_(True),
        sa.or_(Referent.verified_on.is_(None), Referent.verified_on < cutoff),
    )


def coverage_counts(db: Database, today: dt.date | None = None) -> CoverageCounts:
    day = today or dt.date.today()
    months = stale_months(db)
    cutoff = stale_cutoff(day, months)
    with db.reading() as session:
        count = sa.select(sa.func.count()).select_from(Commune)
        return CoverageCounts(
            communes=session.scalar(count) or 0,
            without_referent=session.scalar(count.where(_uncovered(day))) or 0,
            stale_referents=session.scalar(
                sa.select(sa.func.count()).select_from(Referent).where(_stale(cutoff))) or 0,
            mixte=session.scalar(count.where(Commune.force_zone == ForceZone.MIXTE)) or 0,
            stale_months=months,
        )


def communes_without_referent(
    db: Database, today: dt.date | None = None, *, limit: int = 5000
) -> list[CommuneRow]:
    day = today or dt.date.today()
    with db.reading() as session:
        rows = session.execute(
            sa.select(*_COMMUNE_COLUMNS).where(_uncovered(day))
            .order_by(Commune.search_key).limit(limit)
        ).all()
        return commune_rows(session, rows)


def mixte_communes(db: Database) -> list[CommuneRow]:
    with db.reading() as session:
        rows = session.execute(
            sa.select(*_COMMUNE_COLUMNS).where(Commune.force_zone == ForceZone.MIXTE)
            .order_by(Commune.search_key)
        ).all()
        return commune_rows(session, rows)


def communes_of_stale_referents(db: Database, today: dt.date | None = None) -> list[CommuneRow]:
    """Communes whose référents today include one not verified for too long."""
    day = today or dt.date.today()
    cutoff = stale_cutoff(day, stale_months(db))
    stale_ids = sa.select(Referent.id).where(_stale(cutoff))
    covered = sa.select(Assignment.commune_id).where(
        Assignment.referent_id.in_(stale_ids), *valid_on(day))
    with db.reading() as session:
        rows = session.execute(
            sa.select(*_COMMUNE_COLUMNS).where(Commune.id.in_(covered))
            .order_by(Commune.search_key)
        ).all()
        return commune_rows(session, rows)


def stale_referents(db: Database, today: dt.date | None = None) -> list[ReferentRow]:
    from desktop.services.roster.editing import list_referents

    day = today or dt.date.today()
    cutoff = stale_cutoff(day, stale_months(db))
    return [
        row for row in list_referents(db, today=day)
        if row.verified_on is None or row.verified_on < cutoff
    ]
