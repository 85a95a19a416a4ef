"""La Poste's "base officielle des codes postaux" (hexasmal): one row per (commune, postal code,
locality), ``;``-separated, upper-case names without accents."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from desktop.io.insee import insee_code_problem, postal_code_problem
from desktop.io.report import ParseResult, Rejects
from desktop.io.textfile import read_table

# Column titles across vintages: "#Code_commune_INSEE" (before 2021), "Code_commune_INSEE",
# "code_commune_insee" / "nom_de_la_commune" (data.gouv.fr exports).
REQUIRED = {
    "insee_code": ("Code_commune_INSEE", "code_insee"),
    "name": ("Nom_commune", "nom_de_la_commune", "nom_commune_complet"),
    "postal_code": ("Code_postal",),
}
OPTIONAL = {"line5": ("Ligne_5",)}


@dataclass(frozen=True, slots=True)
class PostalCodeRecord:
    """One row of the postal-code file; ``locality_line5`` is the "lieu-dit" of ``Ligne_5``."""

    insee_code: str
    postal_code: str
    locality_line5: str | None
    name: str


def parse_laposte_csv(
    path: Path | str, known_codes: Collection[str] | None = None
) -> ParseResult[PostalCodeRecord]:
    """Read La Poste's file. A row repeating the same commune, postal code and ``Ligne_5`` is a
    duplicate. With ``known_codes`` (the communes already in the vault), a row for any other
    commune is rejected as unknown."""
    table = read_table(path)
    column = table.columns(REQUIRED, OPTIONAL)
    line5_at = column.get("line5")
    rejects = Rejects()
    records: list[PostalCodeRecord] = []
    first_line: dict[tuple[str, str, str], int] = {}
    for row in table.rows:
        values = row.values
        code = values[column["insee_code"]].upper()
        postal = values[column["postal_code"]]
        name = values[column["name"]]
        line5 = values[line5_at] if line5_at is not None else ""
        problems = [insee_code_problem(code), postal_code_problem(postal)]
        if not name:
            problems.append("nom de la commune manquant")
        if not any(problems) and known_codes is not None and code not in known_codes:
            problems.append(f"code INSEE « {code} » inconnu (commune absente du référentiel)")
        if any(problems):
            for problem in filter(None, problems):
                rejects.add(row.line, problem)
            continue
        key = (code, postal, line5)
        if key in first_line:
            what = f"code postal {postal} de la commune {code}" + (f" ({line5})" if line5 else "")
            rejects.duplicate(row.line, what, first_line[key])
            continue
        first_line[key] = row.line
        records.append(PostalCodeRecord(code, postal, line5 or None, name))
    return rejects.result(records)
