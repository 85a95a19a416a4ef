"""Fixtures for the Qt-free tests: real SQLCipher vaults in tmp_path."""

from __future__ import annotations

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


@pytest.fixture
def db(created: lifecycle.Created) -> Database:
    return created.db
