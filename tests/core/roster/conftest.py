"""A vault with the real communes of Seine-et-Marne (Etalab sample + La Poste file), and the
compétence extract of tests/core/io/data."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.services.roster import imports
from desktop.services.vault.database import Database

from ..io.conftest import FIXTURES, _sample

COMPETENCE = FIXTURES / "competence-territoriale-77-extrait.csv"


@pytest.fixture
def etalab_77() -> Path:
    return _sample("communes-77-etalab-2026.json")


@pytest.fixture
def laposte_77() -> Path:
    return _sample("laposte-hexasmal-77.csv")


@pytest.fixture
def communes(db: Database, etalab_77: Path, laposte_77: Path) -> Database:
    imports.import_communes(db, etalab_77)
    imports.import_communes(db, laposte_77)
    return db


@pytest.fixture
def competent(communes: Database) -> Database:
    imports.import_competence(communes, COMPETENCE)
    return communes


def count(db: Database, table: str) -> int:
    with db.reading() as session:
        return int(session.scalar(sa.text(f"SELECT count(*) FROM {table}")) or 0)


def counts(db: Database) -> dict[str, int]:
    """Rows of every roster table: a refused import must leave them all as they were."""
    return {t: count(db, t) for t in ("commune", "postal_code", "unit", "referent", "assignment",
                                      "setting")}


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path
