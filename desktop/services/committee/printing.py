"""Gather what the committee documents print (dossier de séance, relevé) and render them.

Everything here leaves the application: counts go through ``suppression.shown_count``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy.orm import Session

from desktop.documents.charts import ChartData
from desktop.documents.committee_data import (
    ActionEntry,
    AgendaEntry,
    AttendanceEntry,
    DossierData,
    Issuer,
    MeasureFigure,
    MeetingInfo,
    MinutesData,
)
from desktop.errors import stop_if
from desktop.models.committee import AgendaLink, Meeting
from desktop.models.enums import AttendanceStatus
from desktop.models.settings import OfficeSettings
from desktop.services.committee.guard import get_meeting
from desktop.services.committee.meeting_detail import build_detail
from desktop.services.committee.pseudonymise import local, pseudonymised_cases
from desktop.services.committee.records import ActionRow, DecisionRow, MeetingDetail
from desktop.services.committee.statistics import Filters, Statistics, compute_in
from desktop.services.committee.suppression import (
    protect,
    shown_count,
    shown_share,
)
from desktop.services.vault.changes import no_changes
from desktop.services.vault.database import Database
from desktop.services.vault.office import office_zone

CHART_KEYS = ("month", "type", "force", "place", "profession", "author")


def issuer(session: Session) -> Issuer:
    office = session.get(OfficeSettings, 1)
    if office is None:
        return Issuer("PRÉFET", "Cabinet du préfet")
    bureau = office.bureau or "Cabinet du préfet"
    return Issuer(office.prefet_title, f"{office.prefecture_name}\n{bureau}",
                  office.city or "", office.logo)


def meeting_info(detail: MeetingDetail, zone: dt.tzinfo) -> MeetingInfo:
    """The meeting as documents print it, its time in the office's zone."""
    m = detail.meeting
    return MeetingInfo(m.kind.label, local(m.starts_at, zone), m.place, m.chair,
                       m.status.label)


def charts(stats: Statistics) -> tuple[ChartData, ...]:
    t = stats.threshold
    result = []
    for key in CHART_KEYS:
        series = stats.get(key)
        rows = series.rows if key == "month" else tuple(r for r in series.rows if r[1] or
                                                        key == "force")
        shown = protect([n for _, n in rows], t)
        result.append(ChartData(
            series.title, tuple(label for label, _ in rows),
            tuple(None if text != str(n) else n for (_, n), text in zip(rows, shown, strict=True)),
            shown))
    return tuple(result)


def summary(stats: Statistics) -> tuple[tuple[str, str], ...]:
    t = stats.threshold
    return (
        ("Signalements reçus sur la période", shown_count(stats.total, t)),
        ("Part suivie d'une plainte", shown_share(stats.with_plainte, stats.total, t)),
        ("Signalements en cours", shown_count(stats.open_cases, t)),
        ("dont en retard", shown_count(stats.overdue_cases, t)),
        ("Numéros pré-enregistrés au 17", shown_count(stats.preregistrations, t)),
        ("Dispositifs d'alerte en service", shown_count(stats.alert_devices, t)),
    )


def action_entry(row: ActionRow) -> ActionEntry:
    linked = ", ".join(x for x in (row.case_reference and f"Signalement {row.case_reference}",
                                   row.article_label) if x)
    notes = [e.note for e in row.history if e.note and e.note != "Action ouverte"]
    return ActionEntry(row.title, row.owner, row.due_on, row.status.label, linked,
                       notes[-1] if notes else "")


def agenda_entries(detail: MeetingDetail, zone: dt.tzinfo | None = None
                   ) -> tuple[AgendaEntry, ...]:
    """``zone`` given (the relevé): each decision with its time and its quorum."""
    return tuple(AgendaEntry(
        item.order, item.title, item.notes, tuple(link.label for link in item.links),
        tuple(d.text for d in item.decisions),
        tuple(link.label.removeprefix("Signalement ") for link in item.links
              if link.kind == "case"),
        tuple(decision_detail(detail, d, zone) for d in item.decisions) if zone else (),
    ) for item in detail.agenda)


def decision_detail(detail: MeetingDetail, decision: DecisionRow, zone: dt.tzinfo) -> str:
    """"10 h 40 — présents : 3 / quorum : 5 — quorum non atteint" (what is known of it)."""
    from desktop.documents.typography import french_time

    parts = [french_time(local(decision.decided_at, zone)) if decision.decided_at
             else "heure non indiquée"]
    quorum = detail.decision_quorum(decision)
    if quorum is not None:
        parts.append(f"présents : {quorum.present} / quorum : {quorum.quorum}")
        parts.append("quorum atteint" if quorum.reached else "quorum non atteint")
    return " — ".join(parts)


def default_period(meeting: Meeting, session: Session) -> tuple[dt.date, dt.date]:
    """The statistics period linked on the agenda, else the 12 months before the meeting."""
    for item in meeting.agenda:
        for link in item.links:
            if link.period_from and link.period_to:
                return link.period_from, link.period_to
    end = meeting.starts_at.date()
    return end.replace(year=end.year - 1) + dt.timedelta(days=1), end


def agenda_case_ids(meeting: Meeting) -> list[int]:
    return [link.case_id for item in meeting.agenda for link in item.links
            if isinstance(link, AgendaLink) and link.case_id is not None]


def dossier_in(session: Session, meeting: Meeting, *, exact_words: bool = False,
               today: dt.date | None = None) -> DossierData:
    detail = build_detail(session, meeting)
    start, end = default_period(meeting, session)
    stats = compute_in(session, Filters(start, end), today or dt.date.today())
    return DossierData(
        issuer=issuer(session), meeting=meeting_info(detail, office_zone(session)),
        agenda=agenda_entries(detail),
        charts=charts(stats), summary=summary(stats),
        period_label=f"Période du {start:%d/%m/%Y} au {end:%d/%m/%Y}.",
        cases=pseudonymised_cases(session, agenda_case_ids(meeting), exact_words=exact_words),
        actions=tuple(action_entry(a) for a in detail.actions if not a.closed),
        threshold=stats.threshold,
        measures=measure_figures(session, end.year, stats.threshold),
        measures_years=(end.year, end.year - 1),
    )


def measure_figures(session: Session, year: int, threshold: int) -> tuple[MeasureFigure, ...]:
    """The measures board for the dossier, small counts masked like every other figure."""
    from desktop.services.measures.board import board_in

    figures = []
    for line in board_in(session, year).lines:
        for index, indicator in enumerate(line.indicators):
            figures.append(MeasureFigure(
                line.label if index == 0 else "", indicator.label,
                shown_count(indicator.current, threshold),
                shown_count(indicator.previous, threshold)))
    return tuple(figures)


@no_changes
def dossier_pdf(db: Database, meeting_id: int, *, exact_words: bool = False,
                cancelled: Callable[[], bool] | None = None) -> bytes:
    """The dossier de séance; ``cancelled`` is asked between reading and laying out (a
    cancel only stops the work). The export is an access the log records (CNIL)."""
    from desktop.documents.meeting_dossier import render_dossier

    stop_if(cancelled)
    with db.reading() as session:
        data = dossier_in(session, get_meeting(session, meeting_id), exact_words=exact_words)
        data = replace(data, audit_head=audit_head_text(session))
    stop_if(cancelled)
    pdf = render_dossier(data)
    with db.unit_of_work() as uow:
        uow.audit("print", "meeting", meeting_id,
                  {"document": [None, "dossier"], "cases": [None, len(data.cases)],
                   "exact_words": [None, exact_words]})
    return pdf


def presence(status: AttendanceStatus, represented_by: str) -> str:
    if status == AttendanceStatus.REPRESENTE:
        return f"Représenté par {represented_by}"
    return status.label


def minutes_data(detail: MeetingDetail, issuer_: Issuer, zone: dt.tzinfo) -> MinutesData:
    reached = detail.quorum_reached
    quorum = "" if reached is None else (
        f"Quorum ({detail.meeting.quorum}) {'atteint' if reached else 'non atteint'} : "
        f"{detail.present_count} membre(s) présent(s) ou représenté(s) au cours de la séance ; "
        "sous chaque décision, les membres présents à son heure.")
    minutes = detail.minutes
    return MinutesData(
        issuer=issuer_, meeting=meeting_info(detail, zone),
        attendance=tuple(AttendanceEntry(
            a.member, a.organisation, a.person_name, presence(a.status, a.represented_by),
            local(a.arrived_at, zone) if a.arrived_at else None,
            local(a.left_at, zone) if a.left_at else None) for a in detail.attendance),
        agenda=agenda_entries(detail, zone),
        actions=tuple(action_entry(a) for a in detail.actions),
        body=minutes.body if minutes else "", status=str(minutes.status) if minutes else "projet",
        content_hash=minutes.content_hash if minutes else None, quorum=quorum,
    )


def minutes_pdf(db: Database, meeting_id: int) -> bytes:
    from desktop.documents.minutes import render_minutes

    with db.reading() as session:
        meeting = get_meeting(session, meeting_id)
        data = minutes_data(build_detail(session, meeting), issuer(session),
                            office_zone(session))
        if data.content_hash:  # a locked relevé carries the journal's head: paper anchors it
            data = replace(data, audit_head=audit_head_text(session),
                           lock_entry=lock_entry_text(session, meeting_id))
    return render_minutes(data)


def lock_entry_text(session: Session, meeting_id: int) -> str:
    """"entrée n° 812, empreinte 3f9a…": the journal's head right after the lock (what
    "Vérifier le relevé" names)."""
    from desktop.services.committee.minutes import lock_entry

    entry = lock_entry(session, meeting_id)
    return f"entrée n° {entry.id}, empreinte {entry.chain_hash}" if entry else ""


def audit_head_text(session: Session) -> str:
    """ "2 791 entrées, dernière empreinte 3f9a…" (the whole hash: it is checked by eye)."""
    from desktop.storage.audit import current_head

    head = current_head(session)
    if head is None:
        return ""
    digest, count = head
    entries = f"{count:,}".replace(",", "\u202f")  # French thousands: a narrow space
    return f"{entries} entrées, dernière empreinte {digest}"
