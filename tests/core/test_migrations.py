"""Migrations: the baseline matches the models; an older vault is backed up, then migrated."""

from __future__ import annotations

from pathlib import Path

from desktop.models import Base
from desktop.services.vault import lifecycle
from desktop.storage.migrate import MIGRATIONS, alembic_config
from desktop.storage.schema import SCHEMA_VERSION
from desktop.storage.vault import ByPassphrase, open_vault
from tests.core.conftest import PASSPHRASE


def test_one_migration_per_schema_version() -> None:
    assert len(list((MIGRATIONS / "versions").glob("[0-9]*.py"))) == SCHEMA_VERSION


def test_a_new_vault_at_head_matches_the_models(created: lifecycle.Created) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with created.db.vault.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": False})
        differences = compare_metadata(context, Base.metadata)
    assert differences == []


def test_an_older_vault_is_backed_up_before_migrating(
    created: lifecycle.Created, vault_path: Path
) -> None:
    from alembic import command

    created.db.vault.set_meta("schema_version", "0")
    created.db.close()
    vault = open_vault(vault_path, ByPassphrase(PASSPHRASE))
    assert vault.schema_version() == SCHEMA_VERSION
    backups = list(vault_path.parent.glob("*avant-migration-v0-*.egide"))
    assert len(backups) == 1
    with vault.engine.connect() as connection:
        command.current(alembic_config(connection))
    vault.close()
