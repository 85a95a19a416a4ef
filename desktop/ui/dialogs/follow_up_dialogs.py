"""The follow-up dialogs: a reminder on a case, a workflow step's delay, a severity label."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

from desktop.models.enums import CaseStatus
from desktop.services.cases import defaults, tasks
from desktop.services.cases.records import SeverityRow
from desktop.ui.context import AppContext
from desktop.ui.dialogs.write_dialog import Write, WriteDialog, date_edit, date_of


class TaskDialog(WriteDialog):
    """A reminder: the case's reference, what to do, by when."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "task_dialog", parent)
        self.case = QLineEdit(self)
        self.label = QLineEdit(self)
        self.due_on = date_edit(self, dt.date.today() + dt.timedelta(days=7), event=False)
        for field, widget in (("case", self.case), ("label", self.label),
                              ("due_on", self.due_on)):
            self.add_row(field, widget)
        self.setWindowTitle(self.tr("Nouveau rappel de suivi"))
        self.label_rows({"case": self.tr("&Signalement :"), "label": self.tr("&Rappel :"),
                         "due_on": self.tr("&Échéance :")})
        self.case.setPlaceholderText(self.tr("référence, ex. 2026-0042"))
        self.label.setPlaceholderText(self.tr("ex. rappeler le praticien"))
        self.retranslate()

    def action(self) -> Write:
        reference, label, due_on = self.case.text(), self.label.text(), date_of(self.due_on)
        return lambda db: tasks.add_task(db, reference, label, due_on).changes


class DelayDialog(WriteDialog):
    """The days allowed for the step that starts when a case enters ``status``."""

    def __init__(self, context: AppContext, status: CaseStatus, days: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "delay_dialog", parent, minimum_width=420)
        self.status = status
        self.days = QSpinBox(self)
        self.days.setRange(1, 365)
        self.days.setValue(days)
        self.add_row("days", self.days)
        self.setWindowTitle(self.tr("Délai de l'étape « {0} »").format(status.label))
        self.label_rows({"days": self.tr("&Délai (jours) :")})
        self.retranslate()

    def action(self) -> Write:
        status, days = self.status, self.days.value()
        return lambda db: defaults.set_delay(db, status, days)


class SeverityDialog(WriteDialog):
    """A new wording for one level of the editable severity scale."""

    def __init__(self, context: AppContext, level: SeverityRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "severity_dialog", parent)
        self.level_id = level.id
        self.text = QLineEdit(level.label, self)
        self.add_row("label", self.text)
        self.setWindowTitle(self.tr("{0}, niveau {1}").format(level.family.label, level.level))
        self.label_rows({"label": self.tr("&Libellé :")})
        self.retranslate()

    def action(self) -> Write:
        level_id, text = self.level_id, self.text.text()
        return lambda db: defaults.rename_severity(db, level_id, text)
