"""Two agents on the same data: B's form is open, A saves the same case, B saves. B gets the
conflict dialog (who, when, what changed field by field) and each of its buttons does what it
says. Run on one vault file opened twice (SQLCipher) and on the PostgreSQL test server."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.services.cases import defaults, intake, queries
from desktop.ui.dialogs.case_form import CaseFormDialog
from desktop.ui.dialogs.conflict_dialog import ConflictDialog
from tests.ui.conftest import wait_idle
from tests.ui.shared_office import Office, office, rows

__all__ = ["office"]  # the fixture, shared with the other forms' conflict tests

CLICK = Qt.MouseButton.LeftButton


def open_form(qtbot: QtBot, office: Office) -> CaseFormDialog:
    db = office.context.require_db()
    form = CaseFormDialog(office.context, defaults.severity_levels(db),
                          queries.reload_case(db, office.case_id))
    qtbot.addWidget(form)
    form.show()
    return form


def colleague_saves(office: Office, **changes: object) -> None:
    """Agent A, on their own connection, saves the same case."""
    intake.update_case(office.other, office.case_id, replace(office.facts, **changes))


def save(qtbot: QtBot, form: CaseFormDialog) -> ConflictDialog:
    with qtbot.waitSignal(form.conflicted, timeout=20_000):
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), CLICK)
    assert form.conflict is not None
    return form.conflict


def test_reapply_puts_my_fields_onto_the_colleagues_version(qtbot: QtBot,
                                                            office: Office) -> None:
    form = open_form(qtbot, office)
    colleague_saves(office, narrative="Menaces au cabinet, puis dans la salle d'attente.")
    form.weapon_text.clear()
    qtbot.keyClicks(form.weapon_text, "un cutter")
    conflict = save(qtbot, form)

    assert "agent.a" in conflict.header.text() and "modifié entre-temps" in conflict.header.text()
    shown = rows(conflict)
    assert shown["Récit des faits"][0] == "Menaces au cabinet, puis dans la salle d'attente."
    assert shown["Récit des faits"][1] == "inchangé"  # not changed by me
    assert "un cutter" in shown["Arme"][1]
    assert not conflict.warning.isVisible() and conflict.reapply_button.isEnabled()

    with qtbot.waitSignal(form.succeeded, timeout=20_000):
        qtbot.mouseClick(conflict.reapply_button, CLICK)
    wait_idle(qtbot, office.context.runner)
    now = queries.reload_case(office.other, office.case_id)
    assert now.narrative == "Menaces au cabinet, puis dans la salle d'attente."  # theirs kept
    assert now.weapon_text == "un cutter"  # mine applied on top


def test_reload_discards_my_typing_and_shows_the_current_version(qtbot: QtBot,
                                                                 office: Office) -> None:
    form = open_form(qtbot, office)
    colleague_saves(office, exact_words="Je reviendrai")
    form.weapon_text.clear()
    qtbot.keyClicks(form.weapon_text, "un baton")
    conflict = save(qtbot, form)
    assert rows(conflict)["Propos exacts"][0] == "Je reviendrai"

    with qtbot.waitSignal(form.reloaded, timeout=20_000):
        qtbot.mouseClick(conflict.reload_button, CLICK)
    assert form.isVisible() and form.exact_words.toPlainText() == "Je reviendrai"
    assert form.weapon_text.text() == ""  # my typing dropped
    assert "rechargée" in form.error.text()
    assert queries.reload_case(office.other, office.case_id).weapon_text in ("", None)

    # The form now stands on the current version: saving it again is accepted.
    qtbot.keyClicks(form.weapon_text, "un marteau")
    with qtbot.waitSignal(form.succeeded, timeout=20_000):
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), CLICK)
    assert queries.reload_case(office.other, office.case_id).weapon_text == "un marteau"


def test_a_field_changed_by_both_is_chosen_field_by_field(qtbot: QtBot, office: Office) -> None:
    form = open_form(qtbot, office)
    colleague_saves(office, narrative="Version de A.")
    form.narrative.setPlainText("Version de B.")
    conflict = save(qtbot, form)
    assert rows(conflict)["Récit des faits"] == ("Version de A.", "Version de B.")
    assert conflict.warning.isVisible() and "Récit des faits" in conflict.warning.text()
    assert not conflict.reapply_button.isEnabled()  # a choice is needed first

    chooser = conflict.choosers["narrative"]
    chooser.setFocus()
    qtbot.keyClick(chooser, Qt.Key.Key_Down)  # "la vôtre"
    assert conflict.reapply_button.isEnabled()
    with qtbot.waitSignal(form.succeeded, timeout=20_000):
        qtbot.mouseClick(conflict.reapply_button, CLICK)
    assert queries.reload_case(office.other, office.case_id).narrative == "Version de B."


def test_cancel_keeps_the_form_and_saves_nothing(qtbot: QtBot, office: Office) -> None:
    form = open_form(qtbot, office)
    colleague_saves(office, narrative="Version de A.")
    form.narrative.setPlainText("Version de B.")
    conflict = save(qtbot, form)
    with qtbot.waitSignal(form.refused, timeout=20_000):
        qtbot.mouseClick(conflict.cancel_button, CLICK)
    assert form.isVisible() and form.narrative.toPlainText() == "Version de B."
    assert "Modifié entre-temps par agent.a" in form.error.text()
    assert queries.reload_case(office.other, office.case_id).narrative == "Version de A."


def test_a_measures_form_reapplies_too(qtbot: QtBot, office: Office) -> None:
    """The kit serves every editing dialog: a vidéoprotection site, changed by both agents."""
    from desktop.models.enums import VideoSiteKind, VideoSiteStatus
    from desktop.services.measures import video
    from desktop.services.measures.records import VideoSiteInput
    from desktop.ui.dialogs.video_site_dialog import VideoSiteDialog

    db = office.context.require_db()
    first = VideoSiteInput("MSP des Tilleuls", VideoSiteKind.HEALTH_CENTRE, "77288",
                           VideoSiteStatus.PROJET, dt.date(2026, 5, 1))
    site_id = video.save_site(db, first).id
    form = VideoSiteDialog(office.context, video.get_site(db, site_id))
    qtbot.addWidget(form)
    form.show()
    video.save_site(office.other, replace(first, status=VideoSiteStatus.INSTALLE), site_id)
    form.structure.clear()
    qtbot.keyClicks(form.structure, "SCM Pasteur")
    with qtbot.waitSignal(form.conflicted, timeout=20_000):
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), CLICK)
    conflict = form.conflict
    assert conflict is not None
    assert set(rows(conflict)) == {"État", "Structure"}
    with qtbot.waitSignal(form.succeeded, timeout=20_000):
        qtbot.mouseClick(conflict.reapply_button, CLICK)
    now = video.get_site(office.other, site_id)
    assert (now.status, now.structure) == (VideoSiteStatus.INSTALLE, "SCM Pasteur")


def test_a_field_i_emptied_reads_empty_not_unchanged(qtbot: QtBot, office: Office) -> None:
    form = open_form(qtbot, office)
    colleague_saves(office, narrative="Menaces au cabinet, puis dans la salle d'attente.")
    form.narrative.selectAll()
    qtbot.keyClick(form.narrative, Qt.Key.Key_Delete)
    conflict = save(qtbot, form)
    assert rows(conflict)["Récit des faits"] == (
        "Menaces au cabinet, puis dans la salle d'attente.", "(vide)")


def test_a_practitioner_changed_by_both_reloads(qtbot: QtBot, office: Office) -> None:
    """The practitioner's form (a nested form of its own) meets the colleague's save too."""
    from desktop.services.practitioners import directory
    from desktop.ui.dialogs.practitioner_dialog import PractitionerDialog

    db = office.context.require_db()
    doctor = office.facts.victim_ids[0]
    form = PractitionerDialog(office.context, directory.get_practitioner(db, doctor))
    qtbot.addWidget(form)
    form.show()
    fields = form.practitioner_form
    theirs = replace(fields.value(), email="h.dupre@example.org")
    directory.update_practitioner(office.other, doctor, theirs)
    qtbot.keyClicks(fields.mobile_phone, "0612345678")
    with qtbot.waitSignal(form.conflicted, timeout=20_000):
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), CLICK)
    conflict = form.conflict
    assert conflict is not None
    assert rows(conflict) == {"Autre téléphone": ("inchangé", "0612345678"),
                              "Courriel": ("h.dupre@example.org", "inchangé")}
    with qtbot.waitSignal(form.reloaded, timeout=20_000):
        qtbot.mouseClick(conflict.reload_button, CLICK)
    assert fields.email.text() == "h.dupre@example.org" and fields.mobile_phone.text() == ""
    with qtbot.waitSignal(form.succeeded, timeout=20_000):
        qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Ok), CLICK)
    assert directory.get_practitioner(office.other, doctor).email == "h.dupre@example.org"
