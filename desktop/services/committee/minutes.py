"""The relevé de décisions: drafted, validated, then locked.

Locking computes a SHA-256 over a canonical text of the relevé (meeting, attendance, agenda,
decisions, body) and keeps it; from then on every write to the meeting is refused
(``committee_guard``) and ``verify_minutes`` recomputes the hash to prove nothing changed
underneath. Corrections go in the next meeting's relevé.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

from desktop.errors import TransitionRefused
from desktop.models.base import utc_now
from desktop.models.committee import Minutes
from desktop.models.enums import MeetingStatus, MinutesStatus
from desktop.services.committee.guard import get_meeting, writable_meeting
from desktop.services.committee.meeting_detail import build_detail
from desktop.services.committee.records import MeetingDetail, MinutesLocked
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database


@dataclass(frozen=True)
class HashCheck:
    expected: str
    actual: str

    @property
    def ok(self) -> bool:
        return self.expected == self.actual


def canonical_text(detail: MeetingDetail, body: str) -> str:
    """What the hash covers, as stable JSON (ids, texts, statuses, times)."""
    m = detail.meeting
    data = {
        "meeting": [m.id, m.starts_at.isoformat(), m.place, m.chair, str(m.kind)],
        "attendance": [[a.id, a.member, a.person_name, str(a.status), a.represented_by,
                        a.arrived_at.isoformat() if a.arrived_at else None,
                        a.left_at.isoformat() if a.left_at else None]
                       for a in detail.attendance],
        "agenda": [[i.id, i.order, i.title, i.notes, [list(d) for d in i.decisions]]
                   for i in detail.agenda],
        "body": body,
    }
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def content_hash(detail: MeetingDetail, body: str) -> str:
    return hashlib.sha256(canonical_text(detail, body).encode("utf-8")).hexdigest()


def start_minutes(db: Database, meeting_id: int, body: str = "") -> Changes:
    """After the meeting: a draft relevé (the meeting becomes "relevé en projet")."""
    with db.unit_of_work() as uow:
        meeting = writable_meeting(uow.session, meeting_id)
        if meeting.status != MeetingStatus.TENUE or meeting.minutes is not None:
            raise TransitionRefused(
                "Le relevé se rédige une fois la séance tenue (et une seule fois)."
            )
        meeting.minutes = Minutes(status=MinutesStatus.PROJET, body=body)
        meeting.status = MeetingStatus.RELEVE_PROJET
        uow.audit("create", "minutes", meeting_id, {"status": [None, MinutesStatus.PROJET]})
    return Changes.COMMITTEE


def save_body(db: Database, meeting_id: int, body: str) -> Changes:
    with db.unit_of_work() as uow:
        meeting = writable_meeting(uow.session, meeting_id)
        minutes = meeting.minutes
        if minutes is None or minutes.status != MinutesStatus.PROJET:
            raise TransitionRefused(
                "Seul un relevé en projet se modifie (repassez le relevé validé en projet)."
            )
        uow.audit("update", "minutes", meeting_id, {"body": [len(minutes.body), len(body)]})
        minutes.body = body
    return Changes.COMMITTEE


def validate_minutes(db: Database, meeting_id: int) -> Changes:
    return _step(db, meeting_id, MinutesStatus.PROJET, MinutesStatus.VALIDE,
                 MeetingStatus.RELEVE_VALIDE)


def reopen_minutes(db: Database, meeting_id: int) -> Changes:
    return _step(db, meeting_id, MinutesStatus.VALIDE, MinutesStatus.PROJET,
                 MeetingStatus.RELEVE_PROJET)


def _step(db: Database, meeting_id: int, source: MinutesStatus, target: MinutesStatus,
          meeting_status: MeetingStatus) -> Changes:
    with db.unit_of_work() as uow:
        meeting = writable_meeting(uow.session, meeting_id)
        minutes = meeting.minutes
        if minutes is None or minutes.status != source:
            current = minutes.status.label if minutes else "aucun relevé"
            raise TransitionRefused(
                f"Le relevé ne peut pas passer de « {current} » à « {target.label} »."
            )
        minutes.status = target
        meeting.status = meeting_status
        uow.audit("transition", "minutes", meeting_id, {"status": [source, target]})
    return Changes.COMMITTEE


def lock_minutes(db: Database, meeting_id: int) -> MinutesLocked:
    """Lock a validated relevé; returns its SHA-256."""
    with db.unit_of_work() as uow:
        meeting = writable_meeting(uow.session, meeting_id)
        minutes = meeting.minutes
        if minutes is None or minutes.status != MinutesStatus.VALIDE:
            raise TransitionRefused("Seul un relevé validé peut être verrouillé.")
        digest = content_hash(build_detail(uow.session, meeting), minutes.body)
        minutes.status = MinutesStatus.VERROUILLE
        minutes.content_hash = digest
        minutes.locked_at = utc_now()
        meeting.status = MeetingStatus.VERROUILLEE
        uow.audit("lock", "minutes", meeting_id, {"content_hash": [None, digest]})
        return MinutesLocked(digest)


def verify_minutes(db: Database, meeting_id: int) -> HashCheck:
    with db.reading() as session:
        meeting = get_meeting(session, meeting_id)
        minutes = meeting.minutes
        if minutes is None or minutes.content_hash is None:
            raise TransitionRefused("Ce relevé n'est pas verrouillé : il n'a pas d'empreinte.")
        actual = content_hash(build_detail(session, meeting), minutes.body)
        return HashCheck(minutes.content_hash, actual)
