"""The dashboard's yearly documents: "Rapport annuel…" (the PDF, made in the background with
its progress and an Annuler button, then previewed) and "Axes nationaux (CSV)…" (the per-case
file for the observatories). Behaviour only; the page holds the buttons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.files import write_private
from desktop.ui import messages
from desktop.ui.context import AppContext
from desktop.ui.dialogs.file_dialogs import choose_save
from desktop.ui.dialogs.yearly_report_dialog import YearDialog


class YearlyDocuments(QObject):
    previewed = Signal(object)  # the PdfPreviewDialog
    exported = Signal(object)  # the Path written

    def __init__(self, context: AppContext, anchor: QWidget) -> None:
        super().__init__(anchor)
        self.context = context
        self.anchor = anchor
        self.dialog: YearDialog | None = None
        self.preview: QWidget | None = None

    def ask_report(self, year: int) -> YearDialog:
        self.dialog = YearDialog(self.anchor, year)
        self.dialog.chosen.connect(self.make_report)
        self.dialog.open()
        return self.dialog

    def ask_axes_csv(self, year: int) -> YearDialog:
        self.dialog = YearDialog(self.anchor, year, csv=True)
        self.dialog.chosen.connect(lambda chosen: choose_save(
            self.anchor, self.tr("Axes nationaux (CSV)"), f"axes-nationaux-{chosen}.csv",
            self.tr("CSV (*.csv)"), lambda path: self.export_axes(chosen, path)))
        self.dialog.open()
        return self.dialog

    def make_report(self, year: int) -> None:
        from desktop.services.committee.yearly_report import yearly_report_pdf

        def show(pdf: bytes) -> None:
            from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

            self.preview = PdfPreviewDialog(pdf, self.tr("Rapport annuel {0}").format(year),
                                            f"rapport-annuel-{year}.pdf", self.anchor)
            self.preview.open()
            self.previewed.emit(self.preview)

        self.context.query(
            lambda db, token: yearly_report_pdf(db, year, cancelled=lambda: token.requested),
            show, lambda error: messages.failure(self.anchor, error),
            progress_label=self.tr("Préparation du rapport annuel…"), parent=self.anchor,
            cancellable=True)

    def export_axes(self, year: int, path: Path) -> None:
        from desktop.services.committee.axes_export import export_axes_csv

        def write(data: bytes) -> None:
            write_private(Path(path), data)
            self.exported.emit(Path(path))

        self.context.query(lambda db: export_axes_csv(db, year), write,
                           lambda error: messages.failure(self.anchor, error),
                           progress_label=self.tr("Export des axes nationaux…"),
                           parent=self.anchor)
