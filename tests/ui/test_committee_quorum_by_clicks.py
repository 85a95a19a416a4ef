"""The "Comité de suivi" page by clicks (issue 15): arrivals and departures typed in the
attendance table, a decision with its time and its quorum shown beside it, an action item
edited and set "Abandonnée", "Vérifier le relevé" on an intact and on a tampered relevé."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QLineEdit,
    QMessageBox,
    QTreeWidgetItem,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from desktop.models.enums import ActionStatus, AttendanceStatus, MeetingStatus
from desktop.services.committee import action_items, agenda, meetings
from desktop.services.committee.meeting_detail import meeting_detail
from desktop.ui import clock
from desktop.ui.context import AppContext
from desktop.ui.dialogs.action_dialog import ActionDialog
from desktop.ui.dialogs.decision_dialog import DecisionDialog
from desktop.ui.pages.committee import CommitteePage

SHOTS = Path("/tmp/shots/committee")


def _local(hour: int, minute: int = 0) -> dt.datetime:
    """10 March 2026 at that time on the office's wall clock, as UTC."""
    return clock.to_utc(dt.datetime(2026, 3, 10, hour, minute))


def _page(qtbot: QtBot, context: AppContext, *, members: int = 4, quorum: int | None = 4,
          action: str = "") -> tuple[CommitteePage, int]:
    db = context.require_db()
    meeting = meetings.create_meeting(db, _local(14), "Préfecture, salle Marianne",
                                      chair="M. le préfet", quorum=quorum).id
    if action:
        action_items.create_action(db, action, owner_organisation_id=None, due_on=None,
                                   meeting_id=meeting, at=_local(14))
    for number in range(members):
        meetings.add_attendee(db, meeting, organisation_id=None, person_name=f"Membre {number}")
    agenda.add_item(db, meeting, "Signalements du trimestre")
    page = CommitteePage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.detail_shown):
        page.show()
    return page, meeting


def _dialog_of(qtbot: QtBot, kind: type) -> object:
    found: list[object] = []

    def shown() -> bool:
        found[:] = [w for w in QApplication.topLevelWidgets()
                    if isinstance(w, kind) and w.isVisible()]
        return bool(found)

    qtbot.waitUntil(shown)
    return found[0]


def _save(qtbot: QtBot, buttons: QDialogButtonBox) -> None:
    qtbot.mouseClick(buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def _type_in_cell(qtbot: QtBot, page: CommitteePage, row: int, column: int,
                  value: str) -> None:
    """Double-click the cell, type the time, Entrée: the row is saved at once."""
    table = page.attendance
    rect = table.visualItemRect(table.item(row, column))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    editor = next(e for e in table.findChildren(QLineEdit) if e.isVisible())
    qtbot.keyClicks(editor, value)
    with qtbot.waitSignal(page.detail_shown):
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def _click_node(qtbot: QtBot, page: CommitteePage, node: QTreeWidgetItem,
                double: bool = False) -> None:
    tree = page.agenda_tree
    point: QPoint = tree.visualItemRect(node).center()
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)
    if double:
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)


def _type_time(qtbot: QtBot, dialog: DecisionDialog, hhmm: str) -> None:
    """In the time field: back to its start (the hours), then "14:45"."""
    qtbot.mouseClick(dialog.time, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog.time, Qt.Key.Key_Home)
    qtbot.keyClicks(dialog.time, hhmm)


def _decision_by_clicks(qtbot: QtBot, page: CommitteePage, words: str, hhmm: str) -> None:
    page.tabs.setCurrentIndex(1)
    _click_node(qtbot, page, page.agenda_tree.topLevelItem(0))
    qtbot.mouseClick(page.decision_button, Qt.MouseButton.LeftButton)
    dialog = _dialog_of(qtbot, DecisionDialog)
    assert isinstance(dialog, DecisionDialog) and dialog.has_time.isChecked()
    qtbot.keyClicks(dialog.text, words)
    _type_time(qtbot, dialog, hhmm)
    with qtbot.waitSignal(page.detail_shown):
        _save(qtbot, dialog.buttons)


def test_arrivals_departures_and_the_quorum_of_each_decision(qtbot: QtBot,
                                                             context: AppContext) -> None:
    page, meeting = _page(qtbot, context)
    table = page.attendance
    for row in range(4):  # everyone present from 14:00
        with qtbot.waitSignal(page.detail_shown):
            table.combo(row).setCurrentIndex(table.combo(row).findData(AttendanceStatus.PRESENT))
        _type_in_cell(qtbot, page, row, 4, "14:00")
    _type_in_cell(qtbot, page, 0, 5, "14:30")  # one leaves at 14:30
    db = context.require_db()
    first = meeting_detail(db, meeting).attendance[0]
    assert first.left_at == _local(14, 30) and first.arrived_at == _local(14)
    _decision_by_clicks(qtbot, page, "Fiche reflexe diffusee", "14:10")
    _decision_by_clicks(qtbot, page, "Courrier au parquet", "14:45")
    texts = page.agenda_tree.texts()
    assert ("Décision à 14:10 : Fiche reflexe diffusee — présents : 4 / quorum : 4, atteint"
            in texts)
    assert ("Décision à 14:45 : Courrier au parquet — présents : 3 / quorum : 4, non atteint"
            in texts)
    decisions = meeting_detail(db, meeting).agenda[0].decisions
    assert [d.decided_at for d in decisions] == [_local(14, 10), _local(14, 45)]
    # The late decision is moved before the departure by a double-click on it.
    node = page.agenda_tree.topLevelItem(0)
    late = next(node.child(i) for i in range(node.childCount())
                if "Courrier" in node.child(i).text(0))
    _click_node(qtbot, page, late, double=True)
    dialog = _dialog_of(qtbot, DecisionDialog)
    assert isinstance(dialog, DecisionDialog) and dialog.text.text() == "Courrier au parquet"
    _type_time(qtbot, dialog, "14:20")
    with qtbot.waitSignal(page.detail_shown):
        _save(qtbot, dialog.buttons)
    assert ("Décision à 14:20 : Courrier au parquet — présents : 4 / quorum : 4, atteint"
            in page.agenda_tree.texts())
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "committee-decision-quorum.png"))


def test_an_action_item_edited_and_abandoned_by_clicks(qtbot: QtBot,
                                                       context: AppContext) -> None:
    page, meeting = _page(qtbot, context, action="Diffuser la fiche")
    db = context.require_db()
    page.tabs.setCurrentIndex(2)
    table = page.actions_table
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton,
                     pos=table.visualItemRect(table.item(0, 0)).center())
    qtbot.mouseClick(page.edit_action_button, Qt.MouseButton.LeftButton)
    dialog = _dialog_of(qtbot, ActionDialog)
    assert isinstance(dialog, ActionDialog) and dialog.title.text() == "Diffuser la fiche"
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Diffuser la fiche reflexe aux cabinets")
    qtbot.keyClicks(dialog.status, "A")  # "Abandonnée", the one status starting with A
    assert dialog.status.currentData() == ActionStatus.DROPPED
    qtbot.keyClicks(dialog.note, "Remplacee par le guide national")
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "action-edit-dialog.png"))
    with qtbot.waitSignal(page.detail_shown):
        _save(qtbot, dialog.buttons)
    (action,) = meeting_detail(db, meeting).actions
    assert action.title == "Diffuser la fiche reflexe aux cabinets"
    assert action.status == ActionStatus.DROPPED
    assert action.history[-1].note == "Remplacee par le guide national"
    assert table.item(0, 3).text() == "Abandonnée"
    # Reopened "En cours" by a double-click; a colleague saves meanwhile: the conflict
    # dialog says so, and "Réappliquer" puts my status onto the colleague's title.
    cell = table.visualItemRect(table.item(0, 1)).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
    dialog = _dialog_of(qtbot, ActionDialog)
    assert isinstance(dialog, ActionDialog)
    qtbot.keyClicks(dialog.status, "E")
    assert dialog.status.currentData() == ActionStatus.IN_PROGRESS
    action_items.edit_action(db, action.id, title="Changee par un collegue",
                             owner_organisation_id=None, due_on=None,
                             status=ActionStatus.DROPPED, seen_version=action.row_version)
    with qtbot.waitSignal(dialog.conflicted):
        _save(qtbot, dialog.buttons)
    assert action_items.action_history(db, action.id).status == ActionStatus.DROPPED
    conflict = dialog.conflict
    assert conflict is not None and "Cette action a été modifiée" in conflict.header.text()
    with qtbot.waitSignal(dialog.succeeded):
        qtbot.mouseClick(conflict.reapply_button, Qt.MouseButton.LeftButton)
    now = action_items.action_history(db, action.id)
    assert (now.title, now.status) == ("Changee par un collegue", ActionStatus.IN_PROGRESS)


def _lock_by_clicks(qtbot: QtBot, page: CommitteePage) -> None:
    """Séance tenue, Rédiger le relevé, Valider, Verrouiller."""
    for button in (page.held_button, page.draft_button, page.validate_button,
                   page.lock_button):
        assert button.isEnabled(), button.text()
        with qtbot.waitSignal(page.detail_shown):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _verify(qtbot: QtBot, page: CommitteePage) -> QMessageBox:
    with qtbot.waitSignal(page.actions.verified):
        qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    box = next(w for w in page.findChildren(QMessageBox) if w.isVisible())
    return box


def test_verify_the_releve_intact_then_tampered(qtbot: QtBot, context: AppContext) -> None:
    page, meeting = _page(qtbot, context)
    _decision_by_clicks(qtbot, page, "Le CDOM accompagnera la plainte", "14:10")
    page.tabs.setCurrentIndex(3)
    assert not page.verify_button.isEnabled()  # no hash before the lock
    _lock_by_clicks(qtbot, page)
    assert page.detail is not None and page.detail.meeting.status == MeetingStatus.VERROUILLEE
    assert page.verify_button.isEnabled()
    (decision,) = [d.id for d in page.detail.agenda[0].decisions]
    box = _verify(qtbot, page)
    assert "conforme" in box.text() and "NON" not in box.text()
    assert "journal d'audit au verrouillage : entrée n°" in box.text()
    assert page.verify_result.text().startswith("Relevé conforme")
    assert "journal d'audit, entrée n°" in page.verify_result.text()
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.grab().save(str(SHOTS / "committee-verify-ok.png"))
    box.close()
    with context.require_db().unit_of_work() as uow:  # behind the application's back
        uow.session.execute(text("UPDATE decision SET text = 'Rejeté.' WHERE id = :i"),
                            {"i": decision})
    box = _verify(qtbot, page)
    assert "NON CONFORME" in box.text() and box.icon() == QMessageBox.Icon.Warning
    assert "NON CONFORME" in page.verify_result.text()
    page.grab().save(str(SHOTS / "committee-verify-tampered.png"))
    box.close()
