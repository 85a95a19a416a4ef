"""Create or edit a meeting: date and time, place, chair, kind, quorum, protocol followed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QDateTime, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.models.enums import MeetingKind
from desktop.services.committee.meetings import read_meeting
from desktop.services.committee.records import MeetingRow
from desktop.services.vault.database import Database
from desktop.ui import clock
from desktop.ui.dialogs.editing_dialog import EditingDialog
from desktop.ui.dialogs.form_state import Label


class MeetingDialog(EditingDialog):
    def __init__(self, protocols: tuple[tuple[int, str], ...], meeting: MeetingRow | None = None,
                 parent: QWidget | None = None, proposed: dt.date | None = None) -> None:
        """``proposed``: for a new meeting, the day the comité's frequency gives."""
        super().__init__(parent, meeting)
        self.starts_at = QDateTimeEdit(self)
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.place = QLineEdit(self)
        self.chair = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in MeetingKind:
            self.kind.addItem(kind.label, kind)
        self.quorum = QSpinBox(self)
        self.quorum.setRange(0, 99)
        self.protocol = QComboBox(self)
        self.protocol.addItem("—", None)
        for protocol_id, title in protocols:
            self.protocol.addItem(title, protocol_id)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)
        # Labels made here (``addRow("", field)`` makes none: the label item would be None).
        self.labels = [QLabel(self) for _field in range(6)]
        for label, field in zip(self.labels, (self.starts_at, self.place, self.chair,
                                              self.kind, self.quorum, self.protocol),
                                strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.form.addRow(self.notice)
        self.form.addRow(self.buttons)
        if meeting is not None:
            self.fill(meeting)
        else:
            self.starts_at.setDateTime(
                QDateTime(proposed, QTime(14, 0)) if proposed is not None
                else QDateTime.currentDateTime().addDays(14))
            if protocols:
                self.protocol.setCurrentIndex(1)
        self.retranslate()

    def fill(self, row: Any) -> None:
        local = clock.local(row.starts_at)
        self.starts_at.setDateTime(QDateTime(local.date(), local.time()))
        self.place.setText(row.place)
        self.chair.setText(row.chair)
        self.kind.setCurrentIndex(self.kind.findData(row.kind))
        self.quorum.setValue(row.quorum or 0)
        self.protocol.setCurrentIndex(max(self.protocol.findData(row.protocol_id), 0))

    def reread(self) -> Callable[[Database], Any] | None:
        meeting_id = self.row.id
        return lambda db: read_meeting(db, meeting_id)

    def field_labels(self) -> Mapping[str, Label]:
        names = ("starts_at", "place", "chair", "kind", "quorum", "protocol_id")
        return dict(zip(names, self.labels, strict=True))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Séance du comité"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Enregistrer"))
        labels = (self.tr("Date et heure"), self.tr("Lieu"), self.tr("Présidence"),
                  self.tr("Type"), self.tr("Quorum (0 : aucun)"), self.tr("Protocole suivi"))
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)

    def values(self) -> dict[str, object]:
        moment: dt.datetime = self.starts_at.dateTime().toPython()
        return {
            "starts_at": clock.to_utc(moment),
            "place": self.place.text(), "chair": self.chair.text(),
            "kind": self.kind.currentData(), "quorum": self.quorum.value() or None,
            "protocol_id": self.protocol.currentData(),
        }
