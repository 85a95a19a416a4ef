""""Identité du service" driven by clicks: editing one field keeps every other one (the
office's phone and e-mail were erased before), bureau, address and logo saved."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.services.vault import office
from desktop.ui.context import AppContext
from desktop.ui.dialogs.office_dialog import OfficeDialog
from desktop.ui.widgets.logo_chooser import LogoChooser

from .conftest import wait_idle


def _png() -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    raw = b"\x00\xff\x00\x00"
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def _open(qtbot: QtBot, context: AppContext) -> OfficeDialog:
    db = context.require_db()
    dialog = OfficeDialog(context, office.get_office(db))
    qtbot.addWidget(dialog)
    dialog.show()
    wait_idle(qtbot, context.runner)
    return dialog


def _save(qtbot: QtBot, dialog: OfficeDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def _choose_file(qtbot: QtBot, dialog: QWidget, path: Path) -> None:
    """Click "Choisir le logo…" of the dialog's (or the assistant page's) logo row, and type
    the file's path in the file dialog."""
    button = dialog.findChild(LogoChooser).choose_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    chooser = next(d for d in button.findChildren(QFileDialog, "file_dialog")
                   + dialog.findChildren(QFileDialog, "file_dialog") if d.isVisible())
    name = chooser.findChild(QLineEdit, "fileNameEdit")
    assert name is not None
    name.setText(str(path))
    qtbot.keyClick(name, Qt.Key.Key_Return)


def test_editing_one_field_keeps_the_others_and_the_logo_is_saved(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    db = context.require_db()
    before = office.get_office(db)
    assert before is not None
    dialog = _open(qtbot, context)
    fields = dialog.office_form.fields
    fields["phone"].clear()
    qtbot.keyClicks(fields["phone"], "01 64 71 77 77")
    qtbot.keyClicks(fields["email"], "pref-securite@seine-et-marne.gouv.fr")
    fields["bureau"].setText("Cabinet du préfet / Bureau de la sécurité intérieure")
    fields["postal_code"].clear()
    qtbot.keyClicks(fields["postal_code"], "77000")
    _save(qtbot, dialog)
    saved = office.get_office(db)
    assert saved is not None
    assert (saved.phone, saved.email, saved.postal_code) == (
        "+33164717777", "pref-securite@seine-et-marne.gouv.fr", "77000")
    assert saved.bureau == "Cabinet du préfet\nBureau de la sécurité intérieure"
    # Opened again: the phone is shown the French way, and changing the town keeps the rest.
    dialog = _open(qtbot, context)
    fields = dialog.office_form.fields
    assert fields["phone"].text() == "01 64 71 77 77"
    assert fields["bureau"].text() == "Cabinet du préfet / Bureau de la sécurité intérieure"
    fields["city"].clear()
    qtbot.keyClicks(fields["city"], "Meaux")
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png())
    _choose_file(qtbot, dialog, logo)
    qtbot.waitUntil(lambda: "nouveau logo" in dialog.logo_chooser.state.text())
    _save(qtbot, dialog)
    after = office.get_office(db)
    assert after is not None
    assert after.city == "Meaux"
    assert (after.phone, after.email, after.bureau, after.postal_code) == (
        saved.phone, saved.email, saved.bureau, saved.postal_code)
    assert office.office_logo(db) == logo.read_bytes()
    assert after.postal_address[-1] == "77000 MEAUX"


def test_an_svg_logo_is_previewed_and_saved_a_hostile_one_refused(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    from tests.core.documents.test_svg_logo import HOSTILE, MAGENTA_SVG

    db = context.require_db()
    dialog = _open(qtbot, context)
    hostile = tmp_path / "marianne-xxe.svg"
    hostile.write_bytes(HOSTILE["external entity"])
    _choose_file(qtbot, dialog, hostile)
    qtbot.waitUntil(lambda: "Logo SVG refusé" in dialog.error.text())
    assert "\n" not in dialog.error.text()
    assert dialog.logo_chooser.logo is None and dialog.logo_chooser.preview.kind == ""
    svg = tmp_path / "marianne.svg"
    svg.write_bytes(MAGENTA_SVG)
    _choose_file(qtbot, dialog, svg)
    qtbot.waitUntil(lambda: "nouveau logo" in dialog.logo_chooser.state.text())
    assert dialog.error.text() == ""
    assert dialog.logo_chooser.preview.kind == "SVG"
    image = dialog.logo_chooser.preview.pixmap().toImage()
    assert image.pixelColor(2, image.height() // 2).name() == "#ff00ff"  # drawn by QtSvg
    _save(qtbot, dialog)
    assert office.office_logo(db) == MAGENTA_SVG
    again = _open(qtbot, context)  # the stored logo is shown when the dialog opens
    qtbot.waitUntil(lambda: again.logo_chooser.preview.kind == "SVG")
    again.close()
