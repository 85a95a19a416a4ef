"""A small form dialog that saves through a service on the worker: ``action()`` returns the
write to run; an error comes back inline (the dialog stays open), success closes it.

Also ``confirm``: a window-modal question that never blocks the caller (destructive actions).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from desktop.errors import EgideError, ValidationError
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_dialog import FormDialog

Write = Callable[[Database], Changes]


class WriteDialog(FormDialog):
    def __init__(self, context: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, minimum_width=520, geometry_key=name)
        self.context = context
        self.setObjectName(name)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.row_labels: dict[str, QLabel] = {}
        self.add_content(self.form)

    def add_row(self, field: str, widget: QWidget) -> None:
        """A labelled field; its label's text is set by ``retranslate`` (``row_labels``)."""
        label = QLabel(self)
        label.setBuddy(widget)
        self.row_labels[field] = label
        self.fields[field] = widget
        self.form.addRow(label, widget)

    def label_rows(self, texts: dict[str, str]) -> None:
        for field, text in texts.items():
            self.row_labels[field].setText(text)
            self.fields[field].setAccessibleName(text.replace("&", ""))

    def retranslate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))

    def action(self) -> Write:  # pragma: no cover - every subclass overrides it
        raise NotImplementedError

    def accept(self) -> None:
        try:
            write = self.action()
        except EgideError as error:
            self._failed(error)
            return
        self.setEnabled(False)
        self.context.write(write, self._saved, self._failed, parent=self)

    def _saved(self, _changes: Changes) -> None:
        self.setEnabled(True)
        super().accept()

    def _failed(self, error: BaseException) -> None:
        self.setEnabled(True)
        if not isinstance(error, EgideError):
            self.context.runner.show_failure(error, self)
            return
        self.error.setText(str(error))
        if isinstance(error, ValidationError) and error.field in self.fields:
            self.fields[error.field].setFocus()


def date_edit(parent: QWidget, day: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit(parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    when = day or dt.date.today()
    edit.setDate(QDate(when.year, when.month, when.day))
    return edit


def date_of(edit: QDateEdit) -> dt.date:
    value = edit.date()
    return dt.date(value.year(), value.month(), value.day())


class DateDialog(WriteDialog):
    """One date to give, then ``make(day)`` is the write (signed on, sent on, ended on…)."""

    def __init__(self, context: AppContext, title: str, label: str, day: dt.date | None,
                 make: Callable[[dt.date], Write], parent: QWidget | None = None) -> None:
        super().__init__(context, "date_dialog", parent)
        self.make = make
        self.date = date_edit(self, day)
        self.add_row("date", self.date)
        # The caller passes texts already translated (they name the party or the person).
        self.setWindowTitle(title)
        self.label_rows({"date": label})
        self.retranslate()

    def action(self) -> Write:
        return self.make(date_of(self.date))


def confirm(parent: QWidget, title: str, text: str, on_yes: Callable[[], object]) -> QMessageBox:
    """Ask before a destructive action; ``on_yes`` runs only on "Oui"."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    yes = box.button(QMessageBox.StandardButton.Yes)
    yes.setText(box.tr("Oui"))
    box.button(QMessageBox.StandardButton.No).setText(box.tr("Non"))
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(title)

    def answered(_result: int) -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(answered)
    box.open()
    return box
