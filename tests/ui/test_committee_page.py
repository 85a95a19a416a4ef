"""The "Comité de suivi" page: attendance, an agenda with its links (case, action, article,
statistics period; removal after confirmation), the review mode."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.models.enums import AttendanceStatus
from desktop.services.committee import meetings, packs
from desktop.services.committee.meeting_detail import meeting_detail
from desktop.ui import clock
from desktop.ui.context import AppContext
from desktop.ui.dialogs.decision_dialog import DecisionDialog
from desktop.ui.dialogs.prompt import Prompt
from desktop.ui.pages.committee import CommitteePage
from tests.core.committee.fixtures import add_cases, add_protocol, at
from tests.ui.clicks import click_ok


def _page(qtbot: QtBot, context: AppContext) -> tuple[CommitteePage, int]:
    db = context.require_db()
    protocol = add_protocol(db)
    add_cases(db)
    meeting = meetings.create_meeting(db, at(2026, 4, 2, 12), "Préfecture, salle Marianne",
                                      chair="M. le préfet", protocol_id=protocol, quorum=2).id
    meetings.invite_parties(db, meeting)
    page = CommitteePage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.detail_shown):
        page.show()
    return page, meeting


def test_attendance_is_recorded_from_the_table(qtbot: QtBot, context: AppContext) -> None:
    page, meeting = _page(qtbot, context)
    table = page.attendance
    assert table.rowCount() >= 4
    with qtbot.waitSignal(page.detail_shown):
        table.combo(0).setCurrentIndex(table.combo(0).findData(AttendanceStatus.PRESENT))
    with qtbot.waitSignal(page.detail_shown):
        table.combo(1).setCurrentIndex(table.combo(1).findData(AttendanceStatus.PRESENT))
    detail = meeting_detail(context.require_db(), meeting)
    assert [a.status for a in detail.attendance[:2]] == [AttendanceStatus.PRESENT] * 2
    assert "atteint" in page.quorum.text() and "non atteint" not in page.quorum.text()
    with qtbot.waitSignal(page.detail_shown):
        table.item(1, 4).setText("14:20")
    arrived = meeting_detail(context.require_db(), meeting).attendance[1].arrived_at
    # Typed on the office's wall clock (Seine-et-Marne), whatever the computer's zone.
    assert arrived is not None and clock.local(arrived).strftime("%H:%M") == "14:20"


def test_a_time_that_cannot_be_read_is_refused_in_french(qtbot: QtBot,
                                                          context: AppContext) -> None:
    """"25h99" typed as an arrival: one French line, the cell gets its stored time back and
    nothing is saved (it used to clear the stored time silently)."""
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    page, meeting = _page(qtbot, context)
    table = page.attendance
    with qtbot.waitSignal(page.detail_shown):
        table.item(1, 4).setText("14:20")
    rect = table.visualItemRect(table.item(1, 4))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    editor = next(e for e in table.findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, "25h99")
    with qtbot.waitSignal(table.refused) as refused:
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    message = str(refused.args[0])
    assert "illisible" in message and "« 25h99 »" in message and "14:20" in message
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible()
                                and "illisible" in w.text()
                                for w in QApplication.topLevelWidgets()
                                + page.findChildren(QMessageBox)))
    assert table.item(1, 4).text() == "14:20"
    arrived = meeting_detail(context.require_db(), meeting).attendance[1].arrived_at
    assert arrived is not None and clock.local(arrived).strftime("%H:%M") == "14:20"


def test_agenda_with_a_linked_case_and_a_decision(qtbot: QtBot, context: AppContext) -> None:
    page, meeting = _page(qtbot, context)
    with qtbot.waitSignal(page.detail_shown):
        page.actions.add_agenda_item("Signalements à examiner")
    item_id = page.detail.agenda[0].id  # type: ignore[union-attr]
    with qtbot.waitSignal(page.detail_shown):
        page.links.link_case(item_id, "2026-0003")
    with qtbot.waitSignal(page.detail_shown):
        page.actions.add_decision(item_id, "Le CDOM accompagnera la plainte.")
    texts = page.agenda_tree.texts()
    assert "1. Signalements à examiner" in texts
    assert "→ Signalement 2026-0003" in texts
    # Nobody marked present yet: the decision's quorum (2) is not reached.
    assert ("Décision : Le CDOM accompagnera la plainte. — présents : 0 / quorum : 2, "
            "non atteint") in texts
    Path("/tmp/shots/committee").mkdir(parents=True, exist_ok=True)
    page.tabs.setCurrentIndex(1)
    page.grab().save("/tmp/shots/committee/committee-agenda.png")
    page.tabs.setCurrentIndex(0)
    page.grab().save("/tmp/shots/committee/committee-attendance.png")


def test_agenda_links_to_an_action_an_article_a_period_and_removal(
        qtbot: QtBot, context: AppContext) -> None:
    import datetime as dt

    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QMessageBox

    from desktop.services.committee import action_items
    from desktop.ui.dialogs.agenda_link_dialog import ChoiceDialog, PeriodDialog

    page, meeting = _page(qtbot, context)
    db = context.require_db()
    action = action_items.create_action(db, "Diffuser la fiche réflexe",
                                        owner_organisation_id=None, due_on=dt.date(2026, 5, 1),
                                        meeting_id=meeting).id
    with qtbot.waitSignal(page.detail_shown):
        page.actions.add_agenda_item("Suivi du protocole")
    page.links.link_case(page.detail.agenda[0].id, "2026-0042")  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: page.findChild(QMessageBox) is not None)  # unknown reference
    assert "2026-0042" in page.findChild(QMessageBox).text()
    page.findChild(QMessageBox).close()
    tree = page.agenda_tree
    tree.setCurrentItem(tree.topLevelItem(0))
    with qtbot.waitSignal(page.detail_shown):
        page.links.link_case(page.detail.agenda[0].id, "2026-0003")  # type: ignore[union-attr]

    def pick(ask: object) -> ChoiceDialog | PeriodDialog:
        page.links.link_dialog = None
        ask()  # type: ignore[operator]
        links = page.links
        qtbot.waitUntil(lambda: links.link_dialog is not None and links.link_dialog.isVisible())
        return page.links.link_dialog  # type: ignore[return-value]

    dialog = pick(page.link_actions["action"].trigger)
    assert isinstance(dialog, ChoiceDialog)
    assert dialog.choice.currentText() == "Diffuser la fiche réflexe (01/05/2026)"
    with qtbot.waitSignal(page.detail_shown):
        click_ok(qtbot, dialog)
    dialog = pick(page.link_actions["article"].trigger)
    assert isinstance(dialog, ChoiceDialog) and dialog.choice.count() >= 5
    dialog.choice.setCurrentIndex(dialog.choice.findText(
        "Article 4 – Information et conseils de sécurité"))
    with qtbot.waitSignal(page.detail_shown):
        click_ok(qtbot, dialog)
    dialog = pick(page.link_actions["period"].trigger)
    assert isinstance(dialog, PeriodDialog)
    dialog.start.setDate(QDate(2026, 1, 1))
    dialog.end.setDate(QDate(2026, 6, 30))
    with qtbot.waitSignal(page.detail_shown):
        click_ok(qtbot, dialog)
    expected = ["→ Signalement 2026-0003", "→ Action : Diffuser la fiche réflexe",
                "→ Article 4 – Information et conseils de sécurité",
                "→ Statistiques du 01/01/2026 au 30/06/2026"]
    assert tree.texts() == ["1. Suivi du protocole", *expected]
    page.tabs.setCurrentIndex(1)
    Path("/tmp/shots/committee").mkdir(parents=True, exist_ok=True)
    page.grab().save("/tmp/shots/committee/committee-agenda-links.png")
    tree.select_link("Action : Diffuser la fiche réflexe")
    page.unlink_button.click()
    box = page.findChild(QMessageBox, "confirm_box")
    assert box is not None and "Action : Diffuser la fiche réflexe" in box.text()
    box.buttons()[1].click()  # "Annuler": the link stays
    assert len(meeting_detail(db, meeting).agenda[0].links) == 4
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "confirm_box") is None)
    page.unlink_button.click()
    box = page.findChild(QMessageBox, "confirm_box")
    with qtbot.waitSignal(page.detail_shown):
        box.buttons()[0].click()
    assert tree.texts() == ["1. Suivi du protocole", *(x for x in expected if "Action" not in x)]
    assert action in {a.id for a in meeting_detail(db, meeting).actions}  # the action stays


def test_review_mode_is_shown_and_records_into_the_pack(qtbot: QtBot, context: AppContext,
                                                        tmp_path: Path) -> None:
    page, meeting = _page(qtbot, context)
    db = context.require_db()
    from desktop.services.committee import agenda

    item = agenda.add_item(db, meeting, "Signalements").id
    agenda.link(db, item, case_id=agenda.case_id_by_reference(db, "2026-0003"))
    path = tmp_path / "seance.egide-seance"
    packs.export_pack(db, meeting, path, "phrase du dossier")
    with qtbot.waitSignal(page.detail_shown):
        page.offline.enter_review(path, "phrase du dossier")
    assert page.banner.isVisible() and "MODE REVUE HORS LIGNE" in page.banner.text()
    assert page.offline.cases_view is not None
    assert "2026-0003" in page.offline.cases_view.toPlainText()
    assert "→ Signalement 2026-0003" in page.agenda_tree.texts()
    assert not page.link_button.isEnabled() and not page.lock_button.isEnabled()
    assert page.review_button.isEnabled() and not page.merge_button.isEnabled()
    with qtbot.waitSignal(page.detail_shown):
        page.actions.add_decision(item, "Décidé hors ligne.")
    with qtbot.waitSignal(page.detail_shown):
        page.actions.set_notes(item, "Échanges notés en séance.")
    assert "Notes : Échanges notés en séance." in page.agenda_tree.texts()
    assert meeting_detail(db, meeting).agenda[0].decisions == ()  # the vault is untouched
    page.grab().save("/tmp/shots/committee/committee-review.png")
    with qtbot.waitSignal(page.detail_shown):
        page.offline.close_review()
    assert not page.banner.isVisible()


def test_action_items_and_the_releve_locked_from_the_buttons(qtbot: QtBot,
                                                            context: AppContext) -> None:
    page, meeting = _page(qtbot, context)
    import datetime as dt

    with qtbot.waitSignal(page.detail_shown):
        page.actions.add_action("Relancer la DDPN", None, dt.date(2026, 6, 1))
    assert page.actions_table.item(0, 0).text() == "Relancer la DDPN"
    assert page.actions_table.item(0, 2).text() == "01/06/2026"
    for button in (page.held_button, page.draft_button):
        with qtbot.waitSignal(page.detail_shown):
            button.click()
    page.body.setPlainText("Le préfet remercie les participants.")
    for button in (page.save_button, page.validate_button, page.lock_button):
        assert button.isEnabled()
        with qtbot.waitSignal(page.detail_shown):
            button.click()
    assert "SHA-256" in page.minutes_state.text()
    assert not page.add_item_button.isEnabled() and not page.lock_button.isEnabled()
    assert page.body.isReadOnly()
    assert meeting_detail(context.require_db(), meeting).minutes.body.startswith("Le préfet")  # type: ignore[union-attr]
    page.tabs.setCurrentIndex(3)
    page.grab().save("/tmp/shots/committee/committee-releve.png")


def _prompt(page: CommitteePage) -> Prompt:
    prompt = next((p for p in page.findChildren(Prompt) if p.isVisible()), None)
    assert prompt is not None, "the button opens a window-modal prompt"
    return prompt


def _ok(qtbot: QtBot, prompt: Prompt) -> None:
    qtbot.mouseClick(prompt.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)


def test_agenda_item_decision_and_notes_typed_in_prompts(qtbot: QtBot,
                                                          context: AppContext) -> None:
    page, meeting = _page(qtbot, context)
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.add_item_button, Qt.MouseButton.LeftButton)
    prompt = _prompt(page)
    assert prompt.windowModality() == Qt.WindowModality.WindowModal
    Path("/tmp/ui-shots").mkdir(parents=True, exist_ok=True)
    prompt.grab().save("/tmp/ui-shots/prompt-agenda-item.png")
    qtbot.mouseClick(prompt.buttons.button(QDialogButtonBox.StandardButton.Cancel),
                     Qt.MouseButton.LeftButton)
    assert meeting_detail(context.require_db(), meeting).agenda == ()  # Annuler: nothing
    qtbot.mouseClick(page.add_item_button, Qt.MouseButton.LeftButton)
    prompt = _prompt(page)
    qtbot.keyClicks(prompt.field, "Points divers")
    with qtbot.waitSignal(page.detail_shown):
        _ok(qtbot, prompt)
    assert page.agenda_tree.texts() == ["1. Points divers"]

    page.agenda_tree.setCurrentItem(page.agenda_tree.topLevelItem(0))
    qtbot.mouseClick(page.decision_button, Qt.MouseButton.LeftButton)
    dialog = next((d for d in page.findChildren(DecisionDialog) if d.isVisible()), None)
    assert dialog is not None
    qtbot.keyClicks(dialog.text, "Reporte a la prochaine seance")
    qtbot.mouseClick(dialog.has_time, Qt.MouseButton.LeftButton)  # no time this once
    with qtbot.waitSignal(page.detail_shown):
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.notes_button, Qt.MouseButton.LeftButton)
    prompt = _prompt(page)
    qtbot.keyClicks(prompt.field, "Echanges notes en seance")
    with qtbot.waitSignal(page.detail_shown):
        _ok(qtbot, prompt)
    item = meeting_detail(context.require_db(), meeting).agenda[0]
    assert item.notes == "Echanges notes en seance"
    assert [d.text for d in item.decisions] == ["Reporte a la prochaine seance"]


def _type_file_name(qtbot: QtBot, page: CommitteePage, path: Path) -> None:
    """In the window-modal file dialog the button opened: the name, then Enregistrer/Ouvrir."""
    dialog = next((d for d in page.findChildren(QFileDialog, "file_dialog") if d.isVisible()),
                  None)
    assert dialog is not None and dialog.windowModality() == Qt.WindowModality.WindowModal
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setText(str(path))  # typed (keyClicks would open the completer's popup)
    buttons = dialog.findChild(QDialogButtonBox)
    accept = next(b for b in buttons.buttons()
                  if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)


def test_offline_pack_prepared_then_opened_from_the_buttons(qtbot: QtBot, context: AppContext,
                                                            tmp_path: Path) -> None:
    page, meeting = _page(qtbot, context)
    path = tmp_path / "seance.egide-seance"
    qtbot.mouseClick(page.offline_button, Qt.MouseButton.LeftButton)
    _type_file_name(qtbot, page, path)
    prompt = _prompt(page)
    assert prompt.field.echoMode() == QLineEdit.EchoMode.Password  # type: ignore[attr-defined]
    qtbot.keyClicks(prompt.field, "phrase du dossier")
    _ok(qtbot, prompt)
    qtbot.waitUntil(lambda: any("Clé de secours" in box.text()
                                for box in page.findChildren(QMessageBox)), timeout=30000)
    assert path.exists()

    qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)
    _type_file_name(qtbot, page, path)
    prompt = _prompt(page)
    qtbot.keyClicks(prompt.field, "phrase du dossier")
    with qtbot.waitSignal(page.detail_shown, timeout=30000):
        _ok(qtbot, prompt)
    assert page.banner.isVisible() and "seance.egide-seance" in page.banner.text()
    with qtbot.waitSignal(page.detail_shown):
        qtbot.mouseClick(page.review_button, Qt.MouseButton.LeftButton)  # "Fermer…"
    assert not page.banner.isVisible()


def test_a_meeting_to_come_shows_members_convened_not_absent(qtbot: QtBot,
                                                             context: AppContext) -> None:
    """Issue 12: a future meeting showed every member "Absent"."""
    import datetime as dt

    db = context.require_db()
    protocol = add_protocol(db)
    soon = (dt.datetime.now(dt.UTC) + dt.timedelta(days=10)).replace(microsecond=0)
    meeting = meetings.create_meeting(db, soon, "Préfecture, salle Marianne",
                                      protocol_id=protocol, quorum=2).id
    meetings.invite_parties(db, meeting)
    page = CommitteePage(context)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    with qtbot.waitSignal(page.detail_shown):
        page.show()
    table = page.attendance
    assert table.rowCount() >= 4
    shown = [table.combo(i).currentText() for i in range(table.rowCount())]
    assert shown == ["Convoqué"] * table.rowCount()
    assert page.quorum.text() == ""
    # Excusing a member in advance still works from the combo (typed: "E" for "Excusé").
    combo = table.combo(0)
    combo.setFocus()
    with qtbot.waitSignal(page.detail_shown):
        qtbot.keyClicks(combo, "E")
    detail = meeting_detail(db, meeting)
    assert detail.attendance[0].status is AttendanceStatus.EXCUSE
