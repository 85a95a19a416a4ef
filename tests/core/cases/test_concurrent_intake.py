"""Two processes recording cases at the same time: each waits its turn for the next number,
none is refused with ``Conflict`` (the number used to be read before the write lock)."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.models.cases import Case
from desktop.services.cases.intake import create_case
from desktop.services.cases.records import CaseInput
from desktop.services.vault.database import Database
from desktop.storage.vault import ByRawKey, open_vault
from tests.core.cases.conftest import World

EACH = 8


def _record(path: str, key: bytes, facts: CaseInput, count: int) -> None:
    db = Database(open_vault(Path(path), ByRawKey(key)))
    try:
        for _ in range(count):
            create_case(db, facts)  # Conflict would end the process with exit code 1
    finally:
        db.close()


@pytest.mark.sqlcipher_only  # opens the vault file by its key (PostgreSQL: test_lost_update)
def test_two_processes_recording_cases_both_succeed(world: World) -> None:
    db = world.db
    path, key = str(db.vault.path), db.vault.key  # type: ignore[union-attr]
    db.vault.engine.dispose()  # no connection crosses the fork
    context = multiprocessing.get_context("fork")
    writers = [context.Process(target=_record, args=(path, key, world.facts(), EACH))
               for _ in range(2)]
    for writer in writers:
        writer.start()
    for writer in writers:
        writer.join(120)
    assert [w.exitcode for w in writers] == [0, 0]
    with db.reading() as session:
        references = session.scalars(sa.select(Case.reference)).all()
    assert len(references) == len(set(references)) == 2 * EACH
