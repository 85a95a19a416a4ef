"""Choose the year of the yearly report or of the observatories' CSV: the dashboard opens it
from "Rapport annuel…" and "Axes nationaux (CSV)…", then does the work in the background."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QSpinBox, QWidget

from desktop.ui.dialogs.form_dialog import FormDialog

FIRST_YEAR = 2000


class YearDialog(FormDialog):
    chosen = Signal(int)

    def __init__(self, parent: QWidget | None, year: int, *, csv: bool = False) -> None:
        super().__init__(parent, minimum_width=460)
        self.setObjectName("yearly_report_dialog")
        self.csv = csv
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.year = QSpinBox(self)
        self.year.setRange(FIRST_YEAR, dt.date.today().year)
        self.year.setValue(year)
        self.year_label = QLabel(self)
        self.year_label.setBuddy(self.year)
        form = QFormLayout()
        form.addRow(self.year_label, self.year)
        self.add_content(self.intro)
        self.add_content(form)
        self.retranslate()

    def retranslate(self) -> None:
        if self.csv:
            self.setWindowTitle(self.tr("Axes nationaux (CSV)"))
            self.intro.setText(self.tr(
                "Les signalements de l'année, un par ligne, sur les axes des observatoires "
                "nationaux : numéro de dossier, mois et champs codés seulement (ni nom, ni "
                "commune, ni texte libre)."))
            ok = self.tr("Exporter…")
        else:
            self.setWindowTitle(self.tr("Rapport annuel"))
            self.intro.setText(self.tr(
                "Chaque axe des observatoires nationaux comparé à l'année précédente, les "
                "mesures du protocole, les conseils, les alertes et la vidéoprotection ; les "
                "petits effectifs sont masqués."))
            ok = self.tr("Produire le rapport")
        self.year_label.setText(self.tr("Année des faits"))
        self.year.setAccessibleName(self.tr("Année des faits"))
        self.set_button_texts(ok, self.tr("Annuler"))

    def accept(self) -> None:
        year = self.year.value()
        super().accept()
        self.chosen.emit(year)
