"""A new passphrase and its confirmation, with a strength hint (creation, recovery, change)."""

from __future__ import annotations

import string

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

MINIMUM_LENGTH = 10


def strength(passphrase: str) -> int:
    """0 (too short) to 3 (strong): length first, then the variety of characters."""
    if len(passphrase) < MINIMUM_LENGTH:
        return 0
    classes = sum(
        any(ch in group for ch in passphrase)
        for group in (string.ascii_lowercase, string.ascii_uppercase, string.digits)
    ) + any(not ch.isalnum() for ch in passphrase)
    words = len(passphrase.split())
    score = 1 + (len(passphrase) >= 16 or classes >= 3) + (len(passphrase) >= 20 or words >= 4)
    return min(score, 3)


class PassphraseFields(QWidget):
    """Two password fields; ``problem()`` says in French what is wrong, or ``None``."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, required: bool = True) -> None:
        super().__init__(parent)
        self.required = required
        self.passphrase = QLineEdit(self)
        self.confirmation = QLineEdit(self)
        for field in (self.passphrase, self.confirmation):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.textChanged.connect(self._update_hint)
            field.textChanged.connect(self.edited)
        self.hint = QLabel(self)
        self.hint.setProperty("role", "muted")
        self.hint.setWordWrap(True)
        self._passphrase_label = QLabel(self)
        self._confirmation_label = QLabel(self)
        self._passphrase_label.setBuddy(self.passphrase)
        self._confirmation_label.setBuddy(self.confirmation)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self._passphrase_label, self.passphrase)
        layout.addRow(self._confirmation_label, self.confirmation)
        layout.addRow("", self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self._passphrase_label.setText(self.tr("&Phrase de passe :"))
        self._confirmation_label.setText(self.tr("&Confirmation :"))
        self.passphrase.setAccessibleName(self.tr("Nouvelle phrase de passe"))
        self.confirmation.setAccessibleName(self.tr("Confirmation de la phrase de passe"))
        self.passphrase.setPlaceholderText(
            self.tr("au moins {0} caractères").format(MINIMUM_LENGTH)
        )
        self._update_hint()

    def text(self) -> str:
        return self.passphrase.text()

    def problem(self) -> str | None:
        value, again = self.passphrase.text(), self.confirmation.text()
        if not value and not again:
            return self.tr("Choisissez une phrase de passe.") if self.required else None
        if len(value) < MINIMUM_LENGTH:
            return self.tr("La phrase de passe doit compter au moins {0} caractères.").format(
                MINIMUM_LENGTH
            )
        if value != again:
            return self.tr("La confirmation ne correspond pas à la phrase de passe.")
        return None

    def _update_hint(self) -> None:
        value = self.passphrase.text()
        if not value:
            self.hint.setText(
                self.tr("Une phrase de plusieurs mots, facile à retenir et difficile à deviner, "
                        "vaut mieux qu'un mot compliqué.")
            )
            return
        levels = (
            self.tr("Trop courte : au moins {0} caractères.").format(MINIMUM_LENGTH),
            self.tr("Robustesse : moyenne. Allongez-la ou ajoutez des mots."),
            self.tr("Robustesse : bonne."),
            self.tr("Robustesse : très bonne."),
        )
        text = levels[strength(value)]
        if self.confirmation.text() and self.confirmation.text() != value:
            text += " " + self.tr("La confirmation ne correspond pas.")
        self.hint.setText(text)
