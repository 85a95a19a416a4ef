""""Nouveau praticien…" / "Modifier…": the form, saved by the practitioners service; a
refused value is shown under its field."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from desktop.errors import EgideError, ValidationError
from desktop.services.practitioners import directory
from desktop.services.practitioners.directory import PractitionerDetail, Saved
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.widgets.practitioner_form import PractitionerForm


class PractitionerDialog(FormDialog):
    saved = Signal(int)  # the practitioner's id
    refused = Signal(str)  # the message shown (tests wait on it)

    def __init__(self, context: AppContext, detail: PractitionerDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, minimum_width=560, geometry_key="practitioner_dialog")
        self.context = context
        self.practitioner_id = detail.id if detail else None
        self.form = PractitionerForm(context, self)
        if detail is not None:
            self.form.set_detail(detail)
        self.add_content(self.form)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nouveau praticien") if self.practitioner_id is None
                            else self.tr("Modifier le praticien"))
        self.set_button_texts(self.tr("&Enregistrer"), self.tr("Annuler"))
        self.form.retranslate()

    def accept(self) -> None:
        data = self.form.value()
        self.form.clear_errors()
        self.error.clear()
        self.setEnabled(False)
        existing = self.practitioner_id
        if existing is None:
            self.context.query(lambda db: directory.create_practitioner(db, data),
                               self._created, self._failed, parent=self)
        else:
            self.context.write(
                lambda db: directory.update_practitioner(db, existing, data),
                lambda _changes: self._done(existing), self._failed, parent=self,
            )

    def _created(self, saved: Saved) -> None:
        self.context.publish(saved.changes)
        self._done(saved.id)

    def _done(self, practitioner_id: int) -> None:
        self.setEnabled(True)
        self.saved.emit(practitioner_id)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        if not isinstance(error, EgideError):
            self.context.runner.show_failure(error, self)
            return
        message = str(error)
        if not (isinstance(error, ValidationError) and self.form.show_error(error.field,
                                                                             message)):
            self.error.setText(message)
        self.refused.emit(message)

