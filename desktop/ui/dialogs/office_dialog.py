""""Modifier l'identité du service…": the office identity form, saved with ``save_office``."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desktop.errors import EgideError, ValidationError
from desktop.services import office
from desktop.services.changes import Changes
from desktop.ui.context import AppContext
from desktop.ui.geometry import preserve_geometry
from desktop.ui.widgets.office_form import OfficeForm


class OfficeDialog(QDialog):
    def __init__(
        self, context: AppContext, identity: office.OfficeIdentity | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.form = OfficeForm(self)
        if identity is not None:
            self.form.set_identity(identity)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        preserve_geometry(self, "office_dialog")
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Identité du service"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
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
