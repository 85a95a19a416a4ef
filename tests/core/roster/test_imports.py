"""Imports through the services, on the real samples and on malformed files."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.errors import ImportRejected
from desktop.models.enums import ForceZone, UnitKind
from desktop.models.territory import Commune, Unit
from desktop.services.roster import imports
from desktop.services.vault.database import Database

from .conftest import COMPETENCE, count, counts, write


def test_etalab_sample_then_laposte(db: Database, etalab_77: Path, laposte_77: Path) -> None:
    summary = imports.import_communes(db, etalab_77)
    assert (summary.added, summary.changed) == (507, 0)
    assert count(db, "commune") == 507
    postal_from_etalab = count(db, "postal_code")
    assert postal_from_etalab >= 507
    again = imports.import_communes(db, etalab_77)
    assert (again.added, again.changed, again.unchanged) == (0, 0, 507)
    assert count(db, "postal_code") == postal_from_etalab
    postal = imports.import_communes(db, laposte_77)  # detected as La Poste's file
    assert postal.what == "Codes postaux" and postal.added > 0
    with db.reading() as session:
        coulommiers = session.scalar(sa.select(Commune).where(Commune.insee_code == "77131"))
        assert coulommiers is not None
        assert coulommiers.name == "Coulommiers" and coulommiers.search_key == "coulommiers"
        assert coulommiers.arrondissement == "771"
        assert {p.code for p in coulommiers.postal_codes} == {"77120"}


def test_laposte_line_for_an_unknown_commune_refuses_the_file(
    communes: Database, tmp_path: Path
) -> None:
    before = counts(communes)
    bad = write(tmp_path / "cp.csv",
                "Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5\n"
                "77131;COULOMMIERS;77120;\n"
                "78646;VERSAILLES;78000;\n"
                "77131;COULOMMIERS;7712;\n")
    with pytest.raises(ImportRejected) as refused:
        imports.import_communes(communes, bad, "laposte")
    assert refused.value.report == [
        "ligne 3 : code INSEE « 78646 » inconnu (commune absente du référentiel)",
        "ligne 4 : code postal « 7712 » invalide (5 chiffres attendus)",
    ]
    assert "2 ligne(s) rejetée(s)" in str(refused.value)
    assert counts(communes) == before


def test_insee_cog_windows_1252_and_missing_columns(db: Database, tmp_path: Path) -> None:
    header = "TYPECOM;COM;REG;DEP;CTCD;ARR;TNCC;NCC;NCCENR;LIBELLE;CAN;COMPARENT\n"
    cog = write(tmp_path / "v_commune_2026.csv", header
                + "COM;77431;11;77;77D;774;0;ST PIERRE LES NEMOURS;Saint-Pierre-lès-Nemours;"
                  "Saint-Pierre-lès-Nemours;7712;\n"
                + "COMD;77999;11;77;77D;774;0;X;X;Déléguée;;77431\n", "cp1252")
    summary = imports.import_communes(db, cog)
    assert (summary.added, summary.changed) == (1, 0)
    with db.reading() as session:
        commune = session.scalar(sa.select(Commune))
        assert commune is not None
        assert (commune.name, commune.source, commune.vintage) == (
            "Saint-Pierre-lès-Nemours", "insee-cog", "2026")
    broken = write(tmp_path / "cog.csv", "TYPECOM;COM;DEP\nCOM;77001;77\n")
    with pytest.raises(ImportRejected, match="ARR, LIBELLE"):
        imports.import_communes(db, broken, "insee")
    assert count(db, "commune") == 1


def test_etalab_duplicate_refuses_everything(db: Database, tmp_path: Path) -> None:
    entry = ('{"type":"commune-actuelle","code":"77131","nom":"Coulommiers",'
             '"departement":"77","codesPostaux":["77120"]}')
    bad = write(tmp_path / "communes.json", f"[{entry},{entry}]")
    with pytest.raises(ImportRejected) as refused:
        imports.import_communes(db, bad)
    assert refused.value.report == [
        "entrée 2 : code INSEE « 77131 » en double (déjà entrée 1)"]
    assert count(db, "commune") == 0


def test_bundled_france_list_and_a_neighbouring_department(db: Database) -> None:
    assert imports.import_france_communes(db, {"77"}).added == 507
    assert imports.import_france_communes(db, {"91"}).added == count(db, "commune") - 507
    with db.reading() as session:
        departments = set(session.scalars(sa.select(Commune.department).distinct()))
    assert departments == {"77", "91"}


def test_competence_sets_zones_units_and_mixte(communes: Database) -> None:
    summary = imports.import_competence(communes, COMPETENCE)
    assert summary.added == 7  # the services of the extract (their parents come on top)
    with communes.reading() as session:
        zones = dict(session.execute(sa.select(Commune.insee_code, Commune.force_zone)).all())
        assert zones["77131"] is ForceZone.PN
        assert zones["77002"] is ForceZone.GN
        assert zones["77320"] is ForceZone.MIXTE  # listed under PN and GN
        assert zones["77001"] is None  # not in the extract: unchanged
        brigade = session.scalar(sa.select(Unit).where(Unit.code == "10077131"))
        assert brigade is not None and brigade.kind is UnitKind.BRIGADE
        assert brigade.parent is not None and brigade.parent.kind is UnitKind.GROUPEMENT
        police = session.scalar(sa.select(Unit).where(Unit.code == "7701310"))
        assert police is not None and police.parent is not None
        assert police.parent.kind is UnitKind.DDPN
        mixte = session.scalar(sa.select(Commune).where(Commune.insee_code == "77320"))
        assert mixte is not None and mixte.unit_id is None
    again = imports.import_competence(communes, COMPETENCE)
    assert again.added == 0


def test_competence_unknown_commune_refuses_the_file(communes: Database, tmp_path: Path) -> None:
    before = counts(communes)
    text = COMPETENCE.read_text(encoding="utf-8") + \
        "91228;Évry-Courcouronnes;PN;7709999;Commissariat d'Évry;91000;91000\n"
    bad = write(tmp_path / "competence.csv", text)
    with pytest.raises(ImportRejected) as refused:
        imports.import_competence(communes, bad)
    assert refused.value.report == [
        "ligne 23 : code INSEE « 91228 » inconnu (commune absente du référentiel)"]
    assert counts(communes) == before
