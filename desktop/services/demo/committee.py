"""Demonstration filler: two past meetings of the comité de suivi (one with a locked relevé,
one validated, where members leave before the last decision, so that its quorum is lost),
action items open and closed, and one upcoming meeting whose agenda points at demo cases and
the statistics of the last months. Each past decision carries its time."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select

from desktop.models.base import utc_now
from desktop.models.cases import Case
from desktop.models.committee import (
    ActionItem,
    ActionItemEvent,
    AgendaItem,
    AgendaLink,
    Attendance,
    Decision,
    Meeting,
    Minutes,
)
from desktop.models.contacts import Position
from desktop.models.enums import (
    ActionStatus,
    AttendanceStatus,
    MeetingStatus,
    MinutesStatus,
    VersionStatus,
)
from desktop.models.protocol import Party, Protocol, ProtocolVersion
from desktop.services.committee.meeting_detail import build_detail
from desktop.services.committee.meetings import holder_name
from desktop.services.committee.minutes import content_hash
from desktop.services.vault.database import UnitOfWork

PLACE = "Préfecture de Seine-et-Marne, salle Marianne, Melun"


def _meeting(uow: UnitOfWork, rng: random.Random, protocol: Protocol | None,
             positions: list[Position], starts_at: dt.datetime,
             status: MeetingStatus) -> Meeting:
    meeting = Meeting(starts_at=starts_at, place=PLACE, chair="M. le préfet", status=status,
                      quorum=max(1, len(positions) // 2), protocol=protocol)
    for position in positions:
        held = status != MeetingStatus.PREPAREE
        choice = rng.random() if held else 1.0
        state = (AttendanceStatus.PRESENT if choice < 0.6 else AttendanceStatus.EXCUSE
                 if choice < 0.75 else AttendanceStatus.REPRESENTE if choice < 0.9
                 else AttendanceStatus.ABSENT)
        if not held:
            state = AttendanceStatus.ABSENT
        meeting.attendances.append(Attendance(
            position_id=position.id, organisation_id=position.organisation_id,
            person_name=holder_name(uow.session, position.id, starts_at.date()) or None,
            status=state,
            represented_by="Son adjoint(e)" if state == AttendanceStatus.REPRESENTE else None,
            arrived_at=starts_at + dt.timedelta(minutes=25) if choice < 0.1 else None,
        ))
    uow.session.add(meeting)
    return meeting


def fill(uow: UnitOfWork, rng: random.Random) -> None:
    session = uow.session
    protocol = session.scalars(select(Protocol)).first()
    positions: list[Position] = []
    if protocol is not None:
        version = session.scalars(
            select(ProtocolVersion).where(ProtocolVersion.protocol_id == protocol.id,
                                          ProtocolVersion.status == VersionStatus.EN_VIGUEUR)
            .order_by(ProtocolVersion.number.desc())).first()
        if version is not None:
            parties = session.scalars(select(Party).where(Party.version_id == version.id)
                                      .order_by(Party.order)).all()
            positions = [p.position for p in parties]
    owners: list[int | None] = list(dict.fromkeys(p.organisation_id for p in positions))
    owners = owners or [None]
    now = utc_now().replace(minute=0, second=0, microsecond=0)
    first = _meeting(uow, rng, protocol, positions,
                     (now - dt.timedelta(days=300)).replace(hour=12), MeetingStatus.VERROUILLEE)
    second = _meeting(uow, rng, protocol, positions,
                      (now - dt.timedelta(days=120)).replace(hour=12),
                      MeetingStatus.RELEVE_VALIDE)
    upcoming = _meeting(uow, rng, protocol, positions,
                        (now + dt.timedelta(days=21)).replace(hour=12), MeetingStatus.PREPAREE)
    session.flush()

    def item(meeting: Meeting, order: int, title: str,
             *decisions: tuple[str, int]) -> AgendaItem:
        """``decisions``: (text, minutes after the start)."""
        row = AgendaItem(meeting=meeting, order=order, title=title)
        row.decisions = [Decision(text=text, decided_at=meeting.starts_at
                                  + dt.timedelta(minutes=minutes))
                         for text, minutes in decisions]
        session.add(row)
        return row

    item(first, 1, "Bilan de l'année écoulée",
         ("Le bilan sera diffusé aux Ordres et aux URPS.", 35))
    item(first, 2, "Pré-enregistrement des numéros au 17",
         ("La DDPN et le groupement relanceront les praticiens n'ayant pas confirmé.", 70))
    item(second, 1, "Suivi des actions", ("Les actions réalisées sont closes.", 30))
    item(second, 2, "Dispositif d'alerte",
         ("Dix boutons d'alerte supplémentaires seront proposés aux médecins isolés.", 60),
         ("Le financement de la vidéoprotection des maisons de santé est inscrit au FIPD.",
          100))
    _leave_before_the_end(second, minutes=90)

    def action(title: str, meeting: Meeting, owner: int | None, due: dt.date,
               *steps: tuple[Meeting, ActionStatus, str]) -> ActionItem:
        row = ActionItem(title=title, owner_organisation_id=owner, due_on=due,
                         origin_meeting=meeting, status=ActionStatus.OPEN)
        row.history = [ActionItemEvent(meeting=meeting, at=meeting.starts_at
                                       + dt.timedelta(hours=1), status=ActionStatus.OPEN,
                                       note="Action ouverte")]
        for at_meeting, status, note in steps:
            row.history.append(ActionItemEvent(meeting=at_meeting, status=status, note=note,
                                               at=at_meeting.starts_at + dt.timedelta(hours=1)))
            row.status = status
        session.add(row)
        return row

    day = now.date()
    action("Diffuser la fiche réflexe « que faire en cas d'agression »", first, owners[0],
           day - dt.timedelta(days=240), (second, ActionStatus.DONE, "Diffusée à 1 200 praticiens"))
    action("Recenser les cabinets isolés pour un diagnostic de sûreté", first,
           owners[-1], day - dt.timedelta(days=90),
           (second, ActionStatus.IN_PROGRESS, "45 cabinets recensés"))
    action("Proposer le dépôt de plainte sur rendez-vous dans chaque commissariat", second,
           owners[min(2, len(owners) - 1)], day + dt.timedelta(days=30))
    action("Mettre à jour l'annuaire des référents sûreté", second, owners[0],
           day - dt.timedelta(days=10))
    action("Étudier l'extension du protocole aux pharmaciens", first, owners[-1],
           day - dt.timedelta(days=200), (second, ActionStatus.DROPPED, "Déjà couverts"))
    stats = item(upcoming, 1, "Bilan statistique des six derniers mois")
    stats.links.append(AgendaLink(period_from=day - dt.timedelta(days=182), period_to=day))
    review = item(upcoming, 2, "Signalements à examiner")
    for case_id in session.scalars(select(Case.id).order_by(Case.occurred_at.desc()).limit(3)):
        review.links.append(AgendaLink(case_id=case_id))
    item(upcoming, 3, "Suivi des actions")
    item(upcoming, 4, "Questions diverses")
    session.flush()
    for meeting, status in ((first, MinutesStatus.VERROUILLE), (second, MinutesStatus.VALIDE)):
        meeting.minutes = Minutes(status=status, body="Le préfet remercie les participants.")
        session.flush()
    session.refresh(first)
    minutes = first.minutes
    assert minutes is not None
    minutes.content_hash = content_hash(build_detail(session, first), minutes.body)
    minutes.locked_at = first.starts_at + dt.timedelta(days=10)
    # As ``lock_minutes`` does: the journal keeps the hash ("Vérifier le relevé" compares).
    uow.audit("lock", "minutes", first.id, {"content_hash": [None, minutes.content_hash]})


def _leave_before_the_end(meeting: Meeting, minutes: int) -> None:
    """Members present from the start leave ``minutes`` after it, one more than the quorum
    allows: the decisions taken after they left are "quorum non atteint"."""
    counted = (AttendanceStatus.PRESENT, AttendanceStatus.REPRESENTE)
    quorum = meeting.quorum or 0
    # It opens with its quorum, whatever the draw (which depends on the day the demo is made).
    missing = quorum - sum(a.status in counted for a in meeting.attendances)
    for row in [a for a in meeting.attendances if a.status not in counted][:max(0, missing)]:
        row.status, row.represented_by = AttendanceStatus.PRESENT, None
    present = [a for a in meeting.attendances if a.status in counted]
    leaving = [a for a in present if a.status == AttendanceStatus.PRESENT]
    needed = max(1, len(present) - quorum + 1)
    for row in leaving[-needed:]:
        row.arrived_at = row.arrived_at or meeting.starts_at
        row.left_at = meeting.starts_at + dt.timedelta(minutes=minutes)
