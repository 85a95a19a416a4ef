"""iCalendar (RFC 5545) writer for a signing ceremony: one VEVENT the invitees add to their
calendars, in Paris time with its VTIMEZONE. Pure: a dataclass in, bytes out."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    summary: str
    starts_at: dt.datetime
    """Timezone-aware (the writer expresses it in Europe/Paris)."""
    ends_at: dt.datetime
    location: str = ""
    description: str = ""
    attendees: tuple[tuple[str, str], ...] = ()
    """(name, e-mail) of each invitee whose address is known."""
    organizer: tuple[str, str] | None = None
    stamp: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))


def write_ics(event: CalendarEvent, timezone: str = "Europe/Paris") -> bytes:
    from zoneinfo import ZoneInfo

    from icalendar import Calendar, Event, vCalAddress, vText

    if event.starts_at.tzinfo is None or event.ends_at.tzinfo is None:
        raise ValueError("the event's times must be timezone-aware")
    zone = ZoneInfo(timezone)
    calendar = Calendar()
    calendar.add("prodid", "-//Égide//Cérémonies de signature//FR")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    item = Event()
    item.add("uid", event.uid)
    item.add("dtstamp", event.stamp.astimezone(dt.UTC))
    item.add("dtstart", event.starts_at.astimezone(zone))
    item.add("dtend", event.ends_at.astimezone(zone))
    item.add("summary", event.summary)
    if event.location:
        item.add("location", event.location)
    if event.description:
        item.add("description", event.description)
    if event.organizer is not None:
        name, email = event.organizer
        organizer = vCalAddress(f"mailto:{email}")
        organizer.params["cn"] = vText(name)
        item.add("organizer", organizer)
    for name, email in event.attendees:
        attendee = vCalAddress(f"mailto:{email}")
        attendee.params["cn"] = vText(name)
        attendee.params["role"] = vText("REQ-PARTICIPANT")
        item.add("attendee", attendee, encode=False)
    calendar.add_component(item)
    calendar.add_missing_timezones()
    data: bytes = calendar.to_ical()
    return data
