"""The office identity form (creation assistant page 1, "Modifier l'identité du service…").

Typing the département code prefills its name, the préfecture's name and the préfet's title
with the right article ("Préfecture du Var", ``OfficeIdentity.for_department``) as long as the
user has not changed them by hand; a name typed by hand is kept and the others follow it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from desktop.services.vault.office import OfficeIdentity

FIELDS = (
    "department_code", "department_name", "prefecture_name", "prefet_title", "bureau",
    "address", "postal_code", "city", "phone", "email",
)  # fmt: skip


class OfficeForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLineEdit] = {name: QLineEdit(self) for name in FIELDS}
        self.labels: dict[str, QLabel] = {name: QLabel(self) for name in FIELDS}
        self._identity: OfficeIdentity | None = None
        """The identity shown, so that a field this form does not show is never cleared."""
        self.fields["department_code"].setMaxLength(3)
        self.fields["postal_code"].setMaxLength(5)
        self.fields["postal_code"].setMaximumWidth(80)
        self.fields["department_code"].setMaximumWidth(80)
        self._prefilled = {"department_name": "", "prefecture_name": "", "prefet_title": ""}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for name in FIELDS:
            self.labels[name].setBuddy(self.fields[name])
            layout.addRow(self.labels[name], self.fields[name])
            self.fields[name].textChanged.connect(self.edited)
        self.fields["department_code"].textChanged.connect(self._prefill)
        self.fields["department_name"].textChanged.connect(self._prefill)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            "department_code": (self.tr("Code du &département :"), self.tr("ex. 77")),
            "department_name": (self.tr("&Nom du département :"), self.tr("ex. Seine-et-Marne")),
            "prefecture_name": (self.tr("&Préfecture :"), ""),
            "prefet_title": (self.tr("&Titre du préfet :"), self.tr("tel qu'imprimé en tête")),
            "bureau": (self.tr("&Bureau :"),
                       self.tr("Cabinet du préfet / Bureau de la sécurité intérieure")),
            "address": (self.tr("&Adresse (rue) :"), self.tr("ex. 12 rue des Saints-Pères")),
            "postal_code": (self.tr("Code p&ostal :"), self.tr("ex. 77000")),
            "city": (self.tr("&Ville :"), self.tr("ex. Melun")),
            "phone": (self.tr("Télé&phone du bureau :"), self.tr("ex. 01 64 71 77 77")),
            "email": (self.tr("&Courriel du bureau :"),
                      self.tr("ex. pref-securite@seine-et-marne.gouv.fr")),
        }
        for name, (label, placeholder) in texts.items():
            self.labels[name].setText(label)
            self.fields[name].setAccessibleName(label.replace("&", "").rstrip(" :"))
            self.fields[name].setPlaceholderText(placeholder)
        self.fields["prefet_title"].setToolTip(
            self.tr("Tel qu'il figure en tête des documents, par exemple "
                    "« PRÉFET DE SEINE-ET-MARNE » ; corrigez « DE » en « DU » ou « DE LA » "
                    "si besoin.")
        )

    def identity(self) -> OfficeIdentity:
        values = {name: field.text().strip() for name, field in self.fields.items()}
        values["bureau"] = "\n".join(
            line.strip() for line in values["bureau"].split(" / ") if line.strip())
        if self._identity is not None:
            return replace(self._identity, **values)
        return OfficeIdentity(**values)

    def set_identity(self, identity: OfficeIdentity) -> None:
        from desktop.io.phones import display_phone

        self._identity = identity
        for name in FIELDS:
            value = getattr(identity, name)
            if name == "bureau":
                value = " / ".join(value.splitlines())
            elif name == "phone" and value:
                value = display_phone(value)
            self.fields[name].setText(value)
        self._prefilled = {"department_name": "", "prefecture_name": "", "prefet_title": ""}

    def complete(self) -> bool:
        return all(self.fields[name].text().strip() for name in FIELDS[:4])

    def _prefill(self) -> None:
        code = self.fields["department_code"].text().strip().upper()
        name = self.fields["department_name"].text().strip()
        typed_name = "" if name == self._prefilled["department_name"] else name
        defaults = OfficeIdentity.for_department(code, typed_name or None)
        if not code or defaults.department_name == code:  # nothing known to fill from
            return
        for field_name in self._prefilled:
            field = self.fields[field_name]
            if field.text() in ("", self._prefilled[field_name]):
                value = getattr(defaults, field_name)
                field.setText(value)
                self._prefilled[field_name] = value
        self.edited.emit()
