"""Import the office's référents sheet (XLSX or CSV) through a column mapping remembered in
the vault (``Setting`` "roster.referents_mapping"), all-or-nothing."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Mapping
from pathlib import Path

import sqlalchemy as sa

from desktop.errors import ImportRejected
from desktop.io.insee import normalise_name
from desktop.models.enums import ReferentRole
from desktop.models.settings import Setting
from desktop.models.territory import Assignment, Commune, Referent, Unit
from desktop.services.roster.imports import known_insee_codes, refuse
from desktop.services.roster.records import ImportSummary
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database, UnitOfWork

MAPPING_KEY = "roster.referents_mapping"


def sheet_headers(path: Path | str) -> tuple[tuple[str, ...], dict[str, str]]:
    """The sheet's headers and the proposed mapping (for the column-mapping step)."""
    from desktop.io.referents_sheet import guess_mapping
    from desktop.io.sheet import read_sheet

    table = read_sheet(path)
    return table.header, guess_mapping(table.header)


def remembered_mapping(db: Database) -> dict[str, str] | None:
    with db.reading() as session:
        row = session.get(Setting, MAPPING_KEY)
        return dict(json.loads(row.value)) if row is not None else None


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
    today: dt.date | None = None,
) -> ImportSummary:
    """Create or update référents (matched by name and unit) and their assignments.

    ``mapping`` (``{field: header}``) is remembered for next time; without one, the remembered
    mapping is used, else the guessed one. A unit or a commune name that the vault does not
    know, or a commune name shared by several communes, rejects the line.
    """
    from desktop.io.referents_sheet import parse_referents

    file = Path(path)
    if mapping is None:
        mapping = remembered_mapping(db) or sheet_headers(file)[1]
    day = today or dt.date.today()
    with db.unit_of_work() as uow:
        session = uow.session
        result = parse_referents(file, mapping, known_codes=known_insee_codes(uow))
        units = _unit_index(uow)
        by_name = _commune_names(uow)
        ids = dict(session.execute(sa.select(Commune.insee_code, Commune.id)).all())
        problems: list[str] = []
        resolved = []
        for record in result.records:
            why = []
            unit_id = None
            if record.unit:
                unit_id = units.get(normalise_name(record.unit))
                if unit_id is None:
                    why.append(f"unité « {record.unit} » inconnue (importez la compétence "
                               "territoriale ou créez l'unité)")
            commune_ids = [ids[code] for code in record.commune_codes]
            for name in record.commune_names:
                found = by_name.get(normalise_name(name), [])
                if len(found) == 1:
                    commune_ids.append(found[0])
                elif not found:
                    why.append(f"commune « {name} » inconnue")
                else:
                    why.append(f"commune « {name} » ambiguë ({len(found)} communes de ce nom : "
                               "indiquez le code INSEE)")
            problems += [f"ligne {record.line} : {reason}" for reason in why]
            resolved.append((record, unit_id, commune_ids))
        refuse(result, problems, f"des référents « {file.name} »")
        remember_mapping(uow, mapping)
        added = updated = assigned = 0
        existing = {
            (normalise_name(r.last_name), normalise_name(r.first_name), r.unit_id): r
            for r in session.scalars(sa.select(Referent))
        }
        for record, unit_id, commune_ids in resolved:
            key = (normalise_name(record.last_name), normalise_name(record.first_name or ""),
                   unit_id)
            referent = existing.get(key)
            if referent is None:
                referent = Referent(last_name=record.last_name, first_name=record.first_name or "",
                                    unit_id=unit_id, role=ReferentRole.REFERENT)
                session.add(referent)
                existing[key] = referent
                added += 1
            else:
                updated += 1
            if record.role:
                referent.role = ReferentRole(record.role)
            referent.phone = record.phone or referent.phone
            referent.email = record.email or referent.email
            referent.verified_on = record.verified_on or referent.verified_on
            referent.active = True
            session.flush()
            assigned += _assign(uow, referent, commune_ids, record.verified_on, day)
        uow.audit("import", "referent", None, {
            "file": [None, file.name], "added": [None, added], "updated": [None, updated],
            "assignments": [None, assigned],
        })
    return ImportSummary("Référents", added=added, changed=updated,
                         details=(f"{assigned} rattachement(s) de commune créé(s).",))


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
