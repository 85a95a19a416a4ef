"""Reading text tables: encodings, separators, line numbers, and files that are not tables."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from desktop.errors import ImportRejected
from desktop.io.textfile import header_key, read_table

from .conftest import write


def test_windows_1252_file_is_read_with_its_accents(tmp_path: Path) -> None:
    path = write(tmp_path / "excel.csv", "Nom;Commune\r\nLefèvre;Éragny-sur-Epte\r\n", "cp1252")
    table = read_table(path)
    assert table.encoding == "cp1252"
    assert table.header == ("Nom", "Commune")
    assert table.rows[0].values == ("Lefèvre", "Éragny-sur-Epte")


def test_utf8_bom_is_not_part_of_the_first_column(tmp_path: Path) -> None:
    path = write(tmp_path / "bom.csv", "\ufeffcode;nom\n77131;Coulommiers\n")
    table = read_table(path)
    assert table.encoding == "utf-8-sig"
    assert table.header == ("code", "nom")
    assert table.columns({"code": ("code",)}) == {"code": 0}


def test_excel_unicode_text_export_is_utf16_with_tabs(tmp_path: Path) -> None:
    path = write(tmp_path / "export.txt", "Nom\tCommune\r\nLefèvre\tÉcuelles\r\n", "utf-16")
    table = read_table(path)
    assert (table.encoding, table.separator) == ("utf-16", "\t")
    assert table.rows[0].values == ("Lefèvre", "Écuelles")


def test_plain_utf8_is_preferred_to_windows_1252(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "u.csv", "nom\nSaint-Pierre-lès-Nemours\n"))
    assert table.encoding == "utf-8"
    assert table.rows[0].values == ("Saint-Pierre-lès-Nemours",)


@pytest.mark.parametrize(
    ("text", "separator"),
    [
        ("a;b;c\n1;2;3\n", ";"),
        ("a,b,c\n1,2,3\n", ","),
        ("a\tb\tc\n1\t2\t3\n", "\t"),
        ('"a;x",b,c\n1,2,3\n', ","),  # a ";" inside quotes does not count
    ],
)
def test_separator_is_detected_from_the_header(tmp_path: Path, text: str, separator: str) -> None:
    table = read_table(write(tmp_path / "t.csv", text))
    assert table.separator == separator
    assert len(table.header) == 3
    assert table.rows[0].values == ("1", "2", "3")


def test_line_numbers_count_blank_lines_and_multiline_fields(tmp_path: Path) -> None:
    text = 'nom;note\n\nA;un\n"B";"deux\nlignes"\n \nC;trois\n'
    table = read_table(write(tmp_path / "t.csv", text))
    assert [(row.line, row.values[0]) for row in table.rows] == [(3, "A"), (4, "B"), (7, "C")]
    assert table.rows[1].values[1] == "deux\nlignes"


def test_values_are_stripped_and_short_rows_padded(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "t.csv", "a;b;c\n 1 ;2\n"))
    assert table.rows[0].values == ("1", "2", "")


def test_gzip_file_is_read_transparently(tmp_path: Path) -> None:
    path = tmp_path / "t.csv.gz"
    path.write_bytes(gzip.compress(b"code;nom\n77131;Coulommiers\n"))
    assert read_table(path).rows[0].values == ("77131", "Coulommiers")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "est vide"),
        (b"\n  \n\r\n", "est vide"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "n'est pas un fichier texte"),
        (b"PK\x03\x04\x14\x00\x06\x00", "classeur (XLSX)"),
        (b";;;\n ; ;\n", "est vide"),
        (b"77131;Coulommiers;77120\n77288;Melun;77000\n", "pas de ligne d'en-tête"),
        (b"2A004,Ajaccio\n", "contient des données (« 2A004 »)"),
        (b"nom\n\x81\x8d\x8f\x90\x9d\n", "ni UTF-8 ni Windows-1252"),
        (b"\x1f\x8bnot really gzip", "compressé"),
    ],
)
def test_files_that_are_not_tables_are_rejected_by_name(
    tmp_path: Path, content: bytes, expected: str
) -> None:
    path = tmp_path / "liste-communes.csv"
    path.write_bytes(content)
    with pytest.raises(ImportRejected) as caught:
        read_table(path)
    assert "« liste-communes.csv »" in str(caught.value)
    assert expected in str(caught.value)


def test_missing_file_is_rejected(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="« absent.csv » est introuvable"):
        read_table(tmp_path / "absent.csv")


def test_missing_columns_are_all_named(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "t.csv", "#Code_commune_INSEE;Libellé\n77131;X\n"))
    found = table.columns({"code": ("code_commune_insee",)}, {"label": ("libelle",)})
    assert found == {"code": 0, "label": 1}
    with pytest.raises(ImportRejected) as caught:
        table.columns({"code": ("code_commune_insee",), "a": ("COM",), "b": ("LIBELLE_X",)})
    message = str(caught.value)
    assert "les colonnes attendues : COM, LIBELLE_X." in message
    assert "« t.csv »" in message
    assert "Colonnes trouvées : « #Code_commune_INSEE », « Libellé »." in message


def test_header_key_ignores_case_accents_spaces_and_hash() -> None:
    assert header_key("#Code_commune_INSEE") == "code_commune_insee"
    assert header_key(" Libellé d'acheminement ") == "libelle_d_acheminement"
    assert header_key("Vérifié le") == "verifie_le"


def test_a_title_line_above_the_header_is_skipped(tmp_path: Path) -> None:
    text = "Référents sûreté - mars 2026;;\n;;\nNom;Unité;Téléphone\nDUPONT;BTA Rebais;0164717529\n"
    table = read_table(write(tmp_path / "t.csv", text))
    assert table.header == ("Nom", "Unité", "Téléphone")
    assert [(row.line, row.values[0]) for row in table.rows] == [(4, "DUPONT")]


def test_a_one_column_file_has_its_first_line_as_header(tmp_path: Path) -> None:
    table = read_table(write(tmp_path / "t.csv", "code\n77131\n\n77320\n"))
    assert table.header == ("code",)
    assert [(row.line, row.values) for row in table.rows] == [(2, ("77131",)), (4, ("77320",))]
