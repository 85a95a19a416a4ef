"""The office's own référents sheet (XLSX or CSV), read through a column mapping the user
confirms once: ``{field: header}``, proposed by ``guess_mapping``."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Literal

from desktop.errors import ImportRejected, ValidationError
from desktop.io.insee import insee_code_problem, normalise_name
from desktop.io.phones import parse_phone
from desktop.io.report import ParseResult, Rejects, as_clause
from desktop.io.sheet import read_sheet
from desktop.io.textfile import TableRow, TextTable

Role = Literal["referent", "correspondant"]
Force = Literal["PN", "GN"]

FIELD_LABELS = {
    "last_name": "nom",
    "first_name": "prénom",
    "role": "rôle",
    "grade": "grade",
    "force": "force",
    "unit": "unité",
    "phone": "téléphone fixe",
    "mobile": "portable",
    "email": "courriel",
    "communes": "communes",
    "postal_code": "code postal",
    "verified_on": "vérifié le",
}
"""Each field and its French name: the mapping step, the CLI (``nom=NOM,portable=Portable``)
and the error messages use the French names."""
FIELDS = tuple(FIELD_LABELS)
# Header names (as normalise_name keys) that each field answers to, best first.
SYNONYMS = {
    "last_name": ("nom", "nom de famille", "nom d usage", "last name", "surname", "name"),
    "first_name": ("prenom", "prenoms", "first name", "given name"),
    "role": ("role", "fonction", "qualite", "type"),
    "grade": ("grade", "grade et qualite"),
    "force": ("force", "force pn gn", "institution", "pn gn", "police ou gendarmerie"),
    "unit": ("unite", "service", "unite de rattachement", "affectation", "brigade", "unit"),
    "phone": ("tel fixe", "telephone fixe", "fixe", "ligne fixe", "telephone", "tel",
              "tel bureau", "telephone bureau", "numero", "numero de telephone", "phone"),
    "mobile": ("portable", "mobile", "tel portable", "telephone portable", "tel mobile",
               "telephone mobile", "gsm", "cellulaire"),
    "email": ("mel", "courriel", "email", "e mail", "mail", "adresse mel", "adresse mail",
              "adresse electronique", "messagerie"),
    "communes": ("communes", "commune", "communes couvertes", "codes insee", "code insee"),
    "postal_code": ("code postal", "cp", "codes postaux"),
    "verified_on": (
        "verifie le",
        "date de verification",
        "derniere verification",
        "mise a jour",
        "date maj",
        "date de maj",
        "derniere mise a jour",
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
_HEADER_SEARCH = 15
"""Rows looked at for the header line when a sheet starts with titles."""


@dataclass(frozen=True, slots=True)
class ReferentRecord:
    """One référent of the sheet, from one row or several (a sheet with one row per commune
    repeats the référent: the rows are merged, communes added, the oldest date kept).
    ``phone`` and ``mobile`` are E.164; ``commune_codes`` are well-formed INSEE codes,
    ``commune_names`` the names as written with the row's postal code if any (the service
    resolves them). ``line`` is the référent's first row, ``lines`` all of them."""

    line: int
    last_name: str
    first_name: str | None
    role: Role | None
    unit: str | None
    phone: str | None
    email: str | None
    commune_codes: tuple[str, ...]
    commune_names: tuple[tuple[str, str | None], ...]
    verified_on: date | None
    mobile: str | None = None
    grade: str | None = None
    force: Force | None = None
    lines: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class SheetLines:
    """What the sheet holds besides référents: title, footer and repeated header lines."""

    skipped: tuple[tuple[int, str], ...]
    """(line, French reason) of each line left out on purpose."""


def mapping_from_names(names: Mapping[str, str]) -> dict[str, str]:
    """``{field: header}`` from the French names ("nom", "téléphone fixe", "portable"…) or
    the fields' code names; an unknown name raises ``ImportRejected`` listing the names."""
    by_name = {normalise_name(label): field for field, label in FIELD_LABELS.items()}
    by_name |= {field: field for field in FIELDS}
    by_name |= {"telephone": "phone", "fixe": "phone", "mobile": "mobile", "mel": "email",
                "email": "email", "unite": "unit", "commune": "communes",
                "mise a jour": "verified_on", "date": "verified_on"}
    mapping: dict[str, str] = {}
    unknown: list[str] = []
    for name, header in names.items():
        field = by_name.get(normalise_name(name)) or by_name.get(name)
        if field is None:
            unknown.append(name)
        else:
            mapping[field] = header
    if unknown:
        raise ImportRejected(
            "Correspondance de colonnes invalide : champ(s) inconnu(s) "
            + ", ".join(f"« {name} »" for name in unknown)
            + ". Champs possibles : " + ", ".join(FIELD_LABELS.values()) + "."
        )
    return mapping


def describe_mapping(mapping: Mapping[str, str]) -> str:
    """"nom = NOM, portable = Portable": a mapping as the user reads it."""
    return ", ".join(f"{FIELD_LABELS.get(field, field)} = « {header} »"
                     for field, header in mapping.items() if header)


def guess_mapping(headers: Sequence[str]) -> dict[str, str]:
    """Propose ``{field: header}`` from the sheet's headers: exact names first ("Nom",
    "Prénom", "Tél. fixe", "Portable", "Mél", "Unité", "Commune", "Mise à jour"…), then
    headers that start with one of them ("Force (PN/GN)"). Each header is used at most once."""
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


def read_referents_table(path: Path | str) -> tuple[TextTable, SheetLines]:
    """The sheet with its header found where it is: the row among the first ones whose cells
    name the most known columns (title lines above it, even of several cells, are skipped and
    listed)."""
    table = read_sheet(path)
    candidates = [table.header, *(row.values for row in table.rows[:_HEADER_SEARCH])]
    scores = [len(guess_mapping(values)) for values in candidates]
    best = scores.index(max(scores))
    skipped = [(row.line, _title_reason(row.values)) for row in table.preamble]
    if best:
        header_row = table.rows[best - 1]
        skipped.append((table.header_line, _title_reason(table.header)))
        skipped += [(row.line, _title_reason(row.values)) for row in table.rows[:best - 1]]
        width = len(header_row.values)
        rows = tuple(
            TableRow(row.line, row.values + ("",) * (width - len(row.values)))
            for row in table.rows[best:]
        )
        table = replace(table, header=header_row.values, rows=rows)
    return table, SheetLines(tuple(skipped))


def _title_reason(values: Sequence[str]) -> str:
    text = " ".join(value for value in values if value)
    return f"ligne de titre ou de pied de page ignorée (« {_short(text)} »)"


def _short(text: str) -> str:
    return text if len(text) <= 60 else text[:59] + "…"


def parse_referents(
    path: Path | str, mapping: Mapping[str, str], known_codes: Collection[str] | None = None
) -> ParseResult[ReferentRecord]:
    """Read the sheet with ``mapping``; rows with a bad phone, e-mail, date, role, force or
    INSEE code (or, with ``known_codes``, a code outside them) are rejected line by line.
    Title, footer and blank lines are skipped (listed in the result's ``notes`` as
    "ligne N : …"); rows of the same référent (name, first name, unit) are merged."""
    unknown = sorted(set(mapping) - set(FIELDS))
    if unknown:
        raise ImportRejected(
            "Correspondance de colonnes invalide : champ(s) inconnu(s) "
            + ", ".join(f"« {field} »" for field in unknown)
            + ". Champs possibles : " + ", ".join(FIELD_LABELS.values()) + "."
        )
    if not mapping.get("last_name"):
        raise ImportRejected("Correspondance de colonnes incomplète : indiquez la colonne du nom.")
    table, lines = read_referents_table(path)
    column = table.columns({field: (header,) for field, header in mapping.items() if header})
    rejects = Rejects()
    skipped = [f"ligne {line} : {reason}" for line, reason in lines.skipped]
    merged: dict[tuple[str, str, str], ReferentRecord] = {}
    header_keys = [normalise_name(value) for value in table.header]
    for line, values in table.rows:
        filled = [value for value in values if value]
        if len(filled) == 1 or [normalise_name(value) for value in values] == header_keys:
            skipped.append(f"ligne {line} : {_title_reason(values)}")
            continue
        cells = {field: values[index] for field, index in column.items()}
        record = _read_row(line, cells, rejects, known_codes)
        if record is None:
            continue
        key = (normalise_name(record.last_name), normalise_name(record.first_name or ""),
               normalise_name(record.unit or ""))
        first = merged.get(key)
        merged[key] = record if first is None else _merge(first, record)
    return rejects.result(list(merged.values()), tuple(skipped))


def _merge(first: ReferentRecord, other: ReferentRecord) -> ReferentRecord:
    """One référent written on several rows: communes added, empty values filled, the
    oldest verification date kept (the roster must not look fresher than its oldest row)."""
    dates = [day for day in (first.verified_on, other.verified_on) if day]
    return replace(
        first,
        role=first.role or other.role,
        phone=first.phone or other.phone,
        mobile=first.mobile or other.mobile,
        email=first.email or other.email,
        grade=first.grade or other.grade,
        force=first.force or other.force,
        commune_codes=tuple(dict.fromkeys(first.commune_codes + other.commune_codes)),
        commune_names=tuple(dict.fromkeys(first.commune_names + other.commune_names)),
        verified_on=min(dates) if dates else None,
        lines=(*first.lines, *other.lines),
    )


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
    force, problem = parse_force(cells.get("force", ""))
    problems.append(problem or "")
    phones: dict[str, str | None] = {"phone": None, "mobile": None}
    for field in phones:
        if cells.get(field):
            try:
                phones[field] = parse_phone(cells[field])
            except ValidationError as error:
                problems.append(as_clause(error.message))
    email = cells.get("email") or None
    if email and not _EMAIL.fullmatch(email):
        problems.append(f"courriel « {email} » invalide")
    verified_on, problem = parse_date(cells.get("verified_on", ""))
    problems.append(problem or "")
    codes, names, commune_problems = split_communes_cell(cells.get("communes", ""), known_codes)
    problems += commune_problems
    postal_code = cells.get("postal_code") or None
    if postal_code and not (len(postal_code) == 5 and postal_code.isdigit()):
        problems.append(f"code postal « {postal_code} » invalide (5 chiffres attendus)")
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
        phones["phone"],
        email,
        codes,
        tuple((name, postal_code) for name in names),
        verified_on,
        mobile=phones["mobile"],
        grade=cells.get("grade") or None,
        force=force,
        lines=(line,),
    )


def parse_force(text: str) -> tuple[Force | None, str | None]:
    """("PN" | "GN" | None, problem): "PN", "GN", "Police", "Gendarmerie nationale"…"""
    key = normalise_name(text)
    if not key:
        return None, None
    if key in ("pn", "dipn", "ddpn", "ddsp") or key.startswith("police"):
        return "PN", None
    if key in ("gn", "ggd") or key.startswith("gendarmerie"):
        return "GN", None
    return None, f"force « {text} » inconnue (PN ou GN attendu)"


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
