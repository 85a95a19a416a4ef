"""The practitioner form: each field with its validation message just under it.

The form only collects text; the service validates (phones, RPPS key, e-mail, commune) and its
``ValidationError.field`` says under which field the message goes (``show_error``).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import Civility, Profession
from desktop.services.practitioners.directory import PractitionerInput
from desktop.services.practitioners.records import CommuneChoice, PractitionerDetail, find_communes
from desktop.ui.context import AppContext

FIELDS = (
    "civility", "last_name", "first_name", "profession", "specialty", "rpps",
    "practice_address", "commune", "phone", "mobile_phone", "email",
)  # fmt: skip


class PractitionerForm(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.civility = QComboBox(self)
        self.civility.addItem("—", None)
        for civility in Civility:
            self.civility.addItem(civility.label, civility.value)
        self.last_name, self.first_name = QLineEdit(self), QLineEdit(self)
        self.profession = QComboBox(self)
        for profession in Profession:
            self.profession.addItem(profession.label, profession.value)
        self.profession.currentIndexChanged.connect(self._profession_changed)
        self.specialty, self.rpps = QLineEdit(self), QLineEdit(self)
        self.rpps.setMaxLength(16)
        self.practice_address = QPlainTextEdit(self)
        self.practice_address.setTabChangesFocus(True)
        self.practice_address.setFixedHeight(56)
        self.commune_search = QLineEdit(self)
        self.commune = QComboBox(self)
        self.commune.setMinimumContentsLength(30)
        self.phone, self.mobile_phone = QLineEdit(self), QLineEdit(self)
        self.email = QLineEdit(self)
        commune_box = QWidget(self)
        commune_layout = QVBoxLayout(commune_box)
        commune_layout.setContentsMargins(0, 0, 0, 0)
        commune_layout.addWidget(self.commune_search)
        commune_layout.addWidget(self.commune)
        self.inputs: dict[str, QWidget] = {
            "civility": self.civility, "last_name": self.last_name,
            "first_name": self.first_name, "profession": self.profession,
            "specialty": self.specialty, "rpps": self.rpps,
            "practice_address": self.practice_address, "commune": commune_box,
            "phone": self.phone, "mobile_phone": self.mobile_phone, "email": self.email,
        }
        self.labels = {name: QLabel(self) for name in FIELDS}
        self.errors = {name: QLabel(self) for name in FIELDS}
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for name in FIELDS:
            cell = QWidget(self)
            box = QVBoxLayout(cell)
            box.setContentsMargins(0, 0, 0, 0)
            box.setSpacing(2)
            box.addWidget(self.inputs[name])
            self.errors[name].setProperty("role", "error")
            self.errors[name].setWordWrap(True)
            self.errors[name].hide()
            box.addWidget(self.errors[name])
            self.labels[name].setBuddy(self.commune_search if name == "commune"
                                       else self.inputs[name])
            layout.addRow(self.labels[name], cell)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self._search_communes)
        self.commune_search.textEdited.connect(lambda _text: self._search_timer.start())
        self.retranslate()
        self._profession_changed()

    def retranslate(self) -> None:
        texts = {
            "civility": self.tr("&Civilité :"), "last_name": self.tr("&Nom :"),
            "first_name": self.tr("&Prénom :"), "profession": self.tr("P&rofession :"),
            "specialty": self.tr("&Spécialité :"), "rpps": self.tr("N° R&PPS :"),
            "practice_address": self.tr("&Adresse d'exercice :"),
            "commune": self.tr("C&ommune d'exercice :"),
            "phone": self.tr("&Téléphone du cabinet :"),
            "mobile_phone": self.tr("A&utre téléphone :"), "email": self.tr("Courri&el :"),
        }
        for name, text in texts.items():
            self.labels[name].setText(text)
            self.inputs[name].setAccessibleName(text.replace("&", "").rstrip(" :"))
        self.commune_search.setAccessibleName(self.tr("Rechercher la commune d'exercice"))
        self.commune_search.setPlaceholderText(self.tr("nom, code postal ou code INSEE"))
        self.rpps.setPlaceholderText(self.tr("facultatif : 11 chiffres"))
        self.phone.setPlaceholderText(self.tr("ex. 01 64 71 75 29"))
        self.specialty.setPlaceholderText(self.tr("pour un médecin spécialiste"))
        if self.commune.count() == 0:
            self.commune.setPlaceholderText(self.tr("aucune commune choisie"))

    # --- values ----------------------------------------------------------------------------

    def value(self) -> PractitionerInput:
        choice = self.commune.currentData()
        return PractitionerInput(
            civility=Civility(civility) if (civility := self.civility.currentData()) else None,
            first_name=self.first_name.text(), last_name=self.last_name.text(),
            profession=Profession(self.profession.currentData()),
            specialty=self.specialty.text() if self.specialty.isEnabled() else "",
            rpps=self.rpps.text(), practice_address=self.practice_address.toPlainText(),
            commune_code=choice.insee_code if isinstance(choice, CommuneChoice) else "",
            phone=self.phone.text(), mobile_phone=self.mobile_phone.text(),
            email=self.email.text(),
        )

    def set_detail(self, detail: PractitionerDetail) -> None:
        self.civility.setCurrentIndex(
            max(self.civility.findData(detail.civility.value if detail.civility else None), 0))
        self.last_name.setText(detail.last_name)
        self.first_name.setText(detail.first_name)
        self.profession.setCurrentIndex(self.profession.findData(detail.profession.value))
        self.specialty.setText(detail.specialty or "")
        self.rpps.setText(detail.rpps or "")
        self.practice_address.setPlainText(detail.practice_address or "")
        if detail.commune_id is not None and detail.commune_insee and detail.commune_name:
            self.set_communes([CommuneChoice(detail.commune_id, detail.commune_insee,
                                             detail.commune_name, None, detail.force_zone)])
        from desktop.io.phones import display_phone

        self.phone.setText(display_phone(detail.phone) if detail.phone else "")
        self.mobile_phone.setText(display_phone(detail.mobile_phone)
                                  if detail.mobile_phone else "")
        self.email.setText(detail.email or "")

    def set_communes(self, choices: list[CommuneChoice]) -> None:
        self.commune.clear()
        for choice in choices:
            self.commune.addItem(choice.text, choice)
        if choices:
            self.commune.setCurrentIndex(0)

    # --- errors ----------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for label in self.errors.values():
            label.clear()
            label.hide()

    def show_error(self, field: str, message: str) -> bool:
        """Show ``message`` under ``field``; False when the form has no such field."""
        if field not in self.errors:
            return False
        self.errors[field].setText(message)
        self.errors[field].show()
        target = self.commune_search if field == "commune" else self.inputs[field]
        target.setFocus()
        return True

    # --- behaviour -------------------------------------------------------------------------

    def _profession_changed(self) -> None:
        specialist = self.profession.currentData() == Profession.MEDECIN_SPECIALISTE.value
        self.specialty.setEnabled(specialist)

    def _search_communes(self) -> None:
        text = self.commune_search.text()
        self.context.query(lambda db: find_communes(db, text), self.set_communes)
