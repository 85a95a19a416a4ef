"""The office's own référents sheet (XLSX or CSV), read through a column mapping the user
confirms once: ``{field: header}``, proposed by ``guess_mapping``."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

from desktop.errors import ImportRejected, ValidationError
from desktop.io.insee import insee_code_problem, normalise_name
from desktop.io.phones import parse_phone
from desktop.io.report import ParseResult, Rejects, as_clause
from desktop.io.sheet import read_sheet

Role = Literal["referent", "correspondant"]

FIELD_LABELS = {
    "last_name": "nom",
    "first_name": "prénom",
    "role": "rôle",
    "unit": "unité",
    "phone": "téléphone",
    "email": "courriel",
    "communes": "communes",
    "verified_on": "date de vérification",
}
FIELDS = tuple(FIELD_LABELS)
# Header names (as normalise_name keys) that each field answers to, best first.
SYNONYMS = {
    "last_name": ("nom", "nom de famille", "nom d usage", "last name", "surname", "name"),
    "first_name": ("prenom", "prenoms", "first name", "given name"),
    "role": ("role", "fonction", "qualite", "type"),
    "unit": ("unite", "service", "unite de rattachement", "affectation", "brigade", "unit"),
    "phone": ("telephone", "tel", "portable", "numero", "numero de telephone", "phone"),
    "email": ("courriel", "email", "e mail", "mail", "adresse electronique", "messagerie"),
    "communes": ("communes", "commune", "communes couvertes", "codes insee", "code insee"),
    "verified_on": (
        "verifie le",
        "date de verification",
        "derniere verification",
        "a jour au",
        "mis a jour le",
        "date de mise a jour",
        "maj",
    ),
}
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T][0-9:.]*)?")
_EXCEL_SERIAL = re.compile(r"\d{5}(?:\.\d+)?")
_EXCEL_EPOCH = date(1899, 12, 30)
_COMMUNE_SEPARATORS = re.compile(r"[,;\n]+")


@dataclass(frozen=True, slots=True)
class ReferentRecord:
    """One row of the sheet. ``phone`` is E.164; ``commune_codes`` are well-formed INSEE codes,
    ``commune_names`` the names as written (the service resolves them with ``normalise_name``).
    ``line`` is the row's line in the file, for the service's own messages."""

    line: int
    last_name: str
    first_name: str | None
    role: Role | None
    unit: str | None
    phone: str | None
    email: str | None
    commune_codes: tuple[str, ...]
    commune_names: tuple[str, ...]
    verified_on: date | None


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """Propose ``{field: header}`` from the sheet's headers: exact names first ("Nom",
    "Prénom", "Téléphone", "Courriel", "Unité", "Communes", "Vérifié le"…), then headers that
    start with one of them ("Téléphone portable"). Each header is used at most once."""
    keys = [(normalise_name(header), header) for header in headers if header.strip()]
    mapping: dict[str, str] = {}
    for exact in (True, False):
        for field in FIELDS:
            if field in mapping:
                continue
            used = set(mapping.values())
            for synonym in SYNONYMS[field]:
                found = next(
                    (
                        header
                        for key, header in keys
                        if header not in used
                        and (key == synonym if exact else key.startswith(synonym + " "))
                    ),
                    None,
                )
                if found is not None:
                    mapping[field] = found
                    break
    return {field: mapping[field] for field in FIELDS if field in mapping}


def parse_referents(
    path: Path | str, mapping: Mapping[str, str], known_codes: Collection[str] | None = None
) -> ParseResult[ReferentRecord]:
    """Read the sheet with ``mapping``; rows with a bad phone, e-mail, date, role or INSEE code
    (or, with ``known_codes``, a code outside them), and repeated référents (same name and
    unit) are rejected line by line. Fully empty rows are skipped."""
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise ImportRejected(
            "Correspondance de colonnes invalide : champ(s) inconnu(s) "
            + ", ".join(f"« {field} »" for field in unknown)
            + "."
        )
    if not mapping.get("last_name"):
        raise ImportRejected("Correspondance de colonnes incomplète : indiquez la colonne du nom.")
    table = read_sheet(path)
    column = table.columns({field: (header,) for field, header in mapping.items() if header})
    rejects = Rejects()
    records: list[ReferentRecord] = []
    first_line: dict[tuple[str, str, str], int] = {}
    for line, values in table.rows:
        cells = {field: values[index] for field, index in column.items()}
        record = _read_row(line, cells, rejects, known_codes)
        if record is None:
            continue
        names = (record.last_name, record.first_name or "", record.unit or "")
        key = (normalise_name(names[0]), normalise_name(names[1]), normalise_name(names[2]))
        if key in first_line:
            who = " ".join(filter(None, names[:2]))
            unit = f" (unité « {record.unit} »)" if record.unit else ""
            rejects.duplicate(line, f"référent « {who} »{unit}", first_line[key])
            continue
        first_line[key] = line
        records.append(record)
    return rejects.result(records)


def _read_row(
    line: int, cells: dict[str, str], rejects: Rejects, known_codes: Collection[str] | None
) -> ReferentRecord | None:
    """The record of one row, or None after adding its problems to ``rejects``."""
    problems: list[str] = []
    last_name = cells.get("last_name", "")
    if not last_name:
        problems.append("nom du référent manquant")
    role, problem = parse_role(cells.get("role", ""))
    problems.append(problem or "")
    phone: str | None = None
    if cells.get("phone"):
        try:
            phone = parse_phone(cells["phone"])
        except ValidationError as error:
            problems.append(as_clause(error.message))
    email = cells.get("email") or None
    if email and not _EMAIL.fullmatch(email):
        problems.append(f"courriel « {email} » invalide")
    verified_on, problem = parse_date(cells.get("verified_on", ""))
    problems.append(problem or "")
    codes, names, commune_problems = split_communes_cell(cells.get("communes", ""), known_codes)
    problems += commune_problems
    problems = [problem for problem in problems if problem]
    for problem in problems:
        rejects.add(line, problem)
    if problems:
        return None
    return ReferentRecord(
        line,
        last_name,
        cells.get("first_name") or None,
        role,
        cells.get("unit") or None,
        phone,
        email,
        codes,
        names,
        verified_on,
    )


def parse_role(text: str) -> tuple[Role | None, str | None]:
    """("referent" | "correspondant" | None, problem): "Référent sûreté", "RS", "CS"…"""
    key = normalise_name(text)
    if not key:
        return None, None
    if key == "rs" or key.startswith("referent"):
        return "referent", None
    if key == "cs" or key.startswith("correspondant"):
        return "correspondant", None
    return None, f"rôle « {text} » inconnu (référent ou correspondant sûreté attendu)"


def parse_date(text: str) -> tuple[date | None, str | None]:
    """(date, problem) from "01/03/2026", "1/3/26", "2026-03-01" or an Excel serial "46082"."""
    if not text:
        return None, None
    try:
        if match := _DMY.fullmatch(text):
            day, month, year = (int(part) for part in match.groups())
            return date(year + 2000 if year < 100 else year, month, day), None
        if match := _ISO.fullmatch(text):
            year, month, day = (int(part) for part in match.groups())
            return date(year, month, day), None
        if _EXCEL_SERIAL.fullmatch(text):
            return _EXCEL_EPOCH + timedelta(days=int(float(text))), None
    except ValueError:
        pass
    return None, f"date « {text} » invalide (jj/mm/aaaa attendu)"


def split_communes_cell(
    text: str, known_codes: Collection[str] | None = None
) -> tuple[tuple[str, ...], tuple[str, ...], list[str]]:
    """(INSEE codes, names, problems) from "77131, 77320; Saint-Augustin": a part starting
    with a digit is a code ("2A004" too), anything else a name."""
    codes: list[str] = []
    names: list[str] = []
    problems: list[str] = []
    for part in filter(None, (piece.strip() for piece in _COMMUNE_SEPARATORS.split(text))):
        if not part[0].isdigit():
            names.append(part)
            continue
        code = part.upper()
        problem = insee_code_problem(code)
        if problem is None and known_codes is not None and code not in known_codes:
            problem = f"code INSEE « {code} » inconnu (commune absente du référentiel)"
        if problem:
            problems.append(problem)
        else:
            codes.append(code)
    return tuple(dict.fromkeys(codes)), tuple(dict.fromkeys(names)), problems
