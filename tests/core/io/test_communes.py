"""Commune files: the real Etalab and La Poste samples for 77, INSEE COG CSV, malformed files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.errors import ImportRejected
from desktop.io.communes import (
    CommuneRecord,
    parse_etalab_json,
    parse_insee_cog_csv,
    parse_laposte_csv,
)
from desktop.io.insee import normalise_name

from .conftest import write

COULOMMIERS = CommuneRecord("77131", "Coulommiers", "77", "771", ("77120",), 16374)


# --- Etalab JSON ------------------------------------------------------------------------------


def test_etalab_sample_gives_the_507_communes_of_seine_et_marne(etalab_77: Path) -> None:
    result = parse_etalab_json(etalab_77)
    assert result.ok
    assert len(result.records) == 507
    assert len(json.loads(etalab_77.read_text(encoding="utf-8"))) == 521  # 14 déléguées/associées
    by_code = {record.insee_code: record for record in result.records}
    assert by_code["77131"] == COULOMMIERS
    assert by_code["77431"].name == "Saint-Pierre-lès-Nemours"
    assert {record.department for record in result.records} == {"77"}
    assert {record.arrondissement for record in result.records} == {
        "771",
        "772",
        "773",
        "774",
        "775",
    }


def _etalab(path: Path, entries: list[object]) -> Path:
    path.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    return path


def _commune(code: str, name: str = "X", postal: list[str] | None = None) -> dict[str, object]:
    return {
        "code": code,
        "nom": name,
        "type": "commune-actuelle",
        "departement": code[:2],
        "arrondissement": "771",
        "codesPostaux": postal or ["77120"],
        "population": 10,
    }


def test_etalab_rejects_are_numbered_by_entry(tmp_path: Path) -> None:
    entries: list[object] = [
        _commune("77131", "Coulommiers"),
        {"code": "77131", "nom": "Coulommiers", "type": "commune-deleguee"},  # skipped
        _commune("7712"),
        _commune("77320", "Mouroux", ["7712O"]),
        _commune("77131", "Coulommiers bis"),
        _commune("77002", ""),
        "not an object",
        _commune("77288", "Melun", ["77000"]),
    ]
    result = parse_etalab_json(_etalab(tmp_path / "c.json", entries))
    assert [record.insee_code for record in result.records] == ["77131", "77288"]
    assert result.report() == [
        "entrée 3 : code INSEE « 7712 » invalide (5 caractères attendus)",
        "entrée 4 : code postal « 7712O » invalide (5 chiffres attendus)",
        "entrée 5 : code INSEE « 77131 » en double (déjà entrée 1)",
        "entrée 6 : nom de la commune manquant",
        "entrée 7 : ce n'est pas une commune Etalab (champ « type » absent)",
    ]
    assert result.rejected_lines == (3, 4, 5, 6, 7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("{not json", "n'est pas un JSON valide"), ('{"code": "77131"}', "pas une liste")],
)
def test_etalab_file_that_is_not_a_list_is_refused(
    tmp_path: Path, text: str, expected: str
) -> None:
    with pytest.raises(ImportRejected, match=expected):
        parse_etalab_json(write(tmp_path / "c.json", text))


# --- INSEE COG CSV ----------------------------------------------------------------------------

COG_HEADER = "TYPECOM,COM,REG,DEP,CTCD,ARR,TNCC,NCC,NCCENR,LIBELLE,CAN,COMPARENT\n"


def test_cog_keeps_only_com_rows_and_reports_bad_lines(tmp_path: Path) -> None:
    text = COG_HEADER + (
        "COM,77131,11,77,77D,771,0,COULOMMIERS,Coulommiers,Coulommiers,7707,\n"
        "COMD,77131,11,77,77D,771,0,COULOMMIERS,Coulommiers,Coulommiers,,77131\n"
        "COM,2A004,94,2A,2AD,2A1,0,AJACCIO,Ajaccio,Ajaccio,2A98,\n"
        "COM,7712,11,77,77D,771,0,X,X,X,,\n"
        "ARM,75101,11,75,75C,751,0,PARIS 1ER,Paris 1er,Paris 1er Arrondissement,,75056\n"
        "COM,77131,11,77,77D,771,0,COULOMMIERS,Coulommiers,Coulommiers,7707,\n"
        "COM,77288,11,77,77D,772,0,MELUN,Melun,,7712,\n"
        "COM,97411,04,974,974D,9741,0,SAINT DENIS,Saint-Denis,Saint-Denis,97498,\n"
    )
    result = parse_insee_cog_csv(write(tmp_path / "v_commune_2026.csv", text, "utf-8-sig"))
    assert result.records == (
        CommuneRecord("77131", "Coulommiers", "77", "771", (), None),
        CommuneRecord("2A004", "Ajaccio", "2A", "2A1", (), None),
        CommuneRecord("97411", "Saint-Denis", "974", "9741", (), None),
    )
    assert result.report() == [
        "ligne 5 : code INSEE « 7712 » invalide (5 caractères attendus)",
        "ligne 7 : code INSEE « 77131 » en double (déjà ligne 2)",
        "ligne 8 : nom de la commune manquant",
    ]


def test_cog_missing_columns_are_named(tmp_path: Path) -> None:
    text = "TYPECOM;REG;DEP;ARR;NCC\nCOM;11;77;771;COULOMMIERS\n"
    with pytest.raises(ImportRejected) as caught:
        parse_insee_cog_csv(write(tmp_path / "cog.csv", text))
    message = str(caught.value)
    assert message.startswith("Le fichier « cog.csv » ne contient pas les colonnes attendues")
    assert ": COM, LIBELLE." in message


# --- La Poste ---------------------------------------------------------------------------------


def test_laposte_sample_counts(laposte_77: Path) -> None:
    result = parse_laposte_csv(laposte_77)
    assert result.ok
    assert len(result.records) == 544
    assert len({record.insee_code for record in result.records}) == 507
    assert sum(1 for record in result.records if record.locality_line5) == 40
    coulommiers = [record for record in result.records if record.insee_code == "77131"]
    assert [(r.postal_code, r.name, r.locality_line5) for r in coulommiers] == [
        ("77120", "COULOMMIERS", None)
    ]


def test_laposte_and_etalab_samples_agree(laposte_77: Path, etalab_77: Path) -> None:
    communes = {record.insee_code: record for record in parse_etalab_json(etalab_77).records}
    postal: dict[str, set[str]] = {}
    names_differ = set()
    for row in parse_laposte_csv(laposte_77, known_codes=communes).records:
        postal.setdefault(row.insee_code, set()).add(row.postal_code)
        if normalise_name(row.name) != normalise_name(communes[row.insee_code].name):
            names_differ.add(row.insee_code)
    assert postal == {code: set(c.postal_codes) for code, c in communes.items()}
    # La Poste's own spellings: MONTCOURT FROMONVILLE, ST REMY LA VANNE (no "de").
    assert names_differ == {"77302", "77432"}


def test_laposte_rejects(tmp_path: Path) -> None:
    text = (
        "#Code_commune_INSEE;Nom_commune;Code_postal;Libellé_d_acheminement;Ligne_5\n"
        "77131;COULOMMIERS;77120;COULOMMIERS;\n"
        "7712;NULLE PART;77120;NULLE PART;\n"
        "77146;CROISSY BEAUBOURG;77183;CROISSY BEAUBOURG;BEAUBOURG\n"
        "77146;CROISSY BEAUBOURG;77183;CROISSY BEAUBOURG;\n"
        "77131;COULOMMIERS;77120;COULOMMIERS;\n"
        "77320;MOUROUX;7712;MOUROUX;\n"
        "77288;;77000;MELUN;\n"
        "77999;INCONNUE;77000;INCONNUE;\n"
    )
    path = write(tmp_path / "laposte_hexasmal.csv", text, "cp1252")
    result = parse_laposte_csv(path, known_codes={"77131", "77146", "77320", "77288"})
    assert [(r.insee_code, r.locality_line5) for r in result.records] == [
        ("77131", None),
        ("77146", "BEAUBOURG"),
        ("77146", None),
    ]
    assert result.report() == [
        "ligne 3 : code INSEE « 7712 » invalide (5 caractères attendus)",
        "ligne 6 : code postal 77120 de la commune 77131 en double (déjà ligne 2)",
        "ligne 7 : code postal « 7712 » invalide (5 chiffres attendus)",
        "ligne 8 : nom de la commune manquant",
        "ligne 9 : code INSEE « 77999 » inconnu (commune absente du référentiel)",
    ]


def test_laposte_data_gouv_headers_are_accepted(tmp_path: Path) -> None:
    text = (
        "code_commune_insee,nom_de_la_commune,code_postal,libelle_d_acheminement,ligne_5,"
        "_geopoint\n"
        '77131,COULOMMIERS,77120,COULOMMIERS,,"48.81,3.09"\n'
    )
    result = parse_laposte_csv(write(tmp_path / "base.csv", text))
    assert result.ok
    assert result.records[0].postal_code == "77120"


def test_laposte_missing_columns(tmp_path: Path) -> None:
    with pytest.raises(ImportRejected, match="Code_commune_INSEE, Code_postal"):
        parse_laposte_csv(write(tmp_path / "lp.csv", "Nom_commune;Ligne_5\nX;\n"))
