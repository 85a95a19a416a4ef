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
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

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
from desktop.services.vault.database import Database

NOT_GIVEN = "Non renseigné"
PLAINTE_KINDS = (ComplaintKind.PLAINTE, ComplaintKind.PLAINTE_BY_ORDRE,
                 ComplaintKind.PLAINTE_BY_URPS, ComplaintKind.PLAINTE_BY_EMPLOYER)
ON_BEHALF = (ComplaintKind.PLAINTE_BY_ORDRE, ComplaintKind.PLAINTE_BY_URPS,
             ComplaintKind.PLAINTE_BY_EMPLOYER)
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
                  force: ForceZone | None = None) -> NationalAxes:
    """Every axis for the cases whose facts occurred in ``year`` and in ``year - 1``."""
    with db.reading() as session:
        return axes_in(session, year, arrondissement=arrondissement, force=force)


def threshold_of(session: Session) -> int:
    """The office's small-count threshold, read as the statistics read it."""
    office = session.get(OfficeSettings, 1)
    return office.small_count_threshold if office else 5


def axes_in(session: Session, year: int, *, arrondissement: str | None = None,
            force: ForceZone | None = None) -> NationalAxes:
    scope = Scope(session, year, arrondissement, force)
    totals = scope.counts(sa.literal(1))
    axes = (
        _enum_axis(scope, "motive", "Motif", Case.motive, Motive),
        _severity_axis(scope, SeverityFamily.PERSONS, Case.severity_persons_id),
        _severity_axis(scope, SeverityFamily.PROPERTY, Case.severity_property_id),
        _itt_axis(scope),
        _weapon_axis(scope),
        _follow_up_axis(scope),
        _enum_axis(scope, "sex", "Sexe de la victime", Case.victim_sex, VictimSex),
        _enum_axis(scope, "source", "Source du signalement", Case.source, CaseSource),
        _measure_axis(scope),
        _child_axis(scope, "type", "Type de faits", CaseType, CaseType.incident_type,
                    IncidentType),
        _enum_axis(scope, "place", "Lieu des faits", Case.place, Place),
        _child_axis(scope, "author", "Auteur", CaseAuthor, CaseAuthor.kind, AuthorKind),
    )
    return NationalAxes(year, totals.get((year, 1), 0), totals.get((year - 1, 1), 0), axes,
                        threshold_of(session))


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
        query = query.where(Case.occurred_at >= start, Case.occurred_at < end)
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


def _enum_axis(scope: Scope, key: str, title: str, column: Any, enum: Any) -> Axis:
    found = scope.counts(column)
    # Enum columns come back as members or as their stored text, by dialect
    found = {(y, None if v is None else enum(v)): n for (y, v), n in found.items()}
    return Axis(key, title, _rows(scope, found, ((m, m.label) for m in enum)))


def _severity_axis(scope: Scope, family: SeverityFamily, column: Any) -> Axis:
    levels = scope.session.execute(sa.select(SeverityLevel.id, SeverityLevel.level,
                                             SeverityLevel.label)
                                   .where(SeverityLevel.family == family)
                                   .order_by(SeverityLevel.level)).all()
    found = scope.counts(column)
    return Axis(f"severity_{family}", f"Gravité : {family.label.lower()}",
                _rows(scope, found, ((i, f"Niveau {level} — {label}")
                                     for i, level, label in levels)))


def _itt_axis(scope: Scope) -> Axis:
    band = sa.case((Case.itt_days.is_(None), None), (Case.itt_days == 0, "0"),
                   (Case.itt_days <= 8, "1-8"), else_="9+")
    return Axis("itt", "Incapacité totale de travail (ITT)",
                _rows(scope, scope.counts(band), ITT_BANDS))


def _weapon_axis(scope: Scope) -> Axis:
    found = scope.counts(sa.case((Case.weapon.is_(True), 1), else_=0))
    return Axis("weapon", "Usage ou menace d'une arme",
                _rows(scope, found, ((1, "Avec arme"), (0, "Sans arme")), missing=False))


def follow_up_value() -> Any:
    """Per case: 2 a plainte (whoever filed it), else 1 a main courante, else 0."""
    def filed(kinds: tuple[ComplaintKind, ...]) -> Any:
        return case_exists(Complaint.case_id == Case.id, Complaint.kind.in_(kinds))

    return sa.case((filed(PLAINTE_KINDS), 2), (filed((ComplaintKind.MAIN_COURANTE,)), 1),
                   else_=0)


def _follow_up_axis(scope: Scope) -> Axis:
    return Axis("follow_up", "Suites judiciaires : plainte ou main courante",
                _rows(scope, scope.counts(follow_up_value()), FOLLOW_UP, missing=False))


def case_exists(*conditions: Any) -> Any:
    """EXISTS over a child of the case in the enclosing query (correlated explicitly: the
    victims' sub-select sits two levels down)."""
    return sa.exists().where(*conditions).correlate(Case)


def measure_conditions(scope: Scope) -> dict[str, Any]:
    """Per case, whether each protocol measure reached one of its victims (a correlated
    EXISTS each; shared with the per-case export)."""
    victims = (sa.select(CaseVictim.practitioner_id).where(CaseVictim.case_id == Case.id)
               .correlate(Case))
    day = scope.day_of_facts()
    return {
        "advice": case_exists(AdviceRequest.practitioner_id.in_(victims),
                                    AdviceRequest.requested_on >= day),
        "device": sa.or_(
            case_exists(AlertLoan.practitioner_id.in_(victims),
                              AlertLoan.issued_on >= day),
            case_exists(AlertEvent.case_id == Case.id)),
        "prereg": case_exists(Preregistration.practitioner_id.in_(victims),
                                    Preregistration.consent_on >= day),
        "complaint": case_exists(
            Complaint.case_id == Case.id,
            sa.or_(Complaint.kind.in_(ON_BEHALF),
                   sa.and_(Complaint.kind.in_(PLAINTE_KINDS),
                           Complaint.domiciled_at_ordre.is_(True)))),
        "video": case_exists(video_site_practitioner.c.practitioner_id.in_(victims)),
    }


def _measure_axis(scope: Scope) -> Axis:
    conditions = measure_conditions(scope)
    flags = [sa.case((condition, 1), else_=0).label(key)
             for key, condition in conditions.items()]
    inner = scope.where(sa.select(scope.year_of().label("y"), *flags).select_from(Case))
    rows = inner.subquery()
    columns = [rows.c[key] for key in conditions]
    none = sa.case((sa.or_(*(c == 1 for c in columns)), 0), else_=1)
    result = scope.session.execute(
        sa.select(rows.c.y, *(sa.func.sum(c) for c in columns), sa.func.sum(none))
        .group_by(rows.c.y))
    found: dict[tuple[int, Any], int] = defaultdict(int)
    for y, *sums in result:
        for key, count in zip([*conditions, "none"], sums, strict=True):
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
