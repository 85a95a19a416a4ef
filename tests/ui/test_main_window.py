"""The main window: pages, status bar, backup, search, office identity, geometry."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.services.vault import lifecycle
from desktop.ui.context import AppContext
from desktop.ui.dialogs.office_dialog import OfficeDialog
from desktop.ui.main_window import MainWindow


def test_pages_and_status_bar(main_window: MainWindow, created: lifecycle.Created) -> None:
    titles = [main_window.navigation.item(i).text()
              for i in range(main_window.navigation.count())]
    assert titles[0] == "Accueil" and "Journal d'audit" in titles  # and each domain's page
    assert main_window.stack.currentWidget().widget() is main_window.home_page
    status = main_window.status
    assert status.encryption.text() == "Coffre chiffré (SQLCipher)"
    assert str(created.db.vault.path) in status.location.toolTip()
    assert status.last_backup.text() == "Dernière sauvegarde : aucune"
    assert not status.demo.isVisible()
    home = main_window.home_page
    assert home.office_card.values["prefet"].text() == "PRÉFET DE SEINE-ET-MARNE"
    assert home.vault_card.values["keyring"].text() == "la clé y est conservée"


def test_backup_now_updates_status(qtbot: QtBot, main_window: MainWindow,
                                   context: AppContext, tmp_path: Path) -> None:
    context.preferences.backup_folder = str(tmp_path / "sauvegardes")
    assert main_window.backup_action.shortcut().toString() == "Ctrl+S"
    main_window.backup_action.trigger()
    qtbot.waitUntil(lambda: "aucune" not in main_window.status.last_backup.text())
    assert main_window.status.last_backup.text().startswith("Dernière sauvegarde : ")
    assert " à " in main_window.status.last_backup.text()
    assert list((tmp_path / "sauvegardes").iterdir())


def test_global_search_lists_hits_by_section_and_reveals_one(
    qtbot: QtBot, main_window: MainWindow
) -> None:
    from desktop.services.search.global_search import SearchResult
    from desktop.ui.main_window import SearchProvider

    main_window.search_action.trigger()
    main_window.search.setText("Melun")
    qtbot.keyClick(main_window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main_window.search_result.text() == "Aucun résultat")
    revealed: list[object] = []
    main_window.register_search(SearchProvider(
        "Essai", main_window.audit_page,
        lambda _db, text: [SearchResult(f"{text} {n}", n) for n in range(3)],
        revealed.append,
    ))
    qtbot.keyClick(main_window.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main_window.search_result.text() == "3 résultat(s)")
    menu = main_window.search_menu
    assert menu is not None
    labels = [action.text() for action in menu.actions() if not action.isSeparator()]
    assert labels == ["Melun 0", "Melun 1", "Melun 2"]
    [action for action in menu.actions() if action.text() == "Melun 2"][0].trigger()
    assert revealed == [2]
    assert main_window.stack.currentIndex() == main_window.pages.index(main_window.audit_page)


def test_edit_office_identity(qtbot: QtBot, main_window: MainWindow) -> None:
    home = main_window.home_page
    qtbot.mouseClick(home.edit_button, Qt.MouseButton.LeftButton)
    dialog = home.findChildren(OfficeDialog)[0]
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.office_form.fields["prefet_title"].setText("")
    with qtbot.waitSignal(dialog.refused):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.error.text() == "Indiquez le titre du préfet."
    assert dialog.focusWidget() is dialog.office_form.fields["prefet_title"]
    dialog.office_form.fields["prefet_title"].setText("PRÉFET DE LA SEINE-ET-MARNE")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: home.office_card.values["prefet"].text()
                    == "PRÉFET DE LA SEINE-ET-MARNE")


def test_geometry_saved_under_egide_home(qtbot: QtBot, private_home: Path) -> None:
    first = MainWindow()  # the shell: its size does not depend on the pages' contents
    qtbot.addWidget(first)
    first.show()
    first.resize(700, 500)  # the offscreen screen is 800 x 600
    first.splitter.setSizes([150, 550])
    first.close()
    settings = QSettings(str(private_home / "config" / "interface.ini"),
                         QSettings.Format.IniFormat)
    assert settings.value("main_window/geometry") is not None
    assert settings.value("main_window/splitter0") is not None
    again = MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (700, 500)
    assert again.splitter.sizes()[0] == first.splitter.sizes()[0]


def test_pages_are_built_on_first_use(qtbot: QtBot, main_window: MainWindow) -> None:
    """Only the home page exists at start-up: the window shows its data sooner."""
    titles = [main_window.navigation.item(row).text()
              for row in range(main_window.navigation.count())]
    assert titles[:3] == ["Accueil", "Tableau de bord", "Signalements"]
    assert main_window.pages[0] is main_window.home_page
    assert all(page is None for page in list(main_window.pages)[1:])
    main_window.navigation.setCurrentRow(2)
    built = main_window.pages[2]
    assert built is not None and built is main_window.cases_page
    assert main_window.stack.currentWidget().widget() is built  # type: ignore[attr-defined]
