"""The national Etalab communes file imports as published (issue 13): its communes of the
collectivités d'outre-mer are left out and counted, or imported; ``--department`` chooses the
département's rows before any row is checked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.models.territory import Commune
from desktop.services.roster import imports
from desktop.services.vault.database import Database

from .conftest import count
from .national import OVERSEAS_COUNT, write_national_file


@pytest.fixture(scope="module")
def national(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_national_file(tmp_path_factory.mktemp("national") / "communes.json")


def test_the_national_file_imports_with_its_overseas_communes_counted(
    db: Database, national: Path
) -> None:
    assert OVERSEAS_COUNT == 92
    summary = imports.import_communes(db, national)
    assert (summary.added, summary.changed, summary.unchanged) == (34_877, 0, 0)
    assert count(db, "commune") == 34_877
    note = next(line for line in summary.details if "outre-mer" in line)
    assert note.startswith("92 commune(s) des collectivités d'outre-mer laissée(s) de côté")
    assert "Polynésie française 48" in note
    # How long it takes is benchmarks/roster_import.py's figure (a timed test failed under load)
    again = imports.import_communes(db, national)
    assert (again.added, again.changed, again.unchanged) == (0, 0, 34_877)
    assert "0 modifié(s), 34877 inchangé(s)" in again.text()


def test_the_overseas_communes_can_be_imported_under_their_collectivite(
    db: Database, national: Path
) -> None:
    summary = imports.import_communes(db, national, departments=["987", "988"],
                                      overseas="import")
    assert summary.added == 48 + 33
    with db.reading() as session:
        papeete = session.scalar(sa.select(Commune).where(Commune.insee_code == "98735"))
        assert papeete is not None and (papeete.name, papeete.department) == ("Papeete", "987")


def test_department_is_chosen_before_validation(db: Database, national: Path,
                                                tmp_path: Path) -> None:
    entries = json.loads(national.read_text(encoding="utf-8"))
    entries.append({"code": "8312", "nom": "", "type": "commune-actuelle",
                    "departement": "83", "codesPostaux": ["831"]})
    damaged = tmp_path / "communes-damaged.json"
    damaged.write_text(json.dumps(entries, ensure_ascii=False), encoding="utf-8")
    summary = imports.import_communes(db, damaged, departments=["13"])
    assert summary.added == 119
    assert not any("outre-mer" in line for line in summary.details)
    with db.reading() as session:
        assert set(session.scalars(sa.select(Commune.department).distinct())) == {"13"}
