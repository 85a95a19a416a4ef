"""The measures board: for the protocol in force, each measure it sets up with its
indicators for a year beside the year before (advice given, devices issued and alerts raised,
numbers pre-registered, complaints facilitated, information passed on, sites equipped,
committee meetings). Without a version in force, every kind of measure is shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.models.cases import Complaint, Transmission
from desktop.models.committee import Meeting
from desktop.models.contacts import Preregistration
from desktop.models.enums import ComplaintKind, MeasureKind, VersionStatus, VideoSiteStatus
from desktop.models.measures import AdviceRequest, AlertEvent, AlertLoan, VideoSite
from desktop.models.protocol import Article, Measure, Protocol, ProtocolVersion, article_measure
from desktop.services.measures.records import Indicator, MeasureLine, MeasuresBoard
from desktop.services.vault.database import Database

Counter = Callable[[Session, int], int]
FILED = (ComplaintKind.PLAINTE, ComplaintKind.PLAINTE_BY_ORDRE, ComplaintKind.PLAINTE_BY_URPS,
         ComplaintKind.PLAINTE_BY_EMPLOYER)


def _in_year(column: Any, year: int) -> sa.ColumnElement[bool]:
    return sa.and_(column >= dt.date(year, 1, 1), column <= dt.date(year, 12, 31))


def _moment_in_year(column: Any, year: int) -> sa.ColumnElement[bool]:
    return sa.and_(column >= dt.datetime(year, 1, 1, tzinfo=dt.UTC),
                   column < dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC))


def _count(session: Session, statement: sa.Select[Any]) -> int:
    return session.scalar(statement) or 0


def _counter(model: type, condition: Callable[[int], sa.ColumnElement[bool]]) -> Counter:
    return lambda session, year: _count(
        session, sa.select(sa.func.count()).select_from(model).where(condition(year)))


INDICATORS: dict[MeasureKind, tuple[tuple[str, Counter], ...]] = {
    MeasureKind.SECURITY_ADVICE: (
        ("Conseils demandés", _counter(
            AdviceRequest, lambda y: _in_year(AdviceRequest.requested_on, y))),
        ("Conseils réalisés", _counter(
            AdviceRequest, lambda y: _in_year(AdviceRequest.done_on, y))),
    ),
    MeasureKind.ALERT_DEVICE: (
        ("Dispositifs remis", _counter(AlertLoan, lambda y: _in_year(AlertLoan.issued_on, y))),
        ("Alertes déclenchées", _counter(
            AlertEvent, lambda y: _moment_in_year(AlertEvent.raised_at, y))),
        ("dont relayées par la régulation", _counter(AlertEvent, lambda y: sa.and_(
            _moment_in_year(AlertEvent.raised_at, y),
            AlertEvent.relayed_by_regulation.is_(True)))),
    ),
    MeasureKind.PREREGISTRATION: (
        ("Numéros demandés", _counter(
            Preregistration, lambda y: _in_year(Preregistration.consent_on, y))),
        ("Numéros confirmés par la force", _counter(
            Preregistration, lambda y: _in_year(Preregistration.confirmed_on, y))),
    ),
    MeasureKind.FACILITATED_COMPLAINT: (
        ("Plaintes déposées", _counter(Complaint, lambda y: sa.and_(
            _in_year(Complaint.filed_on, y), Complaint.kind.in_(FILED)))),
        ("dont domiciliées à l'Ordre", _counter(Complaint, lambda y: sa.and_(
            _in_year(Complaint.filed_on, y), Complaint.kind.in_(FILED),
            Complaint.domiciled_at_ordre.is_(True)))),
    ),
    MeasureKind.INFORMATION_CIRCUIT: (
        ("Transmissions", _counter(Transmission, lambda y: _in_year(Transmission.sent_on, y))),
    ),
    MeasureKind.VIDEOPROTECTION: (
        ("Sites équipés", _counter(VideoSite, lambda y: sa.and_(
            _in_year(VideoSite.status_on, y), VideoSite.status == VideoSiteStatus.INSTALLE))),
        ("Subventions accordées", _counter(VideoSite, lambda y: sa.and_(
            _in_year(VideoSite.status_on, y),
            VideoSite.status == VideoSiteStatus.SUBVENTION_ACCORDEE))),
    ),
    MeasureKind.FOLLOW_UP_COMMITTEE: (
        ("Séances du comité", _counter(Meeting, lambda y: _moment_in_year(Meeting.starts_at, y))),
    ),
}


def measures_board(db: Database, year: int | None = None) -> MeasuresBoard:
    """The board for ``year`` (this year by default) beside the year before."""
    with db.reading() as session:
        return board_in(session, year or dt.date.today().year)


def board_in(session: Session, year: int) -> MeasuresBoard:
    """The board in an open session (the committee's dossier prints it)."""
    title, measures = _measures_in_force(session)
    lines = []
    for kind, label, articles in measures:
        indicators = tuple(
            Indicator(text, count(session, year), count(session, year - 1))
            for text, count in INDICATORS.get(kind, ())
        )
        lines.append(MeasureLine(kind, label, articles, indicators))
    if title is not None:  # what the office follows beyond the text in force
        shown = {kind for kind, _label, _articles in measures}
        for kind, counters in INDICATORS.items():
            if kind in shown:
                continue
            indicators = tuple(Indicator(text, count(session, year),
                                         count(session, year - 1))
                               for text, count in counters)
            if any(i.current or i.previous for i in indicators):
                lines.append(MeasureLine(kind, f"{kind.label} (hors protocole en vigueur)",
                                         (), indicators))
    return MeasuresBoard(year, title, tuple(lines))


def _measures_in_force(
    session: Session,
) -> tuple[str | None, list[tuple[MeasureKind, str, tuple[int, ...]]]]:
    """The in-force versions' measures by kind (in the kinds' order), with their articles."""
    versions = session.execute(
        sa.select(ProtocolVersion.id, Protocol.title)
        .join(Protocol, ProtocolVersion.protocol_id == Protocol.id)
        .where(ProtocolVersion.status == VersionStatus.EN_VIGUEUR)
        .order_by(ProtocolVersion.in_force_from.desc(), ProtocolVersion.id.desc())
    ).all()
    if not versions:
        return None, [(kind, kind.label, ()) for kind in MeasureKind
                      if kind is not MeasureKind.OTHER]
    rows = session.execute(
        sa.select(Measure.kind, Measure.label, Article.number)
        .join(article_measure, article_measure.c.measure_id == Measure.id)
        .join(Article, article_measure.c.article_id == Article.id)
        .where(Article.version_id.in_([v.id for v in versions]))
        .order_by(Article.number)
    ).all()
    found: dict[MeasureKind, tuple[str, list[int]]] = {}
    for row in rows:
        label, numbers = found.setdefault(row.kind, (row.label, []))
        if row.number not in numbers:
            numbers.append(row.number)
    order = list(MeasureKind)
    measures = [(kind, label, tuple(numbers)) for kind, (label, numbers)
                in sorted(found.items(), key=lambda item: order.index(item[0]))]
    return versions[0].title, measures
