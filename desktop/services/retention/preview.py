"""What the retention rules would archive and erase as of a date; nothing is written."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from desktop.models.cases import Case, CaseVictim
from desktop.models.contacts import AlertDevice, Practitioner, Preregistration
from desktop.models.enums import CaseStatus
from desktop.services.retention.records import (
    PlannedCase,
    PlannedPractitioner,
    RetentionPlan,
)
from desktop.services.retention.rules import rules_in, years_after
from desktop.services.vault.database import Database


def preview(db: Database, as_of: dt.date | None = None) -> RetentionPlan:
    """The plan as of ``as_of`` (today by default)."""
    with db.reading() as session:
        return plan_in(session, as_of or dt.date.today())


def _years(n: int) -> str:
    return f"{n} an" if n == 1 else f"{n} ans"


def plan_in(session: Session, as_of: dt.date) -> RetentionPlan:
    rules = rules_in(session)
    to_archive: list[PlannedCase] = []
    to_erase: list[PlannedCase] = []
    rows = session.execute(
        select(Case.id, Case.reference, Case.closed_at, Case.archived_at)
        .where(Case.status == CaseStatus.CLOS, Case.closed_at.is_not(None),
               Case.erased_at.is_(None))
        .order_by(Case.closed_at, Case.id)
    ).all()
    erased_now: set[int] = set()
    for case_id, reference, closed_at, archived_at in rows:
        closed_on = closed_at.date() if closed_at else as_of
        erase_on = years_after(closed_on, rules.erase_years)
        archive_on = years_after(closed_on, rules.active_years)
        when = f"clos le {closed_on:%d/%m/%Y}"
        if erase_on <= as_of:
            erased_now.add(case_id)
            to_erase.append(PlannedCase(
                case_id, reference, closed_on, erase_on,
                f"{when}, plus de {_years(rules.erase_years)} : fin de l'archive intermédiaire"))
        elif archive_on <= as_of and archived_at is None:
            to_archive.append(PlannedCase(
                case_id, reference, closed_on, archive_on,
                f"{when}, plus de {_years(rules.active_years)} : sortie du dossier actif"))
    return RetentionPlan(as_of, rules, tuple(to_archive), tuple(to_erase),
                         _practitioners(session, erased_now))


def _practitioners(session: Session, erased_now: set[int]) -> tuple[PlannedPractitioner, ...]:
    """Practitioners every case of whom is (or is about to be) erased, with no entry in a
    register (17 pre-registration, alert device): nothing justifies keeping who they are."""
    victims = session.execute(
        select(CaseVictim.practitioner_id, Case.id, Case.erased_at)
        .join(Case, Case.id == CaseVictim.case_id)
        .join(Practitioner, Practitioner.id == CaseVictim.practitioner_id)
        .where(Practitioner.erased_at.is_(None))
    ).all()
    kept: set[int] = set()
    candidates: set[int] = set()
    for practitioner_id, case_id, erased_at in victims:
        if erased_at is None and case_id not in erased_now:
            kept.add(practitioner_id)
        else:
            candidates.add(practitioner_id)
    candidates -= kept
    if not candidates:
        return ()
    registered = exists().where(Preregistration.practitioner_id == Practitioner.id)
    holding = exists().where(AlertDevice.holder_id == Practitioner.id)
    found = session.execute(
        select(Practitioner.id, Practitioner.profession)
        .where(Practitioner.id.in_(sorted(candidates)), ~registered, ~holding)
        .order_by(Practitioner.id)
    ).all()
    return tuple(
        PlannedPractitioner(pid, f"Praticien n° {pid} ({profession.label})",
                            "tous ses signalements sont effacés, aucune inscription à un registre")
        for pid, profession in found)
