"""A new action item: what, which organisation leads it, by when."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from desktop.ui.dialogs.guarded_dialog import GuardedDialog
from desktop.ui.widgets.date_field import date_edit, date_of


class ActionDialog(GuardedDialog):
    def __init__(self, organisations: tuple[tuple[int, str], ...],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLineEdit(self)
        self.owner = QComboBox(self)
        self.owner.addItem("—", None)
        for organisation_id, name in organisations:
            self.owner.addItem(name, organisation_id)
        self.has_due = QCheckBox(self)
        self.has_due.setChecked(True)
        self.due_on = date_edit(self, QDate.currentDate().addMonths(3).toPython(), event=False)
        self.has_due.toggled.connect(self.due_on.setEnabled)
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
        self.form.addRow(self.buttons)
        self.setMinimumWidth(440)  # room to type the action
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Nouvelle action"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        for label, text in zip(self.labels, (self.tr("Action à mener"), self.tr("Pilote")),
                               strict=True):
            label.setText(text)
        self.has_due.setText(self.tr("Échéance"))
        self.title.setAccessibleName(self.tr("Action à mener"))
        self.owner.setAccessibleName(self.tr("Organisation pilote"))

    def values(self) -> dict[str, object]:
        due = date_of(self.due_on) if self.has_due.isChecked() else None
        return {"title": self.title.text(), "owner_organisation_id": self.owner.currentData(),
                "due_on": due}
