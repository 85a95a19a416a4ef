"""Aide > À propos d'Égide: the versions a support call asks for (Égide, SQLCipher, Qt,
Python), where the data are, and the licences of the data shipped with the application.
"Copier" puts the versions and the location on the clipboard for a support request."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.vault.about import AboutFacts


def facts_lines(facts: AboutFacts) -> list[tuple[str, str]]:
    """The lines of the table, also what "Copier" copies (never a key or a password)."""
    lines = [("Version d'Égide", facts.version)]
    if facts.sqlcipher:
        lines.append(("SQLCipher", f"{facts.sqlcipher} (SQLite {facts.sqlite})"))
    lines += [("Qt", f"{qVersion()} (PySide6 {pyside_version})"), ("Python", facts.python)]
    if facts.location:
        lines.append(("Données", facts.location))
    return lines


def _text(value: str) -> str:
    return html.escape(value, quote=False)


class AboutDialog(QDialog):
    def __init__(self, facts: AboutFacts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.facts = facts
        self.setWindowTitle(self.tr("À propos d'Égide"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        rows = "".join(f"<tr><td><b>{_text(name)}</b>&nbsp;&nbsp;</td><td>{_text(value)}</td></tr>"
                       for name, value in facts_lines(facts))
        sources = "".join(f"<li><b>{_text(s.name)}</b> : {_text(s.origin)}. "
                          f"<i>{_text(s.licence)}</i>.</li>" for s in facts.sources)
        self.text = QLabel(self)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.text.setText(
            "<h2>Égide</h2>"
            + self.tr("<p>Suivi du protocole santé-sécurité-justice du bureau de la sécurité "
                      "de la préfecture. Les données sont enregistrées dans un coffre chiffré "
                      "(SQLCipher 4, clé de 256 bits) ou sur le serveur PostgreSQL du "
                      "bureau.</p>")
            + f"<table>{rows}</table>"
            + self.tr("<p><b>Données livrées avec Égide</b> (réutilisation libre, mention "
                      "de la source obligatoire) :</p>")
            + f"<ul>{sources}</ul>"
            + self.tr("<p>Logiciel sous licence EUPL 1.2.</p>")
        )
        self.text.setMinimumWidth(520)
        self.copy_button = QPushButton(self.tr("&Copier les versions"), self)
        self.copy_button.setToolTip(self.tr("Pour une demande d'assistance : versions et "
                                            "emplacement des données, jamais de clé."))
        self.copy_button.clicked.connect(self.copy)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def copy(self) -> None:
        QApplication.clipboard().setText(
            "\n".join(f"{name} : {value}" for name, value in facts_lines(self.facts)))
        self.copy_button.setText(self.tr("Copié"))
