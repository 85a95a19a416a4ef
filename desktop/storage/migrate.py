"""Schema migrations (alembic, batch mode for SQLite), always after a verified backup."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.engine import Engine

from desktop.storage.backup import backup_vault
from desktop.storage.opened import OpenedVault
from desktop.storage.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: object | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def upgrade_to_head(engine: Engine) -> None:
    """Bring the schema to this code's head and record ``schema_version``."""
    from alembic import command

    from desktop.storage.meta import set_meta

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
        set_meta(connection, "schema_version", str(SCHEMA_VERSION))


def migrate_with_backup(vault: OpenedVault) -> Path:
    """Back the vault up beside itself, verified, then migrate it. Returns the backup path."""
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
    target = vault.path.with_name(
        f"{vault.path.stem}.avant-migration-v{vault.schema_version()}-{stamp}{vault.path.suffix}"
    )
    backup_vault(vault, target, reason="migration")
    upgrade_to_head(vault.engine)
    return target
