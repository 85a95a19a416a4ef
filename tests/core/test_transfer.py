"""Moving the office's data: a local vault to the shared server and back, identical content;
the counts checked on both sides, the audit chain intact, the server usable afterwards."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from desktop.errors import VaultError
from desktop.models.enums import UnitKind
from desktop.services.demo.build import create_demo
from desktop.services.roster.editing import UnitDraft, save_unit
from desktop.services.vault import audit_log, lifecycle, transfer
from desktop.services.vault.database import Database
from desktop.storage.transfer import tables
from tests.core.conftest import OFFICE_77, PASSPHRASE
from tests.core.test_cli import egide

pytestmark = pytest.mark.postgres


def _content(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    content = {}
    with db.vault.engine.connect() as connection:
        for table in tables():
            order = list(table.primary_key.columns)
            content[table.name] = [tuple(row) for row in
                                   connection.execute(table.select().order_by(*order))]
    return content


def test_round_trip_through_the_server_keeps_every_row(
    tmp_path: Path, postgres_url: str,  # noqa: F811
) -> None:
    demo = create_demo(tmp_path / "demo.egide", passphrase=PASSPHRASE)
    before = _content(demo.db)
    assert sum(len(rows) for rows in before.values()) > 500
    sent = transfer.to_database(demo.db, postgres_url)
    assert sent.counts == {name: len(rows) for name, rows in before.items()}

    shared = lifecycle.open_shared(postgres_url)
    try:
        assert audit_log.verify(shared).ok
        save_unit(shared, UnitDraft(UnitKind.BRIGADE, "Brigade créée après le transfert"))
        with pytest.raises(VaultError, match="contient déjà un coffre"):
            transfer.to_database(shared, postgres_url)
        back = transfer.to_vault(shared, tmp_path / "retour.egide",
                                 passphrase=PASSPHRASE, use_keyring=False)
        created = back.created
        assert created is not None
    finally:
        shared.close()
    try:
        after = _content(created.db)
        report = audit_log.verify(created.db)
    finally:
        created.db.close()
        demo.db.close()
    assert report.ok, report.problems
    assert back.total == sent.total + 3  # the unit, its audit entry, the first transfer
    audit_before, audit_after = before.pop("audit_entry"), after.pop("audit_entry")
    assert audit_after[:len(audit_before)] == audit_before
    assert [row[3] for row in audit_after[len(audit_before):]] == ["transfer", "create",
                                                                  "transfer"]
    units_before, units_after = before.pop("unit"), after.pop("unit")
    assert units_after[:-1] == units_before and "après le transfert" in str(units_after[-1])
    assert after == before


def test_the_transfer_command_counts_both_sides(
    tmp_path: Path, postgres_url: str,  # noqa: F811
) -> None:
    phrase = tmp_path / "phrase.txt"
    phrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    vault = tmp_path / "v.egide"
    assert egide("init", "--vault", str(vault), "--passphrase-file", str(phrase)).returncode == 0
    moved = egide("transfer", "--from-vault", str(vault), "--passphrase-file", str(phrase),
                  "--to-database", postgres_url)
    assert moved.returncode == 0, moved.stderr
    assert "les mêmes nombres des deux côtés" in moved.stdout and "commune : " in moved.stdout
    lookup = egide("lookup", "Melun", "--database", postgres_url)
    assert lookup.returncode == 0 and "Melun" in lookup.stdout
    back = egide("transfer", "--from-database", postgres_url, "--to-vault",
                 str(tmp_path / "retour.egide"), "--passphrase-file", str(phrase))
    assert back.returncode == 0, back.stderr
    assert "Clé de secours du nouveau coffre" in back.stdout
    check = egide("audit", "verify", "--vault", str(tmp_path / "retour.egide"),
                  "--passphrase-file", str(phrase))
    assert check.returncode == 0 and "intact" in check.stdout
    wrong = egide("transfer", "--from-vault", str(vault), "--to-vault", str(tmp_path / "x"))
    assert wrong.returncode == 1 and "--to-database" in wrong.stderr
    _ = OFFICE_77, sa  # the module's fixtures and helpers
