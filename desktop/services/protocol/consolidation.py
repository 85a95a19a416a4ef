"""The consolidated text of a protocol: its original (or latest update) with the avenants
applied in order.

Rules (also in docs/protocol-json.md): an update is a whole new text and replaces what came
before; an avenant holds only the articles it adds or changes, and its ``amended_articles`` say
what it does, by article number *of the text it amends*:

- ``changed`` N: article N takes the avenant's title and body;
- ``removed`` N: article N leaves the text (the others keep their numbers);
- ``added`` N: the avenant's article N enters the text; when N is already taken it is inserted
  before it and the following articles are renumbered.

A version is "in force at a date" when it was put in force on or before that date and not
superseded on or before it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

import sqlalchemy as sa

from desktop.errors import NotFound
from desktop.models.enums import ArticleChange, VersionKind, VersionStatus
from desktop.models.protocol import Protocol
from desktop.services.protocol.records import (
    VersionDetail,
    VersionSummary,
    short_date,
)
from desktop.services.protocol.version_reader import read_versions
from desktop.services.vault.database import Database


@dataclass(frozen=True)
class TextArticle:
    """An article of a consolidated text, and the version its wording comes from."""

    number: int
    title: str
    body: str
    version_number: int
    measure_ids: tuple[int, ...] = ()

    @property
    def heading(self) -> str:
        return f"Article {self.number} – {self.title}" if self.title else f"Article {self.number}"


@dataclass(frozen=True)
class ConsolidatedText:
    on: dt.date | None
    """The date asked for (``None`` for "as of a version")."""
    base: VersionSummary
    applied: tuple[VersionSummary, ...]
    """The avenants applied to the base, in order."""
    articles: tuple[TextArticle, ...]


def apply_versions(texts: Sequence[VersionDetail]) -> tuple[TextArticle, ...]:
    """The articles of ``texts[0]`` (an original or update) with the avenants after it applied."""
    if not texts:
        return ()
    base, *avenants = texts
    articles = [
        TextArticle(a.number, a.title, a.body, base.version.number, tuple(m.id for m in a.measures))
        for a in base.articles
    ]
    for avenant in avenants:
        articles = _apply(articles, avenant)
    return tuple(articles)


def _apply(articles: list[TextArticle], avenant: VersionDetail) -> list[TextArticle]:
    own = {
        a.number: TextArticle(
            a.number, a.title, a.body, avenant.version.number, tuple(m.id for m in a.measures)
        )
        for a in avenant.articles
    }
    result = list(articles)
    for amended in avenant.version.amended:
        number = amended.article_number
        index = next((i for i, a in enumerate(result) if a.number == number), None)
        if amended.change is ArticleChange.REMOVED:
            if index is not None:
                del result[index]
            continue
        new = own.get(number)
        if new is None:
            continue
        if amended.change is ArticleChange.CHANGED and index is not None:
            result[index] = new
            continue
        if index is not None:  # added where the number is taken: shift the following ones
            result = [_renumbered(a, a.number + 1) if a.number >= number else a for a in result]
        result.append(new)
        result.sort(key=lambda a: a.number)
    return result


def _renumbered(article: TextArticle, number: int) -> TextArticle:
    return TextArticle(
        number, article.title, article.body, article.version_number, article.measure_ids
    )


def chain_up_to(versions: Sequence[VersionDetail], number: int) -> list[VersionDetail]:
    """The base text and avenants that make up the text "as of" version ``number``."""
    upto = [v for v in versions if v.version.number <= number]
    bases = [i for i, v in enumerate(upto) if v.version.kind is not VersionKind.AMENDMENT]
    if not bases:
        return []
    return upto[bases[-1] :]


def chain_at(versions: Sequence[VersionDetail], on: dt.date) -> list[VersionDetail]:
    """The base text and avenants in force on ``on`` (empty when none was)."""
    live = [v for v in versions if _in_force(v.version, on)]
    bases = [i for i, v in enumerate(live) if v.version.kind is not VersionKind.AMENDMENT]
    if not bases:
        return []
    return live[bases[-1] :]


def _in_force(version: VersionSummary, on: dt.date) -> bool:
    if version.status not in (VersionStatus.EN_VIGUEUR, VersionStatus.REMPLACE):
        return False
    if version.in_force_from is None or version.in_force_from > on:
        return False
    return version.superseded_on is None or version.superseded_on > on


# --- services -------------------------------------------------------------------------------


def load_versions(
    session: sa.orm.Session, protocol_id: int, number: int | None = None
) -> list[VersionDetail]:
    """Every version of a protocol (or only version ``number``), in number order, loaded."""
    versions = read_versions(session, protocol_id, number)
    if not versions and session.get(Protocol, protocol_id) is None:
        raise NotFound(f"Le protocole n° {protocol_id} n'existe pas (ou plus).")
    return versions


def consolidated_at(db: Database, protocol_id: int, on: dt.date) -> ConsolidatedText:
    """ "Texte consolidé au …": the text in force on ``on``."""
    with db.reading() as session:
        versions = load_versions(session, protocol_id)
    chain = chain_at(versions, on)
    if not chain:
        raise NotFound(f"Aucune version du protocole n'était en vigueur le {short_date(on)}.")
    return ConsolidatedText(
        on, chain[0].version, tuple(v.version for v in chain[1:]), apply_versions(chain)
    )


def consolidated_as_of(versions: Sequence[VersionDetail], number: int) -> ConsolidatedText:
    """The whole text as it reads once version ``number`` applies (drafts included)."""
    chain = chain_up_to(versions, number)
    if not chain:
        raise NotFound(f"La version {number} n'a pas de texte de base (version initiale).")
    return ConsolidatedText(
        None, chain[0].version, tuple(v.version for v in chain[1:]), apply_versions(chain)
    )
