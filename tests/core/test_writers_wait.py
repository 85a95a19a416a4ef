"""Two writers on one vault: the second waits its turn, and says so in French when it cannot."""

from __future__ import annotations

import multiprocessing
import time
from multiprocessing.synchronize import Event
from pathlib import Path

import pytest

from desktop.errors import VaultBusy
from desktop.models.enums import UnitKind
from desktop.services.roster.editing import UnitDraft, list_units, save_unit
from desktop.services.vault.database import Database
from desktop.storage import engine as engine_module
from desktop.storage.vault import ByRawKey, open_vault


def _hold_write_lock(path: str, key: bytes, seconds: float, holding: Event) -> None:
    """Another process: one unit of work that keeps the write lock for ``seconds``."""
    db = Database(open_vault(Path(path), ByRawKey(key)))
    try:
        with db.unit_of_work() as uow:
            uow.audit("export", "unit", None)
            holding.set()
            time.sleep(seconds)
    finally:
        db.close()


def _start_holder(db: Database, seconds: float) -> multiprocessing.process.BaseProcess:
    context = multiprocessing.get_context("fork")
    holding = context.Event()
    path, key = str(db.vault.path), db.vault.key  # type: ignore[union-attr]
    holder = context.Process(target=_hold_write_lock, args=(path, key, seconds, holding))
    holder.start()
    assert holding.wait(30), "the other process never took the lock"
    return holder


def test_a_second_writer_waits_for_the_first_instead_of_failing(db: Database) -> None:
    db.vault.engine.dispose()  # no connection crosses the fork
    holder = _start_holder(db, 1.0)
    started = time.monotonic()
    save_unit(db, UnitDraft(UnitKind.BRIGADE, "Brigade de Melun"))
    waited = time.monotonic() - started
    holder.join(30)
    assert holder.exitcode == 0
    assert waited > 0.5  # it did wait for the other process...
    assert [u.name for u in list_units(db)] == ["Brigade de Melun"]  # ...and then wrote


def test_a_writer_kept_waiting_too_long_gives_up_with_a_french_message(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_SECONDS", 0.3)
    db.vault.engine.dispose()  # new connections take the short timeout
    holder = _start_holder(db, 3.0)
    try:
        with pytest.raises(VaultBusy, match="occupé par une autre écriture"):
            save_unit(db, UnitDraft(UnitKind.BRIGADE, "Brigade de Melun"))
    finally:
        holder.join(30)
    assert holder.exitcode == 0
    assert list_units(db) == []  # nothing half-written


def test_reading_never_waits_for_a_writer(db: Database) -> None:
    save_unit(db, UnitDraft(UnitKind.BRIGADE, "Brigade de Melun"))
    db.vault.engine.dispose()
    holder = _start_holder(db, 3.0)
    try:
        started = time.monotonic()
        names = [u.name for u in list_units(db)]  # Database.reading(): no write lock
        waited = time.monotonic() - started
    finally:
        holder.join(30)
    assert names == ["Brigade de Melun"]
    assert waited < 2.0
