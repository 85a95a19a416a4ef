"""Fichier > Sauvegardes… (and "Restaurer une sauvegarde…" when the vault does not open):
the backups with their date, size, reason and verification; one is restored after a
confirmation, opened with the passphrase or recovery key of the day it was written.

Restoring never opens the vault it replaces (``services.vault.backups.restore``): it works
when that file is damaged, truncated or missing; the replaced file is kept aside.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.config import Preferences
from desktop.services.vault import backups
from desktop.ui import clock
from desktop.ui.dialogs.confirm import confirm
from desktop.ui.geometry import preserve_geometry
from desktop.ui.runner import Runner


class BackupsDialog(QDialog):
    """On success ``restored`` holds the restored vault, open, and the dialog is accepted."""

    def __init__(
        self,
        vault_path: Path,
        preferences: Preferences,
        runner: Runner,
        parent: QWidget | None = None,
        *,
        before_replacing: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backups_dialog")
        self.vault_path = Path(vault_path)
        self.preferences = preferences
        self.runner = runner
        self.before_replacing = before_replacing
        self.restored: backups.Restored | None = None
        self.records: list[backups.BackupRecord] = []
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("backups_table")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.key_label = QLabel(self)
        self.key_label.setWordWrap(True)
        self.key = QLineEdit(self)
        self.key.setObjectName("backup_key")
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_label.setBuddy(self.key)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.other_button = QPushButton(self)
        self.other_button.clicked.connect(self.choose_file)
        self.restore_button = QPushButton(self)
        self.restore_button.setObjectName("restore_button")
        self.restore_button.clicked.connect(self.ask_restore)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        for button in (self.other_button, self.restore_button, self.close_button):
            button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.other_button)
        buttons.addStretch()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table)
        layout.addWidget(self.key_label)
        layout.addWidget(self.key)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(720, 420)
        preserve_geometry(self, "backups_dialog")
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sauvegardes"))
        self.intro.setText(self.tr(
            "Sauvegardes chiffrées de « {0} », de la plus récente à la plus ancienne. Restaurer "
            "remplace le coffre par la sauvegarde choisie ; le fichier actuel est conservé à "
            "part, jamais effacé.").format(self.vault_path))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Taille"), self.tr("Motif"), self.tr("Vérifiée")])
        self.key_label.setText(self.tr(
            "Phrase de passe ou clé de secours valable le jour de la sauvegarde (laissez vide "
            "pour utiliser le trousseau du système) :"))
        self.other_button.setText(self.tr("Autre fichier…"))
        self.restore_button.setText(self.tr("Restaurer…"))
        self.close_button.setText(self.tr("Fermer"))

    def reload(self) -> None:
        self.records = backups.backups_of(self.preferences, self.vault_path)
        self.table.setRowCount(0)
        for row, record in enumerate(self.records):
            self.table.insertRow(row)
            self._fill(row, record)
        if self.records:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(self.records))

    def _fill(self, row: int, record: backups.BackupRecord) -> None:
        verified = (clock.local(record.verified_at).strftime("%d/%m/%Y %H:%M")
                    if record.verified_at else self.tr("non"))
        cells = (clock.local(record.written_at).strftime("%d/%m/%Y %H:%M"),
                 _size(record.size), record.reason, verified)
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(str(record.path))
            self.table.setItem(row, column, item)

    def choose_file(self) -> None:
        """A backup kept elsewhere (a USB key, a network share)."""
        from desktop.ui.dialogs.file_dialogs import choose_open

        choose_open(self, self.tr("Choisir une sauvegarde"), self._add_file,
                    filters=self.tr("Sauvegardes Égide (*.egide)"),
                    folder=str(self.preferences.backups()))

    def _add_file(self, path: Path) -> None:
        self.records.insert(0, backups.record_of(path))
        self.table.insertRow(0)
        self._fill(0, self.records[0])
        self.table.selectRow(0)
        self.restore_button.setEnabled(True)

    def selected(self) -> backups.BackupRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.records[rows[0].row()] if rows else None

    def ask_restore(self) -> None:
        record = self.selected()
        if record is None:
            return
        when = clock.local(record.written_at).strftime("%d/%m/%Y à %H:%M")
        confirm(
            self, self.tr("Restaurer une sauvegarde"),
            self.tr("Remplacer le coffre par la sauvegarde du {0} ? Ce qui a été saisi depuis "
                    "n'y figure pas. Le fichier actuel est conservé à part.").format(when),
            self.tr("Restaurer"), lambda: self.restore(record),
        )

    def restore(self, record: backups.BackupRecord) -> None:
        unlock = backups.unlock_from_text(self.key.text())
        path, preferences = self.vault_path, self.preferences
        self.error.clear()
        self.restore_button.setEnabled(False)
        self.runner.run(
            lambda: backups.restore(path, record.path, unlock, preferences,
                                    before_replacing=self.before_replacing),
            self._restored, self._failed,
            progress_label=self.tr("Restauration de la sauvegarde…"), parent=self,
        )

    def _restored(self, restored: backups.Restored) -> None:
        self.restored = restored
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.restore_button.setEnabled(True)
        self.error.setText(str(error))
        self.key.setFocus(Qt.FocusReason.OtherFocusReason)


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} Mio" if size >= 1024 * 1024 else f"{size // 1024} Kio"
