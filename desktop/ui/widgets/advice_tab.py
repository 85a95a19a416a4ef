"""The "Conseils" tab: the advice register (article 4), its actions and the cover letter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.measures import advice
from desktop.services.measures.records import AdviceRow, AdviceStatus
from desktop.ui.context import AppContext
from desktop.ui.dialogs.advice_dialogs import (
    AdviceDoneDialog,
    AdviceRequestDialog,
    AssignReferentDialog,
)
from desktop.ui.table_models.rows import RowsTableModel, short_date
from desktop.ui.widgets.row_tables import list_view


class AdviceTab(QWidget):
    loaded = Signal(int)
    letter_shown = Signal(object)  # the preview dialog

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: QDialog | None = None
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")
        self.new_button = QPushButton(self)
        self.assign_button = QPushButton(self)
        self.done_button = QPushButton(self)
        self.letter_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_request)
        self.assign_button.clicked.connect(self.assign)
        self.done_button.clicked.connect(self.done)
        self.letter_button.clicked.connect(self.letter)
        self.model: RowsTableModel[AdviceRow] = RowsTableModel([], self)
        self.table = list_view(self.model, self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addStretch()
        for button in (self.assign_button, self.done_button, self.letter_button):
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self.retranslate()
        self._selection_changed()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&Nouvelle demande…"))
        self.assign_button.setText(self.tr("&Désigner le référent…"))
        self.done_button.setText(self.tr("Conseil &réalisé…"))
        self.letter_button.setText(self.tr("&Lettre d'accompagnement…"))
        self.table.setAccessibleName(self.tr("Demandes de conseil de sûreté"))
        self.model.set_columns([
            (self.tr("Demandé le"), lambda r: short_date(r.requested_on)),
            (self.tr("Type"), lambda r: r.kind.label),
            (self.tr("Demandeur"), lambda r: r.requester),
            (self.tr("Commune"), lambda r: r.commune_name or ""),
            (self.tr("Référent"), lambda r: r.referent_name or ""),
            (self.tr("Réalisé le"), lambda r: short_date(r.done_on)),
            (self.tr("État"), lambda r: r.status.label),
        ])

    def reload(self) -> None:
        self.context.query(advice.list_advice, self._show)

    def _show(self, rows: list[AdviceRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        done = sum(1 for row in rows if row.status is AdviceStatus.DONE)
        self.count.setText(self.tr("{0} demande(s), dont {1} réalisée(s)").format(len(rows), done))
        self._selection_changed()
        self.loaded.emit(len(rows))

    def selected(self) -> AdviceRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.assign_button.setEnabled(row is not None and row.status is not AdviceStatus.DONE)
        self.done_button.setEnabled(row is not None and row.referent_id is not None)
        self.letter_button.setEnabled(row is not None and row.status is AdviceStatus.DONE)

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def new_request(self) -> None:
        self._open(AdviceRequestDialog(self.context, self))

    def assign(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(AssignReferentDialog(self.context, row, self))

    def done(self) -> None:
        row = self.selected()
        if row is not None:
            self._open(AdviceDoneDialog(self.context, row, self))

    def letter(self) -> None:
        row = self.selected()
        if row is None:
            return
        request_id = row.id
        self.context.query(lambda db: advice.cover_letter_pdf(db, request_id),
                           lambda pdf: self._preview(pdf, row),
                           lambda error: self.context.runner.show_failure(error, self))

    def _preview(self, pdf: bytes, row: AdviceRow) -> None:
        from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(pdf, self.tr("Lettre d'accompagnement — {0}").format(
            row.requester), f"conseil-surete-{row.id}.pdf", self)
        self._open(dialog)
        self.letter_shown.emit(dialog)
