"""Préférences. "Général": idle lock delay and passphrase, automatic backups (how often, how
many of each age, their folder and a second location), saved with ``save_preferences``.
"Protocole" (with an open vault): the office's rules saved in the vault (référents à vérifier
after N months, the small-count threshold, the comité's frequency), the steps' delays and the
severity labels."""

from __future__ import annotations

from typing import TYPE_CHECKING

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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.config import Preferences, save_preferences
from desktop.ui.dialogs.file_dialogs import choose_folder
from desktop.ui.geometry import preserve_geometry

if TYPE_CHECKING:
    from desktop.ui.context import AppContext
    from desktop.ui.widgets.protocol_rules import ProtocolRulesTab


class PreferencesDialog(QDialog):
    def __init__(self, preferences: Preferences, parent: QWidget | None = None,
                 has_passphrase: bool = True, context: AppContext | None = None) -> None:
        super().__init__(parent)
        self.preferences = preferences
        self.context = context
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
        self.backup_every = self._spin(0, 480, preferences.backup_every_minutes)
        self.backup_days = self._spin(0, 90, preferences.backup_days)
        self.backup_weeks = self._spin(0, 52, preferences.backup_weeks)
        self.backup_months = self._spin(0, 120, preferences.backup_months)
        self.backup_folder = QLineEdit(str(preferences.backups()), self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder)
        folder_row.addWidget(self.browse)
        self.mirror_folder = QLineEdit(preferences.backup_mirror_folder, self)
        self.browse_mirror = QPushButton(self)
        self.browse_mirror.clicked.connect(self._browse_mirror)
        mirror_row = QHBoxLayout()
        mirror_row.addWidget(self.mirror_folder)
        mirror_row.addWidget(self.browse_mirror)
        buddies = (self.idle_minutes, self.backup_every, self.backups_kept, self.backup_days,
                   self.backup_weeks, self.backup_months, self.backup_folder,
                   self.mirror_folder)
        self.labels = [QLabel(self) for _ in buddies]
        for label, buddy in zip(self.labels, buddies, strict=True):
            label.setBuddy(buddy)
        form = QFormLayout()
        form.addRow(self.labels[0], self.idle_minutes)
        form.addRow("", self.require_passphrase)
        for label, field in zip(self.labels[1:6], buddies[1:6], strict=True):
            form.addRow(label, field)
        form.addRow(self.labels[6], folder_row)
        form.addRow(self.labels[7], mirror_row)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        general = QWidget(self)
        general.setLayout(form)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(general, "")
        self.protocol: ProtocolRulesTab | None = None
        if context is not None and not context.locked:
            from desktop.ui.widgets.protocol_rules import ProtocolRulesTab

            self.protocol = ProtocolRulesTab(context, self)
            self.tabs.addTab(self.protocol, "")
            self.protocol.reload()
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        if self.protocol is not None:
            self.resize(720, 630)  # the Protocole tab's tables (a saved size comes next)
        preserve_geometry(self, "preferences_dialog")
        self.retranslate()

    def _spin(self, low: int, high: int, value: int) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(low, high)
        spin.setValue(min(max(value, low), high))
        return spin

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Préférences"))
        self.tabs.setTabText(0, self.tr("Général"))
        if self.protocol is not None:
            self.tabs.setTabText(1, self.tr("Protocole"))
        texts = (self.tr("&Verrouiller après (minutes d'inactivité) :"),
                 self.tr("Sauvegarde &automatique toutes les :"),
                 self.tr("&Sauvegardes conservées (les dernières) :"),
                 self.tr("puis une par &jour pendant :"),
                 self.tr("puis une par s&emaine pendant :"),
                 self.tr("puis une par &mois pendant :"),
                 self.tr("&Dossier des sauvegardes :"),
                 self.tr("Seco&nd emplacement (partage, clé USB) :"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        for spin, suffix, name in (
                (self.backup_every, self.tr(" min"), self.tr("Minutes entre deux sauvegardes "
                                                             "automatiques (0 : jamais)")),
                (self.backup_days, self.tr(" jours"),
                 self.tr("Jours avec une sauvegarde par jour")),
                (self.backup_weeks, self.tr(" semaines"),
                 self.tr("Semaines avec une sauvegarde par semaine")),
                (self.backup_months, self.tr(" mois"),
                 self.tr("Mois avec une sauvegarde par mois"))):
            spin.setSuffix(suffix)
            spin.setAccessibleName(name)
        self.backup_every.setSpecialValueText(self.tr("jamais"))
        self.mirror_folder.setAccessibleName(self.tr("Second emplacement des sauvegardes"))
        self.mirror_folder.setPlaceholderText(self.tr("aucun"))
        self.mirror_folder.setToolTip(self.tr(
            "Chaque sauvegarde y est aussi copiée et vérifiée : un disque qui lâche n'emporte "
            "pas les sauvegardes avec le coffre."))
        self.browse_mirror.setText(self.tr("Pa&rcourir…"))
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

    def _browse_mirror(self) -> None:
        choose_folder(self, self.tr("Second emplacement des sauvegardes"),
                      self.mirror_folder.text() or self.backup_folder.text(),
                      lambda folder: self.mirror_folder.setText(str(folder)))

    def accept(self) -> None:
        """The computer's preferences at once; the protocol's rules, when changed, written to
        the vault first (a refusal keeps the dialog open on its French line)."""
        from desktop.errors import ValidationError

        rules = None
        if self.protocol is not None and self.context is not None:
            try:
                rules = self.protocol.pending()
            except ValidationError:
                self.tabs.setCurrentWidget(self.protocol)
                return
        if rules is None:
            self._save_preferences()
            return
        from desktop.services.vault import office_rules

        wanted = rules
        self.buttons.setEnabled(False)
        self.context.write(  # type: ignore[union-attr]
            lambda db: office_rules.save_rules(db, wanted),
            lambda _changes: self._save_preferences(), self._refused, parent=self)

    def _refused(self, error: BaseException) -> None:
        from desktop.errors import EgideError

        self.buttons.setEnabled(True)
        if isinstance(error, EgideError) and self.protocol is not None:
            self.tabs.setCurrentWidget(self.protocol)
            self.protocol.show_error(error)
        elif self.context is not None:
            self.context.runner.show_failure(error, self)

    def _save_preferences(self) -> None:
        self.buttons.setEnabled(True)
        self.preferences.idle_lock_minutes = self.idle_minutes.value()
        if self.require_passphrase.isEnabled():
            self.preferences.unlock_requires_passphrase = self.require_passphrase.isChecked()
        self.preferences.backups_kept = self.backups_kept.value()
        self.preferences.backup_every_minutes = self.backup_every.value()
        self.preferences.backup_days = self.backup_days.value()
        self.preferences.backup_weeks = self.backup_weeks.value()
        self.preferences.backup_months = self.backup_months.value()
        self.preferences.backup_mirror_folder = self.mirror_folder.text().strip()
        folder = self.backup_folder.text().strip()
        default = str(Preferences().backups())
        self.preferences.backup_folder = "" if folder in ("", default) else folder
        save_preferences(self.preferences)
        super().accept()
