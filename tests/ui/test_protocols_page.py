"""The "Protocoles" page driven as a user would: edit an article, reorder with undo/redo,
compare two versions, consolidated text, status, preview of the convention."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.models.enums import VersionKind, VersionStatus
from desktop.services.demo import protocol
from desktop.services.protocol import protocols
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.pages.protocols import ProtocolsPage
from tests.ui.conftest import wait_idle

SHOTS = Path("/tmp/shots")


@pytest.fixture
def demo_context(context: AppContext) -> AppContext:
    db = context.require_db()
    with db.unit_of_work() as uow:
        protocol.fill(uow, random.Random(77))
    protocol_id = protocols.list_protocols(db)[0].id
    protocols.new_version(db, protocol_id, VersionKind.UPDATE)  # a draft to edit
    return context


@pytest.fixture
def page(qtbot: QtBot, demo_context: AppContext) -> Iterator[ProtocolsPage]:
    widget = ProtocolsPage(demo_context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.detail is not None)
    wait_idle(qtbot, demo_context.runner)
    yield widget
    wait_idle(qtbot, demo_context.runner)


def _db(page: ProtocolsPage) -> Database:
    return page.context.require_db()


def _titles(page: ProtocolsPage) -> list[str]:
    assert page.detail is not None
    detail = protocols.get_version(_db(page), page.detail.version.id)
    return [a.title for a in detail.articles]


def _settle(qtbot: QtBot, page: ProtocolsPage) -> None:
    wait_idle(qtbot, page.context.runner)
    qtbot.waitUntil(lambda: not page.context.runner.busy)
    wait_idle(qtbot, page.context.runner)


def test_opens_on_the_draft_and_edits_an_article(qtbot: QtBot, page: ProtocolsPage) -> None:
    assert page.detail is not None
    assert page.detail.version.number == 3 and page.detail.version.editable
    assert page.draft_box.isChecked()
    assert page.status_button.isVisible() and "signée" in page.status_button.text()
    page.tabs.article_list.setCurrentRow(1)
    editor = page.tabs.editor
    editor.title.setText("Champ d'application élargi")
    editor.body.setPlainText(
        "Le protocole s'applique aussi aux infirmiers.\n- libéraux ;\n- salariés."
    )
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, page)
    assert _titles(page)[1] == "Champ d'application élargi"
    qtbot.waitUntil(
        lambda: page.tabs.article_list.item(1).text() == "Article 2 – Champ d'application élargi"
    )
    SHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SHOTS / "protocols-articles.png"))


def test_reorder_with_undo_and_redo(qtbot: QtBot, page: ProtocolsPage) -> None:
    before = _titles(page)
    page.tabs.article_list.setCurrentRow(0)
    qtbot.mouseClick(page.tabs.down_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, page)
    moved = [before[1], before[0], *before[2:]]
    assert _titles(page) == moved
    qtbot.waitUntil(lambda: page.tabs.article_list.currentRow() == 1)  # follows the article
    assert page.undo_stack.canUndo()
    page.undo_action.trigger()  # Ctrl+Z
    _settle(qtbot, page)
    assert _titles(page) == before
    page.redo_action.trigger()  # Ctrl+Y
    _settle(qtbot, page)
    assert _titles(page) == moved
    # Delete, then undo puts it back in place.
    page.tabs.article_list.setCurrentRow(2)
    qtbot.mouseClick(page.tabs.delete_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, page)
    assert _titles(page) == moved[:2] + moved[3:]
    qtbot.mouseClick(page.tabs.undo_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, page)
    assert _titles(page) == moved
    # Insert after the selected one.
    page.tabs.article_list.setCurrentRow(0)
    qtbot.mouseClick(page.tabs.insert_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, page)
    assert _titles(page)[1] == "Nouvel article"
    qtbot.waitUntil(lambda: page.tabs.editor.title.text() == "Nouvel article")


def test_compare_two_versions(qtbot: QtBot, page: ProtocolsPage) -> None:
    tabs = page.tabs
    tabs.old_combo.setCurrentIndex(tabs.old_combo.findData(1))
    tabs.new_combo.setCurrentIndex(tabs.new_combo.findData(2))
    tabs.setCurrentWidget(tabs.compare_tab)
    qtbot.mouseClick(tabs.compare_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Version 1 → version 2" in tabs.comparison.toPlainText())
    html = tabs.comparison.toHtml()
    assert "line-through" in html  # deletions struck through
    assert "#d7f5dd" in html  # insertions highlighted in green
    page.grab().save(str(SHOTS / "protocols-compare.png"))


def test_consolidated_text_at_a_date(qtbot: QtBot, page: ProtocolsPage) -> None:
    tabs = page.tabs
    tabs.date.setDate(dt.date(2019, 3, 1))
    qtbot.mouseClick(tabs.consolidate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "version 1" in tabs.consolidated.toPlainText())
    tabs.date.setDate(dt.date(2010, 3, 1))
    qtbot.mouseClick(tabs.consolidate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Aucune version" in tabs.consolidated.toPlainText())


def test_status_advances_and_text_freezes(qtbot: QtBot, page: ProtocolsPage) -> None:
    page.edits.advance_status(dt.date(2026, 5, 4))
    _settle(qtbot, page)
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail.version.status is VersionStatus.SIGNE
    )
    assert "vigueur" in page.status_button.text()
    assert not page.tabs.insert_button.isEnabled()
    assert page.tabs.editor.body.isReadOnly()
    assert not page.draft_box.isChecked()


def test_preview_opens_the_convention(qtbot: QtBot, page: ProtocolsPage) -> None:
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview_dialog is not None)
    dialog = page.preview_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.page_count >= 2)  # type: ignore[attr-defined]
    assert dialog.pdf.startswith(b"%PDF")  # type: ignore[attr-defined]
    qtbot.wait(800)  # QPdfView renders its pages asynchronously
    dialog.grab().save(str(SHOTS / "protocols-preview.png"))
    dialog.close()


def test_parties_reorder_and_preamble_with_undo(qtbot: QtBot, page: ProtocolsPage) -> None:
    assert page.detail is not None
    version_id = page.detail.version.id
    first = [p.id for p in page.detail.parties]
    page.tabs.setCurrentWidget(page.tabs.parties_tab)
    page.tabs.party_list.setCurrentRow(0)
    qtbot.mouseClick(page.tabs.party_down_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, page)
    order = [p.id for p in protocols.get_version(_db(page), version_id).parties]
    assert order == [first[1], first[0], *first[2:]]
    page.tabs.preamble.setPlainText("Vu le code pénal ;\nVu le code civil ;")
    qtbot.mouseClick(page.tabs.preamble_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, page)
    assert protocols.get_version(_db(page), version_id).preamble == (
        "Vu le code pénal ;",
        "Vu le code civil ;",
    )
    page.undo_action.trigger()
    page.undo_action.trigger()
    _settle(qtbot, page)
    again = protocols.get_version(_db(page), version_id)
    assert [p.id for p in again.parties] == first
    assert "Vu le code civil ;" not in again.preamble


def test_avenant_lists_the_articles_it_changes(qtbot: QtBot, demo_context: AppContext) -> None:
    db = demo_context.require_db()
    protocol = protocols.list_protocols(db)[0]
    draft = protocol.versions[-1]
    protocols.delete_draft(db, draft.id)
    widget = ProtocolsPage(demo_context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.detail is not None)
    widget.edits.new_version(VersionKind.AMENDMENT, (4, 6))
    qtbot.waitUntil(
        lambda: widget.detail is not None and widget.detail.version.kind is VersionKind.AMENDMENT
    )
    items = [
        widget.tabs.article_list.item(i).text() for i in range(widget.tabs.article_list.count())
    ]
    assert items[0].startswith("Article 4 –") and items[0].endswith("(modifié)")
    assert items[1].startswith("Article 6 –")
    assert not widget.tabs.up_button.isEnabled()
    wait_idle(qtbot, demo_context.runner)


def test_version_properties(qtbot: QtBot, page: ProtocolsPage) -> None:
    from desktop.ui.dialogs.version_dialog import VersionDialog

    assert page.properties_button.isEnabled()
    qtbot.mouseClick(page.properties_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(VersionDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.title.setText("Protocole révisé en 2026")
    dialog.place.clear()
    qtbot.keyClicks(dialog.place, "Fontainebleau")
    dialog.copies.setValue(9)
    with qtbot.waitSignal(dialog.succeeded):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    _settle(qtbot, page)
    assert page.detail is not None
    version = protocols.get_version(_db(page), page.detail.version.id).version
    assert (version.title, version.signed_place, version.copies) == (
        "Protocole révisé en 2026",
        "Fontainebleau",
        9,
    )
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail.version.title == "Protocole révisé en 2026"
    )


def test_keyboard_undo_redo_and_french_texts(qtbot: QtBot, page: ProtocolsPage) -> None:
    page.tabs.article_list.setCurrentRow(0)
    qtbot.mouseClick(page.tabs.down_button, Qt.MouseButton.LeftButton)
    _settle(qtbot, page)
    assert page.undo_action.text() == "Annuler Déplacement d'un article"
    moved = _titles(page)
    page.activateWindow()
    page.tabs.article_list.setFocus()
    qtbot.keyClick(page.tabs.article_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, page)
    assert _titles(page) == [moved[1], moved[0], *moved[2:]]
    qtbot.keyClick(page.tabs.article_list, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    _settle(qtbot, page)
    assert _titles(page) == moved


def test_registered_in_the_main_window(main_window: object) -> None:
    from desktop.ui.main_window import MainWindow

    assert isinstance(main_window, MainWindow)
    titles = [main_window.navigation.item(i).text() for i in range(main_window.navigation.count())]
    assert "Protocoles" in titles
    assert isinstance(main_window.protocols_page, ProtocolsPage)


def _visible(page: ProtocolsPage, kind: type[QDialog]) -> QDialog:
    found = next((d for d in page.findChildren(kind) if d.isVisible()), None)
    assert found is not None, f"the button opens a {kind.__name__}"
    assert found.windowModality() == Qt.WindowModality.WindowModal
    return found


def _click_ok(qtbot: QtBot, dialog: QDialog) -> None:
    buttons = dialog.buttons  # type: ignore[attr-defined]
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_status_date_asked_in_the_date_dialog(qtbot: QtBot, page: ProtocolsPage) -> None:
    from desktop.ui.dialogs.write_dialog import DateDialog

    qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    dialog = _visible(page, DateDialog)
    assert isinstance(dialog, DateDialog)
    Path("/tmp/ui-shots").mkdir(parents=True, exist_ok=True)
    dialog.grab().save("/tmp/ui-shots/date-dialog-status.png")
    dialog.date.setDate(QDate(2026, 5, 4))
    with qtbot.waitSignal(dialog.succeeded):
        _click_ok(qtbot, dialog)
    qtbot.waitUntil(
        lambda: page.detail is not None and page.detail.version.status is VersionStatus.SIGNE
    )
    _settle(qtbot, page)


def test_new_protocol_and_its_parties_through_prompts(qtbot: QtBot, page: ProtocolsPage) -> None:
    from desktop.ui.dialogs.prompt import Prompt

    before = len(protocols.list_protocols(_db(page)))
    qtbot.mouseClick(page.new_protocol_button, Qt.MouseButton.LeftButton)
    prompt = _visible(page, Prompt)
    qtbot.mouseClick(prompt.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    _settle(qtbot, page)
    assert len(protocols.list_protocols(_db(page))) == before  # Annuler: nothing created

    # A party of the draft is represented: the prompt starts from what is recorded.
    page.tabs.party_list.setCurrentRow(0)
    qtbot.mouseClick(page.tabs.represented_button, Qt.MouseButton.LeftButton)
    prompt = _visible(page, Prompt)
    assert isinstance(prompt, Prompt)
    prompt.field.setText("Mme la sous-préfète de Meaux")  # type: ignore[attr-defined]
    _click_ok(qtbot, prompt)
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.parties[0].represented_by
                    == "Mme la sous-préfète de Meaux")

    # A party removed, then added back from the list of functions.
    count = len(page.detail.parties)
    page.tabs.party_list.setCurrentRow(count - 1)  # the gendarmerie's commander
    qtbot.mouseClick(page.tabs.remove_party_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.detail is not None and len(page.detail.parties) == count - 1)
    qtbot.mouseClick(page.tabs.add_party_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(p.isVisible() for p in page.findChildren(Prompt)))
    prompt = _visible(page, Prompt)
    assert isinstance(prompt, Prompt)
    field = prompt.field
    field.setCurrentIndex(field.findText("Commandant", Qt.MatchFlag.MatchStartsWith))  # type: ignore[attr-defined]
    prompt.grab().save("/tmp/ui-shots/prompt-add-party.png")
    _click_ok(qtbot, prompt)
    qtbot.waitUntil(lambda: page.detail is not None and len(page.detail.parties) == count)
    assert page.detail.parties[-1].function_for_signer.startswith("Commandant")

    qtbot.mouseClick(page.new_protocol_button, Qt.MouseButton.LeftButton)
    prompt = _visible(page, Prompt)
    qtbot.keyClicks(prompt.field, "Protocole des pharmacies")  # type: ignore[attr-defined]
    _click_ok(qtbot, prompt)
    qtbot.waitUntil(lambda: len(protocols.list_protocols(_db(page))) == before + 1)
    _settle(qtbot, page)


def test_saving_an_article_of_a_signed_version_says_why(qtbot: QtBot,
                                                        page: ProtocolsPage) -> None:
    """Issue 12: "Enregistrer l'article" on a signed version did nothing, silently."""
    from PySide6.QtWidgets import QMessageBox

    signed = next(page.tree.topLevelItem(0).child(i)
                  for i in range(page.tree.topLevelItem(0).childCount())
                  if "2" in page.tree.topLevelItem(0).child(i).text(0))
    rect = page.tree.visualItemRect(signed)
    qtbot.mouseClick(page.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.detail is not None and not page.detail.version.editable)
    wait_idle(qtbot, page.context.runner)
    articles = page.tabs.article_list
    articles.scrollToItem(articles.item(1))
    qtbot.mouseClick(articles.viewport(), Qt.MouseButton.LeftButton,
                     pos=articles.visualItemRect(articles.item(1)).center())
    editor = page.tabs.editor
    assert editor.article is not None and editor.body.isReadOnly()
    assert editor.frozen.isVisible() and "nouvelle version ou un avenant" in editor.frozen.text()
    assert "signée" in editor.save_button.toolTip()
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    box = next(b for b in editor.findChildren(QMessageBox) if b.isVisible())
    assert "Une version signée ne se modifie plus" in box.text()
    box.close()
