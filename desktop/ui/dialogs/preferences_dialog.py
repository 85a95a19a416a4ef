"""Préférences: idle lock delay, backups kept, backup folder (saved with ``save_preferences``)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.config import Preferences, save_preferences
from desktop.ui.dialogs.file_dialogs import choose_folder
from desktop.ui.geometry import preserve_geometry


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None,
                 has_passphrase: bool = True) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.require_passphrase = QCheckBox(self)
        self.require_passphrase.setObjectName("require_passphrase")
        wanted = preferences.unlock_requires_passphrase
        self.require_passphrase.setChecked(has_passphrase if wanted is None else wanted)
        self.require_passphrase.setEnabled(has_passphrase)
        self.idle_minutes = QSpinBox(self)
        self.idle_minutes.setRange(1, 240)
        self.idle_minutes.setValue(min(max(preferences.idle_lock_minutes, 1), 240))
        self.backups_kept = QSpinBox(self)
        self.backups_kept.setRange(1, 365)
        self.backups_kept.setValue(min(max(preferences.backups_kept, 1), 365))
        self.backup_folder = QLineEdit(str(preferences.backups()), self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder)
        folder_row.addWidget(self.browse)
        self.labels = [QLabel(self) for _ in range(3)]
        for label, buddy in zip(self.labels, (self.idle_minutes, self.backups_kept,
                                              self.backup_folder), strict=True):
            label.setBuddy(buddy)
        form = QFormLayout()
        form.addRow(self.labels[0], self.idle_minutes)
        form.addRow("", self.require_passphrase)
        form.addRow(self.labels[1], self.backups_kept)
        form.addRow(self.labels[2], folder_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        preserve_geometry(self, "preferences_dialog")
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Préférences"))
        self.labels[0].setText(self.tr("&Verrouiller après (minutes d'inactivité) :"))
        self.labels[1].setText(self.tr("&Sauvegardes conservées :"))
        self.labels[2].setText(self.tr("&Dossier des sauvegardes :"))
        self.idle_minutes.setAccessibleName(self.tr("Minutes d'inactivité avant verrouillage"))
        self.idle_minutes.setSuffix(self.tr(" min"))
        self.require_passphrase.setText(self.tr("E&xiger la phrase de passe pour déverrouiller"))
        self.require_passphrase.setToolTip(self.tr(
            "Même quand la clé est dans le trousseau du système, le déverrouillage demande la "
            "phrase de passe : le verrou protège un portable laissé ouvert."))
        self.backups_kept.setAccessibleName(self.tr("Nombre de sauvegardes conservées"))
        self.backup_folder.setAccessibleName(self.tr("Dossier des sauvegardes"))
        self.browse.setText(self.tr("&Parcourir…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))

    def _browse(self) -> None:
        choose_folder(self, self.tr("Dossier des sauvegardes"), self.backup_folder.text(),
                      lambda folder: self.backup_folder.setText(str(folder)))

    def accept(self) -> None:
        self.preferences.idle_lock_minutes = self.idle_minutes.value()
        if self.require_passphrase.isEnabled():
            self.preferences.unlock_requires_passphrase = self.require_passphrase.isChecked()
        self.preferences.backups_kept = self.backups_kept.value()
        folder = self.backup_folder.text().strip()
        default = str(Preferences().backups())
        self.preferences.backup_folder = "" if folder in ("", default) else folder
        save_preferences(self.preferences)
        super().accept()
