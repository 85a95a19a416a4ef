"""The "Référents" page's actions: edit units and référents, assign, departure, "mixte"
decision, imports, XLSX export and the annuaire PDF. Kept beside the page (which holds the
search and the card) so that each file has one job."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMenu, QPushButton

from desktop.models.enums import ForceZone
from desktop.services.roster import annuaire, assignments, editing
from desktop.services.roster.records import AnswerCard
from desktop.services.vault.database import Database
from desktop.ui import messages

if TYPE_CHECKING:
    from desktop.ui.pages.referents import ReferentsPage


class ReferentsActions:
    def __init__(self, page: ReferentsPage) -> None:
        self.page = page
        self.context = page.context
        self.toolbar = QHBoxLayout()
        self.people_button = QPushButton(page)
        self.assign_button = QPushButton(page)
        self.departure_button = QPushButton(page)
        self.decide_button = QPushButton(page)
        self.import_button = QPushButton(page)
        self.export_button = QPushButton(page)
        self.print_button = QPushButton(page)
        self.print_menu = QMenu(page)
        self.print_button.setMenu(self.print_menu)
        self.decide_button.setEnabled(False)
        self.people_button.clicked.connect(self.open_people)
        self.assign_button.clicked.connect(self.open_assign)
        self.departure_button.clicked.connect(self.open_departure)
        self.decide_button.clicked.connect(self.open_decide)
        self.import_button.clicked.connect(self.open_import)
        self.export_button.clicked.connect(self.choose_export)
        self.print_menu.aboutToShow.connect(self._fill_print_menu)
        for button in (self.people_button, self.assign_button, self.departure_button,
                       self.decide_button, self.import_button, self.export_button,
                       self.print_button):
            self.toolbar.addWidget(button)
        self.toolbar.addStretch()
        self.last_dialog: object = None

    def retranslate(self) -> None:
        tr = self.page.tr
        self.people_button.setText(tr("Unités et référents…"))
        self.assign_button.setText(tr("&Affecter un référent…"))
        self.departure_button.setText(tr("&Départ d'un référent…"))
        self.decide_button.setText(tr("&Trancher…"))
        self.decide_button.setToolTip(tr("Décider de la force d'une commune mixte"))
        self.import_button.setText(tr("&Importer…"))
        self.export_button.setText(tr("&Exporter (XLSX)…"))
        self.print_button.setText(tr("Imprimer l'a&nnuaire…"))

    def card_changed(self, card: AnswerCard) -> None:
        self.decide_button.setEnabled(card.force_zone is ForceZone.MIXTE)

    def _show(self, dialog: object) -> None:
        self.last_dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def open_people(self) -> None:
        from desktop.ui.dialogs.roster_people import PeopleDialog

        self._show(PeopleDialog(self.context, self.page))

    def open_assign(self) -> None:
        from desktop.ui.dialogs.roster_dialogs import AssignDialog

        selected = self.page.selected_communes()

        def load(db: Database) -> tuple[object, ...]:
            return (editing.list_referents(db), editing.list_units(db),
                    assignments.arrondissements(db))

        self.context.query(load, lambda r: self._show(
            AssignDialog(self.context, r[0], r[1], r[2], selected, self.page)))

    def open_departure(self) -> None:
        from desktop.ui.dialogs.roster_dialogs import DepartureDialog

        self.context.query(editing.list_referents, lambda referents: self._show(
            DepartureDialog(self.context, referents, self.page)))

    def open_decide(self) -> None:
        from desktop.ui.dialogs.roster_dialogs import ForceDialog

        card = self.page.card
        if card is not None:
            self.context.query(editing.list_units, lambda units: self._show(
                ForceDialog(self.context, card, units, self.page)))

    def open_import(self) -> None:
        from desktop.ui.dialogs.roster_import import ImportDialog

        self._show(ImportDialog(self.context, self.page))

    def choose_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.page, self.page.tr("Exporter l'annuaire (XLSX)"), "referents.xlsx",
            self.page.tr("Classeur Excel (*.xlsx)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        self.context.query(
            lambda db: annuaire.export_referents_xlsx(db, path),
            lambda lines: messages.info(self.page, self.page.tr("Export terminé"),
                                        self.page.tr("{0} ligne(s) écrite(s) dans {1}.")
                                        .format(lines, path)),
            lambda error: self.context.runner.show_failure(error, self.page),
            progress_label=self.page.tr("Export en cours…"), parent=self.page)

    def _fill_print_menu(self) -> None:
        tr = self.page.tr
        self.print_menu.clear()
        self.print_menu.addAction(tr("Tout le département, par arrondissement"),
                                  lambda: self.print_annuaire(None, "arrondissement"))
        self.print_menu.addAction(tr("Tout le département, par force"),
                                  lambda: self.print_annuaire(None, "force"))
        card = self.page.card
        if card is not None and card.arrondissement:
            arrondissement = card.arrondissement
            self.print_menu.addAction(tr("Arrondissement {0} seulement").format(arrondissement),
                                      lambda: self.print_annuaire(arrondissement,
                                                                  "arrondissement"))

    def print_annuaire(self, arrondissement: str | None, group_by: str) -> None:
        from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        def done(pdf: bytes) -> None:
            suffix = f"-{arrondissement}" if arrondissement else ""
            self._show(PdfPreviewDialog(pdf, self.page.tr("Annuaire des référents sûreté"),
                                        f"annuaire-referents{suffix}.pdf", self.page))

        self.context.query(
            lambda db: annuaire.annuaire_pdf(db, arrondissement=arrondissement,
                                             group_by=group_by),  # type: ignore[arg-type]
            done, lambda error: self.context.runner.show_failure(error, self.page),
            progress_label=self.page.tr("Mise en page de l'annuaire…"), parent=self.page)
