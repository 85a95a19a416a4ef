"""The dialog kit's frame for every form that writes: ``action()`` builds the write from the
form (or raises ``ValidationError(field, message)``, or ``ValidationErrors`` for several); the
write runs on the worker; a refusal comes back inline, under the form, every faulty field's
message at once in the form's order, the first faulty field focused, and the dialog stays open;
an error goes as soon as the user fixes its field; success closes it. ``succeeded`` /
``refused`` say which (tests wait on them).

A form that edits an existing row (``row``, with its ``row_version``) and can read it again
(``reread``, ``fill``) meets a colleague's save in between (``ConcurrentEdit``) with the
conflict dialog: who and when, what differs field by field, "Recharger" or "Réappliquer mes
modifications" (``conflict_dialog``); ``conflicted`` says it opened.

Also ``DateDialog``, the one dialog that asks for a date before a write.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop.errors import ConcurrentEdit, EgideError, ValidationError, ValidationErrors
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.conflict_dialog import ConflictDialog
from desktop.ui.dialogs.conflict_flow import ResolvesConflicts
from desktop.ui.dialogs.form_dialog import FormDialog
from desktop.ui.widgets.date_field import date_edit, date_of

Write = Callable[[Database], Changes]

__all__ = ["DateDialog", "Write", "WriteDialog", "date_edit", "date_of"]


class WriteDialog(FormDialog, ResolvesConflicts):
    succeeded = Signal()
    refused = Signal(str)  # the message shown
    conflicted = Signal()  # a colleague saved the row meanwhile: the conflict dialog is open
    reloaded = Signal()  # the form now shows the row's current version

    def __init__(self, context: AppContext, name: str, parent: QWidget | None = None, *,
                 minimum_width: int = 520) -> None:
        super().__init__(parent, minimum_width=minimum_width, geometry_key=name)
        self.context = context
        self.setObjectName(name)
        self.form = QFormLayout()
        self.fields: dict[str, QWidget] = {}
        self.row_labels: dict[str, QLabel] = {}
        # The field a refusal points at when it names none of the form's (a wrong passphrase…).
        self.error_field: str | None = None
        # The messages shown, by field ("" for one that names no field), in the form's order.
        self.field_errors: dict[str, str] = {}
        # The row the form was filled from (its ``row_version`` is the one saved against);
        # None for a new one.
        self.row: Any = None
        self.conflict: ConflictDialog | None = None
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

    # --- a colleague's save in between: reload or reapply (``conflict_flow``) -------------

    def field_labels(self) -> dict[str, QLabel]:
        return self.row_labels

    def conflict_root(self) -> QWidget:
        return self.body

    def conflict_opened(self) -> None:
        self.conflicted.emit()

    def conflict_cancelled(self, error: ConcurrentEdit) -> None:
        self.set_errors({"": str(error)})
        self.refused.emit(str(error))

    def conflict_reloaded(self) -> None:
        self.set_errors({"": self.tr(
            "Fiche rechargée : elle montre la version actuelle, votre saisie a été "
            "abandonnée.")})
        self.reloaded.emit()

    def conflict_reapplied(self) -> None:
        self.accept()

    def conflict_unread(self, failure: BaseException) -> None:
        self.failed(failure)

    def accept(self) -> None:
        try:
            write = self.action()
        except EgideError as error:
            self.failed(error)
            return
        self.set_errors({})
        self.write_then_close(write)

    def failed(self, error: BaseException) -> None:
        """A refusal inline (the first faulty field focused); anything else in a message box."""
        self.setEnabled(True)
        if not isinstance(error, EgideError):
            self.context.runner.show_failure(error, self)
            return
        if self.meet_conflict(error):
            return
        errors: dict[str, str] = {}
        for one in _each(error):
            field = one.field if isinstance(one, ValidationError) else None
            if not self.show_field_error(field, str(one)):
                key = field if field in self.fields else (self.error_field or "")
                errors[key] = (errors[key] + "\n" + str(one)) if key in errors else str(one)
        self.set_errors(errors)
        named = {one.field for one in _each(error) if isinstance(one, ValidationError)}
        faulty = [field for field in self.fields if field in named or field in errors]
        target = faulty[0] if faulty else self.error_field
        if target in self.fields:
            self.fields[target].setFocus()
        self.refused.emit(str(error))

    def set_errors(self, errors: dict[str, str]) -> None:
        """Show ``errors`` below the form, in the order of the form's fields."""
        order = list(self.fields)
        self.field_errors = dict(sorted(
            errors.items(), key=lambda item: order.index(item[0]) if item[0] in order
            else len(order)))
        messages = list(self.field_errors.values())
        self.error.setText(messages[0] if len(messages) == 1 else
                           "\n".join(f"• {message}" for message in messages))

    def edited(self, widget: QWidget) -> None:
        super().edited(widget)
        for field, shown in self.fields.items():
            if shown is widget or shown.isAncestorOf(widget):
                self.recheck(field)

    def recheck(self, field: str) -> None:
        """The user changed ``field``: drop its error once the form no longer finds it."""
        if field not in self.field_errors:
            return
        try:
            self.action()
            still: dict[str, str] = {}
        except ValidationError as error:
            still = {one.field: str(one) for one in _each(error)
                     if isinstance(one, ValidationError)}
        except EgideError:
            still = {}
        errors = dict(self.field_errors)
        if field in still:
            errors[field] = still[field]
        else:
            errors.pop(field)
        self.set_errors(errors)

    def show_field_error(self, field: str | None, message: str) -> bool:
        """Show ``message`` beside ``field`` if the form can; by default it goes below."""
        return False


def _each(error: EgideError) -> tuple[EgideError, ...]:
    return error.errors if isinstance(error, ValidationErrors) else (error,)


class DateDialog(WriteDialog):
    """One date to give, then ``make(day)`` is the write (signed on, sent on, ended on…).

    ``event``: the date is an event's, never in the future (the domain's rule); ``intro``: a
    sentence above the field."""

    def __init__(self, context: AppContext, title: str, label: str,
                 make: Callable[[dt.date], Write], *, day: dt.date | None = None,
                 intro: str = "", event: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(context, "date_dialog", parent, minimum_width=480)
        self.make = make
        if intro:
            text = QLabel(intro, self)
            text.setWordWrap(True)
            self.form.addRow(text)
        self.date = date_edit(self, day, event=event)
        self.add_row("date", self.date)
        self.error_field = "date"
        # The caller passes texts already translated (they name the party or the person).
        self.setWindowTitle(title)
        self.label_rows({"date": label})
        self.retranslate()

    def action(self) -> Write:
        return self.make(date_of(self.date))
