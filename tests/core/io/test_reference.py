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
