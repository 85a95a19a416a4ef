"""Commune lists: Etalab "découpage administratif" JSON, INSEE COG CSV, the bundled France-wide
resource, and La Poste's postal-code file (re-exported from ``laposte``)."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from desktop.errors import ImportRejected
from desktop.io.insee import (
    department_of,
    insee_code_problem,
    is_valid_insee_code,
    postal_code_problem,
)
from desktop.io.laposte import PostalCodeRecord, parse_laposte_csv
from desktop.io.report import ParseResult, Rejects
from desktop.io.textfile import decode_text, read_bytes, read_table

__all__ = [
    "CommuneRecord",
    "PostalCodeRecord",
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


class _Communes:
    """Validates candidate communes and keeps the first of each code."""

    def __init__(self, unit: str = "ligne") -> None:
        self.rejects = Rejects(unit)
        self.records: list[CommuneRecord] = []
        self._first_line: dict[str, int] = {}

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
        if code in self._first_line:
            self.rejects.duplicate(line, f"code INSEE « {code} »", self._first_line[code])
            return
        postal_codes = tuple(postal_codes)
        if len(postal_codes) > 1:
            postal_codes = tuple(dict.fromkeys(postal_codes))
        valid = name and _POSTAL_CODES.fullmatch(" ".join(postal_codes))
        if not (valid and is_valid_insee_code(code)):
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
                department or department_of(code),
                arrondissement or None,
                postal_codes,
                population,
            )
        )

    def result(self) -> ParseResult[CommuneRecord]:
        return self.rejects.result(self.records)


def parse_etalab_json(path: Path | str) -> ParseResult[CommuneRecord]:
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
    communes = _Communes("entrée")
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or "type" not in entry:
            communes.rejects.add(number, "ce n'est pas une commune Etalab (champ « type » absent)")
            continue
        if entry["type"] != "commune-actuelle":
            continue
        postal_codes = entry.get("codesPostaux") or []
        population = entry.get("population")
        communes.add(
            number,
            _text(entry.get("code")),
            _text(entry.get("nom")),
            _text(entry.get("departement")),
            _text(entry.get("arrondissement")),
            [_text(code) for code in postal_codes] if isinstance(postal_codes, list) else ["?"],
            population if isinstance(population, int) else None,
        )
    return communes.result()


def parse_insee_cog_csv(path: Path | str) -> ParseResult[CommuneRecord]:
    """INSEE's "Code officiel géographique" commune file (``TYPECOM, COM, REG, DEP, CTCD, ARR,
    TNCC, NCC, NCCENR, LIBELLE, CAN, COMPARENT``): only ``TYPECOM == "COM"`` rows are communes.
    The COG has no postal codes nor population."""
    table = read_table(path)
    column = table.columns(COG_REQUIRED)
    communes = _Communes()
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


def parse_communes_resource(path: Path | str) -> ParseResult[CommuneRecord]:
    """The bundled France-wide list (``tools/build_communes_resource.py`` writes it):
    ``insee_code;name;department;arrondissement;postal_codes;population``, gzip-compressed,
    postal codes separated by spaces."""
    table = read_table(path)
    column = table.columns(RESOURCE_COLUMNS)
    pick = itemgetter(*(column[name] for name in RESOURCE_COLUMNS))
    communes = _Communes()
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
