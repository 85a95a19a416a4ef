"""Import the office's référents sheet (XLSX or CSV) through a column mapping remembered in
the vault (``Setting`` "roster.referents_mapping").

All-or-nothing by default: one refused line refuses the file, with the whole report.
``skip_rejected`` imports the valid lines and returns the refused ones in the report. Title,
footer and blank lines are skipped and listed; a unit named in the sheet and unknown is
created (with the sheet's force, or the force of the communes it covers).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

import sqlalchemy as sa

from desktop.errors import ImportRejected
from desktop.io.insee import department_of, normalise_name
from desktop.models.enums import Force, ForceZone, ReferentRole
from desktop.models.settings import Setting
from desktop.models.territory import Assignment, Commune, PostalCode, Referent, Unit
from desktop.services.roster.coverage import stale_months
from desktop.services.roster.imports import known_insee_codes
from desktop.services.roster.records import ImportSummary, ReportLine
from desktop.services.roster.staleness import stale_cutoff
from desktop.services.vault import auto_backup
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database, UnitOfWork

MAPPING_KEY = "roster.referents_mapping"
REFUSED, SKIPPED, STALE, CREATED = "refusée", "ignorée", "à vérifier", "unité créée"


def sheet_headers(path: Path | str) -> tuple[tuple[str, ...], dict[str, str]]:
    """The sheet's headers (found on whichever row holds them) and the proposed mapping."""
    from desktop.io.referents_sheet import guess_mapping, read_referents_table

    table, _ = read_referents_table(path)
    return table.header, guess_mapping(table.header)


def remembered_mapping(db: Database) -> dict[str, str] | None:
    with db.reading() as session:
        row = session.get(Setting, MAPPING_KEY)
        return dict(json.loads(row.value)) if row is not None else None


def mapping_for(db: Database, headers: tuple[str, ...]) -> tuple[dict[str, str], bool]:
    """(mapping, remembered): the remembered mapping when every column it names is in
    ``headers`` (the same kind of sheet), else the one guessed from the headers."""
    from desktop.io.referents_sheet import guess_mapping

    remembered = remembered_mapping(db)
    if remembered and remembered.get("last_name") and all(
        header in headers for header in remembered.values() if header
    ):
        return remembered, True
    return guess_mapping(headers), False


def remember_mapping(uow: UnitOfWork, mapping: Mapping[str, str]) -> None:
    value = json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)
    row = uow.session.get(Setting, MAPPING_KEY)
    if row is None:
        uow.session.add(Setting(key=MAPPING_KEY, value=value))
    elif row.value != value:
        uow.audit("update", "setting", MAPPING_KEY, {"value": [row.value, value]})
        row.value = value


def save_mapping(db: Database, mapping: Mapping[str, str]) -> Changes:
    with db.unit_of_work() as uow:
        remember_mapping(uow, mapping)
    return Changes.TERRITORY


def import_referents(
    db: Database,
    path: Path | str,
    mapping: Mapping[str, str] | None = None,
    *,
    skip_rejected: bool = False,
    today: dt.date | None = None,
) -> ImportSummary:
    """Create or update référents (matched by name and unit) and their assignments.

    ``mapping`` (``{field: header}``) is remembered for next time; without one, the
    remembered mapping is used when the sheet has its columns, else the guessed one. A
    commune that the vault does not know or cannot tell apart (give its postal code or INSEE
    code) refuses the line; so does an unknown unit whose force cannot be told.
    """
    from desktop.io.referents_sheet import ReferentRecord, describe_mapping, parse_referents

    file = Path(path)
    if mapping is None:
        mapping = mapping_for(db, sheet_headers(file)[0])[0]
    day = today or dt.date.today()
    auto_backup.before(db, "import")  # a verified backup first, when the app enabled them
    cutoff = stale_cutoff(day, stale_months(db))
    with db.unit_of_work() as uow:
        session = uow.session
        try:
            result = parse_referents(file, mapping, known_codes=known_insee_codes(uow))
        except ImportRejected as error:
            if "ne contient pas" in str(error):
                raise ImportRejected(f"{error} Correspondance utilisée : "
                                     f"{describe_mapping(mapping)}.") from None
            raise
        report = [ReportLine(line, REFUSED, reason) for line, reason, _ in
                  (_split(r) for r in result.report())]
        report += [ReportLine(line, SKIPPED, reason) for line, reason, _ in
                   (_split(note) for note in result.notes)]
        units = _unit_index(uow)
        by_name = _commune_names(uow)
        ids = dict(session.execute(sa.select(Commune.insee_code, Commune.id)).all())
        zones = dict(session.execute(sa.select(Commune.id, Commune.force_zone)).all())
        accepted: list[tuple[ReferentRecord, int | None, list[int]]] = []
        new_units: dict[str, Unit] = {}
        for record in result.records:
            why: list[str] = []
            commune_ids = [ids[code] for code in record.commune_codes]
            for name, postal_code in record.commune_names:
                found = by_name.get(normalise_name(name), [])
                if len(found) > 1 and postal_code:
                    found = [i for i in found if postal_code in _postal_codes(uow, i)]
                if len(found) == 1:
                    commune_ids.append(found[0])
                elif not found:
                    where = f" ({postal_code})" if postal_code else ""
                    why.append(f"commune « {name}{where} » inconnue")
                else:
                    why.append(f"commune « {name} » ambiguë ({len(found)} communes de ce nom : "
                               "indiquez le code postal ou le code INSEE)")
            unit_id = None
            if record.unit and not why:
                key = normalise_name(record.unit)
                unit_id = units.get(key)
                if unit_id is None and key not in new_units:
                    force = _force_of(record.force, [zones.get(i) for i in commune_ids])
                    if force is None:
                        why.append(f"unité « {record.unit} » inconnue et force non indiquée "
                                   "(colonne Force : PN ou GN)")
                    else:
                        new_units[key] = _new_unit(uow, record.unit, force, commune_ids)
                        report.append(ReportLine(record.line, CREATED,
                                                 f"« {record.unit} » ({force.name})"))
            report += [ReportLine(record.line, REFUSED, reason) for reason in why]
            if not why:
                accepted.append((record, unit_id, commune_ids))
        refused_lines = {line.line for line in report if line.status == REFUSED}
        if refused_lines and not skip_rejected:
            valid = len(accepted)
            raise ImportRejected(
                f"Import des référents « {file.name} » refusé : {len(refused_lines)} ligne(s) "
                f"refusée(s), rien n'a été modifié. {valid} référent(s) valide(s) : "
                "« Importer les lignes valides » (--skip-rejected) les importe sans les autres.",
                [str(line) for line in sorted(report, key=lambda r: r.line)], valid=valid,
            )
        session.flush()
        for name_key, unit in new_units.items():
            units[name_key] = unit.id
        remember_mapping(uow, mapping)
        added = changed = unchanged = assigned = 0
        existing = {
            (normalise_name(r.last_name), normalise_name(r.first_name), r.unit_id): r
            for r in session.scalars(sa.select(Referent))
        }
        for record, unit_id, commune_ids in accepted:
            if record.unit:
                unit_id = units[normalise_name(record.unit)]
            who_key = (normalise_name(record.last_name),
                       normalise_name(record.first_name or ""), unit_id)
            referent = existing.get(who_key)
            before = _state(referent) if referent is not None else None
            if referent is None:
                referent = Referent(last_name=record.last_name, first_name=record.first_name or "",
                                    unit_id=unit_id, role=ReferentRole.REFERENT)
                session.add(referent)
                existing[who_key] = referent
            if record.role:
                referent.role = ReferentRole(record.role)
            referent.phone = record.phone or referent.phone
            referent.mobile = record.mobile or referent.mobile
            referent.grade = record.grade or referent.grade
            referent.email = record.email or referent.email
            referent.verified_on = record.verified_on or referent.verified_on
            referent.active = True
            session.flush()
            made = _assign(uow, referent, commune_ids, record.verified_on, day)
            assigned += made
            if before is None:
                added += 1
            elif made or _state(referent) != before:
                changed += 1
            else:
                unchanged += 1
            if referent.verified_on is None or referent.verified_on < cutoff:
                when = (f"vérifié le {referent.verified_on:%d/%m/%Y}" if referent.verified_on
                        else "jamais vérifié")
                who = " ".join(filter(None, (record.first_name, record.last_name)))
                report.append(ReportLine(record.line, STALE, f"{who} ({when})"))
        uow.audit("import", "referent", None, {
            "file": [None, file.name], "added": [None, added], "changed": [None, changed],
            "assignments": [None, assigned], "units": [None, len(new_units)],
        })
    report.sort(key=lambda line: line.line)
    details = [f"{assigned} rattachement(s) de commune créé(s)."]
    if new_units:
        details.append(f"{len(new_units)} unité(s) créée(s) : "
                       + ", ".join(unit.name for unit in new_units.values()) + ".")
    skipped = sum(1 for line in report if line.status == SKIPPED)
    if skipped:
        details.append(f"{skipped} ligne(s) de titre, de pied de page ou vide(s) ignorée(s).")
    stale = sum(1 for line in report if line.status == STALE)
    if stale:
        details.append(f"{stale} référent(s) à vérifier (non vérifiés depuis "
                       f"{stale_months(db)} mois).")
    return ImportSummary(
        "Référents", added=added, changed=changed, unchanged=unchanged,
        rejected=len(refused_lines), details=tuple(details), report=tuple(report),
    )


def report_csv_bytes(summary: ImportSummary) -> bytes:
    """The import's report (refused, ignored, stale lines; units created) as a CSV file."""
    from desktop.io.import_report import report_csv

    return report_csv((line.line, line.status, line.reason) for line in summary.report)


def _split(reason: str) -> tuple[int, str, str]:
    """(12, "code INSEE … invalide", unit) from "ligne 12 : code INSEE … invalide"."""
    head, _, text = reason.partition(" : ")
    unit, _, number = head.partition(" ")
    return (int(number) if number.isdigit() else 0), text or reason, unit


def _state(referent: Referent) -> tuple[object, ...]:
    return (referent.role, referent.phone, referent.mobile, referent.grade, referent.email,
            referent.verified_on, referent.active)


def _force_of(written: str | None, zones: list[ForceZone | None]) -> Force | None:
    """The sheet's force, else the one all the référent's communes share."""
    if written:
        return Force[written]
    forces = {zone for zone in zones if zone in (ForceZone.PN, ForceZone.GN)}
    return Force(forces.pop().value) if len(forces) == 1 else None


def _new_unit(uow: UnitOfWork, name: str, force: Force, commune_ids: list[int]) -> Unit:
    from desktop.services.roster.competence import guess_kind, top_unit

    department = None
    if commune_ids:
        code = uow.session.scalar(sa.select(Commune.insee_code).where(
            Commune.id == commune_ids[0]))
        department = department_of(code) if code else None
    unit = Unit(name=name, force=force, kind=guess_kind(name, force))
    if department:
        unit.parent = top_unit(uow, force, department)
    uow.session.add(unit)
    uow.audit("create", "unit", None, {"name": [None, name], "force": [None, force.name]})
    return unit


def _postal_codes(uow: UnitOfWork, commune_id: int) -> set[str]:
    return set(uow.session.scalars(
        sa.select(PostalCode.code).where(PostalCode.commune_id == commune_id)))


def _assign(
    uow: UnitOfWork, referent: Referent, commune_ids: list[int], verified: dt.date | None,
    day: dt.date,
) -> int:
    """Open an assignment for each commune not already covered by ``referent`` today."""
    from desktop.services.roster.lookup import valid_on

    open_ones = {
        a.commune_id: a for a in uow.session.scalars(
            sa.select(Assignment).where(Assignment.referent_id == referent.id, *valid_on(day))
        )
    }
    created = 0
    for commune_id in dict.fromkeys(commune_ids):
        current = open_ones.get(commune_id)
        if current is not None:
            current.verified_on = verified or current.verified_on
            continue
        uow.session.add(Assignment(
            commune_id=commune_id, referent_id=referent.id,
            valid_from=min(verified, day) if verified else day, verified_on=verified,
        ))
        created += 1
    return created


def _unit_index(uow: UnitOfWork) -> dict[str, int]:
    index: dict[str, int] = {}
    for unit_id, name, code in uow.session.execute(sa.select(Unit.id, Unit.name, Unit.code)):
        index.setdefault(normalise_name(name), unit_id)
        if code:
            index.setdefault(normalise_name(code), unit_id)
    return index


def _commune_names(uow: UnitOfWork) -> dict[str, list[int]]:
    names: dict[str, list[int]] = defaultdict(list)
    for commune_id, key in uow.session.execute(sa.select(Commune.id, Commune.search_key)):
        names[key].append(commune_id)
    return names


def check_mapping(mapping: Mapping[str, str]) -> None:
    if not mapping.get("last_name"):
        raise ImportRejected("Correspondance de colonnes incomplète : indiquez la colonne du nom.")
