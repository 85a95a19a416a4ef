"""The one check every committee write goes through: a locked relevé freezes its meeting."""

from __future__ import annotations

from sqlalchemy.orm import Session

from desktop.errors import NotFound, TransitionRefused
from desktop.models.committee import Meeting
from desktop.models.enums import MeetingStatus, MinutesStatus


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NotFound(f"La séance n° {meeting_id} n'existe pas (ou plus).")
    return meeting


def is_locked(meeting: Meeting) -> bool:
    minutes = meeting.minutes
    return meeting.status == MeetingStatus.VERROUILLEE or (
        minutes is not None and minutes.status == MinutesStatus.VERROUILLE
    )


def writable_meeting(session: Session, meeting_id: int) -> Meeting:
    """The meeting, or ``TransitionRefused`` when its relevé is locked."""
    meeting = get_meeting(session, meeting_id)
    if is_locked(meeting):
        raise TransitionRefused(
            f"Séance du {meeting.starts_at:%d/%m/%Y} : relevé verrouillé, la séance ne peut "
            "plus être modifiée. Portez la correction au relevé de la séance suivante."
        )
    return meeting
