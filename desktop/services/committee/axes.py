"""The national observatories' axes for a year beside the year before: motive, severity,
ITT, weapon, plainte or main courante, the victim's sex, source, the protocol's measures the
victims benefit from, and the Ordre's type, place and author.

One GROUP BY query per axis over the two years' cases (the ``occurred_at`` index bounds them),
never a Python loop over cases. Counts are exact here; what leaves the application (the yearly
report) goes through ``suppression``. A case counts in one row of every single-valued axis
("Non renseigné" when the field is empty); on the axes marked ``several`` (types, authors,
measures) it counts once in each row that applies.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.models.audit import AuditEntry
from desktop.models.cases import Case, CaseAuthor, CaseType, CaseVictim, Complaint, SeverityLevel
from desktop.models.contacts import Preregistration
from desktop.models.enums import (
    AuthorKind,
    CaseSource,
    ComplaintKind,
    ForceZone,
    IncidentType,
    Motive,
    Place,
    SeverityFamily,
    VictimSex,
)
from desktop.models.measures import AdviceRequest, AlertEvent, AlertLoan, video_site_practitioner
from desktop.models.settings import OfficeSettings
from desktop.models.territory import Commune
from desktop.services.committee.statistics_raw import tune_connection
from desktop.services.vault.database import Database

NOT_GIVEN = "Non renseigné"
PLAINTE_KINDS = (ComplaintKind.PLAINTE, ComplaintKind.PLAINTE_BY_ORDRE,
                 ComplaintKind.PLAINTE_BY_URPS, ComplaintKind.PLAINTE_BY_EMPLOYER)
ON_BEHALF = (ComplaintKind.PLAINTE_BY_ORDRE, ComplaintKind.PLAINTE_BY_URPS,
             ComplaintKind.PLAINTE_BY_EMPLOYER)
ITT_BAND = sa.case((Case.itt_days.is_(None), None), (Case.itt_days == 0, "0"),
                   (Case.itt_days <= 8, "1-8"), else_="9+")
ITT_BANDS = (("0", "Sans ITT (0 jour)"), ("1-8", "ITT de 1 à 8 jours"),
             ("9+", "ITT de plus de 8 jours"))
"""8 days: the line between a contravention and a délit for most violences."""
FOLLOW_UP = ((2, "Plainte"), (1, "Main courante"), (0, "Ni plainte ni main courante"))
MEASURES = (
    ("advice", "Conseil de sûreté demandé après les faits"),
    ("device", "Dispositif d'alerte remis après les faits ou alerte déclenchée"),
    ("prereg", "Numéro pré-enregistré au 17 après les faits"),
    ("complaint", "Plainte facilitée (déposée pour la victime ou domiciliée à l'Ordre)"),
    ("video", "Site de vidéoprotection de la victime"),
)
NO_MEASURE = "Aucune de ces mesures"

DASHBOARD_KEYS = ("motive", "severity_persons", "severity_property", "itt", "weapon",
                  "follow_up", "sex", "source", "measure")
"""The axes the dashboard adds (type, place and author already have their charts there)."""


@dataclass(frozen=True)
class AxisRow:
    label: str
    current: int
    previous: int


@dataclass(frozen=True)
class Axis:
    key: str
    title: str
    rows: tuple[AxisRow, ...]
    several: bool = False
    """A case may count in several rows: the rows do not add up to the total."""


@dataclass(frozen=True)
class NationalAxes:
    year: int
    total: int
    previous_total: int
    axes: tuple[Axis, ...]
    threshold: int = 5

    def get(self, key: str) -> Axis:
        return next(a for a in self.axes if a.key == key)


def national_axes(db: Database, year: int, *, arrondissement: str | None = None,
                  force: ForceZone | None = None, every: bool = False) -> NationalAxes:
    """The axes for the cases whose facts occurred in ``year`` and in ``year - 1``: those
    the dashboard adds (``DASHBOARD_KEYS``), or ``every`` one. Kept per vault until the data
    change (the newest audit entry and the cases' ids say when: every write audits)."""
    key = (str(db.vault.path) if hasattr(db.vault, "path") else id(db), year,
           arrondissement, force, every)
    with db.reading() as session:
        stamp = _stamp(session)
        with _LOCK:
            kept = _CACHE.get(key)
        if kept is not None and kept[0] == stamp:
            return kept[1]
        tune_connection(session)
        found = axes_in(session, year, arrondissement=arrondissement, force=force,
                        every=every)
    with _LOCK:
        _CACHE[key] = (stamp, found)
    return found


_CACHE: dict[tuple[Any, ...], tuple[tuple[Any, ...], NationalAxes]] = {}
_LOCK = threading.Lock()


def _stamp(session: Session) -> tuple[Any, ...]:
    """Read backwards from the newest rows: nothing is scanned. The report's own prints
    audit too; they only cost one recomputation."""
    return tuple(session.execute(sa.select(
        sa.select(sa.func.max(AuditEntry.id)).scalar_subquery(),
        sa.select(sa.func.max(Case.id)).scalar_subquery(),
        sa.select(sa.func.min(Case.id)).scalar_subquery(),
    )).one())


def threshold_of(session: Session) -> int:
    """The office's small-count threshold, read as the statistics read it."""
    office = session.get(OfficeSettings, 1)
    return office.small_count_threshold if office else 5


def axes_in(session: Session, year: int, *, arrondissement: str | None = None,
            force: ForceZone | None = None, every: bool = True) -> NationalAxes:
    scope = Scope(session, year, arrondissement, force)
    persons = _levels(session, SeverityFamily.PERSONS)
    goods = _levels(session, SeverityFamily.PROPERTY)
    found = _case_row_axes(scope, (
        ("motive", Case.motive, [*Motive, None]),
        ("severity_persons", Case.severity_persons_id, [*persons, None]),
        ("severity_property", Case.severity_property_id, [*goods, None]),
        ("itt", ITT_BAND, [*(band for band, _ in ITT_BANDS), None]),
        ("weapon", Case.weapon, [True, False]),
        ("follow_up", sa.func.coalesce(FOLLOWED.c.f, 0), [value for value, _ in FOLLOW_UP]),
        ("sex", Case.victim_sex, [*VictimSex, None]),
        ("source", Case.source, [*CaseSource, None]),
        ("place", Case.place, [*Place, None]),
    ))

    def axis(key: str, title: str, values: Iterable[tuple[Any, str]],
             missing: bool = True) -> Axis:
        part = {(y, v): n for (k, y, v), n in found.items() if k == key}
        return Axis(key, title, _rows(scope, part, values, missing))

    axes: tuple[Axis, ...] = (
        axis("motive", "Motif", ((m, m.label) for m in Motive)),
        axis("severity_persons", "Gravité : atteintes aux personnes", persons.items()),
        axis("severity_property", "Gravité : atteintes aux biens", goods.items()),
        axis("itt", "Incapacité totale de travail (ITT)", ITT_BANDS),
        axis("weapon", "Usage ou menace d'une arme",
             ((True, "Avec arme"), (False, "Sans arme")), missing=False),
        axis("follow_up", "Suites judiciaires : plainte ou main courante", FOLLOW_UP,
             missing=False),
        axis("sex", "Sexe de la victime", ((m, m.label) for m in VictimSex)),
        axis("source", "Source du signalement", ((m, m.label) for m in CaseSource)),
        _measure_axis(scope),
        axis("place", "Lieu des faits", ((m, m.label) for m in Place)),
    )
    if every:  # the report's; the dashboard has its own charts of these
        axes = (*axes[:-1],
                _child_axis(scope, "type", "Type de faits", CaseType, CaseType.incident_type,
                            IncidentType),
                axes[-1],
                _child_axis(scope, "author", "Auteur", CaseAuthor, CaseAuthor.kind,
                            AuthorKind))
    return NationalAxes(year, found.get(("total", year, None), 0),
                        found.get(("total", year - 1, None), 0), axes, threshold_of(session))


def _levels(session: Session, family: SeverityFamily) -> dict[int, str]:
    """The editable scale's levels: id → "Niveau 2 — Menaces…"."""
    return {i: f"Niveau {level} — {label}" for i, level, label in session.execute(
        sa.select(SeverityLevel.id, SeverityLevel.level, SeverityLevel.label)
        .where(SeverityLevel.family == family).order_by(SeverityLevel.level))}


def _case_row_axes(scope: Scope, specs: tuple[tuple[str, Any, list[Any]], ...]
                   ) -> dict[tuple[str, int, Any], int]:
    """Every axis read from the case row itself, in ONE pass over the two years' cases:
    grouped by year, a SUM per (axis, value). (key, year, value) → count; "total" too."""
    columns: list[Any] = [sa.func.count()]
    cells: list[tuple[str, Any]] = []
    for key, expression, values in specs:
        for value in values:
            test = expression.is_(None) if value is None else (
                expression.is_(value) if isinstance(value, bool) else expression == value)
            columns.append(sa.func.sum(sa.case((test, 1), else_=0)))
            cells.append((key, value))
    year = scope.year_of()
    found: dict[tuple[str, int, Any], int] = {}
    for row in scope.session.execute(
            scope.where(sa.select(year, *columns).select_from(Case).outerjoin(
                FOLLOWED, FOLLOWED.c.c == Case.id)).group_by(year)):
        found[("total", int(row[0]), None)] = int(row[1])
        for (key, value), count in zip(cells, row[2:], strict=True):
            found[(key, int(row[0]), value)] = int(count or 0)
    return found


class Scope:
    """The two years' cases (and the dashboard's filters) every axis query starts from."""

    def __init__(self, session: Session, year: int, arrondissement: str | None,
                 force: ForceZone | None) -> None:
        self.session, self.year = session, year
        self.arrondissement, self.force = arrondissement, force
        self.postgres = session.get_bind().dialect.name == "postgresql"

    def year_of(self) -> Any:
        if self.postgres:  # the UTC year, as SQLite reads it from the stored text
            return sa.extract("year", sa.func.timezone(sa.literal_column("'UTC'"),
                                                       Case.occurred_at))
        return sa.cast(sa.func.substr(Case.occurred_at, 1, 4), sa.Integer)

    def day_of_facts(self) -> Any:
        if self.postgres:
            return sa.cast(sa.func.timezone(sa.literal_column("'UTC'"), Case.occurred_at),
                           sa.Date)
        return sa.func.date(Case.occurred_at)

    def where(self, query: Any) -> Any:
        start = dt.datetime(self.year - 1, 1, 1, tzinfo=dt.UTC)
        end = dt.datetime(self.year + 1, 1, 1, tzinfo=dt.UTC)
        occurred: Any = Case.occurred_at
        if not self.postgres:  # two years: a scan in page order beats an index range that
            # fetches each row at random (as statistics_raw measured)
            occurred = sa.func.unlikely(Case.occurred_at, type_=Case.occurred_at.type)
        query = query.where(occurred >= start, occurred < end)
        if self.force is not None:
            query = query.where(Case.force_zone == self.force)
        if self.arrondissement:
            query = query.where(Case.commune_id.in_(sa.select(Commune.id).where(
                Commune.arrondissement == self.arrondissement)))
        return query

    def counts(self, value: Any, *joins: tuple[Any, Any]) -> dict[tuple[int, Any], int]:
        """(year, value) → number of rows: cases, or (case, child) pairs with ``joins``."""
        inner = sa.select(self.year_of().label("y"), value.label("v")).select_from(Case)
        for target, on in joins:
            inner = inner.join(target, on)
        rows = self.where(inner).subquery()
        found = self.session.execute(
            sa.select(rows.c.y, rows.c.v, sa.func.count()).group_by(rows.c.y, rows.c.v))
        return {(int(y), v): int(n) for y, v, n in found}


def _rows(scope: Scope, found: dict[tuple[int, Any], int],
          values: Iterable[tuple[Any, str]], missing: bool = True) -> tuple[AxisRow, ...]:
    rows = [AxisRow(label, found.get((scope.year, value), 0),
                    found.get((scope.year - 1, value), 0)) for value, label in values]
    if missing and (found.get((scope.year, None)) or found.get((scope.year - 1, None))):
        rows.append(AxisRow(NOT_GIVEN, found.get((scope.year, None), 0),
                            found.get((scope.year - 1, None), 0)))
    return tuple(rows)


FOLLOWED = (sa.select(Complaint.case_id.label("c"), sa.func.max(sa.case(
    (Complaint.kind.in_(PLAINTE_KINDS), 2), (Complaint.kind == ComplaintKind.MAIN_COURANTE, 1),
    else_=0)).label("f")).group_by(Complaint.case_id).subquery("followed"))
"""Per case with a complaint row: 2 a plainte (whoever filed it), 1 a main courante, 0
neither; joined once, not probed case by case."""


def measure_flags(scope: Scope) -> Any:
    """Per case of the scope: its year and, per measure, 1 when it reached a victim. Joins
    each victim to the practitioner's latest advice, loan and pre-registration dates (small
    GROUP BY sub-selects) rather than probing them case by case. Shared by the dashboard,
    the report and the per-case CSV: one meaning of "mobilised"."""
    def latest(who: Any, when: Any) -> Any:
        return (sa.select(who.label("p"), sa.func.max(when).label("d"))
                .where(who.is_not(None)).group_by(who).subquery())

    advice = latest(AdviceRequest.practitioner_id, AdviceRequest.requested_on)
    loan = latest(AlertLoan.practitioner_id, AlertLoan.issued_on)
    prereg = latest(Preregistration.practitioner_id, Preregistration.consent_on)
    video = (sa.select(video_site_practitioner.c.practitioner_id.label("p"))
             .distinct().subquery())
    alerted = (sa.select(AlertEvent.case_id.label("c")).where(AlertEvent.case_id.is_not(None))
               .distinct().subquery())
    helped = (sa.select(Complaint.case_id.label("c")).where(sa.or_(
        Complaint.kind.in_(ON_BEHALF),
        sa.and_(Complaint.kind.in_(PLAINTE_KINDS), Complaint.domiciled_at_ordre.is_(True))))
        .distinct().subquery())
    day = scope.day_of_facts()

    def flag(condition: Any, key: str) -> Any:
        return sa.func.max(sa.case((condition, 1), else_=0)).label(key)

    return scope.where(
        sa.select(Case.id.label("c"), scope.year_of().label("y"),
                  flag(advice.c.d >= day, "advice"),
                  flag(sa.or_(loan.c.d >= day, alerted.c.c.is_not(None)), "device"),
                  flag(prereg.c.d >= day, "prereg"),
                  flag(helped.c.c.is_not(None), "complaint"),
                  flag(video.c.p.is_not(None), "video"))
        .select_from(Case)
        .outerjoin(CaseVictim, CaseVictim.case_id == Case.id)
        .outerjoin(advice, advice.c.p == CaseVictim.practitioner_id)
        .outerjoin(loan, loan.c.p == CaseVictim.practitioner_id)
        .outerjoin(prereg, prereg.c.p == CaseVictim.practitioner_id)
        .outerjoin(video, video.c.p == CaseVictim.practitioner_id)
        .outerjoin(alerted, alerted.c.c == Case.id)
        .outerjoin(helped, helped.c.c == Case.id)
    ).group_by(Case.id)


def _measure_axis(scope: Scope) -> Axis:
    rows = measure_flags(scope).subquery()
    keys = [key for key, _ in MEASURES]
    columns = [rows.c[key] for key in keys]
    none = sa.case((sa.or_(*(c == 1 for c in columns)), 0), else_=1)
    result = scope.session.execute(
        sa.select(rows.c.y, *(sa.func.sum(c) for c in columns), sa.func.sum(none))
        .group_by(rows.c.y))
    found: dict[tuple[int, Any], int] = defaultdict(int)
    for y, *sums in result:
        for key, count in zip([*keys, "none"], sums, strict=True):
            found[(int(y), key)] = int(count or 0)
    return Axis("measure", "Mesures du protocole mobilisées pour les victimes",
                _rows(scope, found, [*MEASURES, ("none", NO_MEASURE)], missing=False),
                several=True)


def _child_axis(scope: Scope, key: str, title: str, child: Any, column: Any,
                enum: Any) -> Axis:
    """Each case once per distinct value of its child rows (types, authors' kinds)."""
    inner = (sa.select(scope.year_of().label("y"), column.label("v"), Case.id.label("c"))
             .select_from(Case).join(child, child.case_id == Case.id).distinct())
    rows = scope.where(inner).subquery()
    found = {(int(y), enum(v)): int(n) for y, v, n in scope.session.execute(
        sa.select(rows.c.y, rows.c.v, sa.func.count()).group_by(rows.c.y, rows.c.v))}
    return Axis(key, title, _rows(scope, found, ((m, m.label) for m in enum), missing=False),
                several=True)
