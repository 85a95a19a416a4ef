"""The conflict dialog on the "Comité de suivi" page: a meeting, a decision and an action item,
each edited by clicks while agent A saves the same row on their own connection. The dialog
stays open, says who changed what, and "Recharger" / "Réappliquer mes modifications" store the
right thing. Both engines (``office``)."""

from __future__ import annotations

import datetime as dt
import os
from typing import TypeVar

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QTreeWidgetItem, QWidget
from pytestqt.qtbot import QtBot

from desktop.errors import ConcurrentEdit
from desktop.models.enums import ActionStatus, MeetingKind
from desktop.services.committee import action_items, agenda, meetings
from desktop.services.committee.meeting_detail import meeting_detail
from desktop.services.vault.database import Database
from desktop.ui import clock
from desktop.ui.dialogs.action_dialog import ActionDialog
from desktop.ui.dialogs.decision_dialog import DecisionDialog
from desktop.ui.dialogs.meeting_dialog import MeetingDialog
from desktop.ui.pages.committee import CommitteePage
from tests.ui.conftest import wait_idle
from tests.ui.shared_office import Office, click_and_wait, conflict_on_save, office, rows

__all__ = ["office"]

CLICK = Qt.MouseButton.LeftButton
T = TypeVar("T", bound=QWidget)
PLACE = "Préfecture, salle Marianne"
SHOTS = os.environ.get("EGIDE_SHOTS")  # set to a folder to keep screenshots


def _at(hour: int, minute: int = 0) -> dt.datetime:
    return clock.to_utc(dt.datetime(2026, 3, 10, hour, minute))


def _seed(db: Database) -> tuple[int, int, int]:
    """A meeting with one agenda item, one decision and one action item."""
    meeting = meetings.create_meeting(db, _at(14), PLACE, chair="M. le préfet").id
    item = agenda.add_item(db, meeting, "Signalements du trimestre").id
    decision = agenda.add_decision(db, item, "Fiche reflexe diffusee", _at(14, 10)).id
    action = action_items.create_action(db, "Diffuser la fiche", owner_organisation_id=None,
                                        due_on=None, meeting_id=meeting, at=_at(14)).id
    return meeting, decision, action


def _page(qtbot: QtBot, office: Office) -> tuple[CommitteePage, tuple[int, int, int]]:
    ids = _seed(office.context.require_db())
    page = CommitteePage(office.context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.detail_shown, timeout=20_000):
        page.show()
    return page, ids


def _dialog(qtbot: QtBot, kind: type[T]) -> T:
    qtbot.waitUntil(lambda: any(isinstance(w, kind) and w.isVisible()
                                for w in QApplication.topLevelWidgets()), timeout=20_000)
    return next(w for w in QApplication.topLevelWidgets()
                if isinstance(w, kind) and w.isVisible())


def test_a_meeting_changed_meanwhile_reloads_then_saves(qtbot: QtBot, office: Office) -> None:
    page, (meeting, _decision, _action) = _page(qtbot, office)
    where = page.meeting_list.visualItemRect(page.meeting_list.item(0)).center()
    qtbot.mouseClick(page.meeting_list.viewport(), CLICK, pos=where)
    qtbot.mouseDClick(page.meeting_list.viewport(), CLICK, pos=where)
    dialog = _dialog(qtbot, MeetingDialog)

    meetings.update_meeting(office.other, meeting, starts_at=_at(14), place="Sous-préfecture",
                            chair="M. le préfet", kind=MeetingKind.COMITE_SUIVI, quorum=None)
    dialog.chair.selectAll()
    qtbot.keyClicks(dialog.chair, "Mme la sous-prefete")
    conflict = conflict_on_save(qtbot, dialog)
    if SHOTS:
        conflict.grab().save(f"{SHOTS}/meeting-conflict.png")
    assert rows(conflict) == {"Lieu": ("Sous-préfecture", "inchangé"),
                              "Présidence": ("inchangé", "Mme la sous-prefete")}
    click_and_wait(qtbot, conflict.reload_button, dialog.reloaded)
    assert (dialog.place.text(), dialog.chair.text()) == ("Sous-préfecture", "M. le préfet")
    assert "Rechargé" in dialog.notice.text()

    dialog.quorum.setFocus()
    qtbot.keyClicks(dialog.quorum, "3")
    with qtbot.waitSignal(dialog.succeeded, timeout=20_000):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), CLICK)
    wait_idle(qtbot, office.context.runner)
    now = meetings.read_meeting(office.other, meeting)
    assert (now.place, now.chair, now.quorum) == ("Sous-préfecture", "M. le préfet", 3)


def test_a_decision_changed_meanwhile_reapplies_my_time(qtbot: QtBot, office: Office) -> None:
    page, (meeting, decision, _action) = _page(qtbot, office)
    node = page.agenda_tree.topLevelItem(0)
    leaf: QTreeWidgetItem = node.child(0)
    rect = page.agenda_tree.visualItemRect(leaf)
    qtbot.mouseClick(page.agenda_tree.viewport(), CLICK, pos=rect.center())
    qtbot.mouseClick(page.edit_decision_button, CLICK)
    dialog = _dialog(qtbot, DecisionDialog)

    agenda.update_decision(office.other, decision, "Fiche reflexe diffusee aux cabinets",
                           _at(14, 10))
    dialog.has_time.setFocus()
    qtbot.keyClick(dialog.has_time, Qt.Key.Key_Space)  # no time
    conflict = conflict_on_save(qtbot, dialog)
    assert set(rows(conflict)) == {"Texte de la décision", "Prise à"}
    click_and_wait(qtbot, conflict.reapply_button, dialog.succeeded)
    wait_idle(qtbot, office.context.runner)
    (now,) = meeting_detail(office.other, meeting).agenda[0].decisions
    assert (now.text, now.decided_at) == ("Fiche reflexe diffusee aux cabinets", None)


def test_an_action_changed_by_both_keeps_the_chosen_title(qtbot: QtBot, office: Office) -> None:
    page, (meeting, _decision, action) = _page(qtbot, office)
    page.tabs.setCurrentIndex(2)
    table = page.actions_table
    qtbot.mouseClick(table.viewport(), CLICK, pos=table.visualItemRect(table.item(0, 0)).center())
    qtbot.mouseClick(page.edit_action_button, CLICK)
    dialog = _dialog(qtbot, ActionDialog)

    action_items.edit_action(office.other, action, title="Diffuser la fiche (agent A)",
                             owner_organisation_id=None, due_on=None,
                             status=ActionStatus.IN_PROGRESS, note="Relance faite")
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Diffuser la fiche (agent B)")
    conflict = conflict_on_save(qtbot, dialog)
    shown = rows(conflict)
    assert shown["Action à mener"] == ("Diffuser la fiche (agent A)",
                                       "Diffuser la fiche (agent B)")
    assert shown["Statut"] == ("En cours", "inchangé")
    assert not conflict.reapply_button.isEnabled()
    chooser = conflict.choosers["title"]
    chooser.setFocus()
    qtbot.keyClick(chooser, Qt.Key.Key_Down)  # "la vôtre"
    click_and_wait(qtbot, conflict.reapply_button, dialog.succeeded)
    wait_idle(qtbot, office.context.runner)
    now = action_items.action_history(office.other, action)
    assert (now.title, now.status) == ("Diffuser la fiche (agent B)", ActionStatus.IN_PROGRESS)
    assert "Relance faite" in [e.note for e in now.history]  # A's note kept in the history


def test_a_stale_version_is_refused_by_every_committee_edit(office: Office) -> None:
    db = office.context.require_db()
    meeting, decision, action = _seed(db)
    meetings.update_meeting(db, meeting, starts_at=_at(15), place=PLACE, chair="",
                            kind=MeetingKind.COMITE_SUIVI, quorum=None, seen_version=1)
    agenda.update_decision(db, decision, "Autre texte", seen_version=1)
    action_items.edit_action(db, action, title="Autre", owner_organisation_id=None,
                             due_on=None, status=ActionStatus.OPEN, seen_version=1)
    with pytest.raises(ConcurrentEdit):
        meetings.update_meeting(office.other, meeting, starts_at=_at(16), place=PLACE,
                                chair="", kind=MeetingKind.COMITE_SUIVI, quorum=None,
                                seen_version=1)
    with pytest.raises(ConcurrentEdit):
        agenda.update_decision(office.other, decision, "Encore", seen_version=1)
    with pytest.raises(ConcurrentEdit):
        action_items.edit_action(office.other, action, title="Encore",
                                 owner_organisation_id=None, due_on=None,
                                 status=ActionStatus.OPEN, seen_version=1)
