"""Log an alert raised by a practitioner: when, the device (its holder by default), relayed
by the régulation or not, the response delay, the case it led to."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLineEdit, QWidget

from desktop.errors import ValidationError
from desktop.services.practitioners import alert_devices, alerts
from desktop.services.practitioners.alert_devices import AlertDeviceRow
from desktop.services.practitioners.alerts import AlertInput
from desktop.ui.context import AppContext
from desktop.ui.dialogs.write_dialog import Write, WriteDialog
from desktop.ui.widgets.practitioner_picker import PractitionerPicker


class AlertDialog(WriteDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "alert_dialog", parent, minimum_width=560)
        self.raised_at = QDateTimeEdit(QDateTime.currentDateTime(), self)
        self.raised_at.setCalendarPopup(True)
        self.raised_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.raised_at.setMaximumDateTime(QDateTime.currentDateTime().addSecs(60))
        self.device = QComboBox(self)
        self.device.setMinimumContentsLength(30)
        self.picker = PractitionerPicker(context, self)
        self.relayed = QCheckBox(self)
        self.minutes = QLineEdit(self)
        self.case = QLineEdit(self)
        self.notes = QLineEdit(self)
        for field, widget in (("raised_at", self.raised_at), ("device", self.device),
                              ("practitioner", self.picker), ("relayed", self.relayed),
                              ("response_minutes", self.minutes), ("case", self.case),
                              ("notes", self.notes)):
            self.add_row(field, widget)
        self.setWindowTitle(self.tr("Enregistrer une alerte"))
        self.label_rows({
            "raised_at": self.tr("&Date et heure :"), "device": self.tr("&Dispositif :"),
            "practitioner": self.tr("&Praticien :"), "relayed": self.tr("Relayée :"),
            "response_minutes": self.tr("Délai d'&intervention (min) :"),
            "case": self.tr("&Signalement lié :"), "notes": self.tr("&Observations :"),
        })
        self.relayed.setText(self.tr("par la régulation (SOS Médecins)"))
        self.picker.search.setPlaceholderText(self.tr("le détenteur du dispositif si vide"))
        self.case.setPlaceholderText(self.tr("référence, ex. 2026-0042"))
        self.retranslate()
        self.picker.refresh()
        context.query(alert_devices.list_devices, self.set_devices)

    def set_devices(self, rows: list[AlertDeviceRow]) -> None:
        self.device.clear()
        self.device.addItem(self.tr("— aucun —"), None)
        for row in rows:
            holder = f" — {row.holder_name}" if row.issued and row.holder_name else ""
            self.device.addItem(f"{row.identifier} ({row.kind.label}){holder}", row.id)

    def action(self) -> Write:
        text = self.minutes.text().strip()
        if text and not text.isdigit():
            raise ValidationError("response_minutes",
                                  self.tr("Délai d'intervention : un nombre de minutes."))
        moment = self.raised_at.dateTime().toPython()
        assert isinstance(moment, dt.datetime)
        summary = self.picker.selected()
        data = AlertInput(
            raised_at=moment.astimezone(),
            practitioner_id=summary.id if summary else None,
            device_id=self.device.currentData(),
            relayed_by_regulation=self.relayed.isChecked(),
            response_minutes=int(text) if text else None,
            case_reference=self.case.text(), notes=self.notes.text(),
        )
        return lambda db: alerts.record_alert(db, data).changes
