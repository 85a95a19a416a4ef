"""The user guide: F1 opens the section of the page on screen, Ctrl+1…9 move between pages,
and the guide's files hold together (every page has its section, every link and image exists)."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.guide import CONTENTS, PAGE_SECTIONS, GuideWindow, guide_folder, sections
from desktop.ui.main_window import MainWindow


def test_ctrl_number_then_f1_opens_the_section_of_that_page(qtbot: QtBot,
                                                            main_window: MainWindow) -> None:
    main_window.activateWindow()
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.navigation.currentRow() == 2
    assert main_window.current_page_key() == "cases"
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool(main_window.findChildren(GuideWindow)))
    guide = main_window.findChildren(GuideWindow)[0]
    assert guide.isVisible() and guide.current_section() == "03-signalements.md"
    assert "Enregistrer un signalement" in guide.text.toPlainText()
    assert guide.contents.currentItem().text() == "Les signalements"

    row = next(r for r in range(guide.contents.count())
               if guide.contents.item(r).text() == "Sauvegardes et restauration")
    rect = guide.contents.visualItemRect(guide.contents.item(row))
    qtbot.mouseClick(guide.contents.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert guide.current_section() == "10-sauvegardes.md"
    assert "Fichier > Sauvegardes…" in guide.text.toPlainText()
    guide.grab().save("/tmp/ui-shots/guide.png")

    qtbot.keyClick(main_window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert main_window.current_page_key() == "audit"  # the tenth page
    qtbot.keyClick(main_window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(main_window, Qt.Key.Key_F1)
    assert guide.current_section() == "02-accueil.md"  # the same window, another section
    assert len(main_window.findChildren(GuideWindow)) == 1
    QApplication.processEvents()


def test_every_page_has_its_section(main_window: MainWindow) -> None:
    folder = guide_folder()
    keys = {main_window.current_page_key()} | {slot.key for slot in main_window._slots[1:]}
    for key in keys:
        assert key in PAGE_SECTIONS, f"la page {key} n'a pas de section dans le guide"
        assert (folder / PAGE_SECTIONS[key]).exists()


def test_the_guide_holds_together() -> None:
    folder = guide_folder()
    names = [name for name, _title in sections(folder)]
    assert names[0] == CONTENTS and len(names) >= 13
    index = (folder / CONTENTS).read_text(encoding="utf-8")
    for name in names[1:]:
        assert f"({name})" in index, f"{name} absent du sommaire"
    for name in names:
        text = (folder / name).read_text(encoding="utf-8")
        for target in re.findall(r"\]\(([^)#]+)\)", text):
            if not target.startswith("http"):
                assert (folder / target).exists(), f"{name} : lien mort vers {target}"
