"""Follow-up reminders on a case ("rappeler le praticien à J+7"): a label and a due date,
done on a date; the open ones listed by due date, the overdue ones flagged."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import joinedload

from desktop.errors import NotFound, TransitionRefused, ValidationError
from desktop.models.cases import Case, Task
from desktop.services.vault.changes import Changes, Saved
from desktop.services.vault.database import Database

MAX_AHEAD_DAYS = 3 * 365


@dataclass(frozen=True)
class TaskRow:
    id: int
    case_id: int
    case_reference: str
    label: str
    due_on: dt.date
    done_on: dt.date | None
    overdue: bool


def add_task(db: Database, case_reference: str, label: str, due_on: dt.date,
             *, today: dt.date | None = None) -> Saved:
    """A reminder on the case with that reference ("2026-0042")."""
    day = today or dt.date.today()
    label = " ".join(label.split())
    if not label:
        raise ValidationError("label", "Rappel : dites ce qu'il faut faire.")
    if len(label) > 200:
        raise ValidationError("label", "Rappel : 200 caractères au plus.")
    if due_on > day + dt.timedelta(days=MAX_AHEAD_DAYS):
        raise ValidationError("due_on", "Échéance : au plus trois ans à l'avance.")
    reference = case_reference.strip()
    with db.unit_of_work() as uow:
        case_id = uow.session.scalar(sa.select(Case.id).where(Case.reference == reference))
        if case_id is None:
            raise ValidationError("case", f"Aucun signalement ne porte la référence "
                                          f"« {reference} ».")
        task = Task(case_id=case_id, label=label, due_on=due_on)
        uow.session.add(task)
        uow.session.flush()
        uow.audit("create", "task", task.id, {"case_id": [None, case_id], "label": [None, label],
                                              "due_on": [None, due_on.isoformat()]})
        return Saved(task.id, Changes.CASES)


def complete_task(db: Database, task_id: int, on: dt.date,
                  *, today: dt.date | None = None) -> Changes:
    if on > (today or dt.date.today()):
        raise ValidationError("done_on", f"Fait le : le {on:%d/%m/%Y} est dans le futur.")
    with db.unit_of_work() as uow:
        task = uow.session.get(Task, task_id)
        if task is None:
            raise NotFound(f"Le rappel n° {task_id} n'existe pas (ou plus).")
        if task.done_on is not None:
            raise TransitionRefused(f"Ce rappel est déjà fait (le {task.done_on:%d/%m/%Y}).")
        task.done_on = on
        uow.audit("update", "task", task.id, {"done_on": [None, on.isoformat()]})
    return Changes.CASES


def list_tasks(db: Database, *, include_done: bool = False,
               today: dt.date | None = None) -> list[TaskRow]:
    """Open reminders by due date (then the done ones, newest first, when asked)."""
    day = today or dt.date.today()
    statement = sa.select(Task).options(joinedload(Task.case))
    if not include_done:
        statement = statement.where(Task.done_on.is_(None))
    statement = statement.order_by(Task.done_on.is_not(None), Task.due_on, Task.id)
    with db.reading() as session:
        return [TaskRow(t.id, t.case_id, t.case.reference, t.label, t.due_on, t.done_on,
                        t.done_on is None and t.due_on < day)
                for t in session.scalars(statement)]
