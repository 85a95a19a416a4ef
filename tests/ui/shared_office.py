"""Two agents on the same data, for the conflict tests: agent B's window (``context``) and
agent A's own connection (``other``), on one vault file opened twice (SQLCipher) or on the
PostgreSQL test server; and what the conflict dialog shows, row by row."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.config import Preferences
from desktop.models.contacts import Practitioner
from desktop.models.enums import IncidentType, Profession
from desktop.models.territory import Commune
from desktop.services.cases import intake
from desktop.services.cases.records import CaseInput
from desktop.services.vault import lifecycle
from desktop.services.vault.database import Database
from desktop.storage.vault import ByRawKey, open_vault
from desktop.ui.context import AppContext
from desktop.ui.dialogs.conflict_dialog import ConflictDialog, cell_text
from desktop.ui.runner import Runner
from tests.core.conftest import OFFICE_77


@dataclass
class Office:
    """Agent B's window (``context``) and agent A's own connection to the same data."""

    context: AppContext
    other: Database
    case_id: int
    facts: CaseInput


def _seed(db: Database) -> tuple[int, CaseInput]:
    with db.unit_of_work() as uow:
        melun = Commune(insee_code="77288", name="Melun", search_key="melun", department="77")
        doctor = Practitioner(first_name="Hélène", last_name="Dupré",
                              profession=Profession.MEDECIN_GENERALISTE)
        uow.session.add_all([melun, doctor])
        uow.session.flush()
        ids = melun.id, doctor.id
    facts = CaseInput(occurred_at=dt.datetime(2026, 3, 14, 9, 45, tzinfo=dt.UTC),
                      commune_id=ids[0], victim_ids=(ids[1],),
                      types=(IncidentType.VERBAL,), weapon_text="",
                      exact_words="Tu vas le regretter", narrative="Menaces au cabinet.")
    return intake.create_case(db, facts).id, facts


@pytest.fixture(params=["sqlcipher", pytest.param("postgres", marks=pytest.mark.postgres)])
def office(request: pytest.FixtureRequest, tmp_path: Path, preferences: Preferences,
           runner: Runner) -> Iterator[Office]:
    if request.param == "postgres":
        url = request.getfixturevalue("postgres_url")
        mine = lifecycle.create_shared(url, OFFICE_77)
        other = lifecycle.open_shared(url)
    else:
        created = lifecycle.create(tmp_path / "bureau.egide", OFFICE_77,
                                   passphrase="une phrase de passe", use_keyring=True)
        mine = created.db
        other = Database(open_vault(created.db.vault.path, ByRawKey(created.db.vault.key)))
    other.actor = "agent.a"
    case_id, facts = _seed(mine)
    context = AppContext(mine, preferences, runner)
    yield Office(context, other, case_id, facts)
    runner.shutdown()
    other.close()
    mine.close()


def rows(dialog: ConflictDialog) -> dict[str, tuple[str, str]]:
    return {cell_text(dialog, r, 0): (cell_text(dialog, r, 1), cell_text(dialog, r, 2))
            for r in range(dialog.table.rowCount())}


def conflict_on_save(qtbot: QtBot, dialog: Any) -> ConflictDialog:
    """Click Enregistrer on ``dialog`` (a ``WriteDialog`` or an ``EditingDialog``): the
    conflict dialog opens, the form stays, and it names agent A."""
    with qtbot.waitSignal(dialog.conflicted, timeout=20_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    assert dialog.conflict is not None and dialog.isVisible()
    assert "entre-temps par agent.a" in dialog.conflict.header.text()
    return dialog.conflict


def click_and_wait(qtbot: QtBot, button: Any, signal: Any) -> None:
    """Click ``button`` (a conflict dialog's, Enregistrer) and wait for ``signal``."""
    with qtbot.waitSignal(signal, timeout=20_000):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def audit_of(db: Database, entity: str, entity_id: int) -> list[tuple[str, str]]:
    """(actor, action) of every audit entry about one row, oldest first."""
    import sqlalchemy as sa

    from desktop.models.audit import AuditEntry

    with db.reading() as session:
        found = session.execute(
            sa.select(AuditEntry.actor, AuditEntry.action)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == str(entity_id))
            .order_by(AuditEntry.id)).all()
    return [(str(actor), str(action)) for actor, action in found]
