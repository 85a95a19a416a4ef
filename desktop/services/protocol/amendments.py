"""An avenant's own edits: which articles of the amended text it changes, adds or removes.

Like every article edit (``articles.py``), each returns an ``Edit`` whose ``undo`` reverts it.
"""

from __future__ import annotations

from functools import partial

from desktop.errors import NotFound, ValidationError
from desktop.models.enums import ArticleChange, VersionKind
from desktop.models.protocol import AmendedArticle, Article
from desktop.services.protocol.articles import (
    Edit,
    amended_row,
    delete_article,
    draft_version,
    measures_by_ids,
    renumber,
)
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database


def amend_article(
    db: Database, version_id: int, number: int, change: ArticleChange | None = None
) -> Edit:
    """In an avenant: change, add or remove article ``number`` of the amended text
    (``None``: change it when it exists, add it otherwise).

    A changed article starts from its current wording; an added one is empty; a removed one
    has no text (only the ``AmendedArticle`` row says it goes).
    """
    from desktop.services.protocol.consolidation import consolidated_as_of, load_versions

    with db.unit_of_work() as uow:
        version = draft_version(uow.session, version_id)
        if version.kind is not VersionKind.AMENDMENT:
            raise ValidationError("kind", "Seul un avenant modifie des articles par numéro.")
        if number < 1:
            raise ValidationError("number", "Le numéro d'article doit être positif.")
        if amended_row(version, number) is not None:
            raise ValidationError("number", f"L'avenant traite déjà l'article {number}.")
        versions = load_versions(uow.session, version.protocol_id)
        base = consolidated_as_of(versions, version.number - 1)
        existing = {a.number: a for a in base.articles}
        if change is None:
            change = ArticleChange.CHANGED if number in existing else ArticleChange.ADDED
        if change is not ArticleChange.ADDED and number not in existing:
            raise ValidationError("number", f"Le texte modifié n'a pas d'article {number}.")
        version.amended_articles.append(AmendedArticle(article_number=number, change=change))
        article = None
        if change is not ArticleChange.REMOVED:
            source = existing.get(number) if change is ArticleChange.CHANGED else None
            article = Article(
                number=number,
                order=0,
                title=source.title if source else None,
                body=source.body if source else "",
                measures=measures_by_ids(uow.session, source.measure_ids if source else ()),
            )
            version.articles.append(article)
        renumber(version)
        uow.session.flush()
        uow.audit(
            "amend", "protocol_version", version_id, {f"article {number}": [None, change.value]}
        )
        if article is None:
            return Edit(
                Changes.PROTOCOL, partial(unamend_article, version_id=version_id, number=number)
            )
        return Edit(Changes.PROTOCOL, partial(delete_article, article_id=article.id), article.id)


def unamend_article(db: Database, version_id: int, number: int) -> Edit:
    """In an avenant: forget the removal of article ``number``."""
    with db.unit_of_work() as uow:
        version = draft_version(uow.session, version_id)
        amended = amended_row(version, number)
        if amended is None or amended.change is not ArticleChange.REMOVED:
            raise NotFound(f"L'avenant ne supprime pas l'article {number}.")
        version.amended_articles.remove(amended)
        uow.audit(
            "unamend",
            "protocol_version",
            version_id,
            {f"article {number}": [amended.change.value, None]},
        )
        return Edit(
            Changes.PROTOCOL,
            partial(
                amend_article, version_id=version_id, number=number, change=ArticleChange.REMOVED
            ),
        )
