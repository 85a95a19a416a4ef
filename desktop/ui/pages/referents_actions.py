"""The "Référents" page's actions: edit units and référents, assign, departure, "mixte"
decision, imports, XLSX export and the annuaire PDF. Kept beside the page (which holds the
search and the card) so that each file has one job."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QPushButton, QTableView

from desktop.models.enums import ForceZone
from desktop.services.roster import annuaire, assignments, editing
from desktop.services.roster.records import AnswerCard, CommuneRow
from desktop.services.vault.database import Database
from desktop.ui import messages
from desktop.ui.context import AppContext
from desktop.ui.dialogs.file_dialogs import choose_save
from desktop.ui.table_models.roster import CommuneTableModel
from desktop.ui.widgets.flow_layout import FlowLayout


class ReferentsActions(QObject):
    """The toolbar (``toolbar``, laid out by the page) and what its buttons do, on the
    communes selected in ``table`` and the answer card last shown (``card_changed``)."""

    def __init__(self, context: AppContext, table: QTableView,
                 model: CommuneTableModel) -> None:
        super().__init__(table)
        self.context = context
        self.table, self.model = table, model
        self.card: AnswerCard | None = None
        self.toolbar = FlowLayout()  # wraps on a narrow screen
        self.people_button = QPushButton()
        self.assign_button = QPushButton()
        self.departure_button = QPushButton()
        self.decide_button = QPushButton()
        self.import_button = QPushButton()
        self.export_button = QPushButton()
        self.print_button = QPushButton()
        self.print_menu = QMenu(table)
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
        self.last_dialog: object = None

    def retranslate(self) -> None:
        tr = self.tr
        self.people_button.setText(tr("Unités et référents…"))
        self.assign_button.setText(tr("&Affecter un référent…"))
        self.departure_button.setText(tr("&Départ d'un référent…"))
        self.decide_button.setText(tr("&Trancher…"))
        self.decide_button.setToolTip(tr("Décider de la force d'une commune mixte"))
        self.import_button.setText(tr("&Importer…"))
        self.export_button.setText(tr("&Exporter (XLSX)…"))
        self.print_button.setText(tr("Imprimer l'a&nnuaire…"))

    def card_changed(self, card: AnswerCard | None) -> None:
        self.card = card
        self.decide_button.setEnabled(card is not None and card.force_zone is ForceZone.MIXTE)

    def selected_communes(self) -> list[CommuneRow]:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        return [row for r in sorted(rows) if (row := self.model.row_at(r)) is not None]

    def _show(self, dialog: object) -> None:
        self.last_dialog = dialog
        dialog.open()  # type: ignore[attr-defined]

    def open_people(self) -> None:
        from desktop.ui.dialogs.roster_people import PeopleDialog

        self._show(PeopleDialog(self.context, self.table))

    def open_assign(self) -> None:
        from desktop.ui.dialogs.roster_dialogs import AssignDialog

        selected = self.selected_communes()

        def load(db: Database) -> tuple[object, ...]:
            return (editing.list_referents(db), editing.list_units(db),
                    assignments.arrondissements(db))

        self.context.query(load, lambda r: self._show(
            AssignDialog(self.context, r[0], r[1], r[2], selected, self.table)))

    def open_departure(self) -> None:
        from desktop.ui.dialogs.roster_dialogs import DepartureDialog

        self.context.query(editing.list_referents, lambda referents: self._show(
            DepartureDialog(self.context, referents, self.table)))

    def open_decide(self) -> None:
        from desktop.ui.dialogs.roster_dialogs import ForceDialog

        card = self.card
        if card is not None:
            self.context.query(editing.list_units, lambda units: self._show(
                ForceDialog(self.context, card, units, self.table)))

    def open_import(self) -> None:
        from desktop.ui.dialogs.roster_import import ImportDialog

        self._show(ImportDialog(self.context, self.table))

    def choose_export(self) -> None:
        choose_save(self.table, self.tr("Exporter l'annuaire (XLSX)"), "referents.xlsx",
                    self.tr("Classeur Excel (*.xlsx)"), self.export_to)

    def export_to(self, path: Path) -> None:
        self.context.query(
            lambda db: annuaire.export_referents_xlsx(db, path),
            lambda lines: messages.info(self.table, self.tr("Export terminé"),
                                        self.tr("{0} ligne(s) écrite(s) dans {1}.")
                                        .format(lines, path)),
            lambda error: self.context.runner.show_failure(error, self.table),
            progress_label=self.tr("Export en cours…"), parent=self.table)

    def _fill_print_menu(self) -> None:
        from desktop.io.arrondissements import arrondissement_title

        tr = self.tr
        self.print_menu.clear()
        self.print_menu.addAction(tr("Tout le département, par arrondissement"),
                                  lambda: self.print_annuaire(None, "arrondissement"))
        self.print_menu.addAction(tr("Tout le département, par force"),
                                  lambda: self.print_annuaire(None, "force"))
        card = self.card
        if card is not None and card.arrondissement:
            arrondissement = card.arrondissement
            title = arrondissement_title(arrondissement)
            self.print_menu.addAction(tr("{0} seulement").format(title),
                                      lambda: self.print_annuaire(arrondissement,
                                                                  "arrondissement"))

    def print_annuaire(self, arrondissement: str | None, group_by: str) -> None:
        from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        def done(pdf: bytes) -> None:
            suffix = f"-{arrondissement}" if arrondissement else ""
            self._show(PdfPreviewDialog(pdf, self.tr("Annuaire des référents sûreté"),
                                        f"annuaire-referents{suffix}.pdf", self.table))

        self.context.query(
            lambda db: annuaire.annuaire_pdf(db, arrondissement=arrondissement,
                                             group_by=group_by),  # type: ignore[arg-type]
            done, lambda error: self.context.runner.show_failure(error, self.table),
            progress_label=self.tr("Mise en page de l'annuaire…"), parent=self.table)
