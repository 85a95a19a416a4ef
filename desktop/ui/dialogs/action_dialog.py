"""An action item: what, which organisation leads it, by when; when editing one, also its
status (any of them: ouverte, en cours, réalisée, abandonnée) and a note for its history."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.models.enums import ActionStatus
from desktop.services.committee.action_items import action_history
from desktop.services.committee.records import ActionRow
from desktop.services.vault.database import Database
from desktop.ui.dialogs.editing_dialog import EditingDialog
from desktop.ui.dialogs.form_state import Label
from desktop.ui.widgets.date_field import date_edit, date_of


class ActionDialog(EditingDialog):
    def __init__(self, organisations: tuple[tuple[int, str], ...],
                 parent: QWidget | None = None, action: ActionRow | None = None) -> None:
        """``action``: the item to edit (its status and a note are asked too)."""
        super().__init__(parent, action)
        self.action = action
        self.title = QLineEdit(self)
        self.owner = QComboBox(self)
        self.owner.addItem("—", None)
        for organisation_id, name in organisations:
            self.owner.addItem(name, organisation_id)
        self.has_due = QCheckBox(self)
        self.has_due.setChecked(True)
        self.due_on = date_edit(self, QDate.currentDate().addMonths(3).toPython(), event=False)
        self.has_due.toggled.connect(self.due_on.setEnabled)
        self.status = QComboBox(self)
        for status in ActionStatus:
            self.status.addItem(status.label, status)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        # Labels made here (``addRow("", field)`` makes none: the label item would be None).
        self.labels = [QLabel(self), QLabel(self)]
        for label, field in zip(self.labels, (self.title, self.owner), strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.has_due, self.due_on)
        self.status_label, self.note_label = QLabel(self), QLabel(self)
        if action is not None:
            self.status_label.setBuddy(self.status)
            self.note_label.setBuddy(self.note)
            self.form.addRow(self.status_label, self.status)
            self.form.addRow(self.note_label, self.note)
            self.fill(action)
        else:
            self.status.hide()
            self.note.hide()
            self.status_label.hide()
            self.note_label.hide()
        self.form.addRow(self.notice)
        self.form.addRow(self.buttons)
        self.setMinimumWidth(440)  # room to type the action
        self.retranslate()

    def fill(self, row: Any) -> None:
        self.title.setText(row.title)
        self.owner.setCurrentIndex(max(self.owner.findData(row.owner_organisation_id), 0))
        self.has_due.setChecked(row.due_on is not None)
        self.due_on.setEnabled(row.due_on is not None)
        if row.due_on is not None:
            self.due_on.setDate(QDate(row.due_on))
        self.status.setCurrentIndex(self.status.findData(row.status))
        self.note.clear()

    def reread(self) -> Callable[[Database], Any] | None:
        action_id = self.row.id
        return lambda db: action_history(db, action_id)

    def field_labels(self) -> Mapping[str, Label]:
        return {"title": self.labels[0], "owner": self.labels[1], "due_on": self.has_due,
                "status": self.status_label, "note": self.note_label}

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Modifier l'action") if self.action
                            else self.tr("Nouvelle action"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        for label, text in zip(self.labels, (self.tr("Action à mener"), self.tr("Pilote")),
                               strict=True):
            label.setText(text)
        self.has_due.setText(self.tr("Échéance"))
        self.status_label.setText(self.tr("Statut"))
        self.note_label.setText(self.tr("Note (historique)"))
        self.title.setAccessibleName(self.tr("Action à mener"))
        self.owner.setAccessibleName(self.tr("Organisation pilote"))
        self.status.setAccessibleName(self.tr("Statut de l'action"))
        self.note.setAccessibleName(self.tr("Note ajoutée à l'historique de l'action"))
        self.note.setPlaceholderText(self.tr("Ex. : relance faite auprès du CDOM"))

    def values(self) -> dict[str, object]:
        due = date_of(self.due_on) if self.has_due.isChecked() else None
        values: dict[str, object] = {"title": self.title.text(),
                                     "owner_organisation_id": self.owner.currentData(),
                                     "due_on": due}
        if self.action is not None:
            values |= {"status": self.status.currentData(), "note": self.note.toPlainText()}
        return values
