"""Dialogs that start by choosing a practitioner: "Nouvelle demande de pré-enregistrement…"
(which numbers, the written consent's date and its signed form, the form to print; the force is
shown as it follows from the commune)
and "Remettre le dispositif…" (to whom, when)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ValidationError
from desktop.io.phones import display_phone
from desktop.models.enums import ForceZone
from desktop.services.practitioners import alert_devices, directory, preregistrations
from desktop.services.practitioners.directory import PractitionerDetail, PractitionerSummary
from desktop.ui.context import AppContext
from desktop.ui.dialogs.preregistration_form import print_preregistration_form
from desktop.ui.dialogs.write_dialog import Write, WriteDialog
from desktop.ui.widgets.date_field import date_edit, date_of
from desktop.ui.widgets.document_field import DocumentField
from desktop.ui.widgets.practitioner_picker import PractitionerPicker


class PreregistrationRequestDialog(WriteDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "preregistration_request_dialog", parent, minimum_width=560)
        self.detail: PractitionerDetail | None = None
        self.setWindowTitle(self.tr("Nouvelle demande de pré-enregistrement au 17"))
        self.picker = PractitionerPicker(context, self)
        self.picker.chosen.connect(self._chosen)
        self.force = QLabel(self)
        self.force.setWordWrap(True)
        self.numbers_box = QWidget(self)
        self.numbers = QVBoxLayout(self.numbers_box)
        self.numbers.setContentsMargins(0, 0, 0, 0)
        self.checks: list[QCheckBox] = []
        self.other = QLineEdit(self)
        self.other.setPlaceholderText(self.tr("autre numéro à pré-enregistrer (facultatif)"))
        self.other.setAccessibleName(self.tr("Autre numéro à pré-enregistrer"))
        self.consent_on = date_edit(self)
        self.consent_on.setAccessibleName(self.tr("Date du consentement écrit"))
        self.print_button = QPushButton(self.tr("&Imprimer le formulaire à faire signer…"), self)
        self.print_button.clicked.connect(self._print_form)
        self.signed_form = DocumentField(self, scan=True)
        self.add_row("practitioner", self.picker)
        self.form.addRow(self.tr("Force :"), self.force)
        self.form.addRow(self.tr("Numéros :"), self.numbers_box)
        self.form.addRow("", self.other)
        self.form.addRow("", self.print_button)
        self.add_row("consent_on", self.consent_on)
        self.add_row("form", self.signed_form)
        self.label_rows({"practitioner": self.tr("&Praticien :"),
                         "consent_on": self.tr("&Consentement écrit du :"),
                         "form": self.tr("Formulaire &signé :")})
        self.consent_on.setAccessibleName(self.tr("Date du consentement écrit"))
        self.retranslate()
        self._chosen(None)
        self.picker.refresh()

    def _print_form(self) -> None:
        if self.detail is not None:
            print_preregistration_form(self.context, self, self.detail.id)

    def _chosen(self, summary: PractitionerSummary | None) -> None:
        self.detail = None
        self.print_button.setEnabled(False)
        for check in self.checks:
            check.deleteLater()
        self.checks = []
        if summary is None:
            self.force.setText(self.tr("choisissez un praticien"))
            return
        self.context.query(lambda db: directory.view_practitioner(db, summary.id),
                           self._show_detail)

    def _show_detail(self, detail: PractitionerDetail) -> None:
        self.detail = detail
        self.print_button.setEnabled(True)
        for number in detail.phones:
            check = QCheckBox(display_phone(number), self.numbers_box)
            check.setChecked(True)
            check.setProperty("e164", number)
            self.numbers.addWidget(check)
            self.checks.append(check)
        zone = detail.force_zone
        if detail.commune_name is None:
            text = self.tr("commune d'exercice inconnue : complétez d'abord la fiche")
        elif zone in (ForceZone.PN, ForceZone.GN):
            text = self.tr("{0} (commune de {1})").format(zone.label, detail.commune_name)
        else:
            text = self.tr("zone de {0} à trancher : la demande sera refusée").format(
                detail.commune_name)
        self.force.setText(text)

    def action(self) -> Write:
        detail = self.detail
        if detail is None:
            raise ValidationError("practitioner", self.tr("Choisissez d'abord un praticien."))
        phones = [str(check.property("e164")) for check in self.checks if check.isChecked()]
        if self.other.text().strip():
            phones.append(self.other.text())
        consent_on = date_of(self.consent_on)
        form, filename = self.signed_form.content()
        if not form:
            raise ValidationError("form", preregistrations.FORM_MISSING)
        return lambda db: preregistrations.request_preregistration(
            db, detail.id, phones, consent_on, form=form, form_filename=filename)


class IssueDeviceDialog(WriteDialog):
    def __init__(self, context: AppContext, device_id: int, identifier: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "issue_device_dialog", parent)
        self.device_id = device_id
        self.setWindowTitle(self.tr("Remettre le dispositif « {0} »").format(identifier))
        self.picker = PractitionerPicker(context, self)
        self.issued_on = date_edit(self)
        self.issued_on.setAccessibleName(self.tr("Date de remise"))
        self.add_row("practitioner", self.picker)
        self.add_row("issued_on", self.issued_on)
        self.label_rows({"practitioner": self.tr("&Praticien :"),
                         "issued_on": self.tr("Remis le :")})
        self.issued_on.setAccessibleName(self.tr("Date de remise"))
        self.retranslate()
        self.picker.refresh()

    def action(self) -> Write:
        summary = self.picker.selected()
        if summary is None:
            raise ValidationError("practitioner", self.tr("Choisissez d'abord un praticien."))
        device, on = self.device_id, date_of(self.issued_on)
        return lambda db: alert_devices.issue_device(db, device, summary.id, on)
