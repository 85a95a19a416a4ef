"""Commune lists: Etalab "découpage administratif" JSON, INSEE COG CSV, the bundled France-wide
resource, and La Poste's postal-code file (re-exported from ``laposte``)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any, Literal

from desktop.errors import ImportRejected
from desktop.io.insee import (
    OVERSEAS_COLLECTIVITIES,
    department_of,
    insee_code_problem,
    is_overseas_collectivity_code,
    is_valid_insee_code,
    postal_code_problem,
)
from desktop.io.laposte import PostalCodeRecord, parse_laposte_csv
from desktop.io.report import ParseResult, Rejects
from desktop.io.textfile import decode_text, read_bytes, read_table

__all__ = [
    "CommuneFilter",
    "CommuneRecord",
    "OVERSEAS_SKIPPED",
    "PostalCodeRecord",
    "overseas_skipped",
    "parse_communes_resource",
    "parse_etalab_json",
    "parse_insee_cog_csv",
    "parse_laposte_csv",
]

_POSTAL_CODES = re.compile(r"(?:[0-9]{5}(?: [0-9]{5})*)?")
COG_REQUIRED = {name: (name,) for name in ("TYPECOM", "COM", "DEP", "ARR", "LIBELLE")}
RESOURCE_COLUMNS = {
    name: (name,)
    for name in ("insee_code", "name", "department", "arrondissement", "postal_codes", "population")
}


@dataclass(frozen=True, slots=True)
class CommuneRecord:
    """A commune as read from a file; ``department`` "77", "2A" or "974"."""

    insee_code: str
    name: str
    department: str
    arrondissement: str | None
    postal_codes: tuple[str, ...]
    population: int | None


OverseasPolicy = Literal["skip", "import"]


@dataclass(frozen=True, slots=True)
class CommuneFilter:
    """Which communes of a file to keep, decided BEFORE each row is validated: a national file
    imports one département, and its rows of other départements are never checked.

    ``overseas``: the communes of the collectivités d'outre-mer (977, 978, 984, 986 to 989)
    are left out and counted ("skip", the default: no préfecture of a département covers
    them) or imported under their collectivité ("import").
    """

    departments: frozenset[str] | None = None
    overseas: OverseasPolicy = "skip"


class _Communes:
    """Validates candidate communes and keeps the first of each code."""

    def __init__(self, unit: str = "ligne", keep: CommuneFilter | None = None) -> None:
        self.rejects = Rejects(unit)
        self.records: list[CommuneRecord] = []
        self._first_line: dict[str, int] = {}
        self._keep = keep or CommuneFilter()
        self._overseas_skipped: dict[str, int] = {}

    def add(
        self,
        line: int,
        code: str,
        name: str,
        department: str,
        arrondissement: str,
        postal_codes: Iterable[str],
        population: int | None,
    ) -> None:
        department = department or department_of(code)
        wanted = self._keep.departments
        if wanted is not None and department not in wanted:
            return
        overseas = is_overseas_collectivity_code(code)
        if overseas and self._keep.overseas == "skip":
            self._overseas_skipped[department] = self._overseas_skipped.get(department, 0) + 1
            return
        if code in self._first_line:
            self.rejects.duplicate(line, f"code INSEE « {code} »", self._first_line[code])
            return
        postal_codes = tuple(postal_codes)
        if len(postal_codes) > 1:
            postal_codes = tuple(dict.fromkeys(postal_codes))
        valid = name and _POSTAL_CODES.fullmatch(" ".join(postal_codes))
        if not (valid and (overseas or is_valid_insee_code(code))):
            problems = [insee_code_problem(code), *map(postal_code_problem, postal_codes)]
            problems.append(None if name else "nom de la commune manquant")
            for problem in filter(None, problems):
                self.rejects.add(line, problem)
            return
        self._first_line[code] = line
        self.records.append(
            CommuneRecord(
                code,
                name,
                department,
                arrondissement or None,
                postal_codes,
                population,
            )
        )

    def result(self) -> ParseResult[CommuneRecord]:
        notes: tuple[str, ...] = ()
        if self._overseas_skipped:
            count = sum(self._overseas_skipped.values())
            where = ", ".join(
                f"{OVERSEAS_COLLECTIVITIES.get(code, code)} {number}"
                for code, number in sorted(self._overseas_skipped.items())
            )
            notes = (
                f"{count} {OVERSEAS_SKIPPED}, hors départements ({where}).",
            )
        return self.rejects.result(self.records, notes)


OVERSEAS_SKIPPED = "commune(s) des collectivités d'outre-mer laissée(s) de côté"
"""The words of the import's note on the communes of the COM left out: the CLI and the GUI
follow it with how to import them (the option, the dialog's choice)."""


def overseas_skipped(details: tuple[str, ...]) -> bool:
    """Whether an import's details say communes of the COM were left out."""
    return any(OVERSEAS_SKIPPED in line for line in details)


def parse_etalab_json(
    path: Path | str, keep: CommuneFilter | None = None
) -> ParseResult[CommuneRecord]:
    """Etalab's ``communes.json``: only entries of type "commune-actuelle" are communes
    (communes déléguées, associées and arrondissements municipaux are skipped). Entries are
    numbered from 1 in the rejects ("entrée 12 : …")."""
    name, data = read_bytes(path)
    text, _ = decode_text(name, data)
    try:
        entries: Any = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportRejected(
            f"Le fichier « {name} » n'est pas un JSON valide (ligne {error.lineno} : {error.msg})."
        ) from None
    if not isinstance(entries, list):
        raise ImportRejected(f"Le fichier « {name} » n'est pas une liste de communes Etalab.")
    communes = _Communes("entrée", keep)
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or "type" not in entry:
            communes.rejects.add(number, "ce n'est pas une commune Etalab (champ « type » absent)")
            continue
        if entry["type"] != "commune-actuelle":
            continue
        postal_codes = entry.get("codesPostaux") or []
        population = entry.get("population")
        collectivity = entry.get("collectiviteOutremer")
        department = _text(entry.get("departement")) or (
            _text(collectivity.get("code")) if isinstance(collectivity, dict) else ""
        )
        communes.add(
            number,
            _text(entry.get("code")),
            _text(entry.get("nom")),
            department,
            _text(entry.get("arrondissement")),
            [_text(code) for code in postal_codes] if isinstance(postal_codes, list) else ["?"],
            population if isinstance(population, int) else None,
        )
    return communes.result()


def parse_insee_cog_csv(
    path: Path | str, keep: CommuneFilter | None = None
) -> ParseResult[CommuneRecord]:
    """INSEE's "Code officiel géographique" commune file (``TYPECOM, COM, REG, DEP, CTCD, ARR,
    TNCC, NCC, NCCENR, LIBELLE, CAN, COMPARENT``): only ``TYPECOM == "COM"`` rows are communes.
    The COG has no postal codes nor population."""
    table = read_table(path)
    column = table.columns(COG_REQUIRED)
    communes = _Communes(keep=keep)
    for row in table.rows:
        values = row.values
        if values[column["TYPECOM"]].upper() != "COM":
            continue
        communes.add(
            row.line,
            values[column["COM"]].upper(),
            values[column["LIBELLE"]],
            values[column["DEP"]].upper(),
            values[column["ARR"]].upper(),
            (),
            None,
        )
    return communes.result()


def parse_communes_resource(
    path: Path | str, keep: CommuneFilter | None = None
) -> ParseResult[CommuneRecord]:
    """The bundled France-wide list (``tools/build_communes_resource.py`` writes it):
    ``insee_code;name;department;arrondissement;postal_codes;population``, gzip-compressed,
    postal codes separated by spaces."""
    table = read_table(path)
    column = table.columns(RESOURCE_COLUMNS)
    pick = itemgetter(*(column[name] for name in RESOURCE_COLUMNS))
    communes = _Communes(keep=keep)
    for line, values in table.rows:
        code, name, department, arrondissement, postal_codes, population = pick(values)
        if population and not population.isdigit():
            communes.rejects.add(line, f"population « {population} » invalide")
            continue
        communes.add(
            line,
            code,
            name,
            department,
            arrondissement,
            postal_codes.split(),
            int(population) if population else None,
        )
    return communes.result()


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ("" if value is None else str(value))
