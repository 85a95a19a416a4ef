"""The year's cases on the national axes, one row per case, for the observatories
(``egide export axes``, the dashboard's "Exporter les axes (CSV)…").

Per-case rows need no small-count masking, but nothing identifying may leave: the office's
case number (a pseudonym only the office can link back), the month and the coded fields;
never a name, a commune, a day, the narrative or the exact words. The profession is given by
its group when the year has fewer than ``threshold`` victims of that profession.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.io.axes_csv import axes_csv
from desktop.models.cases import Case, CaseAuthor, CaseType, CaseVictim, SeverityLevel
from desktop.models.contacts import Practitioner
from desktop.models.enums import (
    AuthorKind,
    CaseSource,
    ForceZone,
    IncidentType,
    Motive,
    Place,
    Profession,
    UrbanSetting,
    VictimSex,
)
from desktop.services.committee.axes import (
    FOLLOW_UP,
    FOLLOWED,
    MEASURES,
    Scope,
    measure_flags,
    threshold_of,
)
from desktop.services.committee.pseudonymise import profession_group
from desktop.services.committee.yearly_report import check_year
from desktop.services.vault.changes import no_changes
from desktop.services.vault.database import Database

YES, NO = "oui", "non"


@no_changes
def export_axes_csv(db: Database, year: int) -> bytes:
    """The CSV; exporting it is an access the audit log records (CNIL)."""
    check_year(year)
    with db.reading() as session:
        rows = case_rows_in(session, year)
    with db.unit_of_work() as uow:
        uow.audit("export", "report", year, {"document": [None, "axes nationaux (CSV)"],
                                             "year": [None, year], "rows": [None, len(rows)]})
    return axes_csv(rows)


def _label(enum: Any, value: Any) -> str:
    return "" if value is None else enum(value).label


def case_rows_in(session: Session, year: int) -> list[tuple[str, ...]]:
    """One row per case whose facts occurred in ``year`` (UTC), in reference order."""
    scope = Scope(session, year, None, None)
    in_year = scope.year_of() == year
    flags = measure_flags(scope).subquery()
    keys = [key for key, _ in MEASURES]
    persons = sa.orm.aliased(SeverityLevel)
    goods = sa.orm.aliased(SeverityLevel)
    query = scope.where(
        sa.select(Case.id, Case.reference, Case.occurred_at, Case.force_zone, Case.setting,
                  Case.place, Case.victim_sex, Case.motive, persons.level, goods.level,
                  Case.itt_days, Case.weapon, sa.func.coalesce(FOLLOWED.c.f, 0), Case.source,
                  *(flags.c[key] for key in keys))
        .select_from(Case)
        .join(flags, flags.c.c == Case.id)
        .outerjoin(FOLLOWED, FOLLOWED.c.c == Case.id)
        .outerjoin(persons, persons.id == Case.severity_persons_id)
        .outerjoin(goods, goods.id == Case.severity_property_id)
        .where(in_year).order_by(Case.year, Case.seq))
    cases = session.execute(query).all()
    ids = [row[0] for row in cases]
    types: dict[int, list[str]] = defaultdict(list)
    authors: dict[int, list[str]] = defaultdict(list)
    victims: dict[int, list[Profession]] = defaultdict(list)
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        for case_id, kind in session.execute(
                sa.select(CaseType.case_id, CaseType.incident_type)
                .where(CaseType.case_id.in_(part))):
            types[case_id].append(IncidentType(kind).label)
        for case_id, author in session.execute(
                sa.select(CaseAuthor.case_id, CaseAuthor.kind)
                .where(CaseAuthor.case_id.in_(part)).order_by(CaseAuthor.id)):
            label = AuthorKind(author).label
            if label not in authors[case_id]:
                authors[case_id].append(label)
        for case_id, job in session.execute(
                sa.select(CaseVictim.case_id, Practitioner.profession)
                .join(Practitioner, Practitioner.id == CaseVictim.practitioner_id)
                .where(CaseVictim.case_id.in_(part)).order_by(CaseVictim.id)):
            victims[case_id].append(Profession(job))
    threshold = threshold_of(session)
    seen = Counter(v[0] for v in victims.values() if v)
    follow_labels = dict(FOLLOW_UP)
    rows = []
    for row in cases:
        (case_id, reference, occurred, zone, setting, place, sex, motive, level_p, level_b,
         itt, weapon, follow_up, source, *flags) = row
        first = victims[case_id][0] if victims[case_id] else None
        profession = "" if first is None else (
            first.label if seen[first] >= threshold else profession_group(first))
        rows.append((
            reference, str(occurred.year), f"{occurred.month:02d}",
            _label(ForceZone, zone), _label(UrbanSetting, setting), _label(Place, place),
            profession, str(len(victims[case_id])), _label(VictimSex, sex),
            " ; ".join(types[case_id]), " ; ".join(authors[case_id]),
            _label(Motive, motive), "" if level_p is None else str(level_p),
            "" if level_b is None else str(level_b), "" if itt is None else str(itt),
            YES if weapon else NO, follow_labels[int(follow_up)], _label(CaseSource, source),
            *(YES if flag else NO for flag in flags),
        ))
    return rows
