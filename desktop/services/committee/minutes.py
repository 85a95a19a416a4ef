"""The relevé de décisions: drafted, validated, then locked.

Locking computes a SHA-256 over a canonical text of the relevé (meeting, attendance, agenda,
decisions, body) and keeps it; from then on every write to the meeting is refused
(``committee_guard``) and ``verify_minutes`` recomputes the hash to prove nothing changed
underneath. Corrections go in the next meeting's relevé.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.errors import NotFound, TransitionRefused
from desktop.models.audit import AuditEntry
from desktop.models.base import utc_now
from desktop.models.committee import Minutes
from desktop.models.enums import MeetingStatus, MinutesStatus
from desktop.services.committee.guard import get_meeting, writable_meeting
from desktop.services.committee.meeting_detail import build_detail
from desktop.services.committee.records import (
    DecisionRow,
    MeetingDetail,
    MinutesLocked,
    MinutesRow,
)
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.services.vault.office import office_zone
from desktop.storage.versioning import expect_version


@dataclass(frozen=True)
class HashCheck:
    expected: str
    actual: str

    @property
    def ok(self) -> bool:
        return self.expected == self.actual


def _decision(decision: DecisionRow) -> list[object]:
    """[id, text], and the time when the decision has one: a relevé locked before decisions
    carried a time keeps the very text (and hash) it was locked with."""
    if decision.decided_at is None:
        return [decision.id, decision.text]
    return [decision.id, decision.text, decision.decided_at.isoformat()]


def canonical_text(detail: MeetingDetail, body: str) -> str:
    """What the hash covers, as stable JSON (ids, texts, statuses, times)."""
    m = detail.meeting
    data = {
        "meeting": [m.id, m.starts_at.isoformat(), m.place, m.chair, str(m.kind)],
        "attendance": [[a.id, a.member, a.person_name, str(a.status), a.represented_by,
                        a.arrived_at.isoformat() if a.arrived_at else None,
                        a.left_at.isoformat() if a.left_at else None]
                       for a in detail.attendance],
        "agenda": [[i.id, i.order, i.title, i.notes, [_decision(d) for d in i.decisions]]
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


def save_body(db: Database, meeting_id: int, body: str, *,
              seen_version: int | None = None) -> Changes:
    """``seen_version``: the relevé's ``row_version`` as the page showed its text; a
    colleague's save since refuses this one (``ConcurrentEdit``)."""
    with db.unit_of_work() as uow:
        meeting = writable_meeting(uow.session, meeting_id)
        minutes = meeting.minutes
        if minutes is None or minutes.status != MinutesStatus.PROJET:
            raise TransitionRefused(
                "Seul un relevé en projet se modifie (repassez le relevé validé en projet)."
            )
        expect_version(uow.session, minutes, seen_version, audited_as=meeting_id)
        uow.audit("update", "minutes", meeting_id, {"body": [len(minutes.body), len(body)]})
        minutes.body = body
    return Changes.COMMITTEE


def validate_minutes(db: Database, meeting_id: int, *,
                     seen_version: int | None = None) -> Changes:
    """``seen_version``: the relevé's ``row_version`` as the page showed its text: validating
    a text a colleague changed since (one the chair has not read) is refused
    (``ConcurrentEdit``)."""
    return _step(db, meeting_id, MinutesStatus.PROJET, MinutesStatus.VALIDE,
                 MeetingStatus.RELEVE_VALIDE, seen_version)


def read_minutes(db: Database, meeting_id: int) -> MinutesRow:
    """The relevé as it is now (the page reloads its text after a colleague's save)."""
    with db.reading() as session:
        minutes = get_meeting(session, meeting_id).minutes
        if minutes is None:
            raise NotFound(f"La séance n° {meeting_id} n'a pas (ou plus) de relevé.")
        return MinutesRow(minutes.status, minutes.body, minutes.locked_at,
                          minutes.content_hash, minutes.row_version)


def reopen_minutes(db: Database, meeting_id: int) -> Changes:
    return _step(db, meeting_id, MinutesStatus.VALIDE, MinutesStatus.PROJET,
                 MeetingStatus.RELEVE_PROJET)


def _step(db: Database, meeting_id: int, source: MinutesStatus, target: MinutesStatus,
          meeting_status: MeetingStatus, seen_version: int | None = None) -> Changes:
    with db.unit_of_work() as uow:
        meeting = writable_meeting(uow.session, meeting_id)
        minutes = meeting.minutes
        if minutes is None or minutes.status != source:
            current = minutes.status.label if minutes else "aucun relevé"
            raise TransitionRefused(
                f"Le relevé ne peut pas passer de « {current} » à « {target.label} »."
            )
        expect_version(uow.session, minutes, seen_version, audited_as=meeting_id)
        minutes.status = target
        meeting.status = meeting_status
        uow.audit("transition", "minutes", meeting_id, {"status": [source, target]})
    return Changes.COMMITTEE


def lock_minutes(db: Database, meeting_id: int, *,
                 seen_version: int | None = None) -> MinutesLocked:
    """Lock a validated relevé; returns its SHA-256. ``seen_version`` as in
    ``validate_minutes`` (a relevé reopened, edited and validated again meanwhile)."""
    with db.unit_of_work() as uow:
        meeting = writable_meeting(uow.session, meeting_id)
        minutes = meeting.minutes
        if minutes is None or minutes.status != MinutesStatus.VALIDE:
            raise TransitionRefused("Seul un relevé validé peut être verrouillé.")
        expect_version(uow.session, minutes, seen_version, audited_as=meeting_id)
        digest = content_hash(build_detail(uow.session, meeting), minutes.body)
        minutes.status = MinutesStatus.VERROUILLE
        minutes.content_hash = digest
        minutes.locked_at = utc_now()
        meeting.status = MeetingStatus.VERROUILLEE
        uow.audit("lock", "minutes", meeting_id, {"content_hash": [None, digest]})
        return MinutesLocked(digest)


@dataclass(frozen=True)
class LockEntry:
    """The audit entry that recorded the lock: its number, its chain hash (the journal's head
    right after locking, printed on the relevé) and the relevé hash it recorded."""

    id: int
    chain_hash: str
    recorded_hash: str | None


@dataclass(frozen=True)
class ReleveCheck:
    """"Vérifier le relevé": the stored hash, the one recomputed from the vault now, and the
    audit entry of the lock (None when the journal no longer holds it)."""

    starts_at: dt.datetime
    """The meeting's start, in the office's time zone."""
    stored: str
    actual: str
    lock_entry: LockEntry | None

    @property
    def ok(self) -> bool:
        journal = self.lock_entry.recorded_hash if self.lock_entry else self.stored
        return self.stored == self.actual and journal == self.stored

    @property
    def summary(self) -> str:
        """The verdict without the hashes (for the page, under the relevé)."""
        entry = self.lock_entry
        where = (f"verrouillage inscrit au journal d'audit, entrée n° {entry.id}" if entry
                 else "l'entrée du verrouillage n'est plus au journal d'audit")
        if self.ok:
            return f"Relevé conforme à son empreinte de verrouillage ({where})."
        if self.stored != self.actual:
            return ("Relevé NON CONFORME : son contenu a changé depuis le verrouillage "
                    f"({where}).")
        return ("Relevé NON CONFORME : son empreinte n'est plus celle que le journal d'audit "
                f"a inscrite ({where}).")

    @property
    def message(self) -> str:
        """One French line, with the hashes (the CLI, the message of the page)."""
        day = f"{self.starts_at:%d/%m/%Y}"
        entry = self.lock_entry
        journal = (f"journal d'audit au verrouillage : entrée n° {entry.id}, empreinte "
                   f"{entry.chain_hash}" if entry else
                   "l'entrée du verrouillage n'est plus au journal d'audit")
        if self.ok:
            return (f"Relevé de la séance du {day} conforme : l'empreinte recalculée est celle "
                    f"du verrouillage (SHA-256 {self.stored}) ; {journal}.")
        if self.stored != self.actual:
            return (f"Relevé de la séance du {day} NON CONFORME : le contenu a changé depuis "
                    f"le verrouillage (empreinte recalculée {self.actual}, empreinte du "
                    f"verrouillage {self.stored}) ; {journal}.")
        assert entry is not None
        return (f"Relevé de la séance du {day} NON CONFORME : l'empreinte enregistrée "
                f"({self.stored}) n'est pas celle que le journal d'audit a inscrite au "
                f"verrouillage ({entry.recorded_hash}, entrée n° {entry.id}).")


def lock_entry(session: Session, meeting_id: int) -> LockEntry | None:
    """The last "lock" audit entry of this meeting's relevé."""
    entry = session.scalars(
        select(AuditEntry).where(AuditEntry.action == "lock", AuditEntry.entity == "minutes",
                                 AuditEntry.entity_id == str(meeting_id))
        .order_by(AuditEntry.id.desc()).limit(1)).first()
    if entry is None:
        return None
    try:
        recorded = json.loads(entry.changes or "{}")["content_hash"][1]
    except (ValueError, KeyError, IndexError, TypeError):
        recorded = None
    return LockEntry(entry.id, entry.hash, str(recorded) if recorded else None)


def verify_releve(db: Database, meeting_id: int) -> ReleveCheck:
    """Recompute the hash of a locked relevé from what the vault holds now, and compare it with
    the stored one and with the one the audit journal recorded at locking."""
    with db.reading() as session:
        meeting = get_meeting(session, meeting_id)
        minutes = meeting.minutes
        if minutes is None or minutes.content_hash is None:
            raise TransitionRefused(
                f"Le relevé de la séance n° {meeting_id} n'est pas verrouillé : il n'a pas "
                "d'empreinte à vérifier.")
        actual = content_hash(build_detail(session, meeting), minutes.body)
        return ReleveCheck(meeting.starts_at.astimezone(office_zone(session)),
                           minutes.content_hash, actual, lock_entry(session, meeting_id))


def verify_minutes(db: Database, meeting_id: int) -> HashCheck:
    with db.reading() as session:
        meeting = get_meeting(session, meeting_id)
        minutes = meeting.minutes
        if minutes is None or minutes.content_hash is None:
            raise TransitionRefused("Ce relevé n'est pas verrouillé : il n'a pas d'empreinte.")
        actual = content_hash(build_detail(session, meeting), minutes.body)
        return HashCheck(minutes.content_hash, actual)
