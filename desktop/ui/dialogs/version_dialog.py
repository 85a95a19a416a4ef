"""The properties of a draft version: its title, the "Fait à" city, the number of originals,
saved with ``protocols.update_version`` against the version row as the dialog showed it (a
refusal stays in the dialog; a colleague's save in between opens the conflict dialog)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from desktop.services.protocol import protocols
from desktop.services.protocol.records import VersionSummary
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.write_dialog import Write, WriteDialog


class VersionDialog(WriteDialog):
    def __init__(self, context: AppContext, version: VersionSummary,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "version_dialog", parent, minimum_width=560)
        self.version_id = version.id
        self.row = version
        self.title = QLineEdit(self)
        self.place = QLineEdit(self)
        self.copies = QSpinBox(self)
        self.copies.setRange(0, 99)
        self.fill(version)
        self.add_row("title", self.title)
        self.add_row("signed_place", self.place)
        self.add_row("copies", self.copies)
        self.retranslate()

    def fill(self, row: Any) -> None:
        self.title.setText(row.title)
        self.place.setText(row.signed_place or "")
        self.copies.setValue(row.copies or 0)

    def reread(self) -> Callable[[Database], Any] | None:
        version_id = self.version_id
        return lambda db: protocols.get_version(db, version_id).version

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Propriétés de la version"))
        self.label_rows({"title": self.tr("&Titre"), "signed_place": self.tr("&Fait à"),
                         "copies": self.tr("&Exemplaires originaux")})
        self.copies.setSpecialValueText(self.tr("un par signataire"))
        self.title.setAccessibleName(self.tr("Titre de la version"))
        self.place.setAccessibleName(self.tr("Ville de signature"))
        self.copies.setAccessibleName(self.tr("Nombre d'exemplaires originaux"))

    def action(self) -> Write:
        version_id = self.version_id
        title, place = self.title.text(), self.place.text()
        copies = self.copies.value() or None
        seen = self.seen_version
        return lambda db: protocols.update_version(
            db, version_id, title=title, signed_place=place, copies=copies, seen_version=seen)
