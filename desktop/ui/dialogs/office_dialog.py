""""Modifier l'identité du service…": the office identity form, saved with ``save_office``."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.services.vault import office
from desktop.ui.context import AppContext
from desktop.ui.dialogs.write_dialog import Write, WriteDialog
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
        self.fields.update(self.office_form.fields)  # a refused value focuses its field
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Identité du service"))
        self.office_form.retranslate()

    def action(self) -> Write:
        identity = self.office_form.identity()
        return lambda db: office.save_office(db, identity)
