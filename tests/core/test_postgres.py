"""Shared mode on a real PostgreSQL server: the same schema, services and audit chain."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.errors import VaultError
from desktop.services.vault import audit_log, lifecycle, office
from desktop.storage.shared import require_tls
from tests.core.conftest import OFFICE_77

pytestmark = pytest.mark.postgres


def test_schema_services_and_audit_on_postgres(postgres_url: str) -> None:  # noqa: F811
    db = lifecycle.create_shared(postgres_url, OFFICE_77)
    office.save_office(db, office.OfficeIdentity(**{**OFFICE_77.__dict__, "city": "Meaux"}))
    db.close()
    reopened = lifecycle.open_shared(postgres_url)
    assert office.get_office(reopened).city == "Meaux"  # type: ignore[union-attr]
    report = audit_log.verify(reopened)
    assert report.ok and report.entries == 3
    status = lifecycle.status(reopened)
    assert status.path is None and status.server and "postgres" in status.server
    with pytest.raises(VaultError, match="mode partagé"):
        lifecycle.change_passphrase(reopened, "x" * 12)
    with reopened.vault.engine.begin() as connection:
        connection.execute(sa.text("UPDATE audit_entry SET actor = 'intrus' WHERE id = 2"))
    assert not audit_log.verify(reopened).ok
    reopened.close()


def test_a_database_without_egide_is_refused(postgres_url: str) -> None:  # noqa: F811
    with pytest.raises(VaultError, match="pas de données Égide"):
        lifecycle.open_shared(postgres_url)


def test_remote_servers_need_tls() -> None:
    with pytest.raises(VaultError, match="sslmode"):
        require_tls("postgresql+psycopg://u@db.prefecture.example/egide")
    require_tls("postgresql+psycopg://u@db.prefecture.example/egide?sslmode=verify-full")


def test_concurrent_writers_never_fork_the_chain_on_postgres(
    postgres_url: str,  # noqa: F811
) -> None:
    """Four threads, each its own connection: the head row is locked FOR UPDATE."""
    import threading

    from desktop.models.enums import UnitKind
    from desktop.services.roster.editing import UnitDraft, save_unit

    db = lifecycle.create_shared(postgres_url, OFFICE_77)
    failures: list[BaseException] = []

    def write(number: int) -> None:
        try:
            for step in range(10):
                save_unit(db, UnitDraft(UnitKind.BRIGADE, f"Brigade {number}-{step}"))
        except BaseException as error:  # noqa: BLE001 - reported below
            failures.append(error)

    threads = [threading.Thread(target=write, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    try:
        assert failures == []
        report = audit_log.verify(db)
        with db.reading() as session:
            forks = session.execute(sa.text(
                "SELECT count(*) - count(DISTINCT prev_hash) FROM audit_entry")).scalar()
    finally:
        db.close()
    assert report.ok, report.problems
    assert forks == 0 and report.entries == 2 + 40
