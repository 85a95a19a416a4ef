"""The judicial follow-up of a case: plainte, main courante, or none, and what came of it.

Since the law of 9 July 2025, the Ordre, the URPS or the employer may file the plainte on the
victim's behalf (``ComplaintKind.PLAINTE_BY_*``).
"""

from __future__ import annotations

import datetime as dt

from desktop.errors import NotFound, ValidationError
from desktop.models.cases import Case, CaseEvent, Complaint
from desktop.models.enums import CaseEventKind, ComplaintKind
from desktop.services.cases.records import ComplaintInput
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database

FILED = frozenset(set(ComplaintKind) - {ComplaintKind.NONE})


def _validate(data: ComplaintInput) -> None:
    if data.filed_on is not None and data.filed_on > dt.date.today():
        raise ValidationError("filed_on", "La date de dépôt est dans le futur.")
    if data.kind == ComplaintKind.NONE and (data.pv_number.strip() or data.filed_on):
        raise ValidationError("kind", "Aucune plainte n'est indiquée, mais une date de dépôt "
                                      "ou un numéro de procès-verbal est saisi.")


def record_complaint(db: Database, case_id: int, data: ComplaintInput,
                     complaint_id: int | None = None) -> Changes:
    """Add the judicial follow-up of a case, or update it (``complaint_id``)."""
    _validate(data)
    values = {
        "kind": data.kind, "filed_on": data.filed_on, "service": data.service.strip() or None,
        "pv_number": data.pv_number.strip() or None,
        "domiciled_at_ordre": data.domiciled_at_ordre,
        "cdom_partie_civile": data.cdom_partie_civile,
        "parquet_outcome": data.parquet_outcome.strip() or None,
    }
    with db.unit_of_work() as uow:
        case = uow.session.get(Case, case_id)
        if case is None:
            raise NotFound("Ce signalement n'existe plus.")
        if complaint_id is None:
            complaint = Complaint(case_id=case.id, **values)
            uow.session.add(complaint)
            before: dict[str, object] = dict.fromkeys(values)
        else:
            found = uow.session.get(Complaint, complaint_id)
            if found is None or found.case_id != case.id:
                raise NotFound("Cette plainte n'existe plus.")
            complaint = found
            before = {k: getattr(complaint, k) for k in values}
            for key, value in values.items():
                setattr(complaint, key, value)
        uow.session.flush()
        changed = {k: [_plain(before[k]), _plain(v)] for k, v in values.items()
                   if before[k] != v}
        if not changed:
            return Changes.NONE
        text = data.kind.label + (f" le {data.filed_on:%d/%m/%Y}" if data.filed_on else "")
        if data.pv_number.strip():
            text += f", PV n° {data.pv_number.strip()}"
        if data.parquet_outcome.strip():
            text += f" ; parquet : {data.parquet_outcome.strip()}"
        uow.session.add(CaseEvent(case_id=case.id, actor=uow.actor,
                                  kind=CaseEventKind.COMPLAINT, comment=text))
        uow.audit("create" if complaint_id is None else "update", "complaint", complaint.id,
                  changed)
    return Changes.CASES


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value
