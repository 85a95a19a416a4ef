"""The vault's state at the bottom of the main window: encrypted, where, last backup, demo."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from desktop.ui.text import datetime_text

if TYPE_CHECKING:
    from desktop.services.vault.lifecycle import VaultStatus

LOCATION_WIDTH = 320  # pixels; the full path is in the tooltip


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
        # A failed automatic backup: shown until the next one succeeds (never a dialog).
        self.backup_failure = QLabel(self)
        self.backup_failure.setObjectName("backup_failure")
        self.backup_failure.setProperty("role", "error")
        self.backup_failure.setStyleSheet("color: #b00020; font-weight: bold;")
        self.backup_failure.hide()
        self.backup_failure_text: str | None = None
        for label in (self.backup_failure, self.demo, self.encryption, self.location,
                      self.last_backup):
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
        elif status.server:
            self.encryption.setText(self.tr("Base partagée (PostgreSQL)"))
        else:
            self.encryption.setText(self.tr("Coffre chiffré (SQLCipher)"))
        path = str(status.path or status.server or "") if status else ""
        metrics = self.location.fontMetrics()
        self.location.setText(metrics.elidedText(path, Qt.TextElideMode.ElideMiddle,
                                                 LOCATION_WIDTH))
        self.location.setToolTip(self.tr("Emplacement du coffre : {0}").format(path))
        if status is None:
            self.last_backup.setText("")
        elif status.last_backup_at is None:
            self.last_backup.setText(self.tr("Dernière sauvegarde : aucune"))
        else:
            self.last_backup.setText(self.tr("Dernière sauvegarde : {0}").format(
                datetime_text(status.last_backup_at)))
        for label in (self.encryption, self.last_backup):
            label.setAccessibleName(label.text())
        self.location.setAccessibleName(self.tr("Emplacement du coffre : {0}").format(path))
        self.backup_failure.setText(self.tr("Échec de la sauvegarde automatique"))
        self.backup_failure.setToolTip(self.backup_failure_text or "")
        self.backup_failure.setAccessibleName(
            self.tr("Échec de la sauvegarde automatique : {0}").format(
                self.backup_failure_text or ""))

    def show_vault(self, status: VaultStatus) -> None:
        self.vault_status = status
        self.locked = False
        self.clearMessage()
        self.demo.setVisible(status.demo)
        self.retranslate()

    def show_backup_failure(self, message: str | None) -> None:
        """An automatic backup failed (``message``, French) or, None, the next one worked."""
        self.backup_failure_text = message
        self.backup_failure.setVisible(message is not None)
        self.retranslate()

    def show_demo(self, demo: bool) -> None:
        self.demo.setVisible(demo)

    def show_locked(self, locked: bool) -> None:
        self.locked = locked
        self.retranslate()
