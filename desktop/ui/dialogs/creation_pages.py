"""The three pages of the creation assistant: the office, the protection, the recovery key.

The pages do not know the assistant: the protection page asks for the vault with
``creation_requested``; the assistant tells the pages once the vault exists (``created``,
``show_key``); the recovery page asks for its sheet with ``print_requested``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop.errors import ValidationError
from desktop.services.vault import lifecycle
from desktop.services.vault import office as office_service
from desktop.ui.widgets.logo_chooser import LogoChooser
from desktop.ui.widgets.office_form import OfficeForm
from desktop.ui.widgets.passphrase_fields import PassphraseFields
from desktop.ui.widgets.recovery_key_panel import RecoveryKeyPanel
from desktop.ui.widgets.server_form import ServerForm


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
        self.form.edited.connect(lambda: self.error.clear())
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.error = _error_label(self)
        self.logo_label = QLabel(self)
        self.logo_chooser = LogoChooser(self)
        self.logo_chooser.refused.connect(self.error.setText)
        self.logo_chooser.chosen.connect(self.error.clear)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.form)
        layout.addWidget(self.logo_label)
        layout.addWidget(self.logo_chooser)
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
        self.logo_label.setText(self.tr("Logo du service (PNG, JPEG ou SVG, facultatif) :"))
        self.logo_chooser.retranslate()

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
    """Where the data live: an encrypted vault on this PC (keyring, passphrase), or the
    office's shared PostgreSQL server (``ServerForm``)."""

    creation_requested = Signal(object, bool)  # passphrase (None: none), keep in the keyring
    shared_requested = Signal(object, str)  # ServerSettings, password

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.created = False
        self.local_choice = QRadioButton(self)
        self.local_choice.setChecked(True)
        self.shared_choice = QRadioButton(self)
        self.server = ServerForm(self)
        self.server.edited.connect(self.error_clear)
        self.server.setVisible(False)
        self.shared_choice.toggled.connect(self._place_changed)
        self.keyring_available = lifecycle.keyring_available()
        self.use_keyring = QCheckBox(self)
        self.use_keyring.setChecked(self.keyring_available)
        self.use_keyring.setEnabled(self.keyring_available)
        self.use_keyring.toggled.connect(self._update_required)
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.passphrase_intro = QLabel(self)
        self.passphrase_intro.setProperty("role", "subtitle")
        self.fields = PassphraseFields(self)
        self.fields.edited.connect(self.error_clear)
        self.error = _error_label(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.local_choice)
        layout.addWidget(self.shared_choice)
        layout.addSpacing(8)
        layout.addWidget(self.explanation)
        layout.addWidget(self.use_keyring)
        layout.addSpacing(8)
        layout.addWidget(self.passphrase_intro)
        layout.addWidget(self.fields)
        layout.addWidget(self.server)
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
        self.local_choice.setText(self.tr("Coffre chiffré sur ce &poste"))
        self.shared_choice.setText(self.tr("Serveur PostgreSQL &partagé (plusieurs agents)"))
        self.local_choice.setAccessibleName(self.local_choice.text().replace("&", ""))
        self.shared_choice.setAccessibleName(self.shared_choice.text().replace("&", ""))
        self._update_required()
        self.fields.retranslate()
        self.server.retranslate()
        self._place_changed()

    def shared(self) -> bool:
        return self.shared_choice.isChecked()

    def _place_changed(self) -> None:
        shared = self.shared()
        for widget in (self.explanation, self.use_keyring, self.passphrase_intro, self.fields):
            widget.setVisible(not shared)
        self.server.setVisible(shared)
        self.setButtonText(
            QWizard.WizardButton.CommitButton,
            self.tr("Se &connecter au serveur") if shared else self.tr("&Créer le coffre"),
        )
        self.error.clear()

    def _update_required(self) -> None:
        required = not self.use_keyring.isChecked()
        self.fields.required = required
        self.passphrase_intro.setText(
            self.tr("Phrase de passe (obligatoire)") if required
            else self.tr("Phrase de passe (facultative)")
        )

    def error_clear(self) -> None:
        self.error.clear()

    def validatePage(self) -> bool:
        if self.created:
            return True
        if self.shared():
            if not self.server.complete():
                self.error.setText(self.tr("Indiquez le serveur, la base et l'utilisateur."))
                return False
            self.shared_requested.emit(self.server.settings(), self.server.password.text())
            return False  # the assistant closes when the runner brings the database back
        problem = self.fields.problem()
        if problem:
            self.error.setText(problem)
            self.fields.passphrase.setFocus()
            return False
        self.creation_requested.emit(self.fields.text() or None, self.use_keyring.isChecked())
        return False  # the wizard moves on when the runner brings the vault back


class RecoveryPage(QWizardPage):
    print_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.in_keyring = False
        self.panel = RecoveryKeyPanel(self)
        self.panel.print_requested.connect(self.print_requested)
        self.panel.confirmed.connect(self.completeChanged)
        # The panel's parts, by the names the assistant's tests use.
        self.key, self.confirm, self.slots = self.panel.key, self.panel.confirm, self.panel.note
        self.copy, self.print_button = self.panel.copy, self.panel.print_button
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("La clé de secours"))
        self.setSubTitle(self.tr("Elle n'est montrée qu'une fois : imprimez-la ou recopiez-la "
                                 "maintenant."))
        self.panel.set_texts(
            self.tr("Cette clé ouvre le coffre à elle seule, le jour où le trousseau est effacé "
                    "ou la phrase de passe oubliée. Conservez-la sous pli scellé, dans le "
                    "coffre-fort du service, jamais avec l'ordinateur."),
            self.tr("J'ai imprimé ou recopié la clé de secours et je la conserve en lieu sûr"))
        self.panel.retranslate()

    def show_key(self, recovery_key: str, in_keyring: bool) -> None:
        """The new vault's recovery key, shown once the page is reached."""
        self.panel.show_key(recovery_key)
        self.in_keyring = in_keyring

    def initializePage(self) -> None:
        if self.in_keyring:
            self.slots.setText(self.tr("La clé du coffre est conservée dans le trousseau du "
                                       "système : Égide s'ouvrira sans rien demander."))
        else:
            self.slots.setText(self.tr("Le coffre s'ouvrira avec votre phrase de passe."))

    def isComplete(self) -> bool:
        return self.confirm.isChecked()
