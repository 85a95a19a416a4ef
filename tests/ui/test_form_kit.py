"""The dialog kit keeps typed work: Escape on a changed form asks "Abandonner la saisie ?"
(Non goes back to the form, Oui closes it), an untouched form closes silently; every error at
once in the form's order, the first faulty field focused, each error gone once its field is
fixed; the first field focused at opening; a form taller than the screen scrolls inside."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.models.enums import IncidentType
from desktop.ui.context import AppContext
from desktop.ui.dialogs.case_form import CaseFormDialog
from desktop.ui.dialogs.write_dialog import Write, WriteDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle
from tests.ui.test_cases_steps import LEFT, click


def open_case_form(qtbot: QtBot, window: MainWindow) -> CaseFormDialog:
    page = window.cases_page
    window.navigation.setCurrentRow(window.pages.index(page))
    wait_idle(qtbot, window.context.runner)
    qtbot.mouseClick(page.new_button, LEFT)
    qtbot.waitUntil(lambda: isinstance(page.dialog, CaseFormDialog) and page.dialog.isVisible())
    assert isinstance(page.dialog, CaseFormDialog)
    return page.dialog


def abandon_box(qtbot: QtBot, dialog: WriteDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox, "abandon_box") is not None)
    box = dialog.findChild(QMessageBox, "abandon_box")
    assert isinstance(box, QMessageBox)
    return box


def button(box: QMessageBox, text: str) -> object:
    return next(b for b in box.buttons() if b.text() == text)


def test_escape_on_a_changed_case_form_asks_before_losing_it(
        qtbot: QtBot, main_window: MainWindow) -> None:
    form = open_case_form(qtbot, main_window)
    qtbot.keyClicks(form.narrative, "Le patient a menace le medecin.")
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    box = abandon_box(qtbot, form)
    assert box.text() == "Abandonner la saisie ?"
    qtbot.mouseClick(button(box, "Non"), LEFT)
    qtbot.waitUntil(lambda: form.findChild(QMessageBox, "abandon_box") is None)
    assert form.isVisible()
    assert form.narrative.toPlainText() == "Le patient a menace le medecin."

    qtbot.keyClick(form, Qt.Key.Key_Escape)
    qtbot.mouseClick(button(abandon_box(qtbot, form), "Oui"), LEFT)
    qtbot.waitUntil(lambda: not form.isVisible())


def test_an_untouched_form_closes_silently(qtbot: QtBot, main_window: MainWindow) -> None:
    form = open_case_form(qtbot, main_window)
    qtbot.keyClick(form, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert form.findChild(QMessageBox, "abandon_box") is None


def test_the_cancel_button_and_the_close_box_ask_too(qtbot: QtBot,
                                                     main_window: MainWindow) -> None:
    form = open_case_form(qtbot, main_window)
    click(qtbot, form.types[IncidentType.VERBAL])
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Cancel), LEFT)
    qtbot.mouseClick(button(abandon_box(qtbot, form), "Non"), LEFT)
    assert form.isVisible()
    form.close()  # the window's close box
    qtbot.mouseClick(button(abandon_box(qtbot, form), "Oui"), LEFT)
    qtbot.waitUntil(lambda: not form.isVisible())


def test_every_error_at_once_in_order_and_each_gone_once_fixed(
        qtbot: QtBot, main_window: MainWindow) -> None:
    form = open_case_form(qtbot, main_window)
    # The first field has the focus at opening, not "Enregistrer".
    assert form.focusWidget() is form.occurred
    qtbot.mouseClick(form.buttons.button(form.buttons.StandardButton.Ok), LEFT)
    lines = form.error.text().splitlines()
    assert [line.split(" ")[1] for line in lines] == ["Indiquez", "Indiquez", "Indiquez", "Les"]
    assert "commune" in lines[0] and "victime" in lines[1] and "type d'atteinte" in lines[2]
    assert "récit des faits" in lines[3]
    assert form.focusWidget() is form.commune_search  # the first faulty field
    click(qtbot, form.types[IncidentType.VERBAL])
    assert "type d'atteinte" not in form.error.text()
    assert len(form.error.text().splitlines()) == 3
    qtbot.keyClicks(form.narrative, "Insultes")
    assert "récit" not in form.error.text() and "commune" in form.error.text()


def test_the_case_form_fits_a_1024_by_700_screen(qtbot: QtBot,
                                                 main_window: MainWindow) -> None:
    form = open_case_form(qtbot, main_window)
    assert form.height() <= 700 - 40  # the title bar above it
    assert form.minimumSizeHint().width() <= 1024 and form.minimumWidth() <= 1024
    assert form.body.minimumSizeHint().width() <= 1024 - 40
    # Its buttons and error line lie inside the dialog, below the scrolling body.
    assert form.buttons.geometry().bottom() <= form.height()


class _TallDialog(WriteDialog):
    def __init__(self, context: AppContext) -> None:
        super().__init__(context, "tall_dialog")
        for n in range(60):
            self.add_row(f"f{n}", QLineEdit(self))
        self.label_rows({f"f{n}": f"Champ {n}" for n in range(60)})
        self.retranslate()

    def action(self) -> Write:  # pragma: no cover - never saved here
        raise NotImplementedError


def test_a_dialog_taller_than_the_screen_scrolls_inside(qtbot: QtBot,
                                                        context: AppContext) -> None:
    dialog = _TallDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    area = dialog.screen().availableGeometry()
    assert dialog.body.sizeHint().height() > area.height()
    assert dialog.frameGeometry().height() <= area.height()
    assert dialog.scroll.verticalScrollBar().maximum() > 0
    assert dialog.buttons.isVisible() and dialog.buttons.geometry().bottom() <= dialog.height()
    assert dialog.focusWidget() is dialog.fields["f0"]
