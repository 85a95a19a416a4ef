"""The advice register's dialogs: a new request, the référent designated, the advice given."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from desktop.errors import ValidationError
from desktop.models.enums import AdviceKind
from desktop.services.measures import advice
from desktop.services.measures.records import AdviceInput, AdviceRow, ReferentChoice
from desktop.services.measures.records import referent_choices as find_referents
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.write_dialog import Write, WriteDialog, date_edit, date_of
from desktop.ui.widgets.commune_field import CommuneField
from desktop.ui.widgets.practitioner_picker import PractitionerPicker


class AdviceRequestDialog(WriteDialog):
    """Who asks (a practitioner, or a structure), what, when, where."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, "advice_request_dialog", parent, minimum_width=560)
        self.kind = QComboBox(self)
        for kind in AdviceKind:
            self.kind.addItem(kind.label, kind.value)
        self.picker = PractitionerPicker(context, self)
        self.structure = QLineEdit(self)
        self.commune = CommuneField(context, self)
        self.requested_on = date_edit(self)
        self.add_row("kind", self.kind)
        self.add_row("practitioner", self.picker)
        self.add_row("structure", self.structure)
        self.add_row("commune", self.commune)
        self.add_row("requested_on", self.requested_on)
        self.setWindowTitle(self.tr("Nouvelle demande de conseil de sûreté"))
        self.label_rows({
            "kind": self.tr("&Type :"), "practitioner": self.tr("&Praticien :"),
            "structure": self.tr("ou &structure :"), "commune": self.tr("&Commune :"),
            "requested_on": self.tr("&Demandé le :"),
        })
        self.structure.setPlaceholderText(self.tr("maison de santé, officine… (sans praticien)"))
        self.commune.search.setPlaceholderText(
            self.tr("celle du praticien si vide ; nom, code postal ou INSEE"))
        self.retranslate()
        self.picker.refresh()

    def action(self) -> Write:
        summary = self.picker.selected()
        data = AdviceInput(AdviceKind(self.kind.currentData()), date_of(self.requested_on),
                           self.commune.code(),
                           practitioner_id=summary.id if summary else None,
                           structure=self.structure.text())
        return lambda db: advice.request_advice(db, data).changes


class AssignReferentDialog(WriteDialog):
    """The référent sûreté from the roster: those assigned to the commune come first (★)."""

    def __init__(self, context: AppContext, row: AdviceRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "assign_referent_dialog", parent)
        self.request_id = row.id
        self.row = row
        self.referent = QComboBox(self)
        self.referent.setMinimumContentsLength(40)
        self.assigned_on = date_edit(self)
        self.add_row("referent", self.referent)
        self.add_row("assigned_on", self.assigned_on)
        self.setWindowTitle(self.tr("Désigner le référent sûreté — {0}").format(row.requester))
        self.label_rows({"referent": self.tr("&Référent :"),
                         "assigned_on": self.tr("&Désigné le :")})
        self.retranslate()
        commune_id = row.commune_id
        context.query(lambda db: find_referents(db, commune_id), self.set_referents)

    def set_referents(self, choices: list[ReferentChoice]) -> None:
        self.referent.clear()
        for choice in choices:
            self.referent.addItem(choice.text, choice.id)

    def action(self) -> Write:
        referent_id = self.referent.currentData()
        if referent_id is None:
            raise ValidationError("referent", self.tr(
                "Aucun référent sûreté dans l'annuaire : saisissez-le d'abord (page Référents)."))
        request_id, on = self.request_id, date_of(self.assigned_on)
        seen = self.seen_version  # a colleague's save since refuses this one
        return lambda db: advice.assign_referent(db, request_id, referent_id, on,
                                                 seen_version=seen)

    def reread(self) -> Callable[[Database], Any] | None:
        request_id = self.request_id
        return lambda db: advice.get_advice(db, request_id)

    def fill(self, row: Any) -> None:
        """As the dialog opens for ``row``: its référent (else the first choice), its date
        (else today)."""
        index = 0
        if row.referent_id is not None:
            index = self.referent.findData(row.referent_id)
            if index < 0:
                self.referent.addItem(row.referent_name or "?", row.referent_id)
                index = self.referent.count() - 1
        self.referent.setCurrentIndex(index)
        self.assigned_on.setDate(row.assigned_on or dt.date.today())


class AdviceDoneDialog(WriteDialog):
    """The advice was given: when, and the outcome (one recommendation a line)."""

    def __init__(self, context: AppContext, row: AdviceRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "advice_done_dialog", parent)
        self.request_id = row.id
        self.row = row
        self.done_on = date_edit(self, row.done_on or dt.date.today())
        self.outcome = QPlainTextEdit(self)
        self.outcome.setPlainText(row.outcome or "")
        self.add_row("done_on", self.done_on)
        self.add_row("outcome", self.outcome)
        self.setWindowTitle(self.tr("Conseil réalisé — {0}").format(row.requester))
        self.label_rows({"done_on": self.tr("&Réalisé le :"),
                         "outcome": self.tr("Pr&éconisations :")})
        self.outcome.setPlaceholderText(self.tr("une préconisation par ligne"))
        self.retranslate()

    def action(self) -> Write:
        request_id, on, text = self.request_id, date_of(self.done_on), self.outcome.toPlainText()
        seen = self.seen_version  # a colleague's save since refuses this one
        return lambda db: advice.record_done(db, request_id, on, text, seen_version=seen)

    def reread(self) -> Callable[[Database], Any] | None:
        request_id = self.request_id
        return lambda db: advice.get_advice(db, request_id)

    def fill(self, row: Any) -> None:
        self.done_on.setDate(row.done_on or dt.date.today())
        self.outcome.setPlainText(row.outcome or "")
