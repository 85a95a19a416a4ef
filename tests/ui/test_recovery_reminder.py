"""A creation cut short on the recovery-key page is recalled at the next start (issue 12)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget, QWizard
from pytestqt.qtbot import QtBot

from desktop.app import GuiOptions, Startup
from desktop.config import load_preferences
from desktop.ui.dialogs.creation_wizard import CreationWizard
from desktop.ui.dialogs.rekey_dialog import RekeyDialog
from desktop.ui.main_window import MainWindow
from tests.ui.test_creation_wizard import commit, fill_identity


def _box_point(box: QWidget) -> QPoint:
    """On the check box's square, not its (wrapped) text."""
    return QPoint(8, box.height() // 2)


def _start(qtbot: QtBot, qapp: object) -> tuple[MainWindow, Startup]:
    window = MainWindow()
    qtbot.addWidget(window)
    startup = Startup(qapp, window, GuiOptions())  # type: ignore[arg-type]
    window.show()
    return window, startup


def _reach_recovery_page(qtbot: QtBot, window: MainWindow) -> CreationWizard:
    qtbot.waitUntil(lambda: bool(window.findChildren(CreationWizard)))
    wizard = window.findChildren(CreationWizard)[0]
    fill_identity(qtbot, wizard)
    commit(qtbot, wizard)  # the keyring is there: no passphrase needed
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=60_000)
    return wizard


def test_interrupted_creation_offers_a_new_recovery_sheet(
        qtbot: QtBot, qapp: object, private_home: Path) -> None:
    window, startup = _start(qtbot, qapp)
    wizard = _reach_recovery_page(qtbot, window)
    path = load_preferences().vault()
    assert path.is_file() and load_preferences().recovery_pending(path)
    # The PC is switched off here: the key was never confirmed, the assistant never finished.
    assert wizard.created is not None
    wizard.created.db.close()
    startup.finish()
    window.close()

    window, startup = _start(qtbot, qapp)
    qtbot.waitUntil(lambda: any(b.isVisible() for b in window.findChildren(QMessageBox)),
                    timeout=30_000)
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert "clé de secours" in box.text()
    button = next(b for b in box.findChildren(QPushButton)
                  if b.text().replace("&", "") == "Imprimer une nouvelle feuille de secours")
    assert box.defaultButton() is button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(window.findChildren(RekeyDialog)), timeout=20_000)
    dialog = window.findChildren(RekeyDialog)[0]
    qtbot.waitUntil(dialog.isVisible)
    issue = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(issue, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.key_page.isVisible, timeout=60_000)
    qtbot.mouseClick(dialog.confirm, Qt.MouseButton.LeftButton, pos=_box_point(dialog.confirm))
    close = dialog.close_buttons.button(dialog.close_buttons.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not load_preferences().recovery_pending(path))
    window.close()
    startup.finish()


def test_finished_creation_leaves_no_reminder(qtbot: QtBot, qapp: object,
                                              private_home: Path) -> None:
    window, startup = _start(qtbot, qapp)
    wizard = _reach_recovery_page(qtbot, window)
    page = wizard.recovery_page
    qtbot.mouseClick(page.confirm, Qt.MouseButton.LeftButton, pos=_box_point(page.confirm))
    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton),
                         Qt.MouseButton.LeftButton)
    assert load_preferences().recovery_unconfirmed == []
    qtbot.waitUntil(lambda: window.navigation.count() >= 2, timeout=30_000)
    assert not any(b.isVisible() for b in window.findChildren(QMessageBox))
    window.close()
    startup.finish()
