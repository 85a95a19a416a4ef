"""Fixtures for the Qt-free tests: real SQLCipher vaults in tmp_path, and the same services on
a real PostgreSQL server.

``db`` is the storage fixture: the tests under ``BOTH_ENGINES`` (and those marked
``both_engines``) that take it run twice, on SQLCipher and on the throwaway PostgreSQL server
(marked ``postgres``), unless they also take a fixture bound to a vault file (``created``,
``vault_path``) or are marked ``sqlcipher_only``. ``EGIDE_TEST_ENGINES=sqlcipher`` runs
only the first; ``-m "not postgres"`` too.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.vault import lifecycle
from desktop.services.vault.database import Database
from desktop.services.vault.office import OfficeIdentity

OFFICE_77 = OfficeIdentity(
    department_code="77",
    department_name="Seine-et-Marne",
    prefecture_name="Préfecture de Seine-et-Marne",
    prefet_title="PRÉFET DE SEINE-ET-MARNE",
    address="12 rue des Saints-Pères",
    city="Melun",
)
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def vault_path(tmp_path: Path) -> Path:
    return tmp_path / "coffre.egide"


@pytest.fixture
def created(vault_path: Path) -> Iterator[lifecycle.Created]:
    made = lifecycle.create(vault_path, OFFICE_77, passphrase=PASSPHRASE, use_keyring=True)
    yield made
    made.db.close()


BOTH_ENGINES = ("cases", "roster", "practitioners")
"""Folders of tests/core whose service tests also run on PostgreSQL."""


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db" not in metafunc.fixturenames or os.environ.get("EGIDE_TEST_ENGINES") == "sqlcipher":
        return
    definition = metafunc.definition
    if {"created", "vault_path"} & set(metafunc.fixturenames):
        return
    if definition.get_closest_marker("sqlcipher_only"):
        return
    folders = Path(str(definition.path)).parts
    if not (definition.get_closest_marker("both_engines")
            or any(name in folders for name in BOTH_ENGINES)):
        return
    metafunc.parametrize(
        "engine_name",
        ["sqlcipher", pytest.param("postgres", marks=pytest.mark.postgres)],
        indirect=True,
    )


@pytest.fixture
def engine_name(request: pytest.FixtureRequest) -> str:
    return str(getattr(request, "param", "sqlcipher"))


@pytest.fixture
def db(request: pytest.FixtureRequest, engine_name: str) -> Iterator[Database]:
    """The open vault: SQLCipher (``created``), or a fresh base on the PostgreSQL server."""
    if engine_name == "postgres":
        shared = lifecycle.create_shared(request.getfixturevalue("postgres_url"), OFFICE_77)
        yield shared
        shared.close()
        return
    made: lifecycle.Created = request.getfixturevalue("created")
    yield made.db
