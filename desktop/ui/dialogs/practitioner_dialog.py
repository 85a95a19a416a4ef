""""Nouveau praticien…" / "Modifier…": the form, saved by the practitioners service; a
refused value is shown under its field (``PractitionerForm.show_error``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QWidget

from desktop.services.practitioners import directory
from desktop.services.practitioners.directory import PractitionerDetail
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_state import mark_transient
from desktop.ui.dialogs.write_dialog import Write, WriteDialog
from desktop.ui.widgets.practitioner_form import PractitionerForm


class PractitionerDialog(WriteDialog):
    saved = Signal(int)  # the practitioner's id

    def __init__(self, context: AppContext, detail: PractitionerDetail | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "practitioner_dialog", parent, minimum_width=560)
        self.practitioner_id = detail.id if detail else None
        self.row = detail
        self.practitioner_form = PractitionerForm(context, self)
        mark_transient(self.practitioner_form.commune_search)  # helps to choose the commune
        if detail is not None:
            self.practitioner_form.set_detail(detail)
        self.form.addRow(self.practitioner_form)
        self._saved_id: int | None = None
        self.succeeded.connect(lambda: self.saved.emit(self._saved_id))
        self.retranslate()

    def reread(self) -> Callable[[Database], Any] | None:
        practitioner_id = self.practitioner_id
        if practitioner_id is None:
            return None
        return lambda db: directory.get_practitioner(db, practitioner_id)

    def fill(self, row: Any) -> None:
        self.practitioner_form.set_detail(row)

    def field_labels(self) -> dict[str, QLabel]:
        return self.practitioner_form.labels

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Nouveau praticien") if self.practitioner_id is None
                            else self.tr("Modifier le praticien"))
        self.practitioner_form.retranslate()

    def action(self) -> Write:
        data = self.practitioner_form.value()
        self.practitioner_form.clear_errors()
        existing = self.practitioner_id
        seen = self.seen_version  # a colleague's save since refuses this one

        def write(db: Database) -> Changes:
            if existing is None:
                created = directory.create_practitioner(db, data)
                self._saved_id = created.id
                return created.changes
            self._saved_id = existing
            return directory.update_practitioner(db, existing, data, seen_version=seen)

        return write

    def show_field_error(self, field: str | None, message: str) -> bool:
        return field is not None and self.practitioner_form.show_error(field, message)
