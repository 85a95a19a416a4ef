"""The audit page: entries paged lazily, refreshed after a write, and the integrity check."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.services.vault import office
from desktop.ui.context import AppContext
from desktop.ui.main_window import MainWindow
from desktop.ui.table_models import audit as audit_model


def show_audit(qtbot: QtBot, window: MainWindow) -> None:
    window.navigation.setCurrentRow(window.pages.index(window.audit_page))
    model = window.audit_page.model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.entry(0) is not None)


def test_audit_page_shows_entries(qtbot: QtBot, main_window: MainWindow,
                                  context: AppContext) -> None:
    show_audit(qtbot, main_window)
    model = main_window.audit_page.model
    assert model.rowCount() == 2  # the vault's creation, then the office identity
    cells = [model.index(0, column).data() for column in range(6)]
    assert cells[1] and cells[2] == "Création" and cells[3] == "Service" and cells[4] == "—"
    assert "titre du préfet : PRÉFET DE SEINE-ET-MARNE" in cells[5]
    assert " à " in cells[0]
    assert main_window.audit_page.count.text() == "2 entrée(s)"

    identity = office.get_office(context.require_db())
    assert identity is not None
    changed = office.OfficeIdentity(**{**identity.__dict__, "city": "Melun"})
    context.write(lambda db: office.save_office(db, changed))
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    qtbot.waitUntil(lambda: model.index(0, 5).data() == "ville : — → Melun")
    assert model.index(0, 2).data() == "Modification"


def test_verify_integrity(qtbot: QtBot, main_window: MainWindow) -> None:
    show_audit(qtbot, main_window)
    page = main_window.audit_page
    with qtbot.waitSignal(page.verified) as signal:
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert signal.args[0].ok
    assert page.result.text().startswith("Journal intègre : 2 entrée(s)")


def test_model_holds_only_a_few_pages(qtbot: QtBot, main_window: MainWindow,
                                      context: AppContext,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    db = context.require_db()
    identity = office.get_office(db)
    assert identity is not None
    for number in range(20):
        office.save_office(db, office.OfficeIdentity(**{**identity.__dict__,
                                                        "address": f"{number} rue Test"}))
    monkeypatch.setattr(audit_model.AuditTableModel, "page_size", 3)
    monkeypatch.setattr(audit_model.AuditTableModel, "max_pages", 2)
    show_audit(qtbot, main_window)
    # A maximised window shows more rows than 2 pages of 3: the view itself would keep
    # asking for evicted pages. Real pages (200 rows × 5) are far larger than any screen.
    main_window.audit_page.table.hide()
    model = main_window.audit_page.model
    assert model.rowCount() == 22
    for row in range(model.rowCount()):
        qtbot.waitUntil(lambda row=row: model.entry(row) is not None)
        assert model.cached_rows <= 6
    assert model.index(21, 3).data() == "Coffre"  # the oldest entry: the vault's creation
