"""The office's retention rules and the dates they give."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.models.settings import OfficeSettings, Setting
from desktop.services.retention.records import RetentionRules

ARCHIVES_EXPORT_KEY = "retention_archives_export"
"""``Setting`` row: "1" when the office transfers erased cases to the Archives first."""


def rules_in(session: Session) -> RetentionRules:
    office = session.get(OfficeSettings, 1)
    active = office.retention_active_years if office else 2
    erase = office.retention_intermediate_years if office else 6
    flag = session.get(Setting, ARCHIVES_EXPORT_KEY)
    return RetentionRules(active, max(erase, active), bool(flag and flag.value == "1"))


def years_after(day: dt.date, years: int) -> dt.date:
    """``day`` plus whole years (29 February becomes 28 February)."""
    try:
        return day.replace(year=day.year + years)
    except ValueError:
        return day.replace(year=day.year + years, day=28)
