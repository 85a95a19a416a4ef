"""The properties of a draft version: its title, the "Fait à" city, the number of originals."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.services.protocol.records import VersionSummary
from desktop.ui.geometry import preserve_geometry


class VersionDialog(QDialog):
    def __init__(self, version: VersionSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(version.title, self)
        self.place = QLineEdit(version.signed_place or "", self)
        self.copies = QSpinBox(self)
        self.copies.setRange(0, 99)
        self.copies.setValue(version.copies or 0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("&Titre"), self.title)
        self.form.addRow(self.tr("&Fait à"), self.place)
        self.form.addRow(self.tr("&Exemplaires originaux"), self.copies)
        self.form.addRow(self.buttons)
        self.resize(560, self.sizeHint().height())
        preserve_geometry(self, "version_dialog")
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Propriétés de la version"))
        self.copies.setSpecialValueText(self.tr("un par signataire"))
        self.title.setAccessibleName(self.tr("Titre de la version"))
        self.place.setAccessibleName(self.tr("Ville de signature"))
        self.copies.setAccessibleName(self.tr("Nombre d'exemplaires originaux"))
