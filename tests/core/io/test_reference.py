"""The bundled France-wide communes resource and its reader."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from desktop.errors import ImportRejected
from desktop.io.communes import CommuneRecord, parse_communes_resource, parse_etalab_json
from desktop.io.reference import france_communes_info, france_communes_path, load_france_communes

HEADER = "insee_code;name;department;arrondissement;postal_codes;population\n"


def test_resource_holds_france_s_communes() -> None:
    path = france_communes_path()
    assert path.name == "communes-france.csv.gz"
    assert path.stat().st_size < 1_000_000
    result = parse_communes_resource(path)
    assert result.ok
    info = france_communes_info()
    assert (info.version, info.vintage) == ("6.0.0", "2026")
    assert len(result.records) == info.rows == 34_877
    by_code = {record.insee_code: record for record in result.records}
    assert by_code["83137"].postal_codes == ("83000", "83100", "83200")  # Toulon
    assert by_code["2A004"].department == "2A"
    assert by_code["97411"] == CommuneRecord(
        "97411", "Saint-Denis", "974", "9741", ("97400", "97417", "97490"), 155_634
    )
    assert "75116" in by_code["75056"].postal_codes  # Paris, one commune
    assert by_code["97502"].arrondissement is None  # Saint-Pierre (Saint-Pierre-et-Miquelon)
    departments = {record.department for record in result.records}
    assert len(departments) == 96 + 5 + 1  # metropolitan (2A, 2B), DROM, Saint-Pierre-et-M.


def test_seine_et_marne_in_the_resource_is_the_etalab_sample(etalab_77: Path) -> None:
    assert load_france_communes({"77"}).records == parse_etalab_json(etalab_77).records


def test_resource_reader_rejects_bad_rows(tmp_path: Path) -> None:
    path = tmp_path / "c.csv.gz"
    rows = (
        "77131;Coulommiers;77;771;77120;16374\n"
        "77131;Coulommiers;77;771;77120;16374\n"
        "77320;Mouroux;77;771;77120 771;5000\n"
        "77288;Melun;77;772;77000;beaucoup\n"
        "97502;Saint-Pierre;975;;97500;\n"
    )
    path.write_bytes(gzip.compress((HEADER + rows).encode("utf-8")))
    result = parse_communes_resource(path)
    assert result.records == (
        CommuneRecord("77131", "Coulommiers", "77", "771", ("77120",), 16374),
        CommuneRecord("97502", "Saint-Pierre", "975", None, ("97500",), None),
    )
    assert result.report() == [
        "ligne 3 : code INSEE « 77131 » en double (déjà ligne 2)",
        "ligne 4 : code postal « 771 » invalide (5 chiffres attendus)",
        "ligne 5 : population « beaucoup » invalide",
    ]


def test_resource_reader_needs_its_columns(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text("insee_code;name\n77131;Coulommiers\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match="department, arrondissement, postal_codes"):
        parse_communes_resource(path)


def test_every_arrondissement_of_france_has_its_name() -> None:
    from desktop.io.arrondissements import arrondissement_title, arrondissements

    table = arrondissements()
    assert len(table) == 333
    used = {record.arrondissement for record in parse_communes_resource(
        france_communes_path()).records if record.arrondissement}
    assert used <= set(table), sorted(used - set(table))
    titles = [arrondissement_title(code) for code in sorted(used)]
    assert not [title for title in titles if title[len("Arrondissement ")].isdigit()]


@pytest.mark.parametrize(("code", "title"), [
    ("832", "Arrondissement de Toulon (832)"),
    ("9711", "Arrondissement de Basse-Terre (9711)"),
    ("2A1", "Arrondissement d'Ajaccio (2A1)"),
    ("591", "Arrondissement d'Avesnes-sur-Helpe (591)"),
    ("762", "Arrondissement du Havre (762)"),       # COG type 2: "Le" → "du"
    ("271", "Arrondissement des Andelys (271)"),    # type 4: "Les" → "des"
    ("173", "Arrondissement de La Rochelle (173)"),  # type 3 keeps its article
    ("943", "Arrondissement de L'Haÿ-les-Roses (943)"),
    ("999", "Arrondissement 999"),
])
def test_arrondissement_titles_join_de_by_the_cog_type_of_name(code: str, title: str) -> None:
    from desktop.io.arrondissements import arrondissement_label, arrondissement_title

    assert arrondissement_title(code) == title
    assert not arrondissement_label(code).isdigit()


def test_the_build_tool_writes_the_arrondissements(tmp_path: Path) -> None:
    import json
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "tools"))
    try:
        import build_communes_resource as tool
    finally:
        sys.path.pop(0)
    (tmp_path / "communes.json").write_text(json.dumps([{
        "code": "76351", "nom": "Le Havre", "type": "commune-actuelle", "departement": "76",
        "arrondissement": "762", "codesPostaux": ["76600"], "population": 165_000}]),
        encoding="utf-8")
    (tmp_path / "arrondissements.json").write_text(json.dumps([
        {"code": "762", "departement": "76", "nom": "Le Havre", "typeLiaison": 2},
        {"code": "2A1", "departement": "2A", "nom": "Ajaccio", "typeLiaison": 1}]),
        encoding="utf-8")
    out = tmp_path / "out"
    assert tool.main([str(tmp_path / "communes.json"), "--version", "6.0.0",
                      "--output-dir", str(out)]) == 0
    assert (out / "arrondissements.csv").read_text(encoding="utf-8") == (
        "code;name;name_type\n2A1;Ajaccio;1\n762;Le Havre;2\n")
    assert "arrondissements.json" in (out / "SOURCE.md").read_text(encoding="utf-8")
