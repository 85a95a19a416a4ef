"""The case workflow (Hauts-de-France "numéro post-agression"), enforced here and only here.

reçu → fiche envoyée pour validation → fiche validée → transmis URPS/Ordre → qualifié →
consentement demandé → consentement donné (→ transmis aux autorités) or refusé → suivi → clos.
A case may be closed early from any step (with an outcome); a closed case may be reopened.
Every step is dated, signed (``uow.actor``), commented in the append-only timeline, and gets
a due date from the configurable delays.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.errors import NotFound, TransitionRefused, ValidationError
from desktop.models.base import utc_now
from desktop.models.cases import Case, CaseEvent, Consent, Transmission
from desktop.models.enums import CaseEventKind, CaseStatus, RecipientKind
from desktop.services.cases import search
from desktop.services.cases.defaults import delays
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database, UnitOfWork

S = CaseStatus
TRANSITIONS: dict[CaseStatus, tuple[CaseStatus, ...]] = {
    S.RECU: (S.FICHE_ENVOYEE, S.CLOS),
    S.FICHE_ENVOYEE: (S.FICHE_VALIDEE, S.CLOS),
    S.FICHE_VALIDEE: (S.TRANSMIS_URPS_ORDRE, S.CLOS),
    S.TRANSMIS_URPS_ORDRE: (S.QUALIFIE, S.CLOS),
    S.QUALIFIE: (S.CONSENTEMENT_DEMANDE, S.CLOS),
    S.CONSENTEMENT_DEMANDE: (S.CONSENTEMENT_DONNE, S.CONSENTEMENT_REFUSE, S.CLOS),
    S.CONSENTEMENT_DONNE: (S.TRANSMIS_AUTORITES, S.CLOS),
    S.CONSENTEMENT_REFUSE: (S.SUIVI, S.CLOS),
    S.TRANSMIS_AUTORITES: (S.SUIVI, S.CLOS),
    S.SUIVI: (S.CLOS,),
    S.CLOS: (),
}
"""Which step may follow which. Reopening a closed case is ``reopen``, not a transition."""

AUTHORITIES = frozenset({RecipientKind.POLICE, RecipientKind.GENDARMERIE, RecipientKind.PARQUET,
                         RecipientKind.MAIRIE, RecipientKind.OTHER})
PROTOCOL_RECIPIENTS = frozenset({RecipientKind.URPS, RecipientKind.ORDRE})
REOPENED_TO = S.SUIVI


def allowed_transitions(status: CaseStatus) -> tuple[CaseStatus, ...]:
    return TRANSITIONS[status]


def transition(db: Database, case_id: int, to: CaseStatus, comment: str = "", *,
               degree: str = "", outcome: str = "", on: dt.date | None = None) -> Changes:
    """Move a case one step; ``degree`` for "qualifié", ``outcome`` for "clos"."""
    with db.unit_of_work() as uow:
        case = uow.session.get(Case, case_id)
        if case is None:
            raise NotFound("Ce signalement n'existe plus.")
        move(uow, case, to, comment, degree=degree, outcome=outcome, on=on)
    return Changes.CASES


def move(uow: UnitOfWork, case: Case, to: CaseStatus, comment: str = "", *,
         degree: str = "", outcome: str = "", on: dt.date | None = None,
         at: dt.datetime | None = None, reindex: bool = True) -> None:
    """The transition itself, inside a unit of work (consents and transmissions call it).

    ``reindex=False`` is for bulk work (the demo) that rebuilds the search index once."""
    if to not in TRANSITIONS[case.status]:
        raise TransitionRefused(
            f"Le dossier {case.reference} est à l'étape « {case.status.label} » : il ne peut "
            f"pas passer à « {to.label} »."
            + (f" Étapes possibles : {', '.join(s.label for s in TRANSITIONS[case.status])}."
               if TRANSITIONS[case.status] else " Rouvrez-le d'abord.")
        )
    _check_guard(uow.session, case, to, degree, outcome)
    changes: dict[str, object] = {"status": [str(case.status), str(to)]}
    if to == S.QUALIFIE:
        changes["qualification_degree"] = [case.qualification_degree, degree.strip()]
        case.qualification_degree = degree.strip()
    moment = at or utc_now()
    if to == S.CLOS:
        changes["outcome"] = [case.outcome, outcome.strip()]
        case.outcome = outcome.strip()
        case.closed_at = moment
    _record(uow, case, CaseEventKind.TRANSITION, to, comment, on, moment, reindex)
    uow.audit("transition", "case", case.id, changes)


def reopen(db: Database, case_id: int, comment: str, on: dt.date | None = None) -> Changes:
    """Reopen a closed case (back to "suivi"); the reason is mandatory and recorded."""
    if not comment.strip():
        raise ValidationError("comment", "Indiquez pourquoi le dossier est rouvert.")
    with db.unit_of_work() as uow:
        case = uow.session.get(Case, case_id)
        if case is None:
            raise NotFound("Ce signalement n'existe plus.")
        if case.status != S.CLOS:
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
    day = on or dt.date.today()
    uow.session.add(CaseEvent(case_id=case.id, at=moment, actor=uow.actor, kind=kind,
                              from_status=case.status, to_status=to,
                              comment=comment.strip() or None))
    case.status = to
    case.due_on = due_date(uow.session, to, day)
    if reindex:
        search.index_case(uow.session, case)  # the status is a tag of the search index


def due_date(session: Session, status: CaseStatus, start: dt.date) -> dt.date | None:
    if status == S.CLOS:
        return None
    return start + dt.timedelta(days=delays(session)[status])


def _check_guard(session: Session, case: Case, to: CaseStatus, degree: str,
                 outcome: str) -> None:
    if to == S.QUALIFIE and not degree.strip():
        raise ValidationError("degree", "Indiquez le degré d'agression retenu par l'URPS.")
    if to == S.CLOS and not outcome.strip():
        raise ValidationError("outcome", "Indiquez l'issue du dossier pour le clore.")
    if to == S.CONSENTEMENT_DONNE and not _latest_consent(session, case.id, given=True):
        raise TransitionRefused("Aucun consentement donné n'est enregistré pour ce dossier : "
                                "enregistrez d'abord le consentement du praticien.")
    if to == S.CONSENTEMENT_REFUSE and not _latest_consent(session, case.id, given=False):
        raise TransitionRefused("Aucun refus n'est enregistré pour ce dossier : enregistrez "
                                "d'abord la réponse du praticien.")
    if to == S.TRANSMIS_URPS_ORDRE and not _sent(session, case.id, PROTOCOL_RECIPIENTS):
        raise TransitionRefused("Aucune transmission à l'URPS ou à l'Ordre n'est enregistrée : "
                                "enregistrez d'abord la transmission (avec la fiche envoyée).")
    if to == S.TRANSMIS_AUTORITES and not _sent(session, case.id, AUTHORITIES):
        raise TransitionRefused("Aucune transmission aux autorités n'est enregistrée : "
                                "enregistrez d'abord la transmission (avec le document envoyé).")


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
    return sa.and_(Case.due_on < today, Case.status != S.CLOS)


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
