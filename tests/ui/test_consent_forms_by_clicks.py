"""Consent forms and the complaint per article 6, by clicks (issue 15, items 7 and 8): the form
printed from the consent tab names the recipients and the office; a consent "Formulaire signé"
is refused without its scan and accepted once the file is chosen in the same dialog; a plainte
filed by the Ordre is refused without the victim's written consent, then accepted with it; the
17 form printed from the practitioners' list."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop.models.enums import CaseStatus, ComplaintKind, ComplaintModality, RecipientKind
from desktop.services.cases import attachments, complaint, consent
from desktop.ui.dialogs.case_steps import ConsentDialog
from desktop.ui.dialogs.complaint_dialog import ComplaintDialog
from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle
from tests.ui.test_case_records import a_png, choose_file, show_tab
from tests.ui.test_cases_steps import LEFT, case_at, click, open_case


def words(pdf: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(io.BytesIO(pdf)).pages)


def ok(dialog: QDialogButtonBox | object) -> object:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]


def test_print_the_transmission_form_from_the_consent_tab(qtbot: QtBot,
                                                          main_window: MainWindow) -> None:
    case_at(main_window.context, CaseStatus.CONSENTEMENT_DEMANDE)
    page = open_case(qtbot, main_window)
    show_tab(qtbot, page, 1)
    button = page.view.records.form_button
    assert button.isEnabled()
    click(qtbot, button)
    qtbot.waitUntil(lambda: isinstance(page.dialog, PdfPreviewDialog))
    preview = page.dialog
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    text = words(preview.pdf)
    assert page.view.case is not None and page.view.case.reference in text
    for expected in ("Hélène DUPRÉ", "Police nationale", "Procureur de la République",
                     "Mairie de Melun", "PRÉFET", "SEINE-ET-MARNE", "Préfecture de"):
        assert expected in text, expected
    qtbot.mouseClick(preview.close_button, LEFT)


def test_a_signed_form_consent_needs_its_scan(qtbot: QtBot, main_window: MainWindow,
                                              tmp_path: Path) -> None:
    case_at(main_window.context, CaseStatus.CONSENTEMENT_DEMANDE)
    page = open_case(qtbot, main_window)
    click(qtbot, page.view.step_buttons[CaseStatus.CONSENTEMENT_DONNE])
    dialog = page.dialog
    assert isinstance(dialog, ConsentDialog)
    assert dialog.channel.currentText() == "Formulaire signé"
    click(qtbot, dialog.scope[RecipientKind.POLICE])
    with qtbot.waitSignal(dialog.refused):
        qtbot.mouseClick(ok(dialog), LEFT)  # type: ignore[arg-type]
    assert dialog.error.text() == consent.SIGNED_FORM_MISSING
    assert dialog.isVisible()
    scan = tmp_path / "consentement-signe.png"
    scan.write_bytes(a_png())
    qtbot.mouseClick(dialog.document.button, LEFT)
    choose_file(qtbot, dialog, scan)
    qtbot.waitUntil(lambda: dialog.document.path == scan)
    assert dialog.error.text() == ""
    with qtbot.waitSignal(dialog.succeeded):
        qtbot.mouseClick(ok(dialog), LEFT)  # type: ignore[arg-type]
    wait_idle(qtbot, page.context.runner)
    qtbot.waitUntil(lambda: page.view.case is not None and len(page.view.case.consents) == 1)
    given = page.view.case.consents[0]  # type: ignore[union-attr]
    assert given.attachment_id is not None
    _row, content = attachments.read_attachment(main_window.context.require_db(),
                                                given.attachment_id)
    assert content == scan.read_bytes()
    assert page.view.records.consents_tab.tree.topLevelItem(0).text(3).endswith("scan joint")


def test_a_plainte_by_the_ordre_needs_the_victims_written_consent(
        qtbot: QtBot, main_window: MainWindow, tmp_path: Path) -> None:
    case_at(main_window.context, CaseStatus.RECU)
    page = open_case(qtbot, main_window)
    click(qtbot, page.view.buttons["complaint"])
    dialog = page.dialog
    assert isinstance(dialog, ComplaintDialog)
    assert not dialog.consent_box.isVisible()  # an ordinary plainte asks no consent
    dialog.kind.setFocus()
    while dialog.kind.currentData() != ComplaintKind.PLAINTE_BY_ORDRE:
        qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)
    assert dialog.consent_box.isVisible()
    dialog.modality.setFocus()
    while dialog.modality.currentData() != ComplaintModality.AT_PRACTICE:
        qtbot.keyClick(dialog.modality, Qt.Key.Key_Down)
    click(qtbot, dialog.filed)
    qtbot.keyClicks(dialog.service, "Commissariat de Melun")
    with qtbot.waitSignal(dialog.refused):
        qtbot.mouseClick(ok(dialog), LEFT)  # type: ignore[arg-type]
    assert dialog.error.text() == complaint.CONSENT_MISSING
    scan = tmp_path / "accord-victime.pdf"
    scan.write_bytes(b"%PDF-1.4 accord signe de la victime")
    qtbot.mouseClick(dialog.consent_form.button, LEFT)
    choose_file(qtbot, dialog, scan)
    qtbot.waitUntil(lambda: dialog.consent_form.path == scan)
    with qtbot.waitSignal(dialog.succeeded):
        qtbot.mouseClick(ok(dialog), LEFT)  # type: ignore[arg-type]
    wait_idle(qtbot, page.context.runner)
    qtbot.waitUntil(lambda: page.view.case is not None and len(page.view.case.complaints) == 1)
    filed = page.view.case.complaints[0]  # type: ignore[union-attr]
    assert filed.kind is ComplaintKind.PLAINTE_BY_ORDRE
    assert filed.modality is ComplaintModality.AT_PRACTICE
    assert filed.victim_consent_attachment_id is not None and filed.victim_consent_on
    tree = show_tab(qtbot, page, 3)
    row = tree.topLevelItem(0)
    assert row.text(2) == "Au cabinet du praticien"
    assert row.text(6).endswith("(formulaire joint)")


def test_print_the_17_form_from_the_practitioners_list(qtbot: QtBot,
                                                       main_window: MainWindow) -> None:
    from desktop.models.enums import Profession
    from desktop.services.practitioners import directory
    from desktop.services.practitioners.directory import PractitionerInput

    context = main_window.context
    saved = directory.create_practitioner(context.require_db(), PractitionerInput(
        "Zoé", "Fictive", Profession.INFIRMIER, phone="01 99 00 44 44"))
    context.publish(saved.changes)
    page = main_window.practitioners_page
    main_window.navigation.setCurrentRow(main_window.pages.index(page))
    tab = page.list_tab
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
    assert not tab.form_button.isEnabled()
    qtbot.mouseClick(tab.table.viewport(), LEFT,
                     pos=tab.table.visualRect(tab.model.index(0, 0)).center())
    assert tab.form_button.isEnabled()
    qtbot.mouseClick(tab.form_button, LEFT)
    qtbot.waitUntil(lambda: tab.findChild(PdfPreviewDialog, "preregistration_form_preview")
                    is not None)
    preview = tab.findChild(PdfPreviewDialog, "preregistration_form_preview")
    text = words(preview.pdf)
    assert "Zoé FICTIVE" in text and "01 99 00 44 44" in text
    assert "Ce que voient les forces" in text and "PRÉFET" in text
    qtbot.mouseClick(preview.close_button, LEFT)
