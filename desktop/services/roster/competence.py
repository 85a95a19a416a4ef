"""Apply the "compétence territoriale" file: units, each commune's force zone and unit."""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa

from desktop.io.competence import CompetenceRecord, split_communes
from desktop.io.departments import department_name
from desktop.io.insee import department_of, normalise_name
from desktop.models.enums import Force, ForceZone, UnitKind
from desktop.models.territory import Commune, Unit
from desktop.services.roster.records import ImportSummary
from desktop.services.vault.database import UnitOfWork

_KIND_WORDS = (
    ("communaute de brigades", UnitKind.COB),
    ("cob ", UnitKind.COB),
    ("brigade", UnitKind.BRIGADE),
    ("bta ", UnitKind.BRIGADE),
    ("compagnie", UnitKind.COMPAGNIE),
    ("groupement", UnitKind.GROUPEMENT),
    ("circonscription", UnitKind.CIRCONSCRIPTION),
    ("commissariat", UnitKind.COMMISSARIAT),
    ("csp ", UnitKind.COMMISSARIAT),
    ("ddpn", UnitKind.DDPN),
    ("dipn", UnitKind.DIPN),
)


def guess_kind(name: str, force: Force) -> UnitKind:
    """The unit's kind from its name ("Brigade territoriale autonome de …" → brigade)."""
    key = normalise_name(name) + " "
    for word, kind in _KIND_WORDS:
        if key.startswith(word) or f" {word}" in f" {key}":
            return kind
    return UnitKind.BRIGADE if force is Force.GN else UnitKind.COMMISSARIAT


def top_unit(uow: UnitOfWork, force: Force, department: str) -> Unit:
    """The département's groupement (GN) or DDPN (PN), created when missing."""
    code = ("GGD" if force is Force.GN else "DDPN") + department
    unit = uow.session.scalar(sa.select(Unit).where(Unit.force == force, Unit.code == code))
    if unit is None:
        name = department_name(department)
        unit = Unit(
            force=force,
            code=code,
            kind=UnitKind.GROUPEMENT if force is Force.GN else UnitKind.DDPN,
            name=(f"Groupement de gendarmerie départementale ({name})" if force is Force.GN
                  else f"Direction départementale de la police nationale ({name})"),
        )
        uow.session.add(unit)
        uow.session.flush()
        uow.audit("create", "unit", unit.id, {"name": [None, unit.name]})
    return unit


def apply_competence(uow: UnitOfWork, records: Sequence[CompetenceRecord]) -> ImportSummary:
    session = uow.session
    units = {(u.force, u.code): u for u in session.scalars(sa.select(Unit))}
    created = renamed = 0
    seen: set[int] = set()
    unit_of: dict[str, Unit] = {}
    for record in records:
        force = Force.PN if record.institution == "PN" else Force.GN
        unit = units.get((force, record.service_id))
        if unit is None:
            unit = Unit(
                force=force, code=record.service_id, name=record.service_name,
                kind=guess_kind(record.service_name, force),
            )
            unit.parent = top_unit(uow, force, department_of(record.insee_code))
            session.add(unit)
            units[(force, record.service_id)] = unit
            created += 1
        elif unit.name != record.service_name:
            unit.name = record.service_name
            renamed += 1
        if unit.id is not None:
            seen.add(unit.id)
        unit_of[record.insee_code] = unit
    session.flush()
    split = split_communes(records)
    communes = {c.insee_code: c for c in session.scalars(
        sa.select(Commune).where(Commune.insee_code.in_(list(unit_of)))
    )}
    changed = 0
    for code, unit in unit_of.items():
        commune = communes[code]
        zone = ForceZone.MIXTE if code in split else ForceZone(unit.force.value)
        unit_id = None if code in split else unit.id
        if commune.force_zone != zone or commune.unit_id != unit_id:
            commune.force_zone = zone
            commune.unit_id = unit_id
            changed += 1
    uow.audit(
        "import", "competence", None,
        {"units": [None, created], "communes": [None, changed], "mixte": [None, len(split)]},
    )
    details = (f"{changed} commune(s) rattachée(s) ; {len(split)} commune(s) mixte(s) à trancher.",)
    return ImportSummary("Unités", added=created, changed=renamed,
                         unchanged=len(seen) - renamed, details=details)
