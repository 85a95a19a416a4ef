"""The référents sheet: column mapping remembered in the vault, all-or-nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.errors import ImportRejected
from desktop.models.settings import Setting
from desktop.services.roster import editing, lookup
from desktop.services.roster.referent_import import (
    MAPPING_KEY,
    import_referents,
    remembered_mapping,
    sheet_headers,
)
from desktop.services.vault.database import Database

from .conftest import counts, write

SHEET = (
    "Grade et nom;Prénom;Qualité;Affectation;Tél. fixe;Messagerie;Secteur;MAJ\n"
    "DUPONT;Jeanne;RS;Brigade territoriale autonome de Coulommiers;01 99 00 12 34;"
    "jeanne.dupont@exemple.fr;77131, 77002;15/03/2026\n"
    "Martin;Luc;CS;10077385;0199001235;;Rebais;01/09/2025\n"
)
MAPPING = {"last_name": "Grade et nom", "first_name": "Prénom", "role": "Qualité",
           "unit": "Affectation", "phone": "Tél. fixe", "email": "Messagerie",
           "communes": "Secteur", "verified_on": "MAJ"}


def test_import_with_a_mapping_remembered_for_next_time(competent: Database,
                                                        tmp_path: Path) -> None:
    sheet = write(tmp_path / "referents.csv", SHEET, "cp1252")
    headers, guessed = sheet_headers(sheet)
    assert headers[0] == "Grade et nom" and guessed["first_name"] == "Prénom"
    summary = import_referents(competent, sheet, MAPPING)
    assert (summary.added, summary.changed) == (2, 0)
    assert remembered_mapping(competent) == MAPPING
    with competent.reading() as session:
        stored = session.get(Setting, MAPPING_KEY)
        assert stored is not None and json.loads(stored.value) == MAPPING
    card = lookup.lookup(competent, "77002")[0]
    assert [(r.full_name, r.phone, r.phone_text) for r in card.referents] == [
        ("Jeanne DUPONT", "+33199001234", "01 99 00 12 34")]
    rebais = lookup.lookup(competent, "Rebais")[0]
    assert [r.last_name for r in rebais.referents] == ["Martin"]
    # Without a mapping the remembered one is used; the same people are updated.
    again = import_referents(competent, sheet)
    assert (again.added, again.changed, again.unchanged) == (0, 0, 2)
    assert len(editing.list_referents(competent)) == 2


def test_bad_phone_unknown_unit_and_commune_refuse_everything(competent: Database,
                                                              tmp_path: Path) -> None:
    before = counts(competent)
    bad = SHEET + (
        "Durand;Eva;RS;Brigade de nulle part;01 99 00 12 36;;77131;\n"
        "Petit;Max;CS;10077385;01 23;;77131;\n"
        "Leroy;Ana;CS;10077385;01 99 00 12 37;;Atlantis;\n"
    )
    sheet = write(tmp_path / "referents.csv", bad)
    with pytest.raises(ImportRejected) as refused:
        import_referents(competent, sheet, MAPPING)
    report = refused.value.report
    assert "ligne 5 : refusée — numéro de téléphone « 01 23 » invalide (trop court)" in report
    # An unknown unit is created with the force of its commune (not a refusal any more).
    assert "ligne 4 : unité créée — « Brigade de nulle part » (PN)" in report
    assert "ligne 6 : refusée — commune « Atlantis » inconnue" in report
    assert [r.split(" :")[0] for r in report] == ["ligne 4", "ligne 5", "ligne 6"]
    assert "2 ligne(s) refusée(s)" in str(refused.value)
    assert counts(competent) == before  # not even the mapping was remembered


def test_mapping_without_the_name_column_is_refused(competent: Database, tmp_path: Path) -> None:
    sheet = write(tmp_path / "referents.csv", SHEET)
    with pytest.raises(ImportRejected, match="colonne du nom"):
        import_referents(competent, sheet, {"phone": "Tél. fixe"})
