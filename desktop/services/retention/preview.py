"""What the retention rules would archive and erase as of a date; nothing is written."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from desktop.models.cases import Case, CaseVictim
from desktop.models.contacts import AlertDevice, Practitioner, Preregistration
from desktop.models.enums import CaseStatus
from desktop.models.measures import AlertLoan
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
    erase, keep = _practitioners(session, erased_now, as_of, rules.register_years)
    return RetentionPlan(as_of, rules, tuple(to_archive), tuple(to_erase), erase, keep)


def _practitioners(session: Session, erased_now: set[int], as_of: dt.date,
                   register_years: int) -> tuple[tuple[PlannedPractitioner, ...],
                                                 tuple[PlannedPractitioner, ...]]:
    """Practitioners nothing justifies keeping any more: every case of theirs is (or is about
    to be) erased, and every register entry of theirs (17 pre-registration, alert device)
    ended ``register_years`` ago. Also, apart, those kept only for a register entry."""
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
    registers = _registers(session)
    candidates = (candidates | set(registers)) - kept
    if not candidates:
        return (), ()
    professions = {pid: profession for pid, profession in session.execute(
        select(Practitioner.id, Practitioner.profession)
        .where(Practitioner.id.in_(sorted(candidates)), Practitioner.erased_at.is_(None)))}
    erase: list[PlannedPractitioner] = []
    keep: list[PlannedPractitioner] = []
    for pid in sorted(professions):
        label = f"Praticien n° {pid} ({professions[pid].label})"
        entry = registers.get(pid)
        if entry is None:
            erase.append(PlannedPractitioner(
                pid, label, "tous ses signalements sont effacés, aucune inscription à un "
                            "registre"))
            continue
        running, ended_on, what = entry
        if running:
            keep.append(PlannedPractitioner(pid, label, f"{what} en cours : gardé"))
            continue
        due = years_after(ended_on, register_years)
        if due <= as_of:
            erase.append(PlannedPractitioner(
                pid, label, f"{what} terminé le {ended_on:%d/%m/%Y}, plus de "
                            f"{_years(register_years)} ; aucun signalement à garder"))
        else:
            keep.append(PlannedPractitioner(
                pid, label, f"{what} terminé le {ended_on:%d/%m/%Y} : effacement le "
                            f"{due:%d/%m/%Y}"))
    return tuple(erase), tuple(keep)


def _registers(session: Session) -> dict[int, tuple[bool, dt.date, str]]:
    """Per practitioner still named: whether a register entry is running, when the last one
    ended, and what it is ("pré-enregistrement 17", "dispositif d'alerte"). An entry ends when
    the pre-registration is withdrawn, when the device (or one of its loans) is returned."""
    named = select(Practitioner.id).where(Practitioner.erased_at.is_(None))
    rows = [
        *(("pré-enregistrement 17", pid, end) for pid, end in session.execute(
            select(Preregistration.practitioner_id, Preregistration.withdrawn_on)
            .where(Preregistration.practitioner_id.in_(named)))),
        *(("dispositif d'alerte", pid, end) for pid, end in session.execute(
            select(AlertDevice.holder_id, AlertDevice.returned_on)
            .where(AlertDevice.holder_id.in_(named)))),
        *(("dispositif d'alerte", pid, end) for pid, end in session.execute(
            select(AlertLoan.practitioner_id, AlertLoan.returned_on)
            .where(AlertLoan.practitioner_id.in_(named)))),
    ]
    running: dict[int, str] = {}
    ended: dict[int, tuple[dt.date, str]] = {}
    for what, pid, ended_on in rows:
        if pid is None:
            continue
        if ended_on is None:
            running.setdefault(pid, what)
        elif pid not in ended or ended_on > ended[pid][0]:
            ended[pid] = (ended_on, what)
    return {pid: (pid in running, ended.get(pid, (dt.date.min, ""))[0],
                  running.get(pid) or ended[pid][1])
            for pid in running.keys() | ended.keys()}
