"""Preview PDF bytes with QtPdf, then "Enregistrer sous…" or "Imprimer…".

The document is read from memory (a ``QBuffer``): no plaintext copy of a sensitive document is
ever written to a temporary folder. Saving writes only where the user chose.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.files import write_private
from desktop.ui import messages
from desktop.ui.dialogs.file_dialogs import choose_save
from desktop.ui.geometry import preserve_geometry
from desktop.ui.saved import announce_saved
from desktop.ui.screen_fit import resize_within_screen

PRINT_DPI = 300


class PdfPreviewDialog(QDialog):
    def __init__(
        self, pdf: bytes, title: str, suggested_name: str, parent: QWidget | None = None,
        *, print_first: bool = False,
    ) -> None:
        """``print_first``: for a paper-only document (the recovery sheet, never to be
        digitised), "Imprimer…" comes first and is the default button; saving stays possible
        but Enter never saves."""
        super().__init__(parent)
        self.pdf = pdf
        self.title = title
        self.suggested_name = suggested_name
        self._buffer = QBuffer(self)  # must outlive the document, which reads from it
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        self.buttons = QDialogButtonBox(self)
        self.save_button = QPushButton(self)
        self.print_button = QPushButton(self)
        self.close_button = QPushButton(self)
        first, second = ((self.print_button, self.save_button) if print_first
                         else (self.save_button, self.print_button))
        self.buttons.addButton(first, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(second, QDialogButtonBox.ButtonRole.ActionRole)
        if print_first:
            self.save_button.setAutoDefault(False)
            self.print_button.setDefault(True)
            self.print_button.setFocus()
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.clicked.connect(self.save_as)
        self.print_button.clicked.connect(self.print_document)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        self.saved_line = QLabel(self)  # "Enregistré : <path>" once saved
        self.saved_line.setProperty("role", "muted")
        self.saved_line.setWordWrap(True)
        self.saved_line.hide()
        layout.addWidget(self.view)
        layout.addWidget(self.saved_line)
        layout.addWidget(self.buttons)
        resize_within_screen(self, 720, 860)
        preserve_geometry(self, "pdf_preview")
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Aperçu : {0}").format(self.title))
        self.view.setAccessibleName(self.tr("Aperçu du document"))
        self.save_button.setText(self.tr("&Enregistrer sous…"))
        self.print_button.setText(self.tr("&Imprimer…"))
        self.close_button.setText(self.tr("&Fermer"))

    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def save_as(self) -> None:
        choose_save(self, self.tr("Enregistrer le document"), Path.home() / self.suggested_name,
                    self.tr("Document PDF (*.pdf)"), self.save_to)

    def save_to(self, path: Path) -> None:
        if path.suffix.lower() != ".pdf":
            path = path.with_suffix(".pdf")
        try:
            write_private(path, self.pdf)
        except OSError as error:
            messages.error(self, self.tr("Le document n'a pas été enregistré : {0}").format(
                error.strerror or error))
            return
        announce_saved(self, path, self.saved_line)

    def print_document(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Imprimer : {0}").format(self.title))
        # Window-modal (never a nested event loop): the pages are painted once it is accepted.
        dialog.finished.connect(lambda result: self.render_to(printer)
                                if result == QDialog.DialogCode.Accepted.value else None)
        dialog.open()
        self.print_dialog = dialog

    def render_to(self, printer: object) -> None:
        """Paint every page, scaled to the printable area, onto ``printer`` (a ``QPrinter``)."""
        from PySide6.QtPrintSupport import QPrinter

        assert isinstance(printer, QPrinter)
        painter = QPainter()
        if not painter.begin(printer):
            messages.error(self, self.tr("L'imprimante n'a pas pu être ouverte."))
            return
        try:
            for index in range(self.page_count):
                if index:
                    printer.newPage()
                area = printer.pageRect(QPrinter.Unit.DevicePixel)
                points = self.document.pagePointSize(index)
                scale = min(area.width() / points.width(), area.height() / points.height())
                target = QRectF(QPointF(0, 0), points * scale)
                # Rendered at PRINT_DPI, not at the printer's resolution (1200 dpi is 0.5 GB).
                pixels = (points * PRINT_DPI / 72).toSize()
                image: QImage = self.document.render(index, QSize(pixels))
                painter.drawImage(target, image)
        finally:
            painter.end()
