"""Reads protocol versions whole (parties, preamble, articles and their measures, amended
articles) in six flat SELECTs, built once, and builds the frozen records from their tuples.

Loading the ORM graph with ``selectinload`` took twelve statements and built every row as an
object before the records were made from them (5.5 ms of a 50 ms convention); the records
need only columns. Orders are made total with the id, so two rows of the same ``order`` come
back the same way on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.models.contacts import Organisation, Person, Position
from desktop.models.protocol import (
    AmendedArticle,
    Article,
    Measure,
    Party,
    PreambleClause,
    Protocol,
    ProtocolVersion,
    article_measure,
)
from desktop.services.protocol.records import (
    AmendedInfo,
    ArticleInfo,
    MeasureInfo,
    PartyInfo,
    VersionDetail,
    VersionSummary,
)


def read_versions(session: Session, protocol_id: int, number: int | None = None, *,
                  latest_only: bool = False) -> list[VersionDetail]:
    """The versions of a protocol in number order: all of them, version ``number``, or
    (``latest_only``) the one with the highest number."""
    session.flush()  # Core statements below: a unit of work's pending edits are read too
    connection = session.connection()
    statements = _statements()
    if number is not None:
        rows = connection.execute(statements.numbered,
                                  {"protocol_id": protocol_id, "number": number}).all()
    else:
        rows = connection.execute(statements.latest if latest_only else statements.every,
                                  {"protocol_id": protocol_id}).all()
    if not rows:
        return []
    ids = {"ids": [row[0] for row in rows]}
    amended = _amended(connection.execute(statements.amended, ids))
    parties = _parties(connection.execute(statements.parties, ids))
    preambles = _preambles(connection.execute(statements.preambles, ids))
    articles = _articles(connection.execute(statements.measures, ids),
                         connection.execute(statements.articles, ids))
    details = [
        VersionDetail(
            version=_summary(row, amended.get(row[0], ())),
            protocol_title=row[12],
            parties=tuple(parties.get(row[0], ())),
            preamble=tuple(preambles.get(row[0], ())),
            articles=tuple(articles.get(row[0], ())),
        )
        for row in rows
    ]
    return sorted(details, key=lambda detail: detail.version.number)


@cache
def _statements() -> SimpleNamespace:
    """Every statement, built once with bound parameters: building a select costs more than
    running it here (half of the 2 ms a version took), and SQLAlchemy then reuses its
    compiled form."""
    version = ProtocolVersion
    ids: sa.BindParameter[list[int]] = sa.bindparam("ids", expanding=True)
    versions = (sa.select(version.id, version.protocol_id, version.number, version.kind,
                          version.status, version.title, version.signed_place,
                          version.signed_on, version.in_force_from, version.superseded_on,
                          version.copies, version.based_on_version_id, Protocol.title,
                          version.row_version)
                .join(Protocol, Protocol.id == version.protocol_id)
                .where(version.protocol_id == sa.bindparam("protocol_id")))
    return SimpleNamespace(
        every=versions.order_by(version.number),
        numbered=versions.where(version.number == sa.bindparam("number")),
        latest=versions.order_by(version.number.desc()).limit(1),
        amended=(sa.select(AmendedArticle.version_id, AmendedArticle.article_number,
                           AmendedArticle.change)
                 .where(AmendedArticle.version_id.in_(ids))
                 .order_by(AmendedArticle.version_id, AmendedArticle.article_number)),
        parties=(sa.select(Party.version_id, Party.id, Party.order, Party.position_id,
                           Organisation.name, Position.title, Position.title_feminine,
                           Party.represented_by, Party.signer_id, Person.first_name,
                           Person.last_name, Person.civility, Party.short_name,
                           Party.row_version)
                 .join(Position, Position.id == Party.position_id)
                 .join(Organisation, Organisation.id == Position.organisation_id)
                 .outerjoin(Person, Person.id == Party.signer_id)
                 .where(Party.version_id.in_(ids))
                 .order_by(Party.version_id, Party.order, Party.id)),
        preambles=(sa.select(PreambleClause.version_id, PreambleClause.text)
                   .where(PreambleClause.version_id.in_(ids))
                   .order_by(PreambleClause.version_id, PreambleClause.order,
                             PreambleClause.id)),
        measures=(sa.select(article_measure.c.article_id, Measure.id, Measure.kind,
                            Measure.label)
                  .join(Measure, Measure.id == article_measure.c.measure_id)
                  .join(Article, Article.id == article_measure.c.article_id)
                  .where(Article.version_id.in_(ids))
                  .order_by(article_measure.c.article_id, Measure.id)),
        articles=(sa.select(Article.version_id, Article.id, Article.number, Article.order,
                            Article.title, Article.body, Article.row_version)
                  .where(Article.version_id.in_(ids))
                  .order_by(Article.version_id, Article.order, Article.id)),
    )


def _summary(row: Sequence[Any], amended: tuple[AmendedInfo, ...]) -> VersionSummary:
    (version_id, protocol_id, number, kind, status, title, signed_place, signed_on,
     in_force_from, superseded_on, copies, based_on_version_id, _protocol_title,
     row_version) = row
    return VersionSummary(
        id=version_id, protocol_id=protocol_id, number=number, kind=kind, status=status,
        title=title, signed_place=signed_place, signed_on=signed_on,
        in_force_from=in_force_from, superseded_on=superseded_on, copies=copies,
        based_on_version_id=based_on_version_id, amended=amended, row_version=row_version,
    )


def _amended(rows: Iterable[Any]) -> dict[int, tuple[AmendedInfo, ...]]:
    found: defaultdict[int, list[AmendedInfo]] = defaultdict(list)
    for version_id, number, change in rows:
        found[version_id].append(AmendedInfo(number, change))
    return {version_id: tuple(items) for version_id, items in found.items()}


def _parties(rows: Iterable[Any]) -> dict[int, list[PartyInfo]]:
    found: defaultdict[int, list[PartyInfo]] = defaultdict(list)
    for (version_id, party_id, order, position_id, organisation, function, feminine,
         represented_by, signer_id, first_name, last_name, civility,
         short_name, row_version) in rows:
        signed = signer_id is not None and last_name is not None
        found[version_id].append(PartyInfo(
            id=party_id, order=order, position_id=position_id, organisation=organisation,
            function=function, function_feminine=feminine, represented_by=represented_by,
            signer_id=signer_id,
            signer_name=f"{first_name} {last_name}" if signed else None,
            signer_civility=civility if signed else None,
            short_name=short_name, row_version=row_version,
        ))
    return found


def _preambles(rows: Iterable[Any]) -> dict[int, list[str]]:
    found: defaultdict[int, list[str]] = defaultdict(list)
    for version_id, text in rows:
        found[version_id].append(text)
    return found


def _articles(measure_rows: Iterable[Any],
              article_rows: Iterable[Any]) -> dict[int, list[ArticleInfo]]:
    measures: defaultdict[int, list[MeasureInfo]] = defaultdict(list)
    for article_id, measure_id, kind, label in measure_rows:
        measures[article_id].append(MeasureInfo(measure_id, kind, label))
    found: defaultdict[int, list[ArticleInfo]] = defaultdict(list)
    for version_id, article_id, number, order, title, body, row_version in article_rows:
        found[version_id].append(ArticleInfo(article_id, number, order, title or "", body or "",
                                             tuple(measures.get(article_id, ())), row_version))
    return found
