""""Modifier l'identité du service…": the office identity form, saved with ``save_office``."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.errors import EgideError, ValidationError
from desktop.services.vault import office
from desktop.services.vault.changes import Changes
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.widgets.office_form import OfficeForm


class OfficeDialog(FormDialog):
    def __init__(
        self, context: AppContext, identity: office.OfficeIdentity | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, minimum_width=560, geometry_key="office_dialog")
        self.context = context
        self.form = OfficeForm(self)
        if identity is not None:
            self.form.set_identity(identity)
        self.add_content(self.form)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Identité du service"))
        self.set_button_texts(self.tr("&Enregistrer"), self.tr("Annuler"))
        self.form.retranslate()

    def accept(self) -> None:
        identity = self.form.identity()
        self.setEnabled(False)
        self.context.write(lambda db: office.save_office(db, identity), self._saved,
                           self._failed, parent=self)

    def _saved(self, _changes: Changes) -> None:
        self.setEnabled(True)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        if not isinstance(error, EgideError):
            self.context.runner.show_failure(error, self)
            return
        self.error.setText(str(error))
        if isinstance(error, ValidationError) and error.field in self.form.fields:
            self.form.fields[error.field].setFocus()
