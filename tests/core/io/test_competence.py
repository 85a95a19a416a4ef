"""The "compétence territoriale" file: force and service of each commune, split communes."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.errors import ImportRejected
from desktop.io.competence import CompetenceRecord, parse_competence_csv, split_communes

from .conftest import write

HEADER = "code_commune_insee;nom_commune;institution;id_service;service;code_postal;codes_postaux\n"


def test_sample_extract(competence_77: Path) -> None:
    result = parse_competence_csv(competence_77)
    assert result.ok
    assert len(result.records) == 21
    assert len({record.insee_code for record in result.records}) == 20
    institutions = [record.institution for record in result.records]
    assert (institutions.count("PN"), institutions.count("GN")) == (6, 15)
    assert split_communes(result.records) == {"77320"}  # Mouroux, under both forces
    coulommiers = next(record for record in result.records if record.insee_code == "77131")
    assert coulommiers == CompetenceRecord(
        "77131", "PN", "7701310", "Commissariat de police de Coulommiers", ("77120",)
    )


def test_sample_extract_against_known_communes(competence_77: Path) -> None:
    result = parse_competence_csv(competence_77, known_codes={"77131", "77320"})
    assert len(result.records) == 3
    assert len(result.rejects) == 18
    assert result.rejects[0].reason == (
        "ligne 2 : code INSEE « 77002 » inconnu (commune absente du référentiel)"
    )


def test_rejects_and_postal_codes(tmp_path: Path) -> None:
    text = HEADER + (
        "77131;Coulommiers;PN;7701310;Commissariat de police de Coulommiers;77120;\n"
        "77320;Mouroux;gendarmerie;10077131;BTA de Coulommiers;77120;77120-77515\n"
        "77002;Amillis;PM;1;Police municipale d'Amillis;77120;77120\n"
        "7700;Nulle part;GN;10077131;BTA de Coulommiers;77120;77120\n"
        "77013;Aulnoy;GN;;BTA de Coulommiers;77120;77120\n"
        "77013;Aulnoy;GN;10077131;;77120;77120\n"
        "77320;Mouroux;GN;10077131;BTA de Coulommiers;77120;77120\n"
        "77070;Chailly-en-Brie;;10077131;BTA de Coulommiers;77120;771200\n"
    )
    result = parse_competence_csv(write(tmp_path / "competence.csv", text, "cp1252"))
    assert result.records == (
        CompetenceRecord("77131", "PN", "7701310", "Commissariat de police de Coulommiers",
                         ("77120",)),
        CompetenceRecord("77320", "GN", "10077131", "BTA de Coulommiers", ("77120", "77515")),
    )  # fmt: skip
    assert result.report() == [
        "ligne 4 : institution « PM » inconnue (PN ou GN attendu)",
        "ligne 5 : code INSEE « 7700 » invalide (5 caractères attendus)",
        "ligne 6 : identifiant du service (id_service) manquant",
        "ligne 7 : nom du service manquant",
        "ligne 8 : commune 77320 pour le service 10077131 (GN) en double (déjà ligne 3)",
        "ligne 9 : code postal « 771200 » invalide (5 chiffres attendus)",
        "ligne 9 : institution manquante (PN ou GN attendu)",
    ]
    assert result.rejected_lines == (4, 5, 6, 7, 8, 9)


def test_split_communes_needs_both_forces() -> None:
    def record(code: str, institution: str, service: str) -> CompetenceRecord:
        return CompetenceRecord(code, institution, service, "S", ())  # type: ignore[arg-type]

    records = [
        record("77131", "PN", "1"),
        record("77320", "GN", "2"),
        record("77320", "GN", "3"),  # two brigades: not split between forces
        record("77002", "GN", "2"),
        record("77002", "PN", "1"),
    ]
    assert split_communes(records) == {"77002"}


def test_missing_columns(tmp_path: Path) -> None:
    text = "code_commune_insee;nom_commune;code_postal\n77131;Coulommiers;77120\n"
    with pytest.raises(ImportRejected) as caught:
        parse_competence_csv(write(tmp_path / "ct.csv", text))
    assert "« ct.csv »" in str(caught.value)
    assert "institution, id_service, service." in str(caught.value)
