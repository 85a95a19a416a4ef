"""Imports into the roster, each all-or-nothing (``ImportRejected`` with the per-line report).

The file is parsed and checked against the vault inside the unit of work that writes it: one
rejected line raises before anything is flushed, and the rollback leaves the vault unchanged.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Collection
from pathlib import Path
from typing import Any, Literal

import sqlalchemy as sa

from desktop.errors import ImportRejected, stop_if
from desktop.io.communes import OverseasPolicy
from desktop.io.report import ParseResult
from desktop.io.textfile import read_bytes
from desktop.models.territory import Commune
from desktop.services.roster.communes import load_communes, load_postal_codes, refuse_if_rejected
from desktop.services.roster.records import ImportSummary
from desktop.services.vault import auto_backup
from desktop.services.vault.database import Database, UnitOfWork

CommuneFormat = Literal["etalab", "insee", "laposte", "france"]
FORMATS: tuple[CommuneFormat, ...] = ("etalab", "insee", "laposte", "france")


def detect_format(path: Path) -> CommuneFormat:
    """From the file itself: JSON → Etalab, the bundled gzip list, COG or La Poste headers."""
    data = read_bytes(path)[1][:4096]  # ImportRejected for a missing, unreadable or damaged file
    head = data.decode("latin-1").lstrip("\ufeff\xef\xbb\xbf \r\n\t")
    first = head.splitlines()[0].lower() if head else ""
    if head.startswith("["):
        return "etalab"
    if "typecom" in first:
        return "insee"
    if "code_postal" in first:
        return "laposte"
    if "insee_code" in first:
        return "france"
    raise ImportRejected(
        f"Format du fichier « {path.name} » non reconnu : indiquez-le (etalab, insee, laposte)."
    )


def import_communes(
    db: Database,
    path: Path | str,
    fmt: CommuneFormat | None = None,
    *,
    departments: Collection[str] | None = None,
    overseas: OverseasPolicy = "skip",
    cancelled: Callable[[], bool] | None = None,
) -> ImportSummary:
    """Communes from an Etalab JSON, an INSEE COG CSV or a list in the bundled format, or La
    Poste's postal codes (matched to the vault's communes by INSEE code). ``cancelled`` is
    asked after the parsing and between batches (``Cancelled``, the vault unchanged).

    ``departments`` keeps only their communes, chosen before any row is checked (a national
    file imports one département even if another département's row is damaged);
    ``overseas``: the communes of the collectivités d'outre-mer are left out and counted
    ("skip") or imported under their collectivité ("import")."""
    from desktop.io.communes import (
        CommuneFilter,
        parse_communes_resource,
        parse_etalab_json,
        parse_insee_cog_csv,
    )

    file = Path(path)
    fmt = fmt or detect_format(file)
    if fmt == "laposte":
        return import_postal_codes(db, file)
    parser = {
        "etalab": parse_etalab_json,
        "insee": parse_insee_cog_csv,
        "france": parse_communes_resource,
    }[fmt]
    wanted = frozenset(_department_code(code) for code in departments) if departments else None
    result = parser(file, CommuneFilter(wanted, overseas))
    refuse_if_rejected(result, f"des communes « {file.name} »")
    records = result.records
    if wanted and not records:
        raise ImportRejected(
            f"Aucune commune du ou des département(s) {', '.join(sorted(wanted))} dans "
            f"« {file.name} »."
        )
    source = {"etalab": "etalab", "insee": "insee-cog", "france": "etalab"}[fmt]
    stop_if(cancelled)
    auto_backup.before(db, "import")  # a verified backup first, when the app enabled them
    with db.unit_of_work() as uow:
        summary = load_communes(uow, records, source=source, vintage=_vintage(file),
                                cancelled=cancelled)
    return ImportSummary(
        "Communes", added=summary.added, changed=summary.changed, unchanged=summary.unchanged,
        details=(f"{summary.postal_codes} code(s) postal(aux) ajouté(s).", *result.notes),
    )


def _department_code(code: str) -> str:
    """"7" → "07", "2a" → "2A", "987" stays: the codes as the files write them."""
    cleaned = code.strip().upper()
    return cleaned.zfill(2) if cleaned.isdigit() else cleaned


def import_france_communes(
    db: Database, departments: Collection[str], *, cancelled: Callable[[], bool] | None = None
) -> ImportSummary:
    """The communes of ``departments`` from the list bundled with Égide (a new vault uses its
    département's; "Ajouter un département voisin" adds another; every one of them makes the
    national list). ``cancelled``: as ``import_communes``."""
    from desktop.io.reference import france_communes_info, load_france_communes

    info = france_communes_info()
    result = load_france_communes(set(departments))
    refuse_if_rejected(result, "du référentiel des communes")
    if not result.records:
        raise ImportRejected(
            "Aucune commune pour le(s) département(s) " + ", ".join(sorted(departments)) + "."
        )
    stop_if(cancelled)
    auto_backup.before(db, "import")  # a verified backup first, when the app enabled them
    with db.unit_of_work() as uow:
        summary = load_communes(uow, result.records, source="etalab", vintage=info.vintage,
                                cancelled=cancelled)
    return ImportSummary("Communes", added=summary.added, changed=summary.changed,
                         unchanged=summary.unchanged)


def import_postal_codes(db: Database, path: Path | str) -> ImportSummary:
    """La Poste's file; a line for a commune that the vault does not know is rejected."""
    from desktop.io.laposte import parse_laposte_csv

    file = Path(path)
    auto_backup.before(db, "import")  # a verified backup first, when the app enabled them
    with db.unit_of_work() as uow:
        result = parse_laposte_csv(file, known_codes=known_insee_codes(uow))
        refuse_if_rejected(result, f"des codes postaux « {file.name} »")
        added = load_postal_codes(uow, result.records)
    return ImportSummary("Codes postaux", added=added)


def import_competence(db: Database, path: Path | str) -> ImportSummary:
    """The "compétence territoriale" file: each commune's force and unit (units created)."""
    from desktop.io.competence import parse_competence_csv
    from desktop.services.roster.competence import apply_competence

    file = Path(path)
    auto_backup.before(db, "import")  # a verified backup first, when the app enabled them
    with db.unit_of_work() as uow:
        result = parse_competence_csv(file, known_codes=known_insee_codes(uow))
        refuse_if_rejected(result, f"de la compétence territoriale « {file.name} »")
        return apply_competence(uow, result.records)


def known_insee_codes(uow: UnitOfWork) -> set[str]:
    return set(uow.session.scalars(sa.select(Commune.insee_code)))


def refuse(result: ParseResult[Any], extra: list[str], what: str) -> None:
    """Like ``refuse_if_rejected``, with the service's own line problems added."""
    if result.rejects or extra:
        report = sorted([*result.report(), *extra], key=_line_number)
        lines = len({_line_number(reason) for reason in report})
        raise ImportRejected(
            f"Import {what} refusé : {lines} ligne(s) rejetée(s), rien n'a été modifié.", report
        )


def _line_number(reason: str) -> int:
    """12 for "ligne 12 : …" (the report is sorted by line, stably)."""
    number = reason.split(" ", 2)[1] if reason.count(" ") >= 2 else ""
    return int(number) if number.isdigit() else 0


def _vintage(file: Path) -> str:
    digits = [part for part in file.stem.replace("_", "-").split("-") if part.isdigit()]
    years = [part for part in digits if len(part) == 4 and part.startswith("20")]
    return years[-1] if years else str(dt.date.today().year)
