"""The case workflow (Hauts-de-France "numéro post-agression"): its one step table, and the
moves, guards and due dates that read it. Nothing else says which step follows which.

``STEPS`` maps each step (a ``CaseStatus``) to the moves allowed from it, the usual one first::

    reçu → fiche envoyée pour validation → fiche validée → transmis URPS/Ordre → qualifié →
    consentement demandé → consentement donné (→ transmis aux autorités) or refusé → suivi → clos

A case may be closed early from any step (with an outcome); a closed case may be reopened
(``reopen``, back to ``REOPENED_TO``). Each move (a ``Transition``) says what it needs, one
``Requirement``:

- ``DEGREE`` / ``OUTCOME``: a value given with the move (qualification degree, outcome);
- ``CONSENT`` / ``REFUSAL``: the practitioner's answer, recorded by ``consent.record_consent``;
- ``URPS_ORDRE`` / ``AUTHORITIES``: a transmission, recorded by ``consent.record_transmission``;
- ``NOTHING``: a date and a comment.

A record-backed requirement counts whenever the record was made: a consent given before
"consentement demandé" meets the move to "consentement donné", so nothing is asked twice
(``next_steps`` tells the case view what each move still asks). A move with an ``automatic``
comment is made by the record itself: recording the practitioner's answer at "consentement
demandé", or the transmission that the current step waits for, moves the case on (``follow``).

Every move is dated, signed (``uow.actor``), commented in the append-only timeline, and gets
a due date from the configurable delays (none at the last step).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.errors import CaseMoved, NotFound, TransitionRefused, ValidationError
from desktop.models.base import utc_now
from desktop.models.cases import Case, CaseEvent, Consent, Transmission
from desktop.models.enums import CaseEventKind, CaseStatus, RecipientKind
from desktop.services.cases import dates, search
from desktop.services.cases.defaults import delays
from desktop.services.cases.records import NextStep, Requirement
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database, UnitOfWork
from desktop.storage.versioning import expect_version


@dataclass(frozen=True)
class Transition:
    """One allowed move: to ``target``, needing ``needs``; ``automatic`` is the timeline's
    comment when the record that meets ``needs`` makes the move by itself ("" = never)."""

    target: CaseStatus
    needs: Requirement = Requirement.NOTHING
    automatic: str = ""


S = CaseStatus
R = Requirement
_CLOSE = Transition(S.CLOS, R.OUTCOME)
_ANSWERED = "Réponse du praticien enregistrée"
STEPS: dict[CaseStatus, tuple[Transition, ...]] = {
    S.RECU: (Transition(S.FICHE_ENVOYEE), _CLOSE),
    S.FICHE_ENVOYEE: (Transition(S.FICHE_VALIDEE), _CLOSE),
    S.FICHE_VALIDEE: (Transition(S.TRANSMIS_URPS_ORDRE, R.URPS_ORDRE, "Fiche transmise"),
                      _CLOSE),
    S.TRANSMIS_URPS_ORDRE: (Transition(S.QUALIFIE, R.DEGREE), _CLOSE),
    S.QUALIFIE: (Transition(S.CONSENTEMENT_DEMANDE), _CLOSE),
    S.CONSENTEMENT_DEMANDE: (Transition(S.CONSENTEMENT_DONNE, R.CONSENT, _ANSWERED),
                             Transition(S.CONSENTEMENT_REFUSE, R.REFUSAL, _ANSWERED), _CLOSE),
    S.CONSENTEMENT_DONNE: (Transition(S.TRANSMIS_AUTORITES, R.AUTHORITIES,
                                      "Transmis aux autorités"), _CLOSE),
    S.CONSENTEMENT_REFUSE: (Transition(S.SUIVI), _CLOSE),
    S.TRANSMIS_AUTORITES: (Transition(S.SUIVI), _CLOSE),
    S.SUIVI: (_CLOSE,),
    S.CLOS: (),
}
"""Which step may follow which, and what each move needs. The usual move is listed first."""

START = S.RECU
(CLOSED,) = (status for status, options in STEPS.items() if not options)
REOPENED_TO = S.SUIVI
FICHE_VALIDATED_AT = S.FICHE_VALIDEE
"""From this step on the fiche may go to the URPS and the Ordre without a consent."""

AUTHORITIES = frozenset({RecipientKind.POLICE, RecipientKind.GENDARMERIE, RecipientKind.PARQUET,
                         RecipientKind.MAIRIE, RecipientKind.OTHER})
PROTOCOL_RECIPIENTS = frozenset({RecipientKind.URPS, RecipientKind.ORDRE})


def allowed_transitions(status: CaseStatus) -> tuple[CaseStatus, ...]:
    return tuple(option.target for option in STEPS[status])


def transition_to(status: CaseStatus, target: CaseStatus) -> Transition | None:
    """The move from ``status`` to ``target``, or ``None`` when the table has none."""
    return next((option for option in STEPS[status] if option.target == target), None)


def is_final(status: CaseStatus) -> bool:
    """The step with no move onward (the case is closed; only ``reopen`` leaves it)."""
    return status == CLOSED


def reachable(start: CaseStatus) -> frozenset[CaseStatus]:
    """``start`` and every step that can follow it, however far."""
    seen, todo = {start}, [start]
    while todo:
        for option in STEPS[todo.pop()]:
            if option.target not in seen:
                seen.add(option.target)
                todo.append(option.target)
    return frozenset(seen)


def fiche_validated(status: CaseStatus) -> bool:
    """Whether a case at ``status`` has passed "fiche validée" on the way there."""
    return status in reachable(FICHE_VALIDATED_AT)


def usual_path(through: CaseStatus | None = None) -> tuple[CaseStatus, ...]:
    """The usual route from "reçu" to the end, each step's first move; when ``through`` is off
    that route, the route leaves it for ``through`` at the first step that can, then goes on."""
    usual = _first_moves(START)
    if through is None or through in usual:
        return usual
    turn = next(n for n, status in enumerate(usual) if through in allowed_transitions(status))
    return usual[:turn + 1] + _first_moves(through)


def _first_moves(start: CaseStatus) -> tuple[CaseStatus, ...]:
    """The steps met from ``start`` by always taking the first move."""
    path = [start]
    while STEPS[path[-1]]:
        path.append(STEPS[path[-1]][0].target)
    return tuple(path)


def requirement_of_transmission(kind: RecipientKind) -> Requirement:
    """Which requirement a transmission to ``kind`` meets."""
    return R.URPS_ORDRE if kind in PROTOCOL_RECIPIENTS else R.AUTHORITIES


def next_steps(session: Session, case: Case) -> tuple[NextStep, ...]:
    """The moves allowed now, each with what it still asks (nothing when a record meets it)."""
    return tuple(NextStep(option.target, R.NOTHING if _met(session, case.id, option.needs)
                          else option.needs) for option in STEPS[case.status])


def transition(db: Database, case_id: int, to: CaseStatus, comment: str = "", *,
               degree: str = "", outcome: str = "", on: dt.date | None = None,
               seen_version: int | None = None, seen_status: CaseStatus | None = None
               ) -> Changes:
    """Move a case one step; ``degree`` for "qualifié", ``outcome`` for "clos"; the step's date
    ``on`` (default today) is neither in the future nor before the current step's.

    The case is read (and, on PostgreSQL, locked ``FOR UPDATE``) inside the transaction, so
    the step is checked against its current state, not the one a colleague just left:
    ``seen_status`` (the step the dialog showed) moved on meanwhile raises ``CaseMoved``;
    ``seen_version`` refuses any save of the case since (``ConcurrentEdit``)."""
    with db.unit_of_work() as uow:
        case = uow.session.get(Case, case_id, with_for_update=True)
        if case is None:
            raise NotFound("Ce signalement n'existe plus.")
        expect_step(uow.session, case, seen_status)
        expect_version(uow.session, case, seen_version)
        if on is not None:
            dates.check(uow.session, case, on)
        move(uow, case, to, comment, degree=degree, outcome=outcome, on=on)
    return Changes.CASES


def expect_step(session: Session, case: Case, seen: CaseStatus | None) -> None:
    """Refuse the step when the case is no longer at ``seen`` (a colleague moved it since the
    dialog showed it), naming who moved it, when and to which step."""
    if seen is None or case.status == seen:
        return
    last = session.scalars(
        sa.select(CaseEvent).where(CaseEvent.case_id == case.id,
                                   CaseEvent.to_status == case.status)
        .order_by(CaseEvent.id.desc()).limit(1)).first()
    raise CaseMoved(case.reference, last.actor if last else None, last.at if last else None,
                    case.status.label)


def move(uow: UnitOfWork, case: Case, to: CaseStatus, comment: str = "", *,
         degree: str = "", outcome: str = "", on: dt.date | None = None,
         at: dt.datetime | None = None, reindex: bool = True) -> None:
    """The transition itself, inside a unit of work (consents and transmissions call it).

    ``reindex=False`` is for bulk work (the demo) that rebuilds the search index once."""
    step = transition_to(case.status, to)
    if step is None:
        possible = allowed_transitions(case.status)
        raise TransitionRefused(
            f"Le dossier {case.reference} est à l'étape « {case.status.label} » : il ne peut "
            f"pas passer à « {to.label} »."
            + (f" Étapes possibles : {', '.join(s.label for s in possible)}."
               if possible else " Rouvrez-le d'abord.")
        )
    _check_guard(uow.session, case, step.needs, degree, outcome)
    changes: dict[str, object] = {"status": [str(case.status), str(to)]}
    if step.needs == R.DEGREE:
        changes["qualification_degree"] = [case.qualification_degree, degree.strip()]
        case.qualification_degree = degree.strip()
    moment = at or utc_now()
    if step.needs == R.OUTCOME:
        changes["outcome"] = [case.outcome, outcome.strip()]
        case.outcome = outcome.strip()
    if is_final(to):
        case.closed_at = moment
    _record(uow, case, CaseEventKind.TRANSITION, to, comment, on, moment, reindex)
    uow.audit("transition", "case", case.id, changes)


def reopen(db: Database, case_id: int, comment: str, on: dt.date | None = None, *,
           seen_status: CaseStatus | None = None) -> Changes:
    """Reopen a closed case (back to "suivi"); the reason is mandatory and recorded.
    ``seen_status`` as ``transition``'s."""
    if not comment.strip():
        raise ValidationError("comment", "Indiquez pourquoi le dossier est rouvert.")
    with db.unit_of_work() as uow:
        case = uow.session.get(Case, case_id, with_for_update=True)
        if case is None:
            raise NotFound("Ce signalement n'existe plus.")
        expect_step(uow.session, case, seen_status)
        if on is not None:
            dates.check(uow.session, case, on)
        if not is_final(case.status):
            raise TransitionRefused(f"Le dossier {case.reference} n'est pas clos : il n'y a "
                                    "rien à rouvrir.")
        uow.audit("reopen", "case", case.id, {"status": [str(case.status), str(REOPENED_TO)],
                                              "outcome": [case.outcome, None]})
        case.outcome = None
        case.closed_at = None
        _record(uow, case, CaseEventKind.REOPENED, REOPENED_TO, comment, on, utc_now())
    return Changes.CASES


def _record(uow: UnitOfWork, case: Case, kind: CaseEventKind, to: CaseStatus, comment: str,
            on: dt.date | None, moment: dt.datetime, reindex: bool = True) -> None:
    day = on or dt.date.today()  # the computer's date: ``moment`` is UTC, a day early at 0:30
    uow.session.add(CaseEvent(case_id=case.id, at=moment, dated_on=day,
                              actor=uow.actor, kind=kind,
                              from_status=case.status, to_status=to,
                              comment=comment.strip() or None))
    case.status = to
    case.due_on = due_date(uow.session, to, day)
    if reindex:
        search.index_case(uow.session, case)  # the status is a tag of the search index


def follow(uow: UnitOfWork, case: Case, record: Requirement,
           on: dt.date | None = None) -> None:
    """The automatic move: ``record`` (a consent, a refusal, a transmission) was just recorded
    and flushed; when the case's step waits for it (``Transition.automatic``), move on."""
    for option in STEPS[case.status]:
        if option.needs == record and option.automatic:
            move(uow, case, option.target, option.automatic, on=on)
            return


def due_date(session: Session, status: CaseStatus, start: dt.date) -> dt.date | None:
    if is_final(status):
        return None
    return start + dt.timedelta(days=delays(session)[status])


_REFUSALS: dict[Requirement, str] = {
    R.CONSENT: "Aucun consentement donné n'est enregistré pour ce dossier : enregistrez d'abord "
               "le consentement du praticien.",
    R.REFUSAL: "Aucun refus n'est enregistré pour ce dossier : enregistrez d'abord la réponse "
               "du praticien.",
    R.URPS_ORDRE: "Aucune transmission à l'URPS ou à l'Ordre n'est enregistrée : enregistrez "
                  "d'abord la transmission (avec la fiche envoyée).",
    R.AUTHORITIES: "Aucune transmission aux autorités n'est enregistrée : enregistrez d'abord "
                   "la transmission (avec le document envoyé).",
}
"""Why a move is refused when the record its requirement needs is missing."""


def _check_guard(session: Session, case: Case, needs: Requirement, degree: str,
                 outcome: str) -> None:
    if needs == R.DEGREE and not degree.strip():
        raise ValidationError("degree", "Indiquez le degré d'agression retenu par l'URPS.")
    if needs == R.OUTCOME and not outcome.strip():
        raise ValidationError("outcome", "Indiquez l'issue du dossier pour le clore.")
    if needs in _REFUSALS and not _met(session, case.id, needs):
        raise TransitionRefused(_REFUSALS[needs])


def _met(session: Session, case_id: int, needs: Requirement) -> bool:
    """Whether the records of the case already meet ``needs``, whenever they were made.

    Values given with the move (degree, outcome) are never met beforehand."""
    if needs == R.NOTHING:
        return True
    if needs in (R.CONSENT, R.REFUSAL):
        return _latest_consent(session, case_id, given=needs == R.CONSENT)
    if needs == R.URPS_ORDRE:
        return _sent(session, case_id, PROTOCOL_RECIPIENTS)
    if needs == R.AUTHORITIES:
        return _sent(session, case_id, AUTHORITIES)
    return False


def _latest_consent(session: Session, case_id: int, *, given: bool) -> bool:
    latest = session.scalars(
        sa.select(Consent).where(Consent.case_id == case_id)
        .order_by(Consent.decided_on.desc(), Consent.id.desc()).limit(1)
    ).first()
    if latest is None:
        return False
    return latest.given == given and (latest.withdrawn_on is None or not given)


def _sent(session: Session, case_id: int, kinds: frozenset[RecipientKind]) -> bool:
    return session.scalar(
        sa.select(Transmission.id).where(Transmission.case_id == case_id,
                                         Transmission.recipient_kind.in_(kinds)).limit(1)
    ) is not None


def overdue_filter(today: dt.date) -> sa.ColumnElement[bool]:
    return sa.and_(Case.due_on < today, Case.status != CLOSED)


def overdue_count(db: Database, today: dt.date | None = None) -> int:
    with db.reading() as session:
        return int(session.scalar(
            sa.select(sa.func.count(Case.id)).where(overdue_filter(today or dt.date.today()))
        ) or 0)


def overdue_cases(db: Database, today: dt.date | None = None) -> tuple[tuple[int, str, str,
                                                                             dt.date], ...]:
    """(id, reference, step label, due date) of every late case, the oldest due first."""
    with db.reading() as session:
        rows = session.execute(
            sa.select(Case.id, Case.reference, Case.status, Case.due_on)
            .where(overdue_filter(today or dt.date.today())).order_by(Case.due_on, Case.id)
        )
        return tuple((r.id, r.reference, r.status.label, r.due_on) for r in rows)
