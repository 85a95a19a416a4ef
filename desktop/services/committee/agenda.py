"""The agenda of a meeting: ordered items, what each points at (cases, action items, protocol
articles, the statistics of a period), and the decisions recorded per item."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from desktop.errors import NotFound, ValidationError
from desktop.models.committee import AgendaItem, AgendaLink, Decision
from desktop.services.committee.guard import writable_meeting
from desktop.services.committee.records import DecisionRow
from desktop.services.vault.changes import Changes, Saved
from desktop.services.vault.database import Database, UnitOfWork
from desktop.storage.versioning import expect_version


def _item(uow: UnitOfWork, item_id: int) -> AgendaItem:
    item = uow.session.get(AgendaItem, item_id)
    if item is None:
        raise NotFound(f"Le point n° {item_id} de l'ordre du jour n'existe pas.")
    writable_meeting(uow.session, item.meeting_id)
    return item


def add_item(db: Database, meeting_id: int, title: str, notes: str = "") -> Saved:
    if not title.strip():
        raise ValidationError("title", "Donnez un intitulé au point de l'ordre du jour.")
    with db.unit_of_work() as uow:
        writable_meeting(uow.session, meeting_id)
        last = uow.session.scalar(
            select(func.max(AgendaItem.order)).where(AgendaItem.meeting_id == meeting_id)
        )
        item = AgendaItem(meeting_id=meeting_id, order=(last or 0) + 1, title=title.strip(),
                          notes=notes.strip() or None)
        uow.session.add(item)
        uow.session.flush()
        uow.audit("create", "agenda_item", item.id, {"title": [None, item.title]})
        return Saved(item.id, Changes.COMMITTEE)


def update_item(db: Database, item_id: int, *, title: str, notes: str) -> Changes:
    if not title.strip():
        raise ValidationError("title", "Donnez un intitulé au point de l'ordre du jour.")
    with db.unit_of_work() as uow:
        item = _item(uow, item_id)
        uow.audit("update", "agenda_item", item_id,
                  {"title": [item.title, title.strip()], "notes": [item.notes, notes.strip()]})
        item.title = title.strip()
        item.notes = notes.strip() or None
    return Changes.COMMITTEE


def move_item(db: Database, item_id: int, offset: int) -> Changes:
    """Move an item up (-1) or down (+1); orders are renumbered 1..n."""
    with db.unit_of_work() as uow:
        item = _item(uow, item_id)
        items = list(uow.session.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == item.meeting_id)
            .order_by(AgendaItem.order)
        ))
        index = items.index(item)
        target = max(0, min(len(items) - 1, index + offset))
        items.insert(target, items.pop(index))
        for order, each in enumerate(items, start=1):
            each.order = order
        uow.audit("move", "agenda_item", item_id, {"order": [index + 1, target + 1]})
    return Changes.COMMITTEE


def remove_item(db: Database, item_id: int) -> Changes:
    with db.unit_of_work() as uow:
        item = _item(uow, item_id)
        uow.session.delete(item)
        uow.audit("delete", "agenda_item", item_id, {"title": [item.title, None]})
    return Changes.COMMITTEE


def link(
    db: Database, item_id: int, *, case_id: int | None = None,
    action_item_id: int | None = None, article_id: int | None = None,
    period: tuple[dt.date, dt.date] | None = None,
) -> Saved:
    """Point an agenda item at exactly one thing."""
    given = [x for x in (case_id, action_item_id, article_id, period) if x is not None]
    if len(given) != 1:
        raise ValidationError("link", "Un lien de l'ordre du jour désigne une seule chose.")
    if period is not None and period[1] < period[0]:
        raise ValidationError("period", "La fin de la période précède son début.")
    with db.unit_of_work() as uow:
        item = _item(uow, item_id)
        _check_target(uow, action_item_id, article_id)
        row = AgendaLink(case_id=case_id, action_item_id=action_item_id, article_id=article_id,
                         period_from=period[0] if period else None,
                         period_to=period[1] if period else None)
        item.links.append(row)
        uow.session.flush()
        uow.audit("create", "agenda_link", row.id,
                  {"case": [None, case_id], "action_item": [None, action_item_id],
                   "article": [None, article_id], "period": [None, _period_text(row)]})
        return Saved(row.id, Changes.COMMITTEE)


def _check_target(uow: UnitOfWork, action_item_id: int | None, article_id: int | None) -> None:
    from desktop.models.committee import ActionItem
    from desktop.models.protocol import Article

    if action_item_id is not None and uow.session.get(ActionItem, action_item_id) is None:
        raise NotFound(f"L'action n° {action_item_id} n'existe pas (ou plus).")
    if article_id is not None and uow.session.get(Article, article_id) is None:
        raise NotFound(f"L'article n° {article_id} n'existe pas (ou plus).")


def _period_text(row: AgendaLink) -> str | None:
    if row.period_from is None or row.period_to is None:
        return None
    return f"{row.period_from.isoformat()}/{row.period_to.isoformat()}"


def unlink(db: Database, link_id: int) -> Changes:
    with db.unit_of_work() as uow:
        row = uow.session.get(AgendaLink, link_id)
        if row is None:
            raise NotFound("Ce lien de l'ordre du jour n'existe plus.")
        _item(uow, row.agenda_item_id)
        uow.session.delete(row)
        uow.audit("delete", "agenda_link", link_id,
                  {"agenda_item": [row.agenda_item_id, None], "case": [row.case_id, None],
                   "action_item": [row.action_item_id, None],
                   "article": [row.article_id, None], "period": [_period_text(row), None]})
    return Changes.COMMITTEE


def _check_decision(text: str, decided_at: dt.datetime | None) -> None:
    if not text.strip():
        raise ValidationError("text", "Le texte de la décision est vide.")
    if decided_at is not None and decided_at.tzinfo is None:
        raise ValidationError("decided_at", "L'heure de la décision est incomplète.")


def add_decision(db: Database, item_id: int, text: str,
                 decided_at: dt.datetime | None = None) -> Saved:
    """``decided_at``: when the decision was taken; its quorum counts who was there then."""
    _check_decision(text, decided_at)
    with db.unit_of_work() as uow:
        item = _item(uow, item_id)
        decision = Decision(text=text.strip(), decided_at=decided_at)
        item.decisions.append(decision)
        uow.session.flush()
        uow.audit("create", "decision", decision.id,
                  {"text": [None, decision.text],
                   "decided_at": [None, decided_at.isoformat() if decided_at else None]})
        return Saved(decision.id, Changes.COMMITTEE)


def get_decision(db: Database, decision_id: int) -> DecisionRow:
    """One decision as it is now (a form reloads it after a colleague's save)."""
    with db.reading() as session:
        decision = session.get(Decision, decision_id)
        if decision is None:
            raise NotFound("Cette décision n'existe plus.")
        return DecisionRow(decision.id, decision.text, decision.decided_at,
                           decision.row_version)


def update_decision(db: Database, decision_id: int, text: str,
                    decided_at: dt.datetime | None = None, *,
                    seen_version: int | None = None) -> Changes:
    """The text and the time of a decision (``decided_at`` None: no time)."""
    _check_decision(text, decided_at)
    with db.unit_of_work() as uow:
        decision = uow.session.get(Decision, decision_id)
        if decision is None:
            raise NotFound("Cette décision n'existe plus.")
        _item(uow, decision.agenda_item_id)
        expect_version(uow.session, decision, seen_version)
        changes: dict[str, list[str | None]] = {}
        if decision.text != text.strip():
            changes["text"] = [decision.text, text.strip()]
        if decision.decided_at != decided_at:
            changes["decided_at"] = [
                decision.decided_at.isoformat() if decision.decided_at else None,
                decided_at.isoformat() if decided_at else None]
        if not changes:
            return Changes.NONE
        uow.audit("update", "decision", decision_id, changes)
        decision.text, decision.decided_at = text.strip(), decided_at
    return Changes.COMMITTEE


def remove_decision(db: Database, decision_id: int) -> Changes:
    with db.unit_of_work() as uow:
        decision = uow.session.get(Decision, decision_id)
        if decision is None:
            raise NotFound("Cette décision n'existe plus.")
        _item(uow, decision.agenda_item_id)
        uow.session.delete(decision)
        uow.audit("delete", "decision", decision_id, {"text": [decision.text, None]})
    return Changes.COMMITTEE


def case_id_by_reference(db: Database, reference: str) -> int:
    from desktop.models.cases import Case

    with db.reading() as session:
        found = session.scalar(select(Case.id).where(Case.reference == reference.strip()))
    if found is None:
        raise NotFound(f"Aucun signalement n'a la référence « {reference.strip()} ».")
    return int(found)
