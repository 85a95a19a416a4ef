"""The case form: intake of a new case, or correction of its facts (validation inline)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import (
    AuthorKind,
    CaseSource,
    IncidentType,
    Motive,
    Place,
    UrbanSetting,
    VictimSex,
)
from desktop.services.cases import intake, queries
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
from desktop.ui import clock
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_state import mark_transient
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


RIGHT_FROM = 9
"""The rows from the ninth on (the authors…) go in the right-hand column."""


class CaseFormDialog(WriteDialog):
    def __init__(self, context: AppContext, severity: tuple[SeverityRow, ...],
                 case: CaseDetail | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, "case_form", parent)
        self.case = case
        self.created: CaseCreated | None = None
        self.occurred = QDateTimeEdit(self)
        self.occurred.setCalendarPopup(True)
        self.occurred.setDisplayFormat("dd/MM/yyyy HH:mm")
        now = clock.now()
        self.occurred.setDateTime(QDateTime(now.year, now.month, now.day, now.hour, now.minute, 0))
        self.commune_search = QLineEdit(self)
        self.commune = QComboBox(self)
        self.commune_search.textChanged.connect(self._find_communes)
        self.picker = PractitionerPicker(context, self)
        self.add_victim = QPushButton(self)
        self.add_victim.clicked.connect(self._add_victim)
        self.victims = QListWidget(self)
        self.victims.setMaximumHeight(48)
        self.picker.results.setMinimumHeight(72)
        self.picker.results.setMaximumHeight(96)
        self.new_practitioner = QPushButton(self)
        self.new_practitioner.clicked.connect(self._new_practitioner)
        self.victims.itemDoubleClicked.connect(
            lambda item: (self.victims.takeItem(self.victims.row(item)), self.mark_changed()))
        self.types: dict[IncidentType, QCheckBox] = {k: QCheckBox(k.label, self)
                                                      for k in IncidentType}
        type_box = QGridLayout()
        for n, box in enumerate(self.types.values()):
            type_box.addWidget(box, n // 2, n % 2)
        self.place = enum_combo(self, list(Place))
        self.setting = enum_combo(self, list(UrbanSetting))
        self.motive = enum_combo(self, list(Motive))
        self.source = enum_combo(self, list(CaseSource))
        self.victim_sex = enum_combo(self, list(VictimSex))
        self.author_kind = enum_combo(self, list(AuthorKind), empty=False)
        self.author_text = QLineEdit(self)
        self.impaired = QCheckBox(self)
        self.cause = QLineEdit(self)
        self.add_author = QPushButton(self)
        self.add_author.clicked.connect(self._add_author)
        self.authors = QListWidget(self)
        self.authors.setMaximumHeight(48)
        self.authors.itemDoubleClicked.connect(
            lambda item: (self.authors.takeItem(self.authors.row(item)), self.mark_changed()))
        author_row = QGridLayout()
        author_row.addWidget(self.author_kind, 0, 0)
        author_row.addWidget(self.author_text, 0, 1, 1, 2)
        author_row.addWidget(self.impaired, 1, 0)
        author_row.addWidget(self.cause, 1, 1)
        author_row.addWidget(self.add_author, 1, 2)
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
        self.exact_words.setTabChangesFocus(True)
        self.narrative = QPlainTextEdit(self)
        self.narrative.setMinimumHeight(90)
        self.narrative.setTabChangesFocus(True)
        victim_buttons = QVBoxLayout()
        victim_buttons.addWidget(self.add_victim)
        victim_buttons.addWidget(self.new_practitioner)
        victim_buttons.addStretch(1)
        victim_row = QHBoxLayout()
        victim_row.addWidget(self.picker, 1)
        victim_row.addLayout(victim_buttons)
        commune_row = QHBoxLayout()
        commune_row.addWidget(self.commune_search, 1)
        commune_row.addWidget(self.commune, 1)
        weapon_row = QHBoxLayout()
        weapon_row.addWidget(self.weapon)
        weapon_row.addWidget(self.weapon_text, 1)
        # Two columns, so the form fits a 1024×700 screen: who, where and what on the left,
        # the authors, the gravity and the account on the right.
        self.right = QFormLayout()
        self.rows = [
            ("occurred_at", self.occurred), ("source", self.source), ("commune", commune_row),
            ("victims", victim_row), ("victims_list", self.victims),
            ("victim_sex", self.victim_sex), ("types", type_box),
            ("place", self.place), ("setting", self.setting), ("motive", self.motive),
            ("authors_new", author_row), ("authors", self.authors),
            ("severity_persons", self.severity_persons),
            ("severity_property", self.severity_property), ("itt_days", self.itt),
            ("weapon", weapon_row), ("exact_words", self.exact_words),
            ("narrative", self.narrative),
        ]
        self.labels: dict[str, QLabel] = {}
        for name, widget in self.rows:
            self.labels[name] = QLabel(self)
            column = self.form if len(self.labels) <= RIGHT_FROM else self.right
            column.addRow(self.labels[name], widget)
            # A row that is a layout is named (for its errors and focus) by its first field.
            field = widget if isinstance(widget, QWidget) else {
                "commune": self.commune_search, "victims": self.picker.search,
                "types": self.types[IncidentType.VERBAL], "authors_new": self.author_text,
                "weapon": self.weapon}[name]
            self.labels[name].setBuddy(field)
            self.fields[name] = field
        for column in (self.form, self.right):
            column.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        columns = QHBoxLayout()
        self._content.removeItem(self.form)
        columns.addLayout(self.form, 1)
        columns.addSpacing(12)
        columns.addLayout(self.right, 1)
        self.add_content(columns)
        for combo in self.body.findChildren(QComboBox):
            # Long labels (motives, gravity levels) must not widen the form past the screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
        self.setMinimumWidth(760)
        self.preferred_width = 980  # two columns that still fit a 1024-px-wide screen
        self.retranslate()
        self.new_practitioner_dialog: QWidget | None = None
        # What helps to choose is not what the form holds (see ``form_state``).
        for helper in (self.picker, self.commune_search, self.author_kind, self.author_text,
                       self.impaired, self.cause):
            mark_transient(helper)
        self.row = case
        if case is not None:
            self._fill(case)
            self._changed = False  # filled from the case: nothing typed yet

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Nouveau signalement") if self.case is None
                            else self.tr("Modifier le signalement {0}").format(
                                self.case.reference))
        texts = {
            "occurred_at": self.tr("Date et heure des faits"), "commune": self.tr("Commune"),
            "source": self.tr("Source"),
            "victims": self.tr("Victime(s)"), "victims_list": "",
            "victim_sex": self.tr("Sexe de la victime"),
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
        self.new_practitioner.setText(self.tr("Nouveau praticien…"))
        self.new_practitioner.setToolTip(self.tr("Le praticien qui appelle n'est pas encore dans "
                                                 "le registre : l'y inscrire, puis l'ajouter "
                                                 "comme victime"))
        self.add_author.setText(self.tr("Ajouter"))
        self.author_text.setPlaceholderText(self.tr("Description"))
        self.impaired.setText(self.tr("Altération du discernement"))
        self.cause.setPlaceholderText(self.tr("Cause"))
        self.weapon.setText(self.tr("Oui"))
        self.victim_sex.setToolTip(self.tr("Pour les statistiques des observatoires ; laissé "
                                           "vide, il est repris de la civilité de la première "
                                           "victime"))
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
        self.recheck("commune")

    def _add_victim(self) -> None:
        chosen = self.picker.selected()
        if chosen is None:
            typed = self.picker.search.text().strip()
            self.set_errors({**self.field_errors, "victims": (
                self.tr("Aucun praticien « {0} » dans le registre : inscrivez-le avec "
                        "« Nouveau praticien… ».").format(typed)
                if typed and self.picker.results.count() == 0 else
                self.tr("Choisissez le praticien dans la liste (ou inscrivez-le avec "
                        "« Nouveau praticien… »)."))})
            self.picker.search.setFocus()
            return
        if chosen.id not in self._victim_ids():
            self.add_victim_row(chosen.id, f"{chosen.display_name}, {chosen.profession_text}")

    def _new_practitioner(self) -> None:
        """The caller is not in the register: inscribe them (their own dialog, saved at once),
        then they are this case's victim; the case form keeps what was typed."""
        from desktop.ui.dialogs.practitioner_dialog import PractitionerDialog

        dialog = PractitionerDialog(self.context, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        typed = self.picker.search.text().strip()
        if typed and not any(char.isdigit() for char in typed):
            dialog.practitioner_form.last_name.setText(typed)
        form = dialog.practitioner_form

        def saved(practitioner_id: int) -> None:
            data = form.value()
            name = " ".join(part for part in (data.first_name.strip(),
                                              data.last_name.strip().upper()) if part)
            self.add_victim_row(practitioner_id, f"{name}, {data.profession.label}")

        dialog.saved.connect(saved)
        self.new_practitioner_dialog = dialog
        dialog.open()

    def add_victim_row(self, practitioner_id: int, name: str) -> None:
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, practitioner_id)
        self.victims.addItem(item)
        self.mark_changed()
        self.recheck("victims")

    def _victim_ids(self) -> list[int]:
        return [self.victims.item(n).data(Qt.ItemDataRole.UserRole)
                for n in range(self.victims.count())]

    def _add_author(self) -> None:
        author = AuthorInput(current(self.author_kind, AuthorKind), self.author_text.text(),
                             self.impaired.isChecked(), self.cause.text())
        self._author_item(author)
        self.mark_changed()
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
        local = clock.local(case.occurred_at)
        self.occurred.setDateTime(QDateTime(local.year, local.month, local.day, local.hour,
                                            local.minute, 0))
        if case.commune_id is not None and self.commune.findData(case.commune_id) < 0:
            self.commune.addItem(f"{case.commune_name} ({case.insee_code})", case.commune_id)
        self.commune.setCurrentIndex(self.commune.findData(case.commune_id))
        self.victims.clear()
        for victim in case.victims:
            self.add_victim_row(victim.practitioner_id, victim.name)
        for kind, box in self.types.items():
            box.setChecked(kind in case.types)
        self.authors.clear()
        for author in case.authors:
            self._author_item(AuthorInput(author.kind, author.description or "",
                                          author.impaired_judgement,
                                          author.impairment_cause or ""))
        select_data(self.place, case.place)
        select_data(self.setting, case.setting)
        select_data(self.motive, case.motive)
        select_data(self.source, case.source)
        select_data(self.victim_sex, case.victim_sex)
        select_data(self.severity_persons,
                    case.severity_persons.level if case.severity_persons else None)
        select_data(self.severity_property,
                    case.severity_property.level if case.severity_property else None)
        self.itt.setValue(case.itt_days if case.itt_days is not None else -1)
        self.weapon.setChecked(case.weapon)
        self.weapon_text.setText(case.weapon_text or "")
        self.exact_words.setPlainText(case.exact_words or "")
        self.narrative.setPlainText(case.narrative)

    # --- a colleague's save in between (see ``WriteDialog``) ----------------------------------

    def reread(self) -> Callable[[Database], Any] | None:
        if self.case is None:
            return None
        case_id = self.case.id
        return lambda db: queries.reload_case(db, case_id)

    def fill(self, row: Any) -> None:
        self._fill(row)

    def field_labels(self) -> dict[str, QLabel]:
        return self.labels

    def data(self) -> CaseInput:
        moment = self.occurred.dateTime().toPython()
        assert isinstance(moment, dt.datetime)
        moment = clock.to_utc(moment)  # typed on the office's wall clock
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
            source=current(self.source, CaseSource),
            victim_sex=current(self.victim_sex, VictimSex),
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
            case_id, seen = self.case.id, self.seen_version  # a colleague's save since
            return lambda db: intake.update_case(db, case_id, data, seen_version=seen)

        def create(db: Database) -> Changes:
            self.created = intake.create_case(db, data)
            return self.created.changes

        return create
