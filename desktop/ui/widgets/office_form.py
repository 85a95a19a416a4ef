"""The office identity form (creation assistant page 1, "Modifier l'identité du service…").

Typing the département code prefills its name, the préfecture's name and the préfet's title
with the right article ("Préfecture du Var", ``OfficeIdentity.for_department``) as long as the
user has not changed them by hand; a name typed by hand is kept and the others follow it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from desktop.services.vault.office import OfficeIdentity

FIELDS = (
    "department_code", "department_name", "prefecture_name", "prefet_title", "address", "city",
)  # fmt: skip


class OfficeForm(QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, QLineEdit] = {name: QLineEdit(self) for name in FIELDS}
        self.labels: dict[str, QLabel] = {name: QLabel(self) for name in FIELDS}
        self.fields["department_code"].setMaxLength(3)
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
            "address": (self.tr("&Adresse :"), ""),
            "city": (self.tr("&Ville :"), ""),
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
        return OfficeIdentity(**values)

    def set_identity(self, identity: OfficeIdentity) -> None:
        for name in FIELDS:
            self.fields[name].setText(getattr(identity, name))
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
