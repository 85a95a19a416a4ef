"""Editing a draft's articles: insert, move, delete (with automatic renumbering), edit, link
to measures.

Each function is one user action (one unit of work, audited) and returns an ``Edit``: what
changed, and ``undo``, the service call that reverts it. The undo of a change of content
names what the change left (``expected``): if a colleague saved that content since, the undo
is refused (``ConcurrentEdit``) instead of writing the old text over theirs. Content, not
``row_version``: the next edit of the same article (its measures after its text, a move that
renumbers it) moves its version too, and would refuse the user's own undo.

Calling ``edit.undo(db)`` returns another ``Edit`` whose ``undo`` redoes the action, so the
UI's ``QUndoStack`` commands just keep the last ``Edit``. A deleted article comes back with
the same id, so the other commands on the stack still find it.

In an original or an update, ``number`` follows the order (1..n). In an avenant, an article
carries the number of the article it changes or adds in the amended text; it is added with
``amendments.amend_article`` and its ``AmendedArticle`` row goes and comes back with it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import partial

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from desktop.errors import NotFound, ValidationError
from desktop.models.enums import ArticleChange, VersionKind
from desktop.models.protocol import AmendedArticle, Article, Measure, ProtocolVersion
from desktop.services.protocol.protocols import require_draft, version_row
from desktop.services.protocol.records import MeasureInfo, measure_info
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.storage.versioning import expect_same, expect_version


@dataclass(frozen=True)
class Edit:
    """A done action: ``changes`` for the pages, ``undo(db)`` to revert it."""

    changes: Changes
    undo: Callable[[Database], Edit] = field(compare=False)
    article_id: int | None = None


@dataclass(frozen=True)
class ArticleSnapshot:
    """Everything needed to put a deleted article back where it was."""

    id: int
    version_id: int
    position: int
    number: int
    title: str
    body: str
    measure_ids: tuple[int, ...]
    change: ArticleChange | None = None


def list_measures(db: Database) -> tuple[MeasureInfo, ...]:
    with db.reading() as session:
        rows = session.scalars(sa.select(Measure).order_by(Measure.kind, Measure.label))
        return tuple(measure_info(row) for row in rows)


def insert_article(
    db: Database,
    version_id: int,
    position: int,
    title: str,
    body: str = "",
    measure_ids: Sequence[int] = (),
) -> Edit:
    """A new article at ``position`` (1-based); it and the following ones are renumbered."""
    with db.unit_of_work() as uow:
        version = draft_version(uow.session, version_id)
        if version.kind is VersionKind.AMENDMENT:
            raise ValidationError(
                "position",
                "Dans un avenant, ajoutez un article avec « Modifier / ajouter l'article n° … ».",
            )
        articles = list(version.articles)
        position = max(1, min(position, len(articles) + 1))
        article = Article(
            title=_title(title),
            body=body.strip(),
            number=position,
            order=position,
            measures=measures_by_ids(uow.session, measure_ids),
        )
        articles.insert(position - 1, article)
        version.articles = articles
        renumber(version)
        uow.session.flush()
        uow.audit(
            "create",
            "article",
            article.id,
            {
                "version_id": [None, version_id],
                "number": [None, position],
                "title": [None, article.title],
            },
        )
        return Edit(Changes.PROTOCOL, partial(delete_article, article_id=article.id), article.id)


def delete_article(db: Database, article_id: int) -> Edit:
    """Delete an article; the following ones move up one number."""
    with db.unit_of_work() as uow:
        article = _article(uow.session, article_id)
        version = draft_version(uow.session, article.version_id)
        snapshot = _snapshot(version, article)
        amended = amended_row(version, article.number)
        if amended is not None and version.kind is VersionKind.AMENDMENT:
            version.amended_articles.remove(amended)
        version.articles.remove(article)
        uow.session.delete(article)
        renumber(version)
        uow.audit(
            "delete",
            "article",
            article_id,
            {
                "number": [snapshot.number, None],
                "title": [snapshot.title, None],
                "body": [snapshot.body, None],
            },
        )
        return Edit(Changes.PROTOCOL, partial(restore_article, snapshot=snapshot), None)


def restore_article(db: Database, snapshot: ArticleSnapshot) -> Edit:
    """Put a deleted article back, with its id, at its place (the undo of a delete)."""
    with db.unit_of_work() as uow:
        version = draft_version(uow.session, snapshot.version_id)
        if uow.session.get(Article, snapshot.id) is not None:
            raise ValidationError("id", f"L'article n° {snapshot.id} existe déjà.")
        article = Article(
            id=snapshot.id,
            title=snapshot.title or None,
            body=snapshot.body,
            number=snapshot.number,
            order=snapshot.position,
            measures=measures_by_ids(uow.session, snapshot.measure_ids),
        )
        articles = list(version.articles)
        articles.insert(min(snapshot.position, len(articles) + 1) - 1, article)
        version.articles = articles
        if snapshot.change is not None:
            version.amended_articles.append(
                AmendedArticle(article_number=snapshot.number, change=snapshot.change)
            )
        renumber(version)
        uow.session.flush()
        uow.audit(
            "restore",
            "article",
            article.id,
            {"number": [None, article.number], "title": [None, snapshot.title]},
        )
        return Edit(Changes.PROTOCOL, partial(delete_article, article_id=article.id), article.id)


def move_article(db: Database, article_id: int, position: int) -> Edit:
    """Move an article to ``position`` (1-based); every article is renumbered in order."""
    with db.unit_of_work() as uow:
        article = _article(uow.session, article_id)
        version = draft_version(uow.session, article.version_id)
        if version.kind is VersionKind.AMENDMENT:
            raise ValidationError(
                "position",
                "Dans un avenant, les articles portent le numéro "
                "de l'article qu'ils modifient : ils ne se "
                "déplacent pas.",
            )
        articles = list(version.articles)
        old = articles.index(article) + 1
        position = max(1, min(position, len(articles)))
        articles.remove(article)
        articles.insert(position - 1, article)
        version.articles = articles
        renumber(version)
        uow.audit("move", "article", article_id, {"number": [old, position]})
        return Edit(
            Changes.PROTOCOL, partial(move_article, article_id=article_id, position=old), article_id
        )


def update_article(db: Database, article_id: int, title: str, body: str, *,
                   seen_version: int | None = None,
                   expected: tuple[str, str] | None = None) -> Edit:
    """Change an article's title and body. ``seen_version``: the article's ``row_version`` as
    the editor showed it; a colleague's save since refuses this one (``ConcurrentEdit``).
    ``expected``: the title and body an undo expects to find (see the module)."""
    with db.unit_of_work() as uow:
        article = _article(uow.session, article_id)
        draft_version(uow.session, article.version_id)
        expect_version(uow.session, article, seen_version)
        old_title, old_body = article.title or "", article.body or ""
        expect_same(uow.session, "cet article", "article", article_id,
                    "body" if expected and expected[1] != old_body else "title",
                    expected, (old_title, old_body))
        article.title, article.body = _title(title), body.strip()
        changes = {}
        if old_title != (article.title or ""):
            changes["title"] = [old_title, article.title]
        if old_body != article.body:
            changes["body"] = [old_body, article.body]
        uow.audit("update", "article", article_id, changes)
        return Edit(
            Changes.PROTOCOL,
            partial(update_article, article_id=article_id, title=old_title, body=old_body,
                    expected=(article.title or "", article.body)),
            article_id,
        )


def set_article_measures(db: Database, article_id: int, measure_ids: Sequence[int], *,
                         seen_version: int | None = None,
                         expected: tuple[int, ...] | None = None) -> Edit:
    """The measures an article sets up (allowed on any version: it is a cross-reference).

    The links are rows of their own (``article_measure``): a change counts as a save of the
    article (its ``row_version`` moves), so that the editor's ``seen_version`` covers the
    measures as well as the text."""
    with db.unit_of_work() as uow:
        article = _article(uow.session, article_id)
        expect_version(uow.session, article, seen_version)
        old = tuple(sorted(m.id for m in article.measures))
        expect_same(uow.session, "cet article", "article", article_id, "measures",
                    None if expected is None else tuple(sorted(expected)), old)
        article.measures = measures_by_ids(uow.session, measure_ids)
        new = tuple(sorted(m.id for m in article.measures))
        if new != old:
            flag_modified(article, "title")  # an UPDATE of the row: its version moves
        uow.audit("update", "article", article_id, {"measures": [list(old), list(new)]})
        return Edit(
            Changes.PROTOCOL,
            partial(set_article_measures, article_id=article_id, measure_ids=old,
                    expected=new),
            article_id,
        )


# --- helpers ---------------------------------------------------------------------------------


def renumber(version: ProtocolVersion) -> None:
    """Originals and updates: number = order = place. Avenants: ordered by number."""
    if version.kind is VersionKind.AMENDMENT:
        ordered = sorted(version.articles, key=lambda a: a.number)
        for order, article in enumerate(ordered, start=1):
            article.order = order
        return
    for place, article in enumerate(version.articles, start=1):
        article.order = place
        article.number = place


def _snapshot(version: ProtocolVersion, article: Article) -> ArticleSnapshot:
    amended = amended_row(version, article.number)
    return ArticleSnapshot(
        id=article.id,
        version_id=version.id,
        position=list(version.articles).index(article) + 1,
        number=article.number,
        title=article.title or "",
        body=article.body or "",
        measure_ids=tuple(sorted(m.id for m in article.measures)),
        change=amended.change if amended and version.kind is VersionKind.AMENDMENT else None,
    )


def amended_row(version: ProtocolVersion, number: int) -> AmendedArticle | None:
    return next((a for a in version.amended_articles if a.article_number == number), None)


def _article(session: Session, article_id: int) -> Article:
    article = session.get(Article, article_id)
    if article is None:
        raise NotFound(f"L'article n° {article_id} n'existe pas (ou plus).")
    return article


def draft_version(session: Session, version_id: int) -> ProtocolVersion:
    version = version_row(session, version_id)
    require_draft(version)
    return version


def measures_by_ids(session: Session, ids: Sequence[int]) -> list[Measure]:
    if not ids:
        return []
    rows = list(session.scalars(sa.select(Measure).where(Measure.id.in_(set(ids)))))
    missing = set(ids) - {row.id for row in rows}
    if missing:
        raise NotFound(f"Mesure(s) introuvable(s) : {', '.join(map(str, sorted(missing)))}.")
    return sorted(rows, key=lambda m: m.id)


def _title(title: str) -> str | None:
    return title.strip() or None
