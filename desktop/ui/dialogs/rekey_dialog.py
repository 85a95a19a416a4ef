"""Outils > Nouvelle clé de secours…: re-key the vault after a loss or a leak of the old key.

First an explanation and, when the vault has one, the current passphrase (it stays valid with
the new key); then the new key, shown once, with Copier / Imprimer… and a confirmation box.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import EgideError
from desktop.services.vault import lifecycle
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext

CLIPBOARD_CLEAR_MS = 60_000


class RekeyDialog(QDialog):
    def __init__(self, context: AppContext, has_passphrase: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.issued: lifecycle.NewRecoveryKey | None = None
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._ask_page(has_passphrase))
        self.stack.addWidget(self._key_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.setMinimumWidth(560)
        self.retranslate()

    def _ask_page(self, has_passphrase: bool) -> QWidget:
        page = QWidget(self)
        self.explanation = QLabel(page)
        self.explanation.setWordWrap(True)
        self.passphrase_label = QLabel(page)
        self.passphrase = QLineEdit(page)
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_label.setBuddy(self.passphrase)
        for widget in (self.passphrase_label, self.passphrase):
            widget.setVisible(has_passphrase)
        self.error = QLabel(page)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.ask_buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, page
        )
        self.ask_buttons.accepted.connect(self.issue)
        self.ask_buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(page)
        for widget in (self.explanation, self.passphrase_label, self.passphrase, self.error,
                       self.ask_buttons):
            layout.addWidget(widget)
        return page

    def _key_page(self) -> QWidget:
        page = QWidget(self)
        self.key_intro = QLabel(page)
        self.key_intro.setWordWrap(True)
        self.key = QLabel(page)
        self.key.setProperty("role", "recovery-key")
        self.key.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                         | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.copy = QPushButton(page)
        self.copy.clicked.connect(self.copy_key)
        self.print_button = QPushButton(page)
        self.print_button.clicked.connect(self.print_sheet)
        self.confirm = QCheckBox(page)
        self.close_buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, page)
        self.close_buttons.rejected.connect(self.accept)
        self.close_buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled(False)
        self.confirm.toggled.connect(
            self.close_buttons.button(QDialogButtonBox.StandardButton.Close).setEnabled)
        row = QHBoxLayout()
        row.addWidget(self.copy)
        row.addWidget(self.print_button)
        row.addStretch()
        layout = QVBoxLayout(page)
        layout.addWidget(self.key_intro)
        layout.addWidget(self.key)
        layout.addLayout(row)
        layout.addWidget(self.confirm)
        layout.addWidget(self.close_buttons)
        return page

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nouvelle clé de secours"))
        self.explanation.setText(self.tr(
            "Si la clé de secours a été perdue ou a pu être lue par un tiers, Égide en émet une "
            "nouvelle et rechiffre tout le coffre : l'ancienne clé n'ouvrira plus ce coffre.\n\n"
            "Une sauvegarde vérifiée est écrite d'abord. Les sauvegardes antérieures restent "
            "lisibles avec l'ANCIENNE clé seulement : si elle a fuité, supprimez-les après."))
        self.passphrase_label.setText(self.tr("&Phrase de passe actuelle (elle reste valable) :"))
        ok = self.ask_buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Émettre la nouvelle clé"))
        self.ask_buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.key_intro.setText(self.tr("La nouvelle clé de secours n'est montrée qu'une fois : "
                                       "imprimez-la ou recopiez-la maintenant, puis détruisez "
                                       "l'ancienne feuille."))
        self.copy.setText(self.tr("&Copier"))
        self.print_button.setText(self.tr("&Imprimer…"))
        self.confirm.setText(self.tr("J'ai imprimé ou recopié la nouvelle clé et je la conserve "
                                     "en lieu sûr"))
        self.close_buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            self.tr("&Fermer"))

    def issue(self) -> None:
        passphrase = self.passphrase.text() if self.passphrase.isVisible() else None
        preferences = self.context.preferences
        self.setEnabled(False)
        self.error.clear()

        def work(db: Database) -> Changes:
            self.issued = lifecycle.new_recovery_key(db, preferences, passphrase=passphrase)
            return self.issued.changes

        self.context.write(work, self._issued, self._failed, parent=self,
                           progress_label=self.tr("Sauvegarde puis rechiffrement du coffre…"))

    def _issued(self, _changes: Changes) -> None:
        self.setEnabled(True)
        assert self.issued is not None
        groups = self.issued.recovery_key.split("-")
        half = (len(groups) + 1) // 2
        self.key.setText("-".join(groups[:half]) + "-\n" + "-".join(groups[half:]))
        self.key.setMinimumHeight(self.key.sizeHint().height())
        self.stack.setCurrentIndex(1)
        self.adjustSize()

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        if not isinstance(error, EgideError):
            self.context.runner.show_failure(error, self)
            return
        self.error.setText(str(error))
        self.passphrase.setFocus()

    def copy_key(self) -> None:
        assert self.issued is not None
        key = self.issued.recovery_key
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(key)
        QTimer.singleShot(CLIPBOARD_CLEAR_MS,
                          lambda: clipboard.clear() if clipboard.text() == key else None)

    def print_sheet(self) -> None:
        from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        assert self.issued is not None
        key = self.issued.recovery_key

        def show(pdf: bytes) -> None:
            PdfPreviewDialog(pdf, self.tr("Clé de secours du coffre"),
                             self.tr("cle-de-secours.pdf"), self).open()

        self.context.query(lambda db: lifecycle.recovery_sheet_pdf(db, key), show)

    def reject(self) -> None:
        if self.issued is not None and not self.confirm.isChecked():
            return  # the key is shown once: the box must be ticked before leaving
        super().reject()
