"""A decision of the meeting: its text and the time it was taken (the quorum of the decision is
counted among the members present at that time)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from desktop.services.committee.agenda import get_decision
from desktop.services.committee.records import DecisionRow
from desktop.services.vault.database import Database
from desktop.ui import clock
from desktop.ui.dialogs.editing_dialog import EditingDialog
from desktop.ui.dialogs.form_state import Label


class DecisionDialog(EditingDialog):
    def __init__(self, meeting_starts_at: dt.datetime, decision: DecisionRow | None = None,
                 parent: QWidget | None = None) -> None:
        """``meeting_starts_at``: the day the time belongs to; a new decision is proposed at
        the current time during the meeting's day, else at the meeting's start."""
        super().__init__(parent, decision)
        self.day = clock.local(meeting_starts_at).date()
        self.decision = decision
        self.text = QLineEdit(self)
        self.has_time = QCheckBox(self)
        self.time = QTimeEdit(self)
        self.time.setDisplayFormat("HH:mm")
        self.time.setMaximumWidth(110)  # five characters, not the whole row
        self.has_time.toggled.connect(self.time.setEnabled)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        self.label = QLabel(self)
        self.label.setBuddy(self.text)
        self.form.addRow(self.label, self.text)
        self.form.addRow(self.has_time, self.time)
        self.form.addRow(self.notice)
        self.form.addRow(self.buttons)
        self.setMinimumWidth(480)  # room to type the decision
        if decision is not None:
            self.fill(decision)
        else:
            now = clock.local(clock.now())
            self._show_time(now if now.date() == self.day else clock.local(meeting_starts_at))
        self.retranslate()

    def fill(self, row: Any) -> None:
        self.text.setText(row.text)
        self._show_time(clock.local(row.decided_at) if row.decided_at else None)

    def _show_time(self, when: dt.datetime | None) -> None:
        self.has_time.setChecked(when is not None)
        self.time.setEnabled(when is not None)
        self.time.setTime(QTime(when.hour, when.minute) if when else QTime(0, 0))

    def reread(self) -> Callable[[Database], Any] | None:
        decision_id = self.row.id
        return lambda db: get_decision(db, decision_id)

    def field_labels(self) -> Mapping[str, Label]:
        return {"text": self.label, "decided_at": self.has_time}

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Modifier la décision") if self.decision
                            else self.tr("Nouvelle décision"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        self.label.setText(self.tr("Texte de la décision"))
        self.has_time.setText(self.tr("Prise à"))
        self.text.setAccessibleName(self.tr("Texte de la décision"))
        self.time.setAccessibleName(self.tr("Heure de la décision"))
        self.time.setToolTip(self.tr("Le quorum de la décision compte les membres présents "
                                     "à cette heure."))

    def values(self) -> dict[str, object]:
        decided_at = None
        if self.has_time.isChecked():
            chosen = self.time.time().toPython()
            decided_at = clock.to_utc(dt.datetime.combine(self.day, chosen))
        return {"text": self.text.text(), "decided_at": decided_at}
