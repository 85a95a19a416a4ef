"""A 17 pre-registration request for an organisation's number (SOS Médecins' régulation
line, one of its vehicles): the organisation, the force, what the number is, the number(s),
the date of the written consent."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from desktop.errors import ValidationError
from desktop.models.enums import Force, OrganisationKind
from desktop.services.practitioners import preregistrations
from desktop.services.signatories.queries import list_organisations
from desktop.services.signatories.records import OrganisationRow
from desktop.ui.context import AppContext
from desktop.ui.dialogs.write_dialog import Write, WriteDialog, date_edit, date_of


class OrganisationNumberDialog(WriteDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "organisation_number_dialog", parent)
        self.organisation = QComboBox(self)
        self.organisation.setMinimumContentsLength(36)
        self.force = QComboBox(self)
        for force in Force:
            self.force.addItem(force.label, force.value)
        self.line_label = QLineEdit(self)
        self.phones = QLineEdit(self)
        self.consent_on = date_edit(self)
        for field, widget in (("organisation", self.organisation), ("force", self.force),
                              ("line_label", self.line_label), ("phones", self.phones),
                              ("consent_on", self.consent_on)):
            self.add_row(field, widget)
        self.setWindowTitle(self.tr("Pré-enregistrement 17 d'un numéro d'organisme"))
        self.label_rows({
            "organisation": self.tr("&Organisme :"), "force": self.tr("&Force :"),
            "line_label": self.tr("&Ligne :"), "phones": self.tr("&Numéro(s) :"),
            "consent_on": self.tr("&Consentement écrit du :"),
        })
        self.line_label.setPlaceholderText(self.tr("Régulation, Véhicule 2…"))
        self.phones.setPlaceholderText(self.tr("séparés par « ; »"))
        self.retranslate()
        context.query(list_organisations, self.set_organisations)

    def set_organisations(self, rows: tuple[OrganisationRow, ...]) -> None:
        """SOS Médecins first: the organisations the protocols name for this."""
        self.organisation.clear()
        ordered = sorted(rows, key=lambda r: (r.kind is not OrganisationKind.SOS_MEDECINS,
                                              r.name))
        for row in ordered:
            self.organisation.addItem(f"{row.name} ({row.kind_label})", row.id)

    def action(self) -> Write:
        organisation_id = self.organisation.currentData()
        if organisation_id is None:
            raise ValidationError("organisation", self.tr(
                "Aucun organisme : ajoutez-le d'abord (page Signataires et cérémonies)."))
        force = Force(self.force.currentData())
        label, phones = self.line_label.text(), self.phones.text().split(";")
        consent_on = date_of(self.consent_on)
        return lambda db: preregistrations.request_organisation_preregistration(
            db, organisation_id, force, label, phones, consent_on)
