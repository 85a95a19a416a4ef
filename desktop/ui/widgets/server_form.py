"""The office's PostgreSQL server, as a person fills it in (creation assistant, Fichier >
Ouvrir…): host, port, base, user, password, TLS mode and the office's CA certificate.

The TLS mode defaults to ``verify-full``; any lower mode shows, in red, what the office gives
up (``shared_mode.tls_warning``). The password goes to the OS keyring when connecting.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.services.vault.shared_mode import SSL_MODES, ServerSettings, tls_warning


class ServerForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.host = QLineEdit(self)
        self.port = QSpinBox(self)
        self.port.setRange(1, 65535)
        self.port.setValue(5432)
        self.database = QLineEdit("egide", self)
        self.user = QLineEdit(self)
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.sslmode = QComboBox(self)
        for mode in SSL_MODES:
            self.sslmode.addItem(mode, mode)
        self.ca_file = QLineEdit(self)
        self.browse = QPushButton(self)
        self.browse.clicked.connect(self._choose_ca)
        self.warning = QLabel(self)
        self.warning.setProperty("role", "error")
        self.warning.setWordWrap(True)
        self.labels = {name: QLabel(self) for name in
                       ("host", "port", "database", "user", "password", "sslmode", "ca_file")}
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file)
        ca_row.addWidget(self.browse)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for name, field in (("host", self.host), ("port", self.port),
                            ("database", self.database), ("user", self.user),
                            ("password", self.password), ("sslmode", self.sslmode)):
            self.labels[name].setBuddy(field)
            layout.addRow(self.labels[name], field)
        self.labels["ca_file"].setBuddy(self.ca_file)
        layout.addRow(self.labels["ca_file"], ca_row)
        layout.addRow(self.warning)
        for line in (self.host, self.database, self.user, self.password, self.ca_file):
            line.textChanged.connect(self.edited)
        self.port.valueChanged.connect(self.edited)
        self.sslmode.currentIndexChanged.connect(self._mode_changed)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "host": self.tr("&Serveur :"), "port": self.tr("P&ort :"),
            "database": self.tr("&Base :"), "user": self.tr("&Utilisateur :"),
            "password": self.tr("&Mot de passe :"), "sslmode": self.tr("&Chiffrement (TLS) :"),
            "ca_file": self.tr("Certificat de l'&autorité :"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
        for name, field in (("host", self.host), ("port", self.port),
                            ("database", self.database), ("user", self.user),
                            ("password", self.password), ("sslmode", self.sslmode),
                            ("ca_file", self.ca_file)):
            field.setAccessibleName(texts[name].replace("&", "").rstrip(" :"))
        self.host.setPlaceholderText(self.tr("ex. pg.prefecture.interieur.gouv.fr"))
        self.password.setToolTip(self.tr("Conservé dans le trousseau du système, jamais dans "
                                         "un fichier."))
        self.sslmode.setItemText(0, self.tr("verify-full (recommandé)"))
        self.browse.setText(self.tr("&Parcourir…"))
        self._mode_changed()

    def _mode_changed(self) -> None:
        mode = self.mode()
        self.warning.setText(tls_warning(mode))
        self.warning.setVisible(bool(self.warning.text()))
        self.ca_file.setEnabled(mode != "disable")
        self.browse.setEnabled(mode != "disable")
        self.edited.emit()

    def mode(self) -> str:
        return str(self.sslmode.currentData())

    def _choose_ca(self) -> None:
        from desktop.ui.dialogs.file_dialogs import choose_open

        choose_open(self, self.tr("Certificat de l'autorité"),
                    lambda path: self.ca_file.setText(str(Path(path))),
                    filters=self.tr("Certificats (*.crt *.pem *.cer);;Tous les fichiers (*)"))

    def settings(self) -> ServerSettings:
        return ServerSettings(
            host=self.host.text().strip(), port=self.port.value(),
            database=self.database.text().strip(), user=self.user.text().strip(),
            sslmode=self.mode(), ca_file=self.ca_file.text().strip(),
        )

    def complete(self) -> bool:
        return bool(self.host.text().strip() and self.database.text().strip()
                    and self.user.text().strip())

    def focus(self, field: str) -> None:
        widget = getattr(self, field, None)
        if isinstance(widget, QWidget):
            widget.setFocus()
