"""The relevé's text on the "Comité de suivi" page, edited by clicks while agent A saves it on
their own connection: Enregistrer and Valider are refused with the conflict dialog (never a
text the chair has not read validated), "Recharger" shows agent A's text and "Réappliquer mes
modifications" saves mine on top of it. Both engines (``office``)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.errors import ConcurrentEdit
from desktop.models.enums import MeetingStatus, MinutesStatus
from desktop.services.committee import meetings, minutes
from desktop.services.vault.database import Database
from desktop.ui import clock
from desktop.ui.pages.committee import CommitteePage
from tests.ui.conftest import wait_idle
from tests.ui.shared_office import Office, audit_of, click_and_wait, office, rows

__all__ = ["office"]

CLICK = Qt.MouseButton.LeftButton
DRAFT = "Point 1 : fiche reflexe adoptee."


def _held_with_draft(db: Database) -> int:
    start = clock.to_utc(dt.datetime(2026, 3, 10, 14))
    meeting = meetings.create_meeting(db, start, "Préfecture", chair="M. le préfet").id
    meetings.set_status(db, meeting, MeetingStatus.TENUE)
    minutes.start_minutes(db, meeting, DRAFT)
    return meeting


def _page(qtbot: QtBot, office: Office) -> tuple[CommitteePage, int]:
    meeting = _held_with_draft(office.context.require_db())
    page = CommitteePage(office.context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.detail_shown, timeout=20_000):
        page.show()
    page.tabs.setCurrentIndex(3)
    assert page.body.toPlainText() == DRAFT
    return page, meeting


def _stored(db: Database, meeting: int) -> tuple[str, MinutesStatus]:
    now = minutes.read_minutes(db, meeting)
    return now.body, now.status


def test_my_text_saved_over_a_colleagues_is_refused_then_reapplied(
        qtbot: QtBot, office: Office) -> None:
    page, meeting = _page(qtbot, office)
    page.body.setFocus()
    page.body.moveCursor(page.body.textCursor().MoveOperation.End)
    qtbot.keyClicks(page.body, " Point 2 : bilan.")

    minutes.save_body(office.other, meeting, DRAFT + " Point 3 (agent A).")
    click_and_wait(qtbot, page.save_button, page.minutes.conflicted)
    conflict = page.minutes.conflict
    assert conflict is not None
    assert "entre-temps par agent.a" in conflict.header.text()
    assert rows(conflict) == {"Texte du relevé": (DRAFT + " Point 3 (agent A).",
                                                   DRAFT + " Point 2 : bilan.")}
    assert _stored(office.other, meeting)[0] == DRAFT + " Point 3 (agent A)."

    assert not conflict.reapply_button.isEnabled()  # both wrote the text: choose
    chooser = conflict.choosers["body"]
    chooser.setFocus()
    qtbot.keyClick(chooser, Qt.Key.Key_Down)  # "la vôtre"
    click_and_wait(qtbot, conflict.reapply_button, page.minutes.written)
    wait_idle(qtbot, office.context.runner)
    assert _stored(office.other, meeting)[0] == DRAFT + " Point 2 : bilan."
    actors = [actor for actor, action in audit_of(office.other, "minutes", meeting)
              if action == "update"]
    assert actors[0] == "agent.a" and len(actors) == 2 and actors[1] != "agent.a"


def test_a_text_changed_meanwhile_is_not_validated_unread(
        qtbot: QtBot, office: Office) -> None:
    page, meeting = _page(qtbot, office)
    minutes.save_body(office.other, meeting, "Texte reecrit par agent A.")

    click_and_wait(qtbot, page.validate_button, page.minutes.conflicted)
    conflict = page.minutes.conflict
    assert conflict is not None
    assert rows(conflict) == {"Texte du relevé": ("Texte reecrit par agent A.", "inchangé")}
    assert not conflict.reapply_button.isEnabled()  # nothing of mine to put on theirs
    assert _stored(office.other, meeting) == ("Texte reecrit par agent A.",
                                              MinutesStatus.PROJET)

    click_and_wait(qtbot, conflict.reload_button, page.minutes.reloaded)
    assert page.body.toPlainText() == "Texte reecrit par agent A."
    click_and_wait(qtbot, page.validate_button, page.minutes.written)  # now read: validated
    wait_idle(qtbot, office.context.runner)
    assert _stored(office.other, meeting) == ("Texte reecrit par agent A.",
                                              MinutesStatus.VALIDE)


def test_a_stale_relevé_version_changes_nothing(office: Office) -> None:
    db = office.context.require_db()
    meeting = _held_with_draft(db)
    seen = minutes.read_minutes(db, meeting).row_version
    minutes.save_body(office.other, meeting, "Version A", seen_version=seen)
    for write in (lambda: minutes.save_body(db, meeting, "Version B", seen_version=seen),
                  lambda: minutes.validate_minutes(db, meeting, seen_version=seen)):
        with pytest.raises(ConcurrentEdit, match="agent.a"):
            write()
    assert _stored(db, meeting) == ("Version A", MinutesStatus.PROJET)
    minutes.validate_minutes(office.other, meeting)
    with pytest.raises(ConcurrentEdit):
        minutes.lock_minutes(db, meeting, seen_version=seen + 1)
    assert _stored(db, meeting)[1] == MinutesStatus.VALIDE
