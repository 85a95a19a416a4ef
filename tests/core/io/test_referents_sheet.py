"""The office's référents sheet, from CSV or XLSX, through a column mapping."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop.errors import ImportRejected
from desktop.io.referents_sheet import (
    ReferentRecord,
    guess_mapping,
    parse_date,
    parse_referents,
)

from .conftest import write

HEADERS = ["Nom", "Prénom", "Rôle", "Unité", "Téléphone", "Courriel", "Communes", "Vérifié le"]
MAPPING = {
    "last_name": "Nom",
    "first_name": "Prénom",
    "role": "Rôle",
    "unit": "Unité",
    "phone": "Téléphone",
    "email": "Courriel",
    "communes": "Communes",
    "verified_on": "Vérifié le",
}


def test_guess_mapping_from_french_headers() -> None:
    assert guess_mapping(HEADERS) == MAPPING
    other = ["N°", "NOM", "Prénom(s)", "Tél. portable", "E-mail", "Unité de rattachement",
             "Commune", "Date de vérification", "Observations"]  # fmt: skip
    assert guess_mapping(other) == {
        "last_name": "NOM",
        "first_name": "Prénom(s)",
        "unit": "Unité de rattachement",
        "mobile": "Tél. portable",
        "email": "E-mail",
        "communes": "Commune",
        "verified_on": "Date de vérification",
    }


def test_guess_mapping_uses_each_header_once() -> None:
    assert guess_mapping(["Nom", "Nom"]) == {"last_name": "Nom"}
    assert guess_mapping(["Service", "Unité"]) == {"unit": "Unité"}


CSV_ROWS = (
    "Nom;Prénom;Rôle;Unité;Téléphone;Courriel;Communes;Vérifié le\n"
    "LEFÈVRE;Anne;Référent sûreté;BTA Coulommiers;01 64 71 75 29;anne.lefevre@gendarmerie"
    ".interieur.gouv.fr;77131, 77320;01/03/2026\n"
    "DUPONT;Jean;CS;BTA Coulommiers;12;jean.dupont@;7712;31/02/2026\n"
    ";;;;;;;\n"
    'MARTIN;Luc;correspondant;BTA Rebais;06 12 34 56 78;;"Rebais; Saint-Augustin";2026-02-15\n'
    "Lefevre;anne;RS;BTA  Coulommiers;01 64 71 75 29;;;\n"
    "BERNARD;Paul;Adjudant;BTA Rebais;;;77999;\n"
    ";Sans nom;;;;;;\n"
)


def test_csv_sheet_in_windows_1252(tmp_path: Path) -> None:
    path = write(tmp_path / "referents.csv", CSV_ROWS, "cp1252")
    result = parse_referents(path, MAPPING, known_codes={"77131", "77320", "77385"})
    assert result.records == (
        ReferentRecord(2, "LEFÈVRE", "Anne", "referent", "BTA Coulommiers", "+33164717529",
                       "anne.lefevre@gendarmerie.interieur.gouv.fr", ("77131", "77320"), (),
                       date(2026, 3, 1), lines=(2, 6)),
        ReferentRecord(5, "MARTIN", "Luc", "correspondant", "BTA Rebais", "+33612345678", None,
                       (), (("Rebais", None), ("Saint-Augustin", None)), date(2026, 2, 15),
                       lines=(5,)),
    )  # fmt: skip
    # Line 6 is Anne Lefèvre again (one row per commune in some sheets): merged, not refused.
    assert result.report() == [
        "ligne 3 : numéro de téléphone « 12 » invalide (trop court)",
        "ligne 3 : courriel « jean.dupont@ » invalide",
        "ligne 3 : date « 31/02/2026 » invalide (jj/mm/aaaa attendu)",
        "ligne 3 : code INSEE « 7712 » invalide (5 caractères attendus)",
        "ligne 7 : rôle « Adjudant » inconnu (référent ou correspondant sûreté attendu)",
        "ligne 7 : code INSEE « 77999 » inconnu (commune absente du référentiel)",
    ]
    assert result.rejected_lines == (3, 7)
    # A row of one value is a title or footer line: skipped, and listed.
    assert result.notes == ("ligne 8 : ligne de titre ou de pied de page ignorée (« Sans nom »)",)


def test_xlsx_sheet_with_excel_types(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Annuaire des référents (extrait)"])
    sheet.append([])
    sheet.append(HEADERS)
    sheet.append(["LEFÈVRE", "Anne", "Référent", "BTA Coulommiers", 164717529, None,
                  "77131;77320", datetime(2026, 3, 1)])  # fmt: skip
    sheet.append(["MARTIN", "Luc", None, "BTA Rebais", "0612345678", None, 77385, 46082])
    sheet.append(["PETIT", "Zoé", None, None, "+33 6 12", None, None, None])
    workbook.save(tmp_path / "referents.xlsx")
    result = parse_referents(tmp_path / "referents.xlsx", MAPPING)
    first, second = result.records
    assert (first.line, first.phone, first.commune_codes, first.verified_on) == (
        4, "+33164717529", ("77131", "77320"), date(2026, 3, 1)
    )  # fmt: skip
    assert (second.line, second.role, second.commune_codes, second.verified_on) == (
        5, None, ("77385",), date(2026, 3, 1)  # Excel serial 46082 = 1 March 2026
    )  # fmt: skip
    assert result.report() == ["ligne 6 : numéro de téléphone « +33 6 12 » invalide (trop court)"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("01/03/2026", date(2026, 3, 1)),
        ("1/3/26", date(2026, 3, 1)),
        ("01.03.2026", date(2026, 3, 1)),
        ("2026-03-01", date(2026, 3, 1)),
        ("2026-03-01 00:00:00", date(2026, 3, 1)),
        ("46082", date(2026, 3, 1)),
        ("", None),
    ],
)
def test_dates(text: str, expected: date | None) -> None:
    assert parse_date(text) == (expected, None)


@pytest.mark.parametrize("text", ["mars 2026", "32/01/2026", "2026-13-01", "1er mars"])
def test_bad_dates(text: str) -> None:
    assert parse_date(text) == (None, f"date « {text} » invalide (jj/mm/aaaa attendu)")


def test_mapping_to_a_missing_column_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path / "r.csv", "Nom;Tel\nDUPONT;0164717529\n")
    with pytest.raises(ImportRejected) as caught:
        parse_referents(path, {"last_name": "Nom", "phone": "Téléphone", "unit": "Unité"})
    assert "« r.csv » ne contient pas les colonnes attendues : Téléphone, Unité." in str(
        caught.value
    )


@pytest.mark.parametrize(
    ("mapping", "expected"),
    [
        ({"phone": "Tel"}, "indiquez la colonne du nom"),
        ({"last_name": "Nom", "matricule": "Tel"}, "champ(s) inconnu(s) « matricule »"),
    ],
)
def test_bad_mappings(tmp_path: Path, mapping: dict[str, str], expected: str) -> None:
    path = write(tmp_path / "r.csv", "Nom;Tel\nDUPONT;0164717529\n")
    with pytest.raises(ImportRejected) as caught:
        parse_referents(path, mapping)
    assert expected in str(caught.value)
