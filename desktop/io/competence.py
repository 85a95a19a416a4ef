"""The Ministry of the Interior's "compétence territoriale gendarmerie et police nationales" file:
which force (PN or GN) and which service covers each commune."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from desktop.io.insee import insee_code_problem, postal_code_problem
from desktop.io.insee import normalise_name as _key
from desktop.io.report import ParseResult, Rejects
from desktop.io.textfile import read_table

Institution = Literal["PN", "GN"]

REQUIRED = {
    "insee_code": ("code_commune_insee", "code_insee", "insee"),
    "institution": ("institution", "force"),
    "service_id": ("id_service",),
    "service_name": ("service", "nom_service", "libelle_service"),
}
OPTIONAL = {
    "commune_name": ("nom_commune", "commune", "nom_de_la_commune", "libelle_commune"),
    "postal_code": ("code_postal",),
    "postal_codes": ("codes_postaux",),
}
_INSTITUTIONS: dict[str, Institution] = {
    "pn": "PN",
    "police": "PN",
    "police nationale": "PN",
    "gn": "GN",
    "gendarmerie": "GN",
    "gendarmerie nationale": "GN",
}


@dataclass(frozen=True, slots=True)
class CompetenceRecord:
    """One commune covered by one service of one force."""

    insee_code: str
    institution: Institution
    service_id: str
    service_name: str
    postal_codes: tuple[str, ...]


def parse_competence_csv(
    path: Path | str, known_codes: Collection[str] | None = None
) -> ParseResult[CompetenceRecord]:
    """Read the file (``;``-separated; ``code_commune_insee``, ``institution``, ``id_service``,
    ``service`` required; commune name, ``code_postal`` and ``codes_postaux`` optional).

    ``postal_codes`` are the ``-``-separated ``codes_postaux``, or ``code_postal`` when that list
    is empty. The same commune listed twice for the same service is a duplicate; listed under
    both PN and GN it is kept twice (a split commune, see ``split_communes``). With
    ``known_codes``, a commune outside them is rejected as unknown.
    """
    table = read_table(path)
    column = table.columns(REQUIRED, OPTIONAL)
    rejects = Rejects()
    records: list[CompetenceRecord] = []
    first_line: dict[tuple[str, str, str], int] = {}
    for line, values in table.rows:
        code = values[column["insee_code"]].upper()
        raw_institution = values[column["institution"]]
        service_id = values[column["service_id"]]
        service_name = values[column["service_name"]]
        postal_codes = _postal_codes(values, column)
        institution = _INSTITUTIONS.get(_key(raw_institution))
        problems = [insee_code_problem(code), *map(postal_code_problem, postal_codes)]
        if institution is None:
            problems.append(
                f"institution « {raw_institution} » inconnue (PN ou GN attendu)"
                if raw_institution
                else "institution manquante (PN ou GN attendu)"
            )
        if not service_id:
            problems.append("identifiant du service (id_service) manquant")
        if not service_name:
            problems.append("nom du service manquant")
        if not any(problems) and known_codes is not None and code not in known_codes:
            problems.append(f"code INSEE « {code} » inconnu (commune absente du référentiel)")
        if any(problems) or institution is None:
            for problem in filter(None, problems):
                rejects.add(line, problem)
            continue
        key = (code, institution, service_id)
        if key in first_line:
            what = f"commune {code} pour le service {service_id} ({institution})"
            rejects.duplicate(line, what, first_line[key])
            continue
        first_line[key] = line
        records.append(CompetenceRecord(code, institution, service_id, service_name, postal_codes))
    return rejects.result(records)


def _postal_codes(values: tuple[str, ...], column: dict[str, int]) -> tuple[str, ...]:
    listed = values[column["postal_codes"]] if "postal_codes" in column else ""
    codes = [code.strip() for code in listed.split("-") if code.strip()]
    if not codes and "postal_code" in column and values[column["postal_code"]]:
        codes = [values[column["postal_code"]]]
    return tuple(dict.fromkeys(codes))


def split_communes(records: Iterable[CompetenceRecord]) -> set[str]:
    """INSEE codes of the communes listed under both PN and GN ("mixte": a manual decision)."""
    forces: dict[str, set[str]] = {}
    for record in records:
        forces.setdefault(record.insee_code, set()).add(record.institution)
    return {code for code, institutions in forces.items() if len(institutions) > 1}
