"""The commands against a shared PostgreSQL database (``--database`` in place of ``--vault``)."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.core.test_cli import egide

pytestmark = pytest.mark.postgres


def test_init_lookup_and_cases_on_a_shared_database(postgres_url: str) -> None:  # noqa: F811
    created = egide("init", "--database", postgres_url, "--department", "77")
    assert created.returncode == 0, created.stderr
    assert "Base partagée créée" in created.stdout
    again = egide("init", "--database", postgres_url)
    assert again.returncode == 1 and "contient déjà un coffre Égide" in again.stderr

    lookup = egide("lookup", "Melun", "--database", postgres_url)
    assert lookup.returncode == 0, lookup.stderr
    assert "Melun" in lookup.stdout
    listing = egide("cases", "list", "--database", postgres_url, "--format", "csv")
    assert listing.returncode == 0, listing.stderr
    assert listing.stdout.startswith("reference;")
    audit = egide("audit", "verify", "--database", postgres_url)
    assert audit.returncode == 0 and "intact" in audit.stdout, audit.stderr


def test_file_only_commands_refuse_a_database(postgres_url: str) -> None:  # noqa: F811
    result = egide("restore", "--database", postgres_url, "--from", "x.egide", "--yes")
    assert result.returncode == 1
    assert "pg_dump" in result.stderr and "coffre local" in result.stderr
    both = egide("lookup", "Melun", "--database", postgres_url, "--vault", "v.egide")
    assert both.returncode == 2 and "--vault" in both.stderr
    wrong = egide("lookup", "Melun", "--database", "mysql://x@y/z")
    assert wrong.returncode == 1 and "postgresql+psycopg://" in wrong.stderr


def test_migrate_prints_the_dump_line_then_upgrades(postgres_url: str) -> None:  # noqa: F811
    assert egide("init", "--database", postgres_url).returncode == 0
    engine = sa.create_engine(postgres_url)
    with engine.begin() as connection:
        connection.execute(sa.text(
            "UPDATE vault_meta SET value = '0' WHERE key = 'schema_version'"))
    engine.dispose()

    refused = egide("lookup", "Melun", "--database", postgres_url)
    assert refused.returncode == 1
    assert f"egide migrate --database {postgres_url}" in refused.stderr

    asked = egide("migrate", "--database", postgres_url)
    assert asked.returncode == 1
    assert "pg_dump --format=custom --host=127.0.0.1" in asked.stdout
    assert "--dumped" in asked.stdout
    migrated = egide("migrate", "--database", postgres_url, "--dumped")
    assert migrated.returncode == 0, migrated.stderr
    assert "version 0 →" in migrated.stdout
    assert egide("lookup", "Melun", "--database", postgres_url).returncode == 0
    again = egide("migrate", "--database", postgres_url, "--dumped")
    assert "déjà à jour" in again.stdout
