"""Action items: what a partner must do, carried from meeting to meeting until closed.

Each status change or note is an ``ActionItemEvent`` (the history). An item is followed at a
meeting when it was opened before (or at) that meeting and not closed before it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.errors import NotFound, ValidationError
from desktop.models.base import utc_now
from desktop.models.cases import Case
from desktop.models.committee import ActionItem, ActionItemEvent, Meeting
from desktop.models.enums import ActionStatus
from desktop.models.protocol import Article
from desktop.services.committee.guard import get_meeting, writable_meeting
from desktop.services.committee.records import ActionEventRow, ActionRow
from desktop.services.vault.changes import Changes, Saved
from desktop.services.vault.database import Database
from desktop.storage.versioning import expect_version

CLOSED = (ActionStatus.DONE, ActionStatus.DROPPED)


def action_row(item: ActionItem, *, with_history: bool = False) -> ActionRow:
    article = item.article
    return ActionRow(
        id=item.id, title=item.title, owner_organisation_id=item.owner_organisation_id,
        owner=(item.owner.short_name or item.owner.name) if item.owner else "",
        due_on=item.due_on, status=item.status, case_id=item.case_id,
        case_reference=item.case.reference if item.case else "",
        article_id=item.article_id,
        article_label=f"Article {article.number}" if article is not None else "",
        origin_meeting_id=item.origin_meeting_id,
        history=tuple(ActionEventRow(e.at, e.status, e.note or "", e.meeting_id)
                      for e in item.history) if with_history else (),
        row_version=item.row_version,
    )


def create_action(
    db: Database, title: str, *, owner_organisation_id: int | None, due_on: dt.date | None,
    meeting_id: int | None = None, case_id: int | None = None, article_id: int | None = None,
    at: dt.datetime | None = None,
) -> Saved:
    if not title.strip():
        raise ValidationError("title", "Décrivez l'action à mener.")
    with db.unit_of_work() as uow:
        if meeting_id is not None:
            writable_meeting(uow.session, meeting_id)
        if case_id is not None and uow.session.get(Case, case_id) is None:
            raise NotFound(f"Le signalement n° {case_id} n'existe pas.")
        if article_id is not None and uow.session.get(Article, article_id) is None:
            raise NotFound(f"L'article n° {article_id} n'existe pas.")
        item = ActionItem(title=title.strip(), owner_organisation_id=owner_organisation_id,
                          due_on=due_on, case_id=case_id, article_id=article_id,
                          origin_meeting_id=meeting_id, status=ActionStatus.OPEN)
        item.history.append(ActionItemEvent(meeting_id=meeting_id, at=at or utc_now(),
                                            status=ActionStatus.OPEN, note="Action ouverte"))
        uow.session.add(item)
        uow.session.flush()
        uow.audit("create", "action_item", item.id, {"title": [None, item.title]})
        return Saved(item.id, Changes.COMMITTEE)


def change_status(
    db: Database, action_id: int, status: ActionStatus, *, note: str = "",
    meeting_id: int | None = None, at: dt.datetime | None = None,
) -> Changes:
    """A status change (or a note when the status stays), added to the history."""
    with db.unit_of_work() as uow:
        item = uow.session.get(ActionItem, action_id)
        if item is None:
            raise NotFound(f"L'action n° {action_id} n'existe pas.")
        if meeting_id is not None:
            writable_meeting(uow.session, meeting_id)
        if status == item.status and not note.strip():
            raise ValidationError("note", "Rien à enregistrer : ni nouveau statut ni note.")
        item.history.append(ActionItemEvent(meeting_id=meeting_id, at=at or utc_now(),
                                            status=status, note=note.strip() or None))
        uow.audit("update", "action_item", action_id, {"status": [item.status, status]})
        item.status = status
    return Changes.COMMITTEE


def update_action(db: Database, action_id: int, *, title: str,
                  owner_organisation_id: int | None, due_on: dt.date | None) -> Changes:
    if not title.strip():
        raise ValidationError("title", "Décrivez l'action à mener.")
    with db.unit_of_work() as uow:
        item = uow.session.get(ActionItem, action_id)
        if item is None:
            raise NotFound(f"L'action n° {action_id} n'existe pas.")
        uow.audit("update", "action_item", action_id,
                  {"title": [item.title, title], "due_on": [str(item.due_on), str(due_on)]})
        item.title, item.owner_organisation_id, item.due_on = (
            title.strip(), owner_organisation_id, due_on)
    return Changes.COMMITTEE


def edit_action(
    db: Database, action_id: int, *, title: str, owner_organisation_id: int | None,
    due_on: dt.date | None, status: ActionStatus, note: str = "",
    meeting_id: int | None = None, seen_version: int | None = None,
    at: dt.datetime | None = None,
) -> Changes:
    """Everything the "Modifier l'action" dialog sets, in one save: the text, the pilot, the
    due date, and any status (à faire, en cours, faite, abandonnée) or a note, which go to the
    history. ``seen_version`` is the item's ``row_version`` when the dialog was filled: a
    colleague's save since then refuses this one (``ConcurrentEdit``)."""
    if not title.strip():
        raise ValidationError("title", "Décrivez l'action à mener.")
    with db.unit_of_work() as uow:
        item = uow.session.get(ActionItem, action_id)
        if item is None:
            raise NotFound(f"L'action n° {action_id} n'existe pas.")
        if meeting_id is not None:
            writable_meeting(uow.session, meeting_id)
        expect_version(uow.session, item, seen_version)
        changes: dict[str, list[str | None]] = {}
        for name, value in (("title", title.strip()),
                            ("owner_organisation_id", owner_organisation_id),
                            ("due_on", due_on), ("status", status)):
            old = getattr(item, name)
            if old != value:
                changes[name] = [None if old is None else str(old),
                                 None if value is None else str(value)]
                setattr(item, name, value)
        if "status" in changes or note.strip():
            item.history.append(ActionItemEvent(meeting_id=meeting_id, at=at or utc_now(),
                                                status=status, note=note.strip() or None))
            if note.strip():
                changes["note"] = [None, note.strip()]
        if not changes:
            return Changes.NONE
        uow.audit("update", "action_item", action_id, changes)
    return Changes.COMMITTEE


def _followed_at(session: Session, meeting: Meeting) -> list[ActionItem]:
    items = session.scalars(
        select(ActionItem).options(selectinload(ActionItem.history))
        .order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)
    ).all()
    result = []
    for item in items:
        known = [e for e in item.history
                 if e.at < meeting.starts_at or e.meeting_id == meeting.id]
        if not known and item.origin_meeting_id != meeting.id:
            continue  # opened after this meeting
        last = known[-1] if known else None
        if last is not None and last.status in CLOSED and last.meeting_id != meeting.id:
            continue  # closed before this meeting
        result.append(item)
    return result


def actions_for_meeting(db: Database, meeting_id: int) -> tuple[ActionRow, ...]:
    with db.reading() as session:
        meeting = get_meeting(session, meeting_id)
        return tuple(action_row(i, with_history=True) for i in _followed_at(session, meeting))


def followed_at(session: Session, meeting: Meeting) -> list[ActionItem]:
    """For other services within their own session (detail, documents, packs)."""
    return _followed_at(session, meeting)


def open_actions(db: Database) -> tuple[ActionRow, ...]:
    with db.reading() as session:
        items = session.scalars(
            select(ActionItem).where(ActionItem.status.not_in(CLOSED))
            .order_by(ActionItem.due_on.is_(None), ActionItem.due_on, ActionItem.id)
        ).all()
        return tuple(action_row(i) for i in items)


def action_history(db: Database, action_id: int) -> ActionRow:
    with db.reading() as session:
        item = session.get(ActionItem, action_id)
        if item is None:
            raise NotFound(f"L'action n° {action_id} n'existe pas.")
        return action_row(item, with_history=True)
