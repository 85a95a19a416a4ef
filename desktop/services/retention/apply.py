"""Carrying out the retention plan: a verified backup first, then one unit of work that
archives and erases, one audit entry per case (naming the case, never its content)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from desktop.config import Preferences
from desktop.errors import ValidationError
from desktop.models.base import utc_now
from desktop.models.cases import Attachment, Case, CaseVictim
from desktop.models.contacts import Practitioner
from desktop.services.retention.erase import erase_case, erase_practitioner, load_case
from desktop.services.retention.preview import plan_in
from desktop.services.retention.records import RetentionApplied, RetentionPlan
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.storage.vault import Vault

BACKUP_REASON = "retention"
"""Listed as "avant conservation" among the backups."""


def apply(
    db: Database, preferences: Preferences, as_of: dt.date | None = None, *,
    archives_to: Path | None = None,
) -> RetentionApplied:
    """Archive and erase what the rules say as of ``as_of`` (today by default).

    When the office transfers to the Archives départementales, ``archives_to`` receives the
    erased cases in full (JSON, UTF-8) before anything is erased."""
    as_of = as_of or dt.date.today()
    with db.reading() as session:
        plan = plan_in(session, as_of)
    if plan.empty:
        return RetentionApplied(plan, None, None, Changes.NONE)
    if plan.to_erase and plan.rules.archives_export and archives_to is None:
        raise ValidationError(
            "archives", "Le service verse les dossiers aux Archives départementales avant "
            "effacement : choisissez le fichier du versement.")
    backup = None
    if isinstance(db.vault, Vault):
        from desktop.services.vault import lifecycle

        backup = lifecycle.backup(db, preferences, reason=BACKUP_REASON).path
    with db.unit_of_work() as uow:
        session = uow.session
        if session.get_bind().dialect.name == "sqlite":
            session.execute(text("PRAGMA secure_delete = ON"))
        plan = plan_in(session, as_of)  # again, under the write lock
        if archives_to is not None and plan.to_erase:
            _write_archives(session, plan, archives_to)
        now = utc_now()
        for planned in plan.to_archive:
            case = session.get_one(Case, planned.case_id)
            case.archived_at = now
            uow.audit("archive", "case", case.id, {"reference": [None, case.reference]})
        for planned in plan.to_erase:
            erase_case(session, load_case(session, planned.case_id), now)
            uow.audit("erase", "case", planned.case_id,
                      {"reference": [None, planned.reference]})
        for person in plan.practitioners:
            erase_practitioner(session.get_one(Practitioner, person.practitioner_id), now)
            uow.audit("erase", "practitioner", person.practitioner_id)
        session.flush()
        _reindex(session)
    changes = Changes.CASES | Changes.AUDIT
    if plan.practitioners:
        changes |= Changes.CONTACTS
    return RetentionApplied(plan, backup, archives_to if plan.to_erase else None, changes)


def _reindex(session: Session) -> None:
    """The search index held the erased words: rebuilt from what remains, then compacted."""
    from desktop.services.cases import search

    if search.ensure(session):
        search.rebuild(session)
        session.execute(text(f"INSERT INTO {search.TABLE}({search.TABLE}) VALUES ('optimize')"))


def _write_archives(session: Session, plan: RetentionPlan, target: Path) -> None:
    from desktop.files import write_private

    cases = []
    for planned in plan.to_erase:
        case = load_case(session, planned.case_id)
        names = session.execute(
            select(Practitioner.first_name, Practitioner.last_name, Practitioner.profession)
            .join(CaseVictim, CaseVictim.practitioner_id == Practitioner.id)
            .where(CaseVictim.case_id == case.id)).all()
        files = session.execute(
            select(Attachment.filename, Attachment.sha256).where(Attachment.case_id == case.id)
        ).all()
        cases.append({
            "reference": case.reference,
            "survenu_le": case.occurred_at.isoformat(),
            "clos_le": case.closed_at.isoformat() if case.closed_at else None,
            "victimes": [{"prenom": f, "nom": n, "profession": p.label} for f, n, p in names],
            "recit": case.narrative,
            "propos_exacts": case.exact_words,
            "suites": case.outcome,
            "chronologie": [{"le": e.at.isoformat(), "type": e.kind.label,
                             "commentaire": e.comment} for e in case.events],
            "pieces": [{"fichier": name, "sha256": digest} for name, digest in files],
        })
    data = {"versement": "Archives départementales", "au": plan.as_of.isoformat(),
            "dossiers": cases}
    write_private(target, json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8"))
