"""Roster dialogs: a unit, a référent, assign to many communes, a departure, a "mixte"
decision. Lists for the combos are loaded by the caller and passed in (plain rows)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from desktop.errors import ValidationError
from desktop.io.arrondissements import arrondissement_label
from desktop.models.enums import ForceZone, ReferentRole, UnitKind
from desktop.services.roster import assignments, editing
from desktop.services.roster.assignments import CommuneSelection
from desktop.services.roster.editing import ReferentDraft, UnitDraft
from desktop.services.roster.records import AnswerCard, CommuneRow, ReferentRow, UnitRow
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.write_dialog import Write, WriteDialog
from desktop.ui.widgets.date_field import date_edit, date_of


def _combo(parent: QWidget, items: Sequence[tuple[str, object]], current: object = None,
           empty: str | None = None) -> QComboBox:
    combo = QComboBox(parent)
    if empty is not None:
        combo.addItem(empty, None)
    for text, data in items:
        combo.addItem(text, data)
    if current is not None:
        combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class UnitDialog(WriteDialog):
    def __init__(self, context: AppContext, units: Sequence[UnitRow],
                 unit: UnitRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, "roster_unit_dialog", parent)
        self.unit = unit
        self.row = unit
        self.kind = _combo(self, [(k.label, k) for k in UnitKind], unit.kind if unit else None)
        self.name = QLineEdit(unit.name if unit else "", self)
        others = [(u.name, u.id) for u in units if unit is None or u.id != unit.id]
        self.parent_unit = _combo(self, others, unit.parent_id if unit else None, "—")
        self.phone = QLineEdit(unit.phone or "" if unit else "", self)
        self.email = QLineEdit(unit.email or "" if unit else "", self)
        for field, widget in (("kind", self.kind), ("name", self.name),
                              ("parent", self.parent_unit), ("phone", self.phone),
                              ("email", self.email)):
            self.add_row(field, widget)
        self.retranslate()

    def reread(self) -> Callable[[Database], Any] | None:
        unit_id = self.row.id
        return lambda db: editing.get_unit(db, unit_id)

    def fill(self, row: Any) -> None:
        self.kind.setCurrentIndex(max(self.kind.findData(row.kind), 0))
        self.name.setText(row.name)
        self.parent_unit.setCurrentIndex(max(self.parent_unit.findData(row.parent_id), 0))
        self.phone.setText(row.phone or "")
        self.email.setText(row.email or "")

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Unité") if self.unit else self.tr("Nouvelle unité"))
        self.label_rows({"kind": self.tr("&Type"), "name": self.tr("&Nom"),
                         "parent": self.tr("&Rattachée à"), "phone": self.tr("&Téléphone"),
                         "email": self.tr("&Courriel")})

    def action(self) -> Write:
        draft = UnitDraft(self.kind.currentData(), self.name.text(),
                          self.parent_unit.currentData(), None, self.phone.text(),
                          self.email.text())
        unit_id, seen = (self.unit.id if self.unit else None), self.seen_version
        return lambda db: editing.save_unit(db, draft, unit_id, seen_version=seen).changes


def _shown(phone: str | None) -> str:
    """A stored E.164 number as the office writes it ("01 64 71 75 29")."""
    from desktop.io.phones import display_phone

    return display_phone(phone) if phone else ""


class ReferentDialog(WriteDialog):
    def __init__(self, context: AppContext, units: Sequence[UnitRow],
                 referent: ReferentRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(context, "roster_referent_dialog", parent)
        self.referent = referent
        self.row = referent
        r = referent
        self.first_name = QLineEdit(r.first_name if r else "", self)
        self.last_name = QLineEdit(r.last_name if r else "", self)
        self.role = _combo(self, [(x.label, x) for x in ReferentRole], r.role if r else None)
        self.unit = _combo(self, [(u.name, u.id) for u in units], r.unit_id if r else None, "—")
        self.grade = QLineEdit(r.grade or "" if r else "", self)
        self.phone = QLineEdit(_shown(r.phone) if r else "", self)
        self.mobile = QLineEdit(_shown(r.mobile) if r else "", self)
        self.email = QLineEdit(r.email or "" if r else "", self)
        self.verified = date_edit(self, r.verified_on if r and r.verified_on else None)
        for field, widget in (("first_name", self.first_name), ("last_name", self.last_name),
                              ("grade", self.grade), ("role", self.role), ("unit", self.unit),
                              ("phone", self.phone), ("mobile", self.mobile),
                              ("email", self.email), ("verified_on", self.verified)):
            self.add_row(field, widget)
        self.retranslate()

    def reread(self) -> Callable[[Database], Any] | None:
        referent_id = self.row.id
        return lambda db: editing.get_referent(db, referent_id)

    def fill(self, row: Any) -> None:
        self.first_name.setText(row.first_name)
        self.last_name.setText(row.last_name)
        self.role.setCurrentIndex(max(self.role.findData(row.role), 0))
        self.unit.setCurrentIndex(max(self.unit.findData(row.unit_id), 0))
        self.grade.setText(row.grade or "")
        self.phone.setText(_shown(row.phone))
        self.mobile.setText(_shown(row.mobile))
        self.email.setText(row.email or "")
        self.verified.setDate(row.verified_on or dt.date.today())

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Référent") if self.referent else self.tr("Nouveau référent"))
        self.label_rows({"first_name": self.tr("&Prénom"), "last_name": self.tr("&Nom"),
                         "grade": self.tr("&Grade"),
                         "role": self.tr("&Rôle"), "unit": self.tr("&Unité"),
                         "phone": self.tr("&Téléphone fixe"), "mobile": self.tr("P&ortable"),
                         "email": self.tr("&Courriel"),
                         "verified_on": self.tr("&Vérifié le")})

    def action(self) -> Write:
        draft = ReferentDraft(self.first_name.text(), self.last_name.text(),
                              self.role.currentData(), self.unit.currentData(),
                              self.phone.text(), self.email.text(), date_of(self.verified),
                              mobile=self.mobile.text(), grade=self.grade.text())
        referent_id, seen = (self.referent.id if self.referent else None), self.seen_version
        return lambda db: editing.save_referent(db, draft, referent_id,
                                                seen_version=seen).changes


class AssignDialog(WriteDialog):
    """Assign one référent to many communes: by arrondissement, postal code, unit, or the
    communes selected in the list (or typed INSEE codes), over a validity period."""

    def __init__(self, context: AppContext, referents: Sequence[ReferentRow],
                 units: Sequence[UnitRow], arrondissements: Sequence[str],
                 selected: Sequence[CommuneRow], parent: QWidget | None = None) -> None:
        super().__init__(context, "roster_assign_dialog", parent)
        self.referent = _combo(self, [(f"{r.full_name} — {r.unit_name or r.role.label}", r.id)
                                      for r in referents])
        self.by_list = QRadioButton(self)
        self.by_arrondissement = QRadioButton(self)
        self.by_postal = QRadioButton(self)
        self.by_unit = QRadioButton(self)
        self.communes = QPlainTextEdit(", ".join(r.insee_code for r in selected), self)
        self.communes.setMaximumHeight(70)
        self.arrondissement = _combo(self, [(arrondissement_label(a), a)
                                            for a in arrondissements])
        self.postal_code = QLineEdit(self)
        self.unit = _combo(self, [(u.name, u.id) for u in units])
        (self.by_list if selected else self.by_arrondissement).setChecked(True)
        self.valid_from = date_edit(self, event=False)
        self.open_ended = QCheckBox(self)
        self.open_ended.setChecked(True)
        self.valid_to = date_edit(self, dt.date.today() + dt.timedelta(days=365), event=False)
        self.open_ended.toggled.connect(lambda on: self.valid_to.setEnabled(not on))
        self.valid_to.setEnabled(False)
        for field, widget in (("referent", self.referent), ("by_list", self.by_list),
                              ("communes", self.communes),
                              ("by_arrondissement", self.by_arrondissement),
                              ("arrondissement", self.arrondissement),
                              ("by_postal", self.by_postal), ("postal_code", self.postal_code),
                              ("by_unit", self.by_unit), ("unit", self.unit),
                              ("valid_from", self.valid_from), ("open_ended", self.open_ended),
                              ("valid_to", self.valid_to)):
            self.add_row(field, widget)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Affecter un référent à des communes"))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Affecter"))
        self.by_list.setText(self.tr("Communes choisies (codes INSEE)"))
        self.by_arrondissement.setText(self.tr("Toutes les communes de l'arrondissement"))
        self.by_postal.setText(self.tr("Toutes les communes du code postal"))
        self.by_unit.setText(self.tr("Toutes les communes de l'unité"))
        self.open_ended.setText(self.tr("Sans date de fin"))
        self.label_rows({"referent": self.tr("&Référent"), "by_list": "", "communes": "",
                         "by_arrondissement": "", "arrondissement": self.tr("A&rrondissement"),
                         "by_postal": "", "postal_code": self.tr("&Code postal"), "by_unit": "",
                         "unit": self.tr("&Unité"), "valid_from": self.tr("Valable à partir du"),
                         "open_ended": "", "valid_to": self.tr("Jusqu'au (inclus)")})

    def selection(self) -> CommuneSelection | None:
        """The criteria, or None for the typed list of INSEE codes."""
        if self.by_arrondissement.isChecked():
            return CommuneSelection(arrondissement=self.arrondissement.currentData())
        if self.by_postal.isChecked():
            return CommuneSelection(postal_code=self.postal_code.text().strip())
        if self.by_unit.isChecked():
            return CommuneSelection(unit_id=self.unit.currentData())
        return None

    def action(self) -> Write:
        referent_id = self.referent.currentData()
        if referent_id is None:
            raise ValidationError("referent", self.tr("Choisissez un référent."))
        selection = self.selection()
        codes = [c.strip().upper() for c in self.communes.toPlainText().replace(";", ",")
                 .split(",") if c.strip()]
        start = date_of(self.valid_from)
        end = None if self.open_ended.isChecked() else date_of(self.valid_to)

        def write(db: Database) -> Changes:
            if selection is None:
                ids = assignments.commune_ids_by_code(db, codes)
            else:
                ids = [row.id for row in assignments.select_communes(db, selection)]
            return assignments.assign(db, referent_id, ids, start, end).changes

        return write


class DepartureDialog(WriteDialog):
    """A référent leaves: their communes pass to a successor from a date, in one step."""

    def __init__(self, context: AppContext, referents: Sequence[ReferentRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "roster_departure_dialog", parent)
        items = [(f"{r.full_name} — {r.unit_name or r.role.label} ({r.communes})", r.id)
                 for r in referents]
        self.leaving = _combo(self, items)
        self.successor = _combo(self, items)
        if len(items) > 1:
            self.successor.setCurrentIndex(1)
        self.first_day = date_edit(self, event=False)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        for field, widget in (("leaving", self.leaving), ("successor", self.successor),
                              ("first_day", self.first_day), ("note", self.note)):
            self.add_row(field, widget)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Départ d'un référent"))
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("&Réaffecter"))
        self.note.setText(self.tr("Les rattachements du référent qui part se terminent la "
                                  "veille ; ceux du successeur commencent à la date donnée. "
                                  "L'historique est conservé."))
        self.label_rows({"leaving": self.tr("Référent qui &part"),
                         "successor": self.tr("&Successeur"),
                         "first_day": self.tr("À partir du"), "note": ""})

    def action(self) -> Write:
        leaving, successor = self.leaving.currentData(), self.successor.currentData()
        day = date_of(self.first_day)
        return lambda db: assignments.reassign(db, leaving, successor, day).changes


class ForceDialog(WriteDialog):
    """Settle a "mixte" commune: police or gendarmerie, and the competent unit."""

    def __init__(self, context: AppContext, card: AnswerCard, units: Sequence[UnitRow],
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "roster_force_dialog", parent)
        self.card = card
        self.zone = _combo(self, [(z.label, z) for z in (ForceZone.GN, ForceZone.PN)])
        self.units = units
        self.unit = QComboBox(self)
        self.zone.currentIndexChanged.connect(self._fill_units)
        self._fill_units()
        self.add_row("force_zone", self.zone)
        self.add_row("unit", self.unit)
        self.retranslate()

    def _fill_units(self) -> None:
        zone = ForceZone(self.zone.currentData())  # Qt hands a str enum back as a plain str
        self.unit.clear()
        self.unit.addItem("—", None)
        for unit in self.units:
            if unit.force == zone.label and unit.kind in (
                    UnitKind.BRIGADE, UnitKind.COB, UnitKind.COMMISSARIAT,
                    UnitKind.CIRCONSCRIPTION):
                self.unit.addItem(unit.name, unit.id)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Trancher la force de {0}").format(self.card.name))
        self.label_rows({"force_zone": self.tr("&Force compétente"),
                         "unit": self.tr("&Unité compétente")})

    def action(self) -> Write:
        commune_id, zone, unit_id = (self.card.commune_id, ForceZone(self.zone.currentData()),
                                     self.unit.currentData())
        return lambda db: assignments.decide_force(db, commune_id, zone, unit_id)
