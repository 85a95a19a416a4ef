""""Modifier l'identité du service…": the office identity form, saved with ``save_office``.

Every field of the identity is shown (bureau, street, postal code, town, phone, e-mail) and
saved from the identity read, so editing one never clears another. The logo (PNG, JPEG or
SVG) is chosen with "Choisir le logo…", shown small beside its state, and saved with the rest;
a damaged or hostile SVG is refused in one French line and changes nothing.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.vault import office
from desktop.ui.context import AppContext
from desktop.ui.dialogs.write_dialog import Write, WriteDialog
from desktop.ui.widgets.logo_chooser import LogoChooser
from desktop.ui.widgets.office_form import OfficeForm


class OfficeDialog(WriteDialog):
    def __init__(
        self, context: AppContext, identity: office.OfficeIdentity | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, "office_dialog", parent, minimum_width=560)
        self.office_form = OfficeForm(self)
        if identity is not None:
            self.office_form.set_identity(identity)
        self.form.addRow(self.office_form)
        self.logo_chooser = LogoChooser(self)
        self.logo_chooser.refused.connect(self.error.setText)
        self.logo_chooser.chosen.connect(self.error.clear)
        self.logo_label = QLabel(self)
        self.form.addRow(self.logo_label, self.logo_chooser)
        self.fields.update(self.office_form.fields)  # a refused value focuses its field
        self.fields["logo"] = self.logo_chooser.choose_button
        self.retranslate()
        context.query(office.office_logo, self.logo_chooser.set_stored)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Identité du service"))
        self.office_form.retranslate()
        self.logo_label.setText(self.tr("Logo :"))
        self.logo_chooser.retranslate()

    def action(self) -> Write:
        identity = self.office_form.identity()
        logo, remove = self.logo_chooser.logo, self.logo_chooser.remove_logo
        return lambda db: office.save_office(db, identity, logo=logo, remove_logo=remove)
