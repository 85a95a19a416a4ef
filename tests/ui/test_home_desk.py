"""The home page is the office's desk: on the demo vault, what is late, the next meeting and
its convocation, the référents to check, the backup; on a new vault, the first steps, each
button opening the page and dialog that does it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot

from desktop.config import Preferences
from desktop.services.demo.build import create_demo
from desktop.services.vault.desk import desk
from desktop.ui.context import AppContext
from desktop.ui.dialogs.case_form import CaseFormDialog
from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from desktop.ui.dialogs.prompt import Prompt
from desktop.ui.dialogs.roster_import import ImportDialog
from desktop.ui.dialogs.unlock_dialog import UnlockDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.home import HomePage
from desktop.ui.runner import Runner
from tests.ui.clicks import click_cancel
from tests.ui.conftest import PASSPHRASE, wait_idle

LEFT = Qt.MouseButton.LeftButton


def open_window(qtbot: QtBot, context: AppContext) -> MainWindow:
    window = MainWindow()
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.painted, timeout=10_000, raising=False):
        window.show()
    window.attach(context)
    qtbot.waitSignal(window.home_page.desk_shown, timeout=20_000).wait()
    return window


@pytest.fixture
def demo_window(qtbot: QtBot, tmp_path: Path, runner: Runner,
                preferences: Preferences) -> Iterator[MainWindow]:
    created = create_demo(tmp_path / "demo.egide", passphrase=PASSPHRASE, use_keyring=True)
    context = AppContext(created.db, preferences, runner)
    window = open_window(qtbot, context)
    yield window
    window.close()
    runner.shutdown()
    created.db.close()


def current_page(window: MainWindow) -> QWidget:
    return window.pages[window.navigation.currentRow()]  # type: ignore[return-value]


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), button.text()
    qtbot.waitUntil(lambda: button.height() > 0)  # laid out after the desk was shown
    qtbot.mouseClick(button, LEFT)


def test_the_desk_on_the_demo_vault(qtbot: QtBot, demo_window: MainWindow) -> None:
    home = demo_window.home_page
    cards = home.desk
    expected = desk(demo_window.context.require_db())
    assert not cards.steps.isVisible()  # the demo is no new vault
    assert expected.late_case_count > 0
    assert cards.cases.summary.text().startswith(f"{expected.late_case_count} signalement(s)")
    assert cards.cases.list.count() == min(5, expected.late_case_count)
    assert expected.late_cases[0].reference in cards.cases.list.item(0).text()
    # The next meeting: who is convened, not an attendance nor a quorum not yet known.
    meeting = cards.meeting.summary.text()
    assert expected.next_meeting is not None and "membre(s) convoqué(s)" in meeting
    assert "Absent" not in meeting and "Quorum" not in meeting
    # Late action items flagged.
    assert expected.late_action_count > 0
    assert cards.actions.summary.property("role") == "error"
    assert all(cards.actions.list.item(i).text().startswith("EN RETARD")
               for i in range(cards.actions.list.count()))
    assert "non vérifié(s) depuis" in cards.referents.summary.text()
    assert cards.backup.summary.text().startswith("Aucune sauvegarde")
    # The convocation opens in the viewer, ready to print or save.
    click(qtbot, cards.convocation_button)
    qtbot.waitUntil(lambda: isinstance(home.dialog, PdfPreviewDialog)
                    and home.dialog.isVisible())
    assert home.dialog.page_count >= 1
    qtbot.mouseClick(home.dialog.close_button, LEFT)
    # Locked: nothing of the desk stays; unlocked: it comes back.
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    qtbot.keyClick(demo_window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: demo_window.context.locked)
    assert cards.cases.summary.text() == "" and cards.cases.list.count() == 0
    assert cards.referents.list.count() == 0 and cards.desk is None
    qtbot.mouseClick(demo_window.lock.screen.unlock_button, LEFT)
    # The vault has a passphrase: unlocking asks it, even with the key in the keyring.
    qtbot.waitUntil(lambda: bool(demo_window.findChildren(UnlockDialog)))
    unlock = demo_window.findChildren(UnlockDialog)[0]
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    with qtbot.waitSignal(home.desk_shown, timeout=20_000):
        qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    assert cards.cases.list.count() == min(5, expected.late_case_count)
    # "Voir les signalements en retard": the list of the late ones.
    click(qtbot, cards.cases_button)
    page = demo_window.cases_page
    assert current_page(demo_window) is page and page.overdue_only.isChecked()
    qtbot.waitUntil(lambda: page.count.text() == f"{expected.late_case_count} signalement(s)")
    # Ctrl+1: back to the desk, the first page, from the keyboard.
    demo_window.activateWindow()
    qtbot.waitUntil(demo_window.isActiveWindow)
    qtbot.keyClick(demo_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert isinstance(current_page(demo_window), HomePage) and home.isVisible()
    assert not page.isVisible()
    assert cards.cases.list.count() == min(5, expected.late_case_count)


def test_first_steps_on_a_new_vault(qtbot: QtBot, main_window: MainWindow) -> None:
    home = main_window.home_page
    qtbot.waitSignal(home.desk_shown, timeout=20_000, raising=False).wait()
    qtbot.waitUntil(lambda: home.desk.desk is not None)
    cards = home.desk
    assert cards.steps.isVisible()
    assert cards.cases.summary.text() == "Aucun signalement en retard."
    assert "Aucune séance prévue" in cards.meeting.summary.text()
    assert not cards.convocation_button.isEnabled()
    assert not cards.step_labels["case"].text().startswith("✓")
    # No commune yet: "Importer les communes…" opens the import on the communes list.
    assert not cards.step_labels["communes"].text().startswith("✓")
    assert cards.step_buttons["communes"].text() == "Importer les communes…"
    click(qtbot, cards.step_buttons["communes"])
    referents = main_window.referents_page
    assert current_page(main_window) is referents
    dialog = referents.actions.last_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    assert dialog.kind.currentData() == "communes"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Close), LEFT)
    assert not dialog.isVisible()
    main_window.navigation.setCurrentRow(0)
    # "Importer les référents…": the Référents page and its import, on the référents sheet.
    click(qtbot, cards.step_buttons["referents"])
    assert current_page(main_window) is referents
    dialog = referents.actions.last_dialog
    assert isinstance(dialog, ImportDialog) and dialog.isVisible()
    assert dialog.kind.currentData() == "referents"
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Close), LEFT)
    assert not dialog.isVisible()
    # "Nouveau protocole…": the Protocoles page, asking the title.
    main_window.navigation.setCurrentRow(0)
    click(qtbot, cards.step_buttons["protocol"])
    assert current_page(main_window) is main_window.protocols_page
    prompts = [p for p in main_window.protocols_page.findChildren(Prompt, "prompt")
               if p.isVisible()]
    assert len(prompts) == 1 and prompts[0].windowTitle() == "Nouveau protocole"
    click_cancel(qtbot, prompts[0])
    assert not prompts[0].isVisible()
    # "Nouveau signalement…": the case form, on the Signalements page.
    main_window.navigation.setCurrentRow(0)
    click(qtbot, cards.step_buttons["case"])
    cases = main_window.cases_page
    assert current_page(main_window) is cases
    qtbot.waitUntil(lambda: isinstance(cases.dialog, CaseFormDialog) and cases.dialog.isVisible())
    wait_idle(qtbot, main_window.context.runner)


def test_the_commune_list_says_when_it_is_cut(qtbot: QtBot, demo_window: MainWindow) -> None:
    page = demo_window.referents_page
    demo_window.navigation.setCurrentRow(demo_window.pages.index(page))
    qtbot.waitUntil(lambda: page.filter_buttons["all"].text() == "Toutes (507)")
    qtbot.waitUntil(lambda: page.result_count.text() == "300 premières sur 507")
    assert page.result_count.isVisible()
