"""The judicial follow-up of a case, article 6 of the 2023 update: plainte or main courante,
how it was taken (modality), the address declared instead of the home, the day the procureur
informed the complainant; for a plainte filed by the Ordre, the URPS or the employer (law
n° 2025-623), the victim's written consent, its date and signed form chosen in the same step.
The service decides (``complaint.check_complaint`` runs first, every problem at once)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop.models.enums import ComplaintKind, ComplaintModality, DeclaredAddress
from desktop.services.cases import complaint
from desktop.services.cases.records import CaseDetail, ComplaintInput
from desktop.ui import clock
from desktop.ui.context import AppContext
from desktop.ui.dialogs.case_form import current, enum_combo, select_data
from desktop.ui.dialogs.write_dialog import Write, WriteDialog, date_edit, date_of
from desktop.ui.widgets.document_field import DocumentField


def _dated(check: QCheckBox, edit: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(check)
    row.addWidget(edit, 1)
    return row


class ComplaintDialog(WriteDialog):
    def __init__(self, context: AppContext, case: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "case_complaint", parent, minimum_width=580)
        self.case = case
        shown = case.complaints[-1] if case.complaints else None
        self.complaint_id = shown.id if shown else None
        self.kept_form = shown is not None and shown.victim_consent_attachment_id is not None
        self.kind = enum_combo(self, list(ComplaintKind), empty=False)
        self.filed = QCheckBox(self.tr("Déposée le"), self)
        self.day = date_edit(self, shown.filed_on if shown else None)
        self.modality = enum_combo(self, list(ComplaintModality))
        self.service = QLineEdit(shown.service or "" if shown else "", self)
        self.pv = QLineEdit(shown.pv_number or "" if shown else "", self)
        self.address = enum_combo(self, list(DeclaredAddress))
        self.address_text = QLineEdit(shown.declared_address_text or "" if shown else "", self)
        self.address_text.setPlaceholderText(self.tr("l'adresse déclarée"))
        self.consent_box = QWidget(self)
        self.consent_on = date_edit(self.consent_box, shown.victim_consent_on if shown else None)
        self.consent_form = DocumentField(self.consent_box, scan=True)
        consent_row = QHBoxLayout(self.consent_box)
        consent_row.setContentsMargins(0, 0, 0, 0)
        consent_row.addWidget(self.consent_on)
        consent_row.addWidget(self.consent_form, 1)
        self.civil = QCheckBox(self.tr("Le CDOM se constitue partie civile"), self)
        self.informed = QCheckBox(self.tr("Le"), self)
        self.informed_on = date_edit(self, shown.informed_on if shown else None)
        self.parquet = QPlainTextEdit(shown.parquet_outcome or "" if shown else "", self)
        self.parquet.setMaximumHeight(60)
        if shown:
            select_data(self.kind, shown.kind)
            select_data(self.modality, shown.modality)
            address = shown.declared_address or (DeclaredAddress.ORDRE
                                                 if shown.domiciled_at_ordre else None)
            select_data(self.address, address)
            self.filed.setChecked(shown.filed_on is not None)
            self.civil.setChecked(shown.cdom_partie_civile)
            self.informed.setChecked(shown.informed_on is not None)
            if self.kept_form:
                self.consent_form.label.setText(self.tr("formulaire signé déjà joint"))
        self.form.addRow(self.tr("Nature"), self.kind)
        self.form.addRow(self.tr("Date"), _dated(self.filed, self.day))
        for label, field, name in (
                (self.tr("Modalité"), self.modality, "modality"),
                (self.tr("Service"), self.service, "service"),
                (self.tr("N° de procès-verbal"), self.pv, "pv_number"),
                (self.tr("Adresse déclarée"), self.address, "declared_address"),
                ("", self.address_text, "declared_address_text"),
                (self.tr("Consentement écrit de la victime"), self.consent_box,
                 "victim_consent"),
                ("", self.civil, "civil")):
            self.form.addRow(label, field)
            self.fields[name] = field
        self.form.addRow(self.tr("Informé par le procureur"),
                         _dated(self.informed, self.informed_on))
        self.form.addRow(self.tr("Suite donnée par le parquet"), self.parquet)
        self.fields.update({"kind": self.kind, "filed_on": self.day,
                            "victim_consent_on": self.consent_on,
                            "document": self.consent_form, "informed_on": self.informed_on,
                            "parquet_outcome": self.parquet})
        order = ("kind", "filed_on", "modality", "service", "pv_number", "declared_address",
                 "declared_address_text", "victim_consent", "victim_consent_on", "document",
                 "civil", "informed_on", "parquet_outcome")
        self.fields = {name: self.fields[name] for name in order}
        self.kind.currentIndexChanged.connect(self._follow)
        self.address.currentIndexChanged.connect(self._follow)
        self._follow()
        self.setWindowTitle(self.tr("Suites judiciaires — dossier {0}").format(case.reference))
        self.kind.setAccessibleName(self.tr("Nature"))
        self.modality.setAccessibleName(self.tr("Modalité du dépôt"))
        self.address.setAccessibleName(self.tr("Adresse déclarée"))
        self.address_text.setAccessibleName(self.tr("Autre adresse déclarée"))
        self.consent_on.setAccessibleName(self.tr("Date du consentement écrit de la victime"))
        self.consent_form.setAccessibleName(self.tr("Formulaire signé par la victime"))
        self.informed_on.setAccessibleName(self.tr("Date de l'information par le procureur"))
        self.retranslate()

    def third_party(self) -> bool:
        return current(self.kind, ComplaintKind) in complaint.THIRD_PARTY

    def _follow(self) -> None:
        """The victim's consent is asked only of a third party's plainte; the address's text
        only for "another" address."""
        self.form.setRowVisible(self.consent_box, self.third_party())
        other = current(self.address, DeclaredAddress) is DeclaredAddress.OTHER
        self.form.setRowVisible(self.address_text, other)
        if self.isVisible():
            self.fit_screen()  # room for the rows just shown

    def action(self) -> Write:
        document, filename = self.consent_form.content()
        third = self.third_party()
        data = ComplaintInput(
            kind=current(self.kind, ComplaintKind),
            filed_on=date_of(self.day) if self.filed.isChecked() else None,
            service=self.service.text(), pv_number=self.pv.text(),
            cdom_partie_civile=self.civil.isChecked(),
            parquet_outcome=self.parquet.toPlainText(),
            modality=current(self.modality, ComplaintModality),
            declared_address=current(self.address, DeclaredAddress),
            declared_address_text=self.address_text.text(),
            informed_on=date_of(self.informed_on) if self.informed.isChecked() else None,
            victim_consent_on=date_of(self.consent_on) if third else None,
            victim_consent_document=document if third else None,
            victim_consent_filename=filename)
        complaint.check_complaint(data, has_consent_form=self.kept_form,
                                  facts_on=clock.local(self.case.occurred_at).date())
        case_id, complaint_id = self.case.id, self.complaint_id
        return lambda db: complaint.record_complaint(db, case_id, data, complaint_id)
