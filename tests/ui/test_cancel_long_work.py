"""Long work shows its progress with an "Annuler" button; a click on it stops the work between
two of its steps, the vault is left as it was, and the user reads a French message.

Each test holds the worker inside the work (a gate in one of its steps) so that the click
lands while it runs, as a user's would on a long import; the gate opens once the user clicked.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from desktop.models.audit import AuditEntry
from desktop.models.territory import Commune
from desktop.services.vault import lifecycle
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle


@pytest.fixture
def gate() -> Iterator[threading.Event]:
    opened = threading.Event()
    yield opened
    opened.set()  # never leave the worker waiting


def held(step: Callable[..., Any], gate: threading.Event) -> Callable[..., Any]:
    """``step`` done, then the worker waits until the user has clicked."""

    def run(*args: Any, **kwargs: Any) -> Any:
        result = step(*args, **kwargs)
        gate.wait(timeout=20)
        return result

    return run


def click_cancel(qtbot: QtBot, owner: QWidget, gate: threading.Event) -> None:
    qtbot.waitUntil(lambda: any(p.isVisible() for p in owner.findChildren(QProgressDialog)))
    progress = next(p for p in owner.findChildren(QProgressDialog) if p.isVisible())
    button = progress.findChild(QPushButton)
    assert button is not None and button.text() == "Annuler"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    gate.set()


def _count(db: Database, what: Any) -> int:
    with db.reading() as session:
        return int(session.scalar(sa.select(sa.func.count()).select_from(what)) or 0)


def test_cancelling_the_communes_import_leaves_the_vault_unchanged(
    qtbot: QtBot, context: AppContext, gate: threading.Event, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services.roster import communes
    from desktop.ui.dialogs.roster_import import ImportDialog

    db = context.require_db()
    before = _count(db, Commune), _count(db, AuditEntry)
    monkeypatch.setattr(communes, "bulk_insert", held(communes.bulk_insert, gate))
    dialog = ImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_kind("france")
    qtbot.keyClicks(dialog.department, "91")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    click_cancel(qtbot, dialog, gate)
    wait_idle(qtbot, context.runner)
    assert "Opération annulée" in dialog.status.text()
    assert dialog.isEnabled() and dialog.summary is None
    assert (_count(db, Commune), _count(db, AuditEntry)) == before  # rolled back

    # Not cancelled, the same import goes through.
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20_000)
    assert _count(db, Commune) > 150


def test_cancelling_a_backup_writes_nothing(
    qtbot: QtBot, main_window: MainWindow, tmp_path: Path, gate: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.storage import backup

    context = main_window.context
    folder = tmp_path / "sauvegardes"
    context.preferences.backup_folder = str(folder)
    db = context.require_db()
    audited = _count(db, AuditEntry)
    monkeypatch.setattr(backup, "_verify", held(backup._verify, gate))
    main_window.backup_action.trigger()
    click_cancel(qtbot, main_window, gate)
    wait_idle(qtbot, context.runner)
    qtbot.waitUntil(lambda: any(box.isVisible() and "Opération annulée" in box.text()
                                for box in main_window.findChildren(QMessageBox)))
    assert not folder.exists() or list(folder.iterdir()) == []
    assert lifecycle.status(db).last_backup_at is None
    assert _count(db, AuditEntry) == audited


def _audit_actions(db: Database) -> list[str]:
    with db.reading() as session:
        return list(session.scalars(sa.select(AuditEntry.action)))


def test_cancelling_the_offline_pack_export_leaves_no_file(
    qtbot: QtBot, context: AppContext, tmp_path: Path, gate: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.services.committee import packs
    from desktop.storage.sidecar import sidecar_path
    from tests.ui.test_committee_page import _page

    page, _meeting = _page(qtbot, context)
    db = context.require_db()
    audited = _audit_actions(db)
    monkeypatch.setattr(packs, "create_vault", held(packs.create_vault, gate))
    path = tmp_path / "seance.egide-seance"
    page.offline.export(path, "phrase du dossier")  # after the file and passphrase prompts
    click_cancel(qtbot, page, gate)
    wait_idle(qtbot, context.runner)
    qtbot.waitUntil(lambda: any(box.isVisible() and "Opération annulée" in box.text()
                                for box in page.findChildren(QMessageBox)))
    assert not path.exists() and not sidecar_path(path).exists()
    assert _audit_actions(db) == audited


def test_cancelling_the_merge_rolls_it_back(
    qtbot: QtBot, context: AppContext, tmp_path: Path, gate: threading.Event,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.services.committee import agenda, pack_merge, packs
    from desktop.services.committee.meeting_detail import meeting_detail
    from tests.ui.test_committee_page import _page

    page, meeting = _page(qtbot, context)
    db = context.require_db()
    item = agenda.add_item(db, meeting, "Signalements").id
    path = tmp_path / "seance.egide-seance"
    packs.export_pack(db, meeting, path, "phrase du dossier")
    pack = packs.open_pack(path, "phrase du dossier")
    try:
        agenda.add_decision(pack, item, "Décidé hors ligne.")
        agenda.add_decision(pack, item, "Une seconde décision.")
    finally:
        pack.close()
    audited = _audit_actions(db)
    monkeypatch.setattr(pack_merge, "_plan", held(pack_merge._plan, gate))
    page.offline.apply(path, "phrase du dossier")  # after "Appliquer" in the plan's box
    click_cancel(qtbot, page, gate)
    wait_idle(qtbot, context.runner)
    qtbot.waitUntil(lambda: any(box.isVisible() and "Opération annulée" in box.text()
                                for box in page.findChildren(QMessageBox)))
    assert meeting_detail(db, meeting).agenda[0].decisions == ()
    assert _audit_actions(db) == audited


def test_cancelling_the_dossier_shows_no_preview(
    qtbot: QtBot, context: AppContext, gate: threading.Event, monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.services.committee import printing
    from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
    from tests.ui.test_committee_page import _page

    page, _meeting = _page(qtbot, context)
    monkeypatch.setattr(printing, "dossier_in", held(printing.dossier_in, gate))
    qtbot.mouseClick(page.dossier_button, Qt.MouseButton.LeftButton)
    click_cancel(qtbot, page, gate)
    wait_idle(qtbot, context.runner)
    qtbot.waitUntil(lambda: any(box.isVisible() and "Opération annulée" in box.text()
                                for box in page.findChildren(QMessageBox)))
    assert page.findChildren(PdfPreviewDialog) == []
