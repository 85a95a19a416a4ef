"""When a référent is "à vérifier": not verified for ``stale_referent_months`` months (the
office's preference, 12 by default), or never."""

from __future__ import annotations

import datetime as dt
from functools import cache

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.models.settings import OfficeSettings

STALE_AFTER_MONTHS = 12
"""A référent not verified for this many months is "à vérifier", unless the office chose
another period (``OfficeSettings.stale_referent_months``, the preferences)."""


@cache
def _months_statement() -> sa.Select[int]:
    return sa.select(OfficeSettings.stale_referent_months).where(OfficeSettings.id == 1)


def stale_months_in(session: Session) -> int:
    """The office's period, read as one column: every lookup asks for it, and loading the
    settings row would bring its logo along (up to half a megabyte for an SVG)."""
    months = session.execute(_months_statement()).scalar()
    return months if months is not None else STALE_AFTER_MONTHS


def stale_cutoff(today: dt.date, months: int) -> dt.date:
    """The day ``months`` before ``today`` (clamped to the month's last day)."""
    month = today.month - 1 - months
    year, month = today.year + month // 12, month % 12 + 1
    for day in (today.day, 30, 29, 28):
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def is_stale(verified_on: dt.date | None, cutoff: dt.date) -> bool:
    return verified_on is None or verified_on < cutoff
