"""Every saved vault of a released schema opens with today's code and keeps its data."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.services.vault import audit_log, office
from desktop.services.vault.database import Database
from desktop.storage.schema import SCHEMA_VERSION
from desktop.storage.vault import ByRecoveryKey, open_vault

SAVED = Path(__file__).resolve().parent / "vaults"
VAULTS = sorted(SAVED.glob("schema-*.egide"))


def test_there_is_a_saved_vault_for_every_schema_but_maybe_the_newest() -> None:
    versions = {int(p.stem.split("-")[1]) for p in VAULTS}
    assert versions >= set(range(1, SCHEMA_VERSION))
    assert 1 in versions


@pytest.mark.parametrize("saved", VAULTS, ids=[p.stem for p in VAULTS])
def test_saved_vault_opens_migrates_and_keeps_its_data(saved: Path, tmp_path: Path) -> None:
    copy = tmp_path / saved.name
    shutil.copyfile(saved, copy)
    key = (SAVED / f"{saved.stem}.recovery-key.txt").read_text(encoding="utf-8").strip()
    vault = open_vault(copy, ByRecoveryKey(key), verify=True)
    version = int(saved.stem.split("-")[1])
    assert vault.schema_version() == SCHEMA_VERSION
    if version < SCHEMA_VERSION:
        assert list(tmp_path.glob("*avant-migration*")), "no backup before the migration"
    db = Database(vault)
    identity = office.get_office(db)
    assert identity is not None and identity.department_code == "77"
    assert audit_log.verify(db).ok
    with db.reading() as session:
        counts = {
            table: session.execute(sa.text(f'SELECT count(*) FROM "{table}"')).scalar()
            for table in ("commune", "case", "practitioner", "protocol_version", "meeting")
        }
    assert all(counts.values()), counts
    db.close()
