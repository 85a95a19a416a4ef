"""Times as the office reads them: in the office's time zone (``OfficeIdentity.time_zone``,
the département's: Europe/Paris, America/Guadeloupe, Indian/Reunion…), whatever the zone of
the computer, so the interface and the documents show the same hour.

The context sets the zone when a vault opens (``use_zone``); every widget that shows or reads
a time goes through ``local`` / ``to_utc`` here, never ``astimezone()`` without a zone.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

_zone: dt.tzinfo | None = None


def zone_named(name: str) -> dt.tzinfo:
    """The zone called ``name``, Europe/Paris when unknown (no import of the services here:
    the start-up path shows times before any heavy module loads)."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("Europe/Paris")


def use_zone(zone: dt.tzinfo | str) -> None:
    global _zone
    _zone = zone_named(zone) if isinstance(zone, str) else zone


def zone() -> dt.tzinfo:
    """The office's zone (Europe/Paris until a vault says otherwise)."""
    return _zone or zone_named("Europe/Paris")


def local(moment: dt.datetime) -> dt.datetime:
    """``moment`` in the office's zone; naive values are UTC (the vault stores UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(zone())


def to_utc(moment: dt.datetime) -> dt.datetime:
    """A time typed in a form (naive: the office's wall clock) as UTC, for the services."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone())
    return moment.astimezone(dt.UTC)


def now() -> dt.datetime:
    """The office's wall clock now (the default of a time field)."""
    return dt.datetime.now(zone())


def today() -> dt.date:
    """The office's date now: the day the audit's periods and the shown times belong to."""
    return now().date()
