""""Nouvelle séance…" and "Nouvelle action…" by clicks: the page button opens the dialog, the
fields are typed in, "Enregistrer" records it (both once failed in ``retranslate`` and opened
nothing)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.services.committee import meetings
from desktop.services.committee.meeting_detail import meeting_detail
from desktop.ui.context import AppContext
from desktop.ui.dialogs.action_dialog import ActionDialog
from desktop.ui.dialogs.meeting_dialog import MeetingDialog
from desktop.ui.pages.committee import CommitteePage
from tests.core.committee.fixtures import add_protocol, at


def _dialog_of(qtbot: QtBot, kind: type) -> object:
    found: list[object] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, kind) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def _save(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    save = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert save.text().replace("&", "") == "Enregistrer"
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)


def test_new_meeting_by_clicks(qtbot: QtBot, context: AppContext) -> None:
    add_protocol(context.require_db())
    page = CommitteePage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = _dialog_of(qtbot, MeetingDialog)
    assert isinstance(dialog, MeetingDialog)
    assert [label.text() for label in dialog.labels][:2] == ["Date et heure", "Lieu"]
    dialog.place.setText("Préfecture, salle Marianne")
    dialog.chair.clear()
    qtbot.keyClicks(dialog.chair, "M. le prefet")
    with qtbot.waitSignal(page.meetings_shown):
        _save(qtbot, dialog.buttons)
    rows = meetings.list_meetings(context.require_db())
    assert [(row.place, row.chair) for row in rows] == [
        ("Préfecture, salle Marianne", "M. le prefet")]
    assert page.meeting_list.count() == 1


def test_new_action_by_clicks(qtbot: QtBot, context: AppContext) -> None:
    db = context.require_db()
    meeting_id = meetings.create_meeting(db, at(2026, 4, 2, 12), "Préfecture",
                                         chair="M. le préfet").id
    page = CommitteePage(context)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.detail_shown):
        page.show()
    page.tabs.setCurrentIndex(2)
    qtbot.mouseClick(page.action_button, Qt.MouseButton.LeftButton)
    dialog = _dialog_of(qtbot, ActionDialog)
    assert isinstance(dialog, ActionDialog)
    qtbot.keyClicks(dialog.title, "Relancer le CDOM")
    with qtbot.waitSignal(page.detail_shown):
        _save(qtbot, dialog.buttons)
    actions = meeting_detail(db, meeting_id).actions
    assert [action.title for action in actions] == ["Relancer le CDOM"]
    assert page.actions_table.item(0, 0).text() == "Relancer le CDOM"


def test_escape_on_a_typed_meeting_asks_before_losing_it(qtbot: QtBot,
                                                         context: AppContext) -> None:
    from PySide6.QtWidgets import QMessageBox

    page = CommitteePage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = _dialog_of(qtbot, MeetingDialog)
    assert isinstance(dialog, MeetingDialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed: closes silently
    qtbot.waitUntil(lambda: not dialog.isVisible())

    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = _dialog_of(qtbot, MeetingDialog)
    assert isinstance(dialog, MeetingDialog)
    qtbot.keyClicks(dialog.place, "Salle Marianne")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "abandon_box") is not None)
    box = dialog.findChild(QMessageBox, "abandon_box")
    assert box.text() == "Abandonner la saisie ?"
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Non"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "abandon_box") is None)
    assert dialog.isVisible() and dialog.place.text() == "Salle Marianne"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "abandon_box") is not None)
    box = dialog.findChild(QMessageBox, "abandon_box")
    qtbot.mouseClick(next(b for b in box.buttons() if b.text() == "Oui"),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert not meetings.list_meetings(context.require_db())  # nothing recorded
