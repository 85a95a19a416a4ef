"""The case form: intake of a new case, or correction of its facts (validation inline)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop.models.enums import AuthorKind, IncidentType, Motive, Place, UrbanSetting
from desktop.services.cases import intake
from desktop.services.cases.records import (
    AuthorInput,
    CaseCreated,
    CaseDetail,
    CaseInput,
    SeverityRow,
)
from desktop.services.practitioners.records import find_communes
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.write_dialog import Write, WriteDialog
from desktop.ui.widgets.practitioner_picker import PractitionerPicker


def enum_combo(parent: QWidget, members: list, empty: bool = True) -> QComboBox:
    combo = QComboBox(parent)
    if empty:
        combo.addItem("—", None)
    for member in members:
        combo.addItem(member.label, member)
    return combo


def current(combo: QComboBox, kind: type[Any]) -> Any:
    """The chosen member: Qt hands a ``StrEnum`` back as a plain ``str``."""
    value = combo.currentData()
    return None if value is None else kind(value)


def select_data(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


class CaseFormDialog(WriteDialog):
    def __init__(self, context: AppContext, severity: tuple[SeverityRow, ...],
                 case: CaseDetail | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, "case_form", parent)
        self.case = case
        self.created: CaseCreated | None = None
        self.occurred = QDateTimeEdit(self)
        self.occurred.setCalendarPopup(True)
        self.occurred.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.occurred.setDateTime(QDateTime.currentDateTime())
        self.commune_search = QLineEdit(self)
        self.commune = QComboBox(self)
        self.commune_search.textChanged.connect(self._find_communes)
        self.picker = PractitionerPicker(context, self)
        self.add_victim = QPushButton(self)
        self.add_victim.clicked.connect(self._add_victim)
        self.victims = QListWidget(self)
        self.victims.setMaximumHeight(56)
        self.victims.itemDoubleClicked.connect(
            lambda item: self.victims.takeItem(self.victims.row(item)))
        self.types: dict[IncidentType, QCheckBox] = {k: QCheckBox(k.label, self)
                                                      for k in IncidentType}
        type_box = QGridLayout()
        for n, box in enumerate(self.types.values()):
            type_box.addWidget(box, n // 3, n % 3)
        self.place = enum_combo(self, list(Place))
        self.setting = enum_combo(self, list(UrbanSetting))
        self.motive = enum_combo(self, list(Motive))
        self.author_kind = enum_combo(self, list(AuthorKind), empty=False)
        self.author_text = QLineEdit(self)
        self.impaired = QCheckBox(self)
        self.cause = QLineEdit(self)
        self.add_author = QPushButton(self)
        self.add_author.clicked.connect(self._add_author)
        self.authors = QListWidget(self)
        self.authors.setMaximumHeight(60)
        self.authors.itemDoubleClicked.connect(
            lambda item: self.authors.takeItem(self.authors.row(item)))
        author_row = QHBoxLayout()
        for widget in (self.author_kind, self.author_text, self.impaired, self.cause,
                       self.add_author):
            author_row.addWidget(widget)
        self.severity_persons = QComboBox(self)
        self.severity_property = QComboBox(self)
        for combo, family in ((self.severity_persons, "persons"),
                              (self.severity_property, "property")):
            combo.addItem("—", None)
            for level in severity:
                if str(level.family) == family:
                    combo.addItem(f"{level.level} — {level.label}", level.level)
        self.itt = QSpinBox(self)
        self.itt.setRange(-1, 3650)
        self.itt.setSpecialValueText("—")
        self.itt.setValue(-1)
        self.weapon = QCheckBox(self)
        self.weapon_text = QLineEdit(self)
        self.exact_words = QPlainTextEdit(self)
        self.exact_words.setMaximumHeight(60)
        self.narrative = QPlainTextEdit(self)
        self.narrative.setMinimumHeight(90)
        victim_row = QHBoxLayout()
        victim_row.addWidget(self.picker, 3)
        victim_row.addWidget(self.add_victim, 0, Qt.AlignmentFlag.AlignTop)
        commune_row = QHBoxLayout()
        commune_row.addWidget(self.commune_search, 1)
        commune_row.addWidget(self.commune, 2)
        weapon_row = QHBoxLayout()
        weapon_row.addWidget(self.weapon)
        weapon_row.addWidget(self.weapon_text, 1)
        self.rows = [
            ("occurred_at", self.occurred), ("commune", commune_row),
            ("victims", victim_row), ("victims_list", self.victims), ("types", type_box),
            ("place", self.place), ("setting", self.setting), ("authors_new", author_row),
            ("authors", self.authors), ("motive", self.motive),
            ("exact_words", self.exact_words), ("severity_persons", self.severity_persons),
            ("severity_property", self.severity_property), ("itt_days", self.itt),
            ("weapon", weapon_row), ("narrative", self.narrative),
        ]
        self.labels: dict[str, QLabel] = {}
        for name, widget in self.rows:
            self.labels[name] = QLabel(self)
            self.form.addRow(self.labels[name], widget)
            if isinstance(widget, QWidget):
                self.fields[name] = widget
        self.fields.update({"commune": self.commune_search, "victims": self.picker.search,
                            "types": self.types[IncidentType.VERBAL]})
        self.setMinimumWidth(760)
        self.retranslate()
        if case is not None:
            self._fill(case)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Nouveau signalement") if self.case is None
                            else self.tr("Modifier le signalement {0}").format(
                                self.case.reference))
        texts = {
            "occurred_at": self.tr("Date et heure des faits"), "commune": self.tr("Commune"),
            "victims": self.tr("Victime(s)"), "victims_list": "",
            "types": self.tr("Type(s) d'atteinte"), "place": self.tr("Lieu"),
            "setting": self.tr("Cadre"), "authors_new": self.tr("Auteur"),
            "authors": self.tr("Auteur(s)"), "motive": self.tr("Motif"),
            "exact_words": self.tr("Propos exacts"),
            "severity_persons": self.tr("Gravité (personnes)"),
            "severity_property": self.tr("Gravité (biens)"), "itt_days": self.tr("Jours d'ITT"),
            "weapon": self.tr("Arme"), "narrative": self.tr("Récit des faits"),
        }
        for name, label in self.labels.items():
            label.setText(texts[name])
        self.commune_search.setPlaceholderText(self.tr("Nom, code postal ou INSEE…"))
        self.add_victim.setText(self.tr("Ajouter la victime"))
        self.add_author.setText(self.tr("Ajouter"))
        self.author_text.setPlaceholderText(self.tr("Description"))
        self.impaired.setText(self.tr("Altération du discernement"))
        self.cause.setPlaceholderText(self.tr("Cause"))
        self.weapon.setText(self.tr("Oui"))
        self.weapon_text.setPlaceholderText(self.tr("Laquelle"))
        self.narrative.setPlaceholderText(self.tr("Les faits, tels que le praticien les "
                                                  "rapporte"))

    # --- helpers ---------------------------------------------------------------------------

    def _find_communes(self, text: str) -> None:
        self.context.query(lambda db: find_communes(db, text, 20), self._show_communes)

    def _show_communes(self, found: list) -> None:
        self.commune.clear()
        for choice in found:
            self.commune.addItem(choice.text, choice.id)

    def _add_victim(self) -> None:
        chosen = self.picker.selected()
        if chosen is None or self._victim_ids().count(chosen.id):
            return
        item = QListWidgetItem(f"{chosen.display_name}, {chosen.profession_text}")
        item.setData(Qt.ItemDataRole.UserRole, chosen.id)
        self.victims.addItem(item)

    def add_victim_row(self, practitioner_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, practitioner_id)
        self.victims.addItem(item)

    def _victim_ids(self) -> list[int]:
        return [self.victims.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.victims.count())]

    def _add_author(self) -> None:
        author = AuthorInput(current(self.author_kind, AuthorKind), self.author_text.text(),
                             self.impaired.isChecked(), self.cause.text())
        self._author_item(author)
        self.author_text.clear()
        self.cause.clear()
        self.impaired.setChecked(False)

    def _author_item(self, author: AuthorInput) -> None:
        text = author.kind.label + (f" : {author.description}" if author.description else "")
        if author.impaired_judgement:
            text += self.tr(" ; altération du discernement") + (
                f" ({author.impairment_cause})" if author.impairment_cause else "")
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, author)
        self.authors.addItem(item)

    def _fill(self, case: CaseDetail) -> None:
        local = case.occurred_at.astimezone()
        self.occurred.setDateTime(QDateTime(local.year, local.month, local.day, local.hour,
                                            local.minute, 0))
        if case.commune_id is not None:
            self.commune.addItem(f"{case.commune_name} ({case.insee_code})", case.commune_id)
        for victim in case.victims:
            self.add_victim_row(victim.practitioner_id, victim.name)
        for kind in case.types:
            self.types[kind].setChecked(True)
        for author in case.authors:
            self._author_item(AuthorInput(author.kind, author.description or "",
                                          author.impaired_judgement,
                                          author.impairment_cause or ""))
        select_data(self.place, case.place)
        select_data(self.setting, case.setting)
        select_data(self.motive, case.motive)
        select_data(self.severity_persons,
                    case.severity_persons.level if case.severity_persons else None)
        select_data(self.severity_property,
                    case.severity_property.level if case.severity_property else None)
        self.itt.setValue(case.itt_days if case.itt_days is not None else -1)
        self.weapon.setChecked(case.weapon)
        self.weapon_text.setText(case.weapon_text or "")
        self.exact_words.setPlainText(case.exact_words or "")
        self.narrative.setPlainText(case.narrative)

    def data(self) -> CaseInput:
        moment = self.occurred.dateTime().toPython()
        assert isinstance(moment, dt.datetime)
        authors = tuple(self.authors.item(n).data(Qt.ItemDataRole.UserRole)
                        for n in range(self.authors.count()))
        if not authors and self.author_text.text().strip():
            authors = (AuthorInput(current(self.author_kind, AuthorKind), self.author_text.text(),
                                   self.impaired.isChecked(), self.cause.text()),)
        return CaseInput(
            occurred_at=moment, commune_id=self.commune.currentData(),
            victim_ids=tuple(self._victim_ids()),
            types=tuple(k for k, box in self.types.items() if box.isChecked()),
            authors=authors, place=current(self.place, Place),
            setting=current(self.setting, UrbanSetting), motive=current(self.motive, Motive),
            exact_words=self.exact_words.toPlainText(),
            severity_persons=self.severity_persons.currentData(),
            severity_property=self.severity_property.currentData(),
            itt_days=None if self.itt.value() < 0 else self.itt.value(),
            weapon=self.weapon.isChecked(), weapon_text=self.weapon_text.text(),
            narrative=self.narrative.toPlainText(),
        )

    def action(self) -> Write:
        data = self.data()
        intake.validate(data)  # the error shows inline before any trip to the worker
        if self.case is not None:
            case_id, seen = self.case.id, self.case.row_version  # a colleague's save since
            return lambda db: intake.update_case(db, case_id, data, seen_version=seen)

        def create(db: Database) -> Changes:
            self.created = intake.create_case(db, data)
            return self.created.changes

        return create
