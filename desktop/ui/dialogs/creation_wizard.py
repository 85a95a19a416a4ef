""""Création du coffre": office identity, protection, then the recovery key shown once.

The vault is created when the user leaves the protection page (a commit page: no way back),
through ``services.vaults.create`` on the runner; the last page cannot be finished until the
user confirms that the recovery key is stored.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.config import Preferences
from desktop.errors import EgideError, ValidationError
from desktop.services import office as office_service
from desktop.services import vaults
from desktop.storage import keyring_slot
from desktop.ui import messages
from desktop.ui.geometry import preserve_geometry
from desktop.ui.runner import Runner
from desktop.ui.widgets.office_form import OfficeForm
from desktop.ui.widgets.passphrase_fields import PassphraseFields

CLIPBOARD_CLEAR_MS = 60_000


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    return label


class IdentityPage(QWizardPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = OfficeForm(self)
        self.form.edited.connect(self.completeChanged)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.error = _error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Le service"))
        self.setSubTitle(self.tr("Ces informations figurent en tête des documents imprimés."))
        self.intro.setText(
            self.tr("Indiquez le département : le nom de la préfecture et le titre du préfet "
                    "sont proposés, vous pouvez les corriger.")
        )
        self.form.retranslate()

    def isComplete(self) -> bool:
        return self.form.complete()

    def validatePage(self) -> bool:
        try:
            office_service.validate(self.form.identity())
        except ValidationError as error:
            self.error.setText(str(error))
            field = self.form.fields.get(error.field)
            if field is not None:
                field.setFocus()
            return False
        self.error.clear()
        return True


class ProtectionPage(QWizardPage):
    def __init__(self, wizard: CreationWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.keyring_available = keyring_slot.available()
        self.use_keyring = QCheckBox(self)
        self.use_keyring.setChecked(self.keyring_available)
        self.use_keyring.setEnabled(self.keyring_available)
        self.use_keyring.toggled.connect(self._update_required)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.passphrase_intro = QLabel(self)
        self.passphrase_intro.setWordWrap(True)
        self.fields = PassphraseFields(self)
        self.fields.edited.connect(self.error_clear)
        self.error = _error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addWidget(self.use_keyring)
        layout.addSpacing(8)
        layout.addWidget(self.passphrase_intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.error)
        layout.addStretch()
        self.setCommitPage(True)
        self._update_required()
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("La protection du coffre"))
        self.setSubTitle(self.tr("Les données sont chiffrées ; choisissez comment ouvrir le "
                                 "coffre."))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Créer le coffre"))
        self.use_keyring.setText(
            self.tr("Conserver la clé dans le trousseau de Windows/du système")
        )
        self.use_keyring.setAccessibleName(self.use_keyring.text())
        if self.keyring_available:
            self.explanation.setText(
                self.tr("La clé du coffre peut être gardée par le trousseau du système, protégé "
                        "par votre session : Égide s'ouvre alors sans rien demander. Une phrase "
                        "de passe, facultative, permet aussi de l'ouvrir ailleurs ou si le "
                        "trousseau est effacé.")
            )
        else:
            self.explanation.setText(
                self.tr("Aucun trousseau sécurisé n'est disponible sur ce poste : une phrase de "
                        "passe est obligatoire. Elle sera demandée à chaque ouverture.")
            )
        self._update_required()
        self.fields.retranslate()

    def _update_required(self) -> None:
        required = not self.use_keyring.isChecked()
        self.fields.required = required
        self.passphrase_intro.setText(
            self.tr("Phrase de passe (obligatoire) :") if required
            else self.tr("Phrase de passe (facultative) :")
        )

    def error_clear(self) -> None:
        self.error.clear()

    def validatePage(self) -> bool:
        if self._wizard.created is not None:
            return True
        problem = self.fields.problem()
        if problem:
            self.error.setText(problem)
            self.fields.passphrase.setFocus()
            return False
        self._wizard.start_creation(self.fields.text() or None, self.use_keyring.isChecked())
        return False  # the wizard moves on when the runner brings the vault back


class RecoveryPage(QWizardPage):
    def __init__(self, wizard: CreationWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.key = QLabel(self)
        self.key.setProperty("role", "recovery-key")
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.slots = QLabel(self)
        self.slots.setWordWrap(True)
        self.slots.setProperty("role", "muted")
        self.copy = QPushButton(self)
        self.print = QPushButton(self)
        self.copy.clicked.connect(self._copy)
        self.print.clicked.connect(self._print)
        self.confirm = QCheckBox(self)
        self.confirm.toggled.connect(self.completeChanged)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy)
        buttons.addWidget(self.print)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.key)
        layout.addLayout(buttons)
        layout.addWidget(self.slots)
        layout.addStretch()
        layout.addWidget(self.confirm)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("La clé de secours"))
        self.setSubTitle(self.tr("Elle n'est montrée qu'une fois : imprimez-la ou recopiez-la "
                                 "maintenant."))
        self.intro.setText(
            self.tr("Cette clé ouvre le coffre à elle seule, le jour où le trousseau est effacé "
                    "ou la phrase de passe oubliée. Conservez-la sous pli scellé, dans le "
                    "coffre-fort du service, jamais avec l'ordinateur.")
        )
        self.copy.setText(self.tr("&Copier"))
        self.copy.setAccessibleName(self.tr("Copier la clé de secours"))
        self.print.setText(self.tr("&Imprimer…"))
        self.print.setAccessibleName(self.tr("Imprimer la feuille de la clé de secours"))
        self.key.setAccessibleName(self.tr("Clé de secours"))
        self.confirm.setText(self.tr("J'ai imprimé ou recopié la clé de secours et je la "
                                     "conserve en lieu sûr"))
        self.confirm.setAccessibleName(self.confirm.text())

    def initializePage(self) -> None:
        created = self._wizard.created
        assert created is not None
        groups = created.recovery_key.split("-")
        half = (len(groups) + 1) // 2
        self.key.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        if created.in_keyring:
            self.slots.setText(self.tr("La clé du coffre est conservée dans le trousseau du "
                                       "système : Égide s'ouvrira sans rien demander."))
        else:
            self.slots.setText(self.tr("Le coffre s'ouvrira avec votre phrase de passe."))

    def isComplete(self) -> bool:
        return self.confirm.isChecked()

    def _copy(self) -> None:
        created = self._wizard.created
        assert created is not None
        key = created.recovery_key
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(key)

        def forget() -> None:
            if clipboard.text() == key:
                clipboard.clear()

        QTimer.singleShot(CLIPBOARD_CLEAR_MS, forget)
        self.slots.setText(self.tr("Clé copiée. Le presse-papiers sera vidé dans une minute."))

    def _print(self) -> None:
        self._wizard.print_sheet()


class CreationWizard(QWizard):
    """``created`` holds the new vault (``vaults.Created``) once the protection page is left."""

    def __init__(
        self, path: Path, preferences: Preferences, runner: Runner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.path = path
        self.preferences = preferences
        self.runner = runner
        self.created: vaults.Created | None = None
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.identity_page = IdentityPage(self)
        self.protection_page = ProtectionPage(self)
        self.recovery_page = RecoveryPage(self)
        for page in (self.identity_page, self.protection_page, self.recovery_page):
            self.addPage(page)
        self.setMinimumSize(640, 560)
        preserve_geometry(self, "creation_wizard")
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Création du coffre"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Suivant >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Précédent"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Terminer"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Annuler"))
        for page in (self.identity_page, self.protection_page, self.recovery_page):
            page.retranslate()

    def start_creation(self, passphrase: str | None, use_keyring: bool) -> None:
        identity = self.identity_page.form.identity()
        path, preferences = self.path, self.preferences
        self.protection_page.setEnabled(False)
        self.runner.run(
            lambda: vaults.create(path, identity, passphrase=passphrase,
                                  use_keyring=use_keyring, preferences=preferences),
            self._created,
            self._creation_failed,
            progress_label=self.tr("Création du coffre chiffré…"),
            parent=self,
        )

    def _created(self, created: vaults.Created) -> None:
        self.created = created
        self.protection_page.setEnabled(True)
        self.setOption(QWizard.WizardOption.NoCancelButton, True)
        self.next()

    def _creation_failed(self, error: BaseException) -> None:
        self.protection_page.setEnabled(True)
        if not isinstance(error, EgideError):
            self.runner.show_failure(error, self)
            return
        self.protection_page.error.setText(str(error))

    def print_sheet(self) -> None:
        from desktop.documents.recovery_sheet import RecoverySheet, render_recovery_sheet
        from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        created = self.created
        assert created is not None
        identity = self.identity_page.form.identity()
        sheet = RecoverySheet(
            recovery_key=created.recovery_key,
            vault_id=created.db.vault.vault_id,
            vault_path=str(self.path),
            office_name=identity.prefecture_name,
            created_on=dt.date.today(),
            issuer_title=identity.prefet_title,
        )

        def show(pdf: bytes) -> None:
            preview = PdfPreviewDialog(pdf, self.tr("Clé de secours du coffre"),
                                       self.tr("cle-de-secours.pdf"), self)
            preview.open()

        self.runner.run(lambda: render_recovery_sheet(sheet), show,
                        progress_label=self.tr("Préparation de la feuille…"), parent=self)

    def reject(self) -> None:
        if self.created is not None:
            messages.info(self, self.tr("Clé de secours"),
                          self.tr("Le coffre est créé. Confirmez d'abord que vous avez conservé "
                                  "la clé de secours, puis cliquez sur Terminer."))
            return
        super().reject()
