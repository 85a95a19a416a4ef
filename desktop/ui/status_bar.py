"""The vault's state at the bottom of the main window: encrypted, where, last backup, demo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.ui.text import datetime_text

if TYPE_CHECKING:
    from desktop.services.vaults import VaultStatus


class VaultStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault_status: VaultStatus | None = None
        self.locked = False
        self.encryption = QLabel(self)
        self.location = QLabel(self)
        self.last_backup = QLabel(self)
        self.demo = QLabel(self)
        self.demo.setProperty("role", "demo")
        self.demo.hide()
        for label in (self.demo, self.encryption, self.location, self.last_backup):
            self.addPermanentWidget(label)
        self.retranslate()

    def retranslate(self) -> None:
        self.demo.setText(self.tr("Données fictives"))
        self.demo.setAccessibleName(self.tr("Coffre de démonstration : données fictives"))
        status = self.vault_status
        if self.locked:
            self.encryption.setText(self.tr("Coffre verrouillé"))
        elif status is None:
            self.encryption.setText("")
            self.showMessage(self.tr("Ouverture du coffre…"))
        else:
            self.encryption.setText(self.tr("Coffre chiffré (SQLCipher)"))
        self.location.setText(str(status.path) if status else "")
        self.location.setToolTip(self.tr("Emplacement du coffre"))
        if status is None:
            self.last_backup.setText("")
        elif status.last_backup_at is None:
            self.last_backup.setText(self.tr("Dernière sauvegarde : aucune"))
        else:
            self.last_backup.setText(self.tr("Dernière sauvegarde : {0}").format(
                datetime_text(status.last_backup_at)))
        for label in (self.encryption, self.location, self.last_backup):
            label.setAccessibleName(label.text())

    def show_vault(self, status: VaultStatus) -> None:
        self.vault_status = status
        self.locked = False
        self.clearMessage()
        self.demo.setVisible(status.demo)
        self.retranslate()

    def show_demo(self, demo: bool) -> None:
        self.demo.setVisible(demo)

    def show_locked(self, locked: bool) -> None:
        self.locked = locked
        self.retranslate()
