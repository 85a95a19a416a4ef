"""The case view's records, by clicks: a consent withdrawn from its tab (with the date, the gate
closes), an attachment opened in the application's viewer and a copy saved where the user
chooses (the path said afterwards), transmissions with their document and hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from pathlib import Path

import sqlalchemy as sa
from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QTreeWidget
from pytestqt.qtbot import QtBot

from desktop.models.audit import AuditEntry
from desktop.models.cases import Case
from desktop.models.enums import (
    CaseStatus,
    ConsentChannel,
    RecipientKind,
    TransmissionChannel,
)
from desktop.services.cases import attachments, consent
from desktop.ui.dialogs.consent_withdrawal import WithdrawConsentDialog
from desktop.ui.dialogs.image_preview import ImagePreviewDialog
from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.pages.cases import CasesPage
from tests.ui.conftest import wait_idle
from tests.ui.test_cases_steps import LEFT, case_at, click, open_case


def show_tab(qtbot: QtBot, page: CasesPage, index: int) -> QTreeWidget:
    records = page.view.records
    bar = records.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())
    assert records.currentIndex() == index
    tab = records.widget(index)
    tree = tab.findChild(QTreeWidget)
    assert tree is not None
    return tree


def click_row(qtbot: QtBot, tree: QTreeWidget, row: int) -> None:
    item = tree.topLevelItem(row)
    assert item is not None
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), LEFT, pos=rect.center())
    assert tree.currentItem() is item


def a_pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    sheet = canvas.Canvas(out)
    sheet.drawString(72, 720, "Certificat medical initial")
    sheet.save()
    return out.getvalue()


def a_png() -> bytes:
    image = QImage(40, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("steelblue"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def choose_file(qtbot: QtBot, owner: object, path: Path) -> None:
    """Type the name in the window-modal file dialog and click its accept button."""
    dialogs = [d for d in owner.findChildren(QFileDialog, "file_dialog")  # type: ignore[attr-defined]
               if d.isVisible()]
    assert dialogs, "no file dialog open"
    dialog = dialogs[-1]
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    name.setText(str(path))
    buttons = dialog.findChild(QDialogButtonBox)
    accept = next(b for b in buttons.buttons()
                  if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(accept, LEFT)


def test_withdraw_a_consent_from_the_case_view(qtbot: QtBot, main_window: MainWindow) -> None:
    db = main_window.context.require_db()
    case_id = case_at(main_window.context, CaseStatus.CONSENTEMENT_DEMANDE)
    consent.record_consent(db, case_id, consent.ConsentInput(
        True, dt.date.today(), ConsentChannel.EMAIL, (RecipientKind.POLICE,)))
    sent = b"%PDF-1.4 fiche envoyee"
    consent.record_transmission(db, case_id, consent.TransmissionInput(
        RecipientKind.POLICE, dt.date.today(), TransmissionChannel.EMAIL, document=sent,
        filename="fiche-police.pdf"))
    page = open_case(qtbot, main_window)
    transmissions = show_tab(qtbot, page, 2)
    row = transmissions.topLevelItem(transmissions.topLevelItemCount() - 1)
    assert row.text(1) == "Police nationale"
    assert row.text(3) == "fiche-police.pdf"
    assert row.text(4) == hashlib.sha256(sent).hexdigest()
    tree = show_tab(qtbot, page, 1)
    assert tree.topLevelItemCount() == 1
    assert "Police nationale" in tree.topLevelItem(0).text(2)
    withdraw = page.view.records.withdraw_button
    assert not withdraw.isEnabled()  # nothing chosen yet
    click_row(qtbot, tree, 0)
    assert withdraw.isEnabled()
    click(qtbot, withdraw)
    dialog = page.dialog
    assert isinstance(dialog, WithdrawConsentDialog) and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.text().replace("&", "") == "Retirer le consentement"
    with qtbot.waitSignal(dialog.refused):  # how it was withdrawn is asked
        qtbot.mouseClick(ok, LEFT)
    assert "comment le praticien" in dialog.error.text()
    qtbot.keyClicks(dialog.reason, "Appel du praticien")
    with qtbot.waitSignal(dialog.succeeded):
        qtbot.mouseClick(ok, LEFT)
    wait_idle(qtbot, page.context.runner)
    qtbot.waitUntil(lambda: page.view.case is not None
                    and page.view.case.consents[0].withdrawn_on == dt.date.today())
    tree = page.view.records.consents_tab.tree
    assert tree.topLevelItem(0).text(4).startswith("retiré le")
    click_row(qtbot, tree, 0)
    assert not page.view.records.withdraw_button.isEnabled()  # already withdrawn
    with db.reading() as session:
        assert not consent.covered(session, session.get(Case, case_id), RecipientKind.POLICE,
                                   None)


def test_open_an_attachment_and_save_a_copy(qtbot: QtBot, main_window: MainWindow,
                                            tmp_path: Path) -> None:
    db = main_window.context.require_db()
    case_id = case_at(main_window.context, CaseStatus.RECU)
    pdf, png = a_pdf(), a_png()
    attachments.add_attachment(db, case_id, "certificat.pdf", pdf)
    attachments.add_attachment(db, case_id, "photo.png", png)
    page = open_case(qtbot, main_window)
    tree = show_tab(qtbot, page, 4)
    assert [tree.topLevelItem(i).text(0) for i in range(2)] == ["certificat.pdf", "photo.png"]
    assert tree.topLevelItem(0).text(4) == hashlib.sha256(pdf).hexdigest()
    records = page.view.records
    click_row(qtbot, tree, 0)
    click(qtbot, records.open_button)
    qtbot.waitUntil(lambda: isinstance(page.dialog, PdfPreviewDialog) and page.dialog.isVisible())
    preview = page.dialog
    assert isinstance(preview, PdfPreviewDialog) and preview.page_count == 1
    # "Enregistrer sous…" in the viewer: the path is said once written.
    qtbot.mouseClick(preview.save_button, LEFT)
    from_viewer = tmp_path / "vu.pdf"
    choose_file(qtbot, preview, from_viewer)
    qtbot.waitUntil(from_viewer.exists)
    assert from_viewer.read_bytes() == pdf
    assert preview.saved_line.isVisible()
    assert preview.saved_line.text() == f"Enregistré : {from_viewer}"
    assert main_window.statusBar().currentMessage() == preview.saved_line.text()
    qtbot.mouseClick(preview.close_button, LEFT)
    # The image opens in the image viewer, which saves a copy too.
    click_row(qtbot, tree, 1)
    click(qtbot, records.open_button)
    qtbot.waitUntil(lambda: isinstance(page.dialog, ImagePreviewDialog))
    viewer = page.dialog
    assert isinstance(viewer, ImagePreviewDialog) and viewer.shown
    qtbot.mouseClick(viewer.save_button, LEFT)
    photo = tmp_path / "photo-copie.png"
    choose_file(qtbot, viewer, photo)
    qtbot.waitUntil(photo.exists)
    assert photo.read_bytes() == png
    qtbot.mouseClick(viewer.close_button, LEFT)
    # "Enregistrer une copie…" from the list, then the path is said.
    click_row(qtbot, tree, 0)
    click(qtbot, records.save_button)
    target = tmp_path / "copie-certificat.pdf"
    choose_file(qtbot, page, target)
    qtbot.waitUntil(target.exists)
    assert target.read_bytes() == pdf
    qtbot.waitUntil(lambda: str(target) in page.notice.text())
    assert main_window.statusBar().currentMessage() == page.notice.text()
    with db.reading() as session:
        actions = session.execute(sa.select(AuditEntry.action).where(
            AuditEntry.entity == "attachment")).scalars().all()
    assert actions.count("export") == 2 and "view" in actions


def test_an_empty_case_list_says_where_to_start(qtbot: QtBot, main_window: MainWindow) -> None:
    page = main_window.cases_page
    main_window.navigation.setCurrentRow(main_window.pages.index(page))
    qtbot.waitUntil(lambda: page.count.text().startswith(
        "Aucun signalement enregistré : « Nouveau signalement »"))
    qtbot.keyClicks(page.search, "vol")
    qtbot.waitUntil(lambda: page.count.text() == "0 signalement(s)")  # a search: no hint
