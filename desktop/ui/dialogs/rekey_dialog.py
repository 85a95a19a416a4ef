"""Outils > Nouvelle clé de secours…: re-key the vault after a loss or a leak of the old key.

First an explanation and, when the vault has one, the current passphrase (it stays valid with
the new key; a wrong one is refused inline); then the new key, shown once in the recovery-key
panel, which must be ticked before the dialog closes.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from desktop.services.vault import lifecycle
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.write_dialog import Write, WriteDialog
from desktop.ui.widgets.recovery_key_panel import RecoveryKeyPanel


class RekeyDialog(WriteDialog):
    def __init__(self, context: AppContext, has_passphrase: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "rekey_dialog", parent, minimum_width=560)
        self.issued: lifecycle.NewRecoveryKey | None = None
        self.explanation = QLabel(self)
        self.explanation.setWordWrap(True)
        self.form.addRow(self.explanation)
        self.passphrase = QLineEdit(self)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.has_passphrase = has_passphrase
        if has_passphrase:
            self.add_row("passphrase", self.passphrase)
            self.error_field = "passphrase"  # a wrong passphrase names no field
        else:
            self.passphrase.hide()
        self.panel = RecoveryKeyPanel(self)
        self.panel.print_requested.connect(self.print_sheet)
        self.key, self.confirm = self.panel.key, self.panel.confirm
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_buttons.rejected.connect(self.close_after_key)
        close = self.close_buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setEnabled(False)
        self.confirm.toggled.connect(close.setEnabled)
        self.key_page = QWidget(self)
        self.panel.setParent(self.key_page)
        self.close_buttons.setParent(self.key_page)
        inner = QVBoxLayout(self.key_page)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.panel)
        inner.addWidget(self.close_buttons)
        self.key_page.hide()
        self.add_content(self.key_page)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Nouvelle clé de secours"))
        self.explanation.setText(self.tr(
            "Si la clé de secours a été perdue ou a pu être lue par un tiers, Égide en émet une "
            "nouvelle et rechiffre tout le coffre : l'ancienne clé n'ouvrira plus ce coffre.\n\n"
            "Une sauvegarde vérifiée est écrite d'abord. Les sauvegardes antérieures restent "
            "lisibles avec l'ANCIENNE clé seulement : si elle a fuité, supprimez-les après."))
        if self.has_passphrase:
            self.label_rows({"passphrase": self.tr("&Phrase de passe actuelle (elle reste "
                                                   "valable) :")})
        self.set_button_texts(self.tr("&Émettre la nouvelle clé"), self.tr("Annuler"))
        self.panel.set_texts(
            self.tr("La nouvelle clé de secours n'est montrée qu'une fois : imprimez-la ou "
                    "recopiez-la maintenant, puis détruisez l'ancienne feuille."),
            self.tr("J'ai imprimé ou recopié la nouvelle clé et je la conserve en lieu sûr"))
        self.panel.retranslate()
        self.close_buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            self.tr("&Fermer"))

    def action(self) -> Write:
        passphrase = self.passphrase.text() if self.has_passphrase else None
        preferences = self.context.preferences

        def work(db: Database) -> Changes:
            self.issued = lifecycle.new_recovery_key(db, preferences, passphrase=passphrase)
            return self.issued.changes

        return work

    def _written(self, _changes: Changes) -> None:
        """Issued: the dialog stays open on the new key instead of closing (it overrides
        ``ResolvesConflicts._written``, the write-and-close step)."""
        self.setEnabled(True)
        assert self.issued is not None
        self.panel.show_key(self.issued.recovery_key)
        for row in range(self.form.rowCount()):
            self.form.setRowVisible(row, False)
        self.error.hide()
        self.buttons.hide()
        self.key_page.show()
        self.adjustSize()
        self.succeeded.emit()

    def close_after_key(self) -> None:
        QDialog.accept(self)  # not WriteDialog.accept: the write is done

    def print_sheet(self) -> None:
        from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        assert self.issued is not None
        key = self.issued.recovery_key

        def show(pdf: bytes) -> None:
            PdfPreviewDialog(pdf, self.tr("Clé de secours du coffre"),
                             self.tr("cle-de-secours.pdf"), self,
                             print_first=True).open()

        self.context.query(lambda db: lifecycle.recovery_sheet_pdf(db, key), show)

    def has_changes(self) -> bool:
        """Once the key is issued nothing typed is left to lose: Escape or the window's X
        (the box ticked) leave without "Abandonner la saisie ?"."""
        return self.issued is None and super().has_changes()

    def reject(self) -> None:
        if self.issued is not None and not self.confirm.isChecked():
            return  # the key is shown once: the box must be ticked before leaving
        super().reject()
