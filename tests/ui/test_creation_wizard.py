"""The creation assistant, driven as a user would: identity, protection, recovery key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from desktop.config import Preferences, load_preferences
from desktop.services.vault import lifecycle, office
from desktop.storage import keyring_slot
from desktop.ui.dialogs.creation_pages import IdentityPage, ProtectionPage, RecoveryPage
from desktop.ui.dialogs.creation_wizard import CreationWizard
from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog
from desktop.ui.runner import Runner

from .conftest import PASSPHRASE


def open_wizard(qtbot: QtBot, path: Path, preferences: Preferences, runner: Runner
                ) -> CreationWizard:
    wizard = CreationWizard(path, preferences, runner)
    qtbot.addWidget(wizard)
    wizard.show()
    return wizard


def fill_identity(qtbot: QtBot, wizard: CreationWizard, logo: Path | None = None) -> None:
    fields = wizard.identity_page.form.fields
    qtbot.keyClicks(fields["department_code"], "77")
    fields["department_name"].setText("Seine-et-Marne")
    assert fields["prefecture_name"].text() == "Préfecture de Seine-et-Marne"
    assert fields["prefet_title"].text() == "PRÉFET DE SEINE-ET-MARNE"
    fields["address"].setText("12 rue des Saints-Pères")
    fields["city"].setText("Melun")
    if logo is not None:
        from .test_office_dialog import _choose_file

        _choose_file(qtbot, wizard.identity_page, logo)
        qtbot.waitUntil(lambda: wizard.identity_page.logo_chooser.preview.kind == "SVG")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.isEnabled()
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is wizard.protection_page
    assert isinstance(wizard.currentPage(), ProtectionPage)


def commit(qtbot: QtBot, wizard: CreationWizard) -> None:
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CommitButton), Qt.MouseButton.LeftButton)


def test_creation_end_to_end(qtbot: QtBot, tmp_path: Path, preferences: Preferences,
                             runner: Runner) -> None:
    path = tmp_path / "coffre.egide"
    wizard = open_wizard(qtbot, path, preferences, runner)
    assert isinstance(wizard.currentPage(), IdentityPage)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # identity empty
    from tests.core.documents.test_svg_logo import MAGENTA_SVG

    logo = tmp_path / "marianne.svg"
    logo.write_bytes(MAGENTA_SVG)
    fill_identity(qtbot, wizard, logo)

    page = wizard.protection_page
    assert page.use_keyring.isChecked() and page.use_keyring.isEnabled()
    page.fields.passphrase.setText(PASSPHRASE)
    page.fields.confirmation.setText(PASSPHRASE)
    commit(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=60_000)
    assert isinstance(wizard.currentPage(), RecoveryPage)

    created = wizard.created
    assert created is not None and created.in_keyring
    shown = wizard.recovery_page.key.text().replace("\n", "")
    assert shown == created.recovery_key
    Path("/tmp/ui-shots").mkdir(parents=True, exist_ok=True)
    wizard.grab().save("/tmp/ui-shots/creation-recovery-key.png")
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert not finish.isEnabled()
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.CancelButton),
                     Qt.MouseButton.LeftButton)  # refused: the key is not confirmed yet
    qtbot.waitUntil(lambda: any(box.isVisible() for box in wizard.findChildren(QMessageBox)))
    box = next(box for box in wizard.findChildren(QMessageBox) if box.isVisible())
    assert "clé de secours" in box.text()
    box.close()
    assert wizard.isVisible() and wizard.currentPage() is wizard.recovery_page
    qtbot.mouseClick(wizard.recovery_page.confirm, Qt.MouseButton.LeftButton)
    assert finish.isEnabled()
    with qtbot.waitSignal(wizard.accepted):
        qtbot.mouseClick(finish, Qt.MouseButton.LeftButton)

    assert path.is_file()
    identity = office.get_office(created.db)
    assert identity is not None
    assert identity.prefet_title == "PRÉFET DE SEINE-ET-MARNE"
    assert identity.city == "Melun"
    assert office.office_logo(created.db) == MAGENTA_SVG  # chosen in the assistant
    assert load_preferences().vault_path == str(path)
    created.db.close()
    lifecycle.open_with_passphrase(path, PASSPHRASE).close()
    lifecycle.open_silently(path).close()


def test_passphrase_mandatory_without_keyring(qtbot: QtBot, tmp_path: Path,
                                             preferences: Preferences, runner: Runner) -> None:
    keyring_slot.use_backend(None)
    path = tmp_path / "coffre.egide"
    wizard = open_wizard(qtbot, path, preferences, runner)
    fill_identity(qtbot, wizard)
    page = wizard.protection_page
    assert not page.use_keyring.isChecked() and not page.use_keyring.isEnabled()

    commit(qtbot, wizard)
    assert page.error.text() == "Choisissez une phrase de passe."
    page.fields.passphrase.setText("court")
    page.fields.confirmation.setText("court")
    commit(qtbot, wizard)
    assert "au moins 10 caractères" in page.error.text()
    page.fields.passphrase.setText(PASSPHRASE)
    page.fields.confirmation.setText(PASSPHRASE + "x")
    commit(qtbot, wizard)
    assert "confirmation" in page.error.text()
    assert not path.exists()

    page.fields.confirmation.setText(PASSPHRASE)
    commit(qtbot, wizard)
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=60_000)
    assert wizard.created is not None and not wizard.created.in_keyring
    assert "phrase de passe" in wizard.recovery_page.slots.text()
    wizard.created.db.close()
    lifecycle.open_with_passphrase(path, PASSPHRASE).close()


def test_print_recovery_sheet(qtbot: QtBot, tmp_path: Path, preferences: Preferences,
                              runner: Runner) -> None:
    wizard = open_wizard(qtbot, tmp_path / "coffre.egide", preferences, runner)
    fill_identity(qtbot, wizard)
    commit(qtbot, wizard)  # the keyring is there: no passphrase needed
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.recovery_page, timeout=60_000)
    qtbot.mouseClick(wizard.recovery_page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(wizard.findChildren(PdfPreviewDialog)))
    preview = wizard.findChildren(PdfPreviewDialog)[0]
    assert preview.page_count == 1
    assert preview.pdf.startswith(b"%PDF")
    # The sheet says never to digitise it: printing comes first and is the default button.
    qtbot.waitExposed(preview)
    assert preview.print_button.isDefault() and not preview.save_button.isDefault()
    assert not preview.save_button.autoDefault()
    assert preview.print_button.x() < preview.save_button.x()
    saved = tmp_path / "feuille.pdf"
    preview.save_to(saved)
    assert saved.read_bytes() == preview.pdf
    assert wizard.created is not None
    wizard.created.db.close()


def test_identity_page_refuses_a_bad_email(qtbot: QtBot, tmp_path: Path,
                                          preferences: Preferences, runner: Runner) -> None:
    path = tmp_path / "coffre.egide"
    wizard = open_wizard(qtbot, path, preferences, runner)
    page = wizard.currentPage()
    assert isinstance(page, IdentityPage) and page is wizard.identity_page
    fields = page.form.fields
    qtbot.keyClicks(fields["department_code"], "77")
    fields["department_name"].setText("Seine-et-Marne")
    qtbot.keyClicks(fields["email"], "bureau-at-exemple")
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page  # refused: stays on the identity
    assert page.error.text() == "Courriel « bureau-at-exemple » invalide."
    assert fields["email"].hasFocus() or page.focusWidget() is fields["email"]
    fields["email"].clear()
    qtbot.keyClicks(fields["email"], "bureau@exemple.fr")
    qtbot.mouseClick(next_button, Qt.MouseButton.LeftButton)
    assert isinstance(wizard.currentPage(), ProtectionPage)
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.BackButton), Qt.MouseButton.LeftButton)
    assert wizard.currentPage() is page and fields["email"].text() == "bureau@exemple.fr"
    assert not path.exists()
