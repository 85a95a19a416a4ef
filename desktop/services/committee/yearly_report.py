"""The yearly report (``egide print rapport``, the dashboard's "Rapport annuel…"): the
national axes of the year beside the year before, the measures board, the security advice,
the alerts and the vidéoprotection, every count through ``suppression`` (it leaves the
application). The sections' figures are a few GROUP BY queries each, never a loop over rows.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.documents.yearly_report import ReportRow, ReportTable, YearlyReportData
from desktop.errors import ValidationError, stop_if
from desktop.models.contacts import AlertDevice
from desktop.models.enums import AdviceKind, AlertDeviceKind, VideoSiteStatus
from desktop.models.measures import AdviceRequest, AlertEvent, AlertLoan, VideoSite
from desktop.models.settings import OfficeSettings
from desktop.services.committee.axes import Axis, NationalAxes, axes_in
from desktop.services.committee.printing import audit_head_text, issuer, measure_figures
from desktop.services.committee.suppression import WITHHELD, protect, shown_count, shown_share
from desktop.services.vault.changes import no_changes
from desktop.services.vault.database import Database

FIRST_YEAR = 2000


def check_year(year: int, today: dt.date | None = None) -> None:
    last = (today or dt.date.today()).year
    if not FIRST_YEAR <= year <= last:
        raise ValidationError("year", f"L'année doit être comprise entre {FIRST_YEAR} et "
                                      f"{last}.")


@no_changes
def yearly_report_pdf(db: Database, year: int,
                      cancelled: Callable[[], bool] | None = None) -> bytes:
    """The report's PDF; ``cancelled`` is asked between reading and laying out. Printing it
    is an access the audit log records (CNIL)."""
    from desktop.documents.yearly_report import render_yearly_report

    check_year(year)
    stop_if(cancelled)
    with db.reading() as session:
        data = report_data_in(session, year)
        data = replace(data, audit_head=audit_head_text(session))
    stop_if(cancelled)
    pdf = render_yearly_report(data)
    with db.unit_of_work() as uow:
        uow.audit("print", "report", year, {"document": [None, "rapport annuel"],
                                          "year": [None, year]})
    return pdf


def report_data_in(session: Session, year: int) -> YearlyReportData:
    axes = axes_in(session, year)
    t = axes.threshold
    office = session.get(OfficeSettings, 1)
    from desktop.io.departments import of_name
    from desktop.services.measures.board import board_in

    board = board_in(session, year)
    tables = tuple(axis_table(axis, t) for axis in axes.axes)
    return YearlyReportData(
        issuer=issuer(session),
        department=of_name(office.department_name) if office else "",
        year=year, threshold=t, summary=summary_rows(axes, tables),
        axes=tables, measures=measure_figures(session, year, t),
        protocol_title=board.protocol_title,
        sections=(advice_table(session, year, t), alerts_table(session, year, t),
                  video_table(session, year, t)),
    )


def masked(values: list[int], threshold: int, several: bool) -> list[str]:
    """A table whose rows add up to a published total gets the complementary suppression;
    rows that overlap (several answers) each their own "< N"."""
    if several:
        return [shown_count(v, threshold) for v in values]
    return list(protect(values, threshold))


def rows_of(labels: list[str], current: list[int], previous: list[int], threshold: int,
            several: bool = False) -> tuple[ReportRow, ...]:
    now, before = masked(current, threshold, several), masked(previous, threshold, several)
    return tuple(ReportRow(label, a, b, c if a == str(c) else None, p if b == str(p) else None)
                 for label, a, b, c, p in zip(labels, now, before, current, previous,
                                              strict=True))


def axis_table(axis: Axis, threshold: int) -> ReportTable:
    rows = rows_of([r.label for r in axis.rows], [r.current for r in axis.rows],
                   [r.previous for r in axis.rows], threshold, axis.several)
    title = axis.title + (" (plusieurs réponses)" if axis.several else "")
    return ReportTable(title, rows)


def summary_rows(axes: NationalAxes, tables: tuple[ReportTable, ...]) -> tuple[ReportRow, ...]:
    """Read back from the masked tables, so that no figure is shown here that a table
    withholds."""
    t = axes.threshold
    follow = axes.get("follow_up")
    by_key = {axis.key: table for axis, table in zip(axes.axes, tables, strict=True)}
    plainte = follow.rows[0]
    rows = [ReportRow("Signalements (faits de l'année)", shown_count(axes.total, t),
                      shown_count(axes.previous_total, t)),
            ReportRow("Part suivie d'une plainte", shown_share(plainte.current, axes.total, t),
                      shown_share(plainte.previous, axes.total and axes.previous_total, t))]
    for key, index, label in (("follow_up", 0, "Suivis d'une plainte"),
                              ("follow_up", 1, "Suivis d'une main courante"),
                              ("weapon", 0, "Avec usage ou menace d'une arme")):
        row = by_key[key].rows[index]
        rows.append(ReportRow(label, row.current, row.previous))
    return tuple(rows)


def _in_year(column: Any, year: int) -> Any:
    return sa.and_(column >= dt.date(year, 1, 1), column <= dt.date(year, 12, 31))


def _moment_in_year(column: Any, year: int) -> Any:
    return sa.and_(column >= dt.datetime(year, 1, 1, tzinfo=dt.UTC),
                   column < dt.datetime(year + 1, 1, 1, tzinfo=dt.UTC))


def _sum(condition: Any) -> Any:
    return sa.func.sum(sa.case((condition, 1), else_=0))


def advice_table(session: Session, year: int, threshold: int) -> ReportTable:
    """Per kind: requests made and advice given in each year (one GROUP BY)."""
    found = {kind: counts for kind, *counts in session.execute(
        sa.select(AdviceRequest.kind,
                  _sum(_in_year(AdviceRequest.requested_on, year)),
                  _sum(_in_year(AdviceRequest.requested_on, year - 1)),
                  _sum(_in_year(AdviceRequest.done_on, year)),
                  _sum(_in_year(AdviceRequest.done_on, year - 1)))
        .group_by(AdviceRequest.kind))}
    labels, current, previous = [], [], []
    for kind in AdviceKind:
        counts = [int(n or 0) for n in found.get(kind, found.get(str(kind), (0, 0, 0, 0)))]
        labels += [f"{kind.label} : demandes", f"{kind.label} : réalisations"]
        current += [counts[0], counts[2]]
        previous += [counts[1], counts[3]]
    return ReportTable("Conseils de sûreté (article 4)",
                       rows_of(labels, current, previous, threshold, several=True),
                       note="Demandes reçues dans l'année ; conseils donnés (consultation "
                            "tenue, diagnostic ou audit remis) dans l'année.", chart=False)


def alerts_table(session: Session, year: int, threshold: int) -> ReportTable:
    events = session.execute(sa.select(
        _sum(_moment_in_year(AlertEvent.raised_at, year)),
        _sum(_moment_in_year(AlertEvent.raised_at, year - 1)),
        _sum(sa.and_(_moment_in_year(AlertEvent.raised_at, year),
                     AlertEvent.relayed_by_regulation.is_(True))),
        _sum(sa.and_(_moment_in_year(AlertEvent.raised_at, year - 1),
                     AlertEvent.relayed_by_regulation.is_(True))),
        _sum(sa.and_(_moment_in_year(AlertEvent.raised_at, year),
                     AlertEvent.case_id.is_not(None))),
        _sum(sa.and_(_moment_in_year(AlertEvent.raised_at, year - 1),
                     AlertEvent.case_id.is_not(None))),
    )).one()
    counts = [int(n or 0) for n in events]
    delays = {}
    for y in (year, year - 1):
        n, mean = session.execute(sa.select(sa.func.count(AlertEvent.response_minutes),
                                            sa.func.avg(AlertEvent.response_minutes))
                                  .where(_moment_in_year(AlertEvent.raised_at, y))).one()
        delays[y] = (f"{float(mean):.0f}".replace(".", ",") if n and n >= threshold and
                     mean is not None else WITHHELD if n else "–")
    loans = {kind: (int(a or 0), int(b or 0)) for kind, a, b in session.execute(
        sa.select(AlertDevice.kind, _sum(_in_year(AlertLoan.issued_on, year)),
                  _sum(_in_year(AlertLoan.issued_on, year - 1)))
        .join(AlertDevice, AlertDevice.id == AlertLoan.device_id).group_by(AlertDevice.kind))}
    labels = ["Alertes déclenchées", "dont relayées par la régulation",
              "dont liées à un signalement"]
    current, previous = counts[0::2], counts[1::2]
    for kind in AlertDeviceKind:
        a, b = loans.get(kind, loans.get(str(kind), (0, 0)))
        labels.append(f"Dispositifs remis : {kind.label.lower()}")
        current.append(a)
        previous.append(b)
    rows = rows_of(labels, current, previous, threshold, several=True)
    rows += (ReportRow("Délai moyen de réponse des forces (minutes)", delays[year],
                       delays[year - 1]),)
    return ReportTable("Dispositifs d'alerte et alertes", rows, chart=False,
                       note="Le délai moyen n'est donné que sur au moins "
                            f"{threshold} alertes dont le délai est connu.")


def video_table(session: Session, year: int, threshold: int) -> ReportTable:
    found = {status: (int(a or 0), int(b or 0)) for status, a, b in session.execute(
        sa.select(VideoSite.status, _sum(_in_year(VideoSite.status_on, year)),
                  _sum(_in_year(VideoSite.status_on, year - 1)))
        .group_by(VideoSite.status))}
    granted = (VideoSiteStatus.SUBVENTION_ACCORDEE, VideoSiteStatus.INSTALLE)
    amounts = session.execute(sa.select(*(
        column for y in (year, year - 1) for column in (
            sa.func.sum(sa.case((_in_year(VideoSite.status_on, y), VideoSite.fipd_amount),
                                else_=0)),
            _sum(sa.and_(_in_year(VideoSite.status_on, y), VideoSite.fipd_amount.is_not(None))),
        ))).where(VideoSite.status.in_(granted))).one()
    labels, current, previous = [], [], []
    for status in VideoSiteStatus:
        a, b = found.get(status, found.get(str(status), (0, 0)))
        labels.append(f"Sites passés au statut « {status.label} »")
        current.append(a)
        previous.append(b)
    rows = rows_of(labels, current, previous, threshold, several=True)
    rows += (ReportRow("Montant FIPD des sites subventionnés ou installés (€)",
                       _euros(amounts[0], amounts[1], threshold),
                       _euros(amounts[2], amounts[3], threshold)),)
    return ReportTable("Vidéoprotection", rows, chart=False,
                       note="Chaque site compte l'année où il a atteint son statut actuel ; "
                            "le montant n'est donné que sur au moins "
                            f"{threshold} sites (il dirait sinon la subvention d'un cabinet).")


def _euros(amount: Any, sites: Any, threshold: int) -> str:
    if 0 < int(sites or 0) < threshold:
        return WITHHELD
    return f"{int(amount or 0):,}".replace(",", "\u202f")
