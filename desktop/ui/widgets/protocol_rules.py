"""The "Protocole" tab of Préférences: the office's rules (référents à vérifier after N months,
the small-count threshold, the comité's frequency), then the steps' delays and the severity
labels (the same tab as on the Mesures page, each change saved by its own dialog).

The three rules are saved with the dialog's "Enregistrer"; ``pending()`` says what to write, or
raises the one French line that says the allowed range."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desktop.errors import ValidationError
from desktop.services.vault import office_rules
from desktop.services.vault.changes import Changes
from desktop.services.vault.office_rules import OfficeRules
from desktop.ui.context import AppContext
from desktop.ui.widgets.follow_up_tabs import FollowUpSettingsTab

TABLE_MIN_HEIGHT = 112
FIELDS = ("stale_referent_months", "small_count_threshold", "committee_every_months")


class ProtocolRulesTab(QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.rules: OfficeRules | None = None
        """As read from the vault (None until the read comes back)."""
        self.rules_title = QLabel(self)
        self.rules_title.setProperty("role", "heading")
        self.spins: dict[str, QSpinBox] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for name in FIELDS:
            spin = QSpinBox(self)
            spin.setRange(0, 999)  # the service's range is said, and checked, on saving
            spin.setObjectName(name)
            spin.setEnabled(False)
            self.spins[name] = spin
            self.labels[name] = QLabel(self)
            self.labels[name].setBuddy(spin)
            form.addRow(self.labels[name], spin)
        self.ranges = QLabel(self)
        self.ranges.setProperty("role", "muted")
        self.ranges.setWordWrap(True)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.follow_up = FollowUpSettingsTab(context, self)
        for table in (self.follow_up.delays_table, self.follow_up.levels_table):
            table.setMinimumHeight(TABLE_MIN_HEIGHT)  # a few rows, even in a small dialog
        layout = QVBoxLayout(self)
        layout.addWidget(self.rules_title)
        layout.addLayout(form)
        layout.addWidget(self.ranges)
        layout.addWidget(self.error)
        layout.addWidget(self.follow_up, 1)
        context.changed.connect(self._changed)
        self.retranslate()

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.CASES and not self.context.locked:  # a delay or a label saved
            self.follow_up.reload()

    @property
    def stale_months(self) -> QSpinBox:
        return self.spins["stale_referent_months"]

    @property
    def threshold(self) -> QSpinBox:
        return self.spins["small_count_threshold"]

    @property
    def committee_every(self) -> QSpinBox:
        return self.spins["committee_every_months"]

    def retranslate(self) -> None:
        self.rules_title.setText(self.tr("Règles du protocole"))
        texts = {"stale_referent_months": self.tr("&Référents à vérifier après :"),
                 "small_count_threshold": self.tr("&Seuil des petits effectifs :"),
                 "committee_every_months": self.tr("&Comité de suivi tous les :")}
        names = {"stale_referent_months": self.tr("Mois sans vérification avant qu'un "
                                                  "référent soit à vérifier"),
                 "small_count_threshold": self.tr("Seuil des petits effectifs, masqués "
                                                  "« < N » dans les documents"),
                 "committee_every_months": self.tr("Mois entre deux séances du comité de "
                                                   "suivi")}
        for name in FIELDS:
            self.labels[name].setText(texts[name])
            self.spins[name].setAccessibleName(names[name])
        self.stale_months.setSuffix(self.tr(" mois"))
        self.committee_every.setSuffix(self.tr(" mois"))
        self.threshold.setToolTip(self.tr(
            "Un effectif de 1 à N − 1 sort de l'application sous la forme « < N » (tableaux, "
            "PDF, exports) ; zéro reste 0."))
        self.ranges.setText(self.tr(
            "Référents : de 1 à 60 mois ; seuil : de 2 à 20 ; comité : tous les 1 à 24 mois."))
        self.follow_up.retranslate()

    def reload(self) -> None:
        self.context.query(office_rules.read_rules, self._show)
        self.follow_up.reload()

    def _show(self, rules: OfficeRules) -> None:
        self.rules = rules
        for name in FIELDS:
            self.spins[name].setValue(getattr(rules, name))
            self.spins[name].setEnabled(True)
        self.loaded.emit()

    def typed(self) -> OfficeRules:
        return OfficeRules(*(self.spins[name].value() for name in FIELDS))

    def pending(self) -> OfficeRules | None:
        """The rules to save (None when unchanged or not read yet); ``ValidationError`` with
        its French line, shown here, when one is out of its range."""
        if self.rules is None:
            return None
        rules = self.typed()
        try:
            office_rules.validate(rules)
        except ValidationError as error:
            self.show_error(error)
            raise
        self.error.clear()
        return None if rules == self.rules else rules

    def show_error(self, error: Exception) -> None:
        self.error.setText(str(error))
        field = getattr(error, "field", None)
        if field in self.spins:
            self.spins[field].setFocus()
            self.spins[field].selectAll()
