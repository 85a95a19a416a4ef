"""Attaching a document to a case, as a user does: "Pièce jointe…", the file chosen in the
window-modal file dialog, the document then kept inside the vault with its hash."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit
from pytestqt.qtbot import QtBot

from desktop.models.enums import CaseStatus
from desktop.services.cases import attachments
from desktop.ui.main_window import MainWindow
from tests.ui.conftest import wait_idle
from tests.ui.test_cases_steps import case_at, click, open_case


def test_a_document_chosen_in_the_file_dialog_is_kept_in_the_vault(
        qtbot: QtBot, main_window: MainWindow, tmp_path: Path) -> None:
    case_id = case_at(main_window.context, CaseStatus.RECU)
    scan = tmp_path / "certificat.pdf"
    scan.write_bytes(b"%PDF-1.4 certificat medical initial")
    page = open_case(qtbot, main_window)
    click(qtbot, page.view.buttons["attachment"])
    dialog = next(d for d in page.findChildren(QFileDialog, "file_dialog") if d.isVisible())
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setText(str(scan))
    buttons = dialog.findChild(QDialogButtonBox)
    accept = next(b for b in buttons.buttons()
                  if buttons.buttonRole(b) == QDialogButtonBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(accept, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, main_window.context.runner)
    qtbot.waitUntil(lambda: page.view.case is not None and len(page.view.case.attachments) == 1)
    kept = page.view.case.attachments[0]
    assert kept.filename == "certificat.pdf"
    assert kept.sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    _row, content = attachments.read_attachment(main_window.context.require_db(), kept.id)
    assert content == scan.read_bytes()
    assert case_id == page.view.case.id
