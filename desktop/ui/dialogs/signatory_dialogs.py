"""Dialogs of the "Signataires" tab: organisation, function, person, and appointing a person
to a function (a tenure). Each saves through ``signatory_edits`` on the worker."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.models.enums import Civility, OrganisationKind
from desktop.services.signatories import edits, queries
from desktop.services.signatories.records import (
    OrganisationRow,
    PersonRow,
    PositionRow,
)
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.write_dialog import Write, WriteDialog
from desktop.ui.widgets.date_field import date_edit, date_of


class OrganisationDialog(WriteDialog):
    def __init__(self, context: AppContext, row: OrganisationRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "organisation_dialog", parent)
        self.row = row
        self.kind = QComboBox(self)
        for kind in OrganisationKind:
            self.kind.addItem(kind.label, kind)
        self.name = QLineEdit(self)
        self.short_name = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setMaximumHeight(70)
        for field, widget in (("kind", self.kind), ("name", self.name),
                              ("short_name", self.short_name), ("address", self.address)):
            self.add_row(field, widget)
        if row is not None:
            self.fill(row)
        self.retranslate()

    def reread(self) -> Callable[[Database], Any] | None:
        key = self.row.id
        return lambda db: queries.get_organisation(db, key)

    def fill(self, row: Any) -> None:
        self.kind.setCurrentIndex(self.kind.findData(row.kind))
        self.name.setText(row.name)
        self.short_name.setText(row.short_name or "")
        self.address.setPlainText(row.address or "")

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Organisation") if self.row else
                            self.tr("Nouvelle organisation"))
        self.label_rows({"kind": self.tr("&Type"), "name": self.tr("&Nom"),
                         "short_name": self.tr("&Sigle"), "address": self.tr("&Adresse")})

    def action(self) -> Write:
        key, seen = (self.row.id if self.row else None), self.seen_version
        kind, name = self.kind.currentData(), self.name.text()
        short, address = self.short_name.text(), self.address.toPlainText()
        return lambda db: edits.save_organisation(db, key, kind, name, short, address,
                                                  seen_version=seen)


class PositionDialog(WriteDialog):
    def __init__(self, context: AppContext, organisations: tuple[OrganisationRow, ...],
                 row: PositionRow | None, organisation_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "position_dialog", parent)
        self.row = row
        self.organisation = QComboBox(self)
        for organisation in organisations:
            self.organisation.addItem(organisation.name, organisation.id)
        chosen = row.organisation_id if row else organisation_id
        if chosen is not None:
            self.organisation.setCurrentIndex(self.organisation.findData(chosen))
        self.title = QLineEdit(self)
        self.title_feminine = QLineEdit(self)
        for field, widget in (("organisation_id", self.organisation), ("title", self.title),
                              ("title_feminine", self.title_feminine)):
            self.add_row(field, widget)
        if row is not None:
            self.fill(row)
        self.retranslate()

    def reread(self) -> Callable[[Database], Any] | None:
        key = self.row.id
        return lambda db: queries.get_position(db, key)

    def fill(self, row: Any) -> None:
        self.organisation.setCurrentIndex(self.organisation.findData(row.organisation_id))
        self.title.setText(row.title)
        self.title_feminine.setText(row.title_feminine or "")

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Fonction") if self.row else self.tr("Nouvelle fonction"))
        self.label_rows({"organisation_id": self.tr("&Organisation"),
                         "title": self.tr("Intitulé (&masculin)"),
                         "title_feminine": self.tr("Intitulé (&féminin)")})
        self.title.setPlaceholderText(self.tr("Procureur de la République près le tribunal "
                                              "judiciaire de Meaux"))
        self.title_feminine.setPlaceholderText(self.tr("Procureure de la République près le "
                                                       "tribunal judiciaire de Meaux"))

    def action(self) -> Write:
        key, seen = (self.row.id if self.row else None), self.seen_version
        organisation = self.organisation.currentData()
        title, feminine = self.title.text(), self.title_feminine.text()
        return lambda db: edits.save_position(db, key, organisation, title, feminine,
                                              seen_version=seen)


class PersonDialog(WriteDialog):
    def __init__(self, context: AppContext, row: PersonRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "person_dialog", parent)
        self.row = row
        self.civility = QComboBox(self)
        self.civility.addItem("", None)
        for civility in Civility:
            self.civility.addItem(civility.label, civility)
        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        for field, widget in (("civility", self.civility), ("first_name", self.first_name),
                              ("last_name", self.last_name), ("email", self.email),
                              ("phone", self.phone)):
            self.add_row(field, widget)
        if row is not None:
            self.fill(row)
        self.retranslate()

    def reread(self) -> Callable[[Database], Any] | None:
        key = self.row.id
        return lambda db: queries.get_person(db, key)

    def fill(self, row: Any) -> None:
        from desktop.io.phones import display_phone

        self.civility.setCurrentIndex(self.civility.findData(row.civility))
        self.first_name.setText(row.first_name)
        self.last_name.setText(row.last_name)
        self.email.setText(row.email or "")
        self.phone.setText(display_phone(row.phone) if row.phone else "")

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Personne") if self.row else self.tr("Nouvelle personne"))
        self.label_rows({"civility": self.tr("&Civilité"), "first_name": self.tr("&Prénom"),
                         "last_name": self.tr("&Nom"), "email": self.tr("C&ourriel"),
                         "phone": self.tr("&Téléphone")})

    def action(self) -> Write:
        key, seen = (self.row.id if self.row else None), self.seen_version
        values = (self.civility.currentData(), self.first_name.text(), self.last_name.text(),
                  self.email.text(), self.phone.text())
        return lambda db: edits.save_person(db, key, *values, seen_version=seen)


class TenureDialog(WriteDialog):
    """Appoint a person to a function from a date (the previous holder leaves the day
    before), optionally until a date."""

    def __init__(self, context: AppContext, person: PersonRow,
                 positions: tuple[PositionRow, ...], position_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "tenure_dialog", parent)
        self.person = person
        self.position = QComboBox(self)
        for position in positions:
            holder = f" ({position.holder.display_name})" if position.holder else ""
            self.position.addItem(f"{position.title}{holder}", position.id)
        if position_id is not None:
            self.position.setCurrentIndex(self.position.findData(position_id))
        self.started_on = date_edit(self, event=False)
        self.has_end = QCheckBox(self)
        self.ended_on = date_edit(self, event=False)
        self.ended_on.setEnabled(False)
        self.has_end.toggled.connect(self.ended_on.setEnabled)
        self.add_row("position_id", self.position)
        self.add_row("started_on", self.started_on)
        self.fields["ended_on"] = self.ended_on
        self.form.addRow(self.has_end, self.ended_on)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Nommer {0} à une fonction")
                            .format(self.person.display_name))
        self.has_end.setText(self.tr("&Jusqu'au"))
        self.label_rows({"position_id": self.tr("&Fonction"),
                         "started_on": self.tr("À &partir du")})

    def action(self) -> Write:
        person, position = self.person.id, self.position.currentData()
        start = date_of(self.started_on)
        end: dt.date | None = date_of(self.ended_on) if self.has_end.isChecked() else None
        return lambda db: edits.add_tenure(db, person, position, start, end)
