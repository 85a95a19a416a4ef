"""The practitioner's consent form to the 17 pre-registration, shown in the PDF viewer (to
print or save): the practitioners' list and the request dialog both offer it."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktop.ui.context import AppContext


def print_preregistration_form(context: AppContext, owner: QWidget,
                               practitioner_id: int) -> None:
    """Render on the worker, then preview; the viewer is a child of ``owner``."""
    from desktop.services.practitioners.preregistration_form import (
        preregistration_consent_pdf,
    )
    from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

    def done(pdf: bytes) -> None:
        title = owner.tr("Formulaire de consentement au pré-enregistrement 17")
        preview = PdfPreviewDialog(pdf, title,
                                   f"consentement-17-praticien-{practitioner_id}.pdf", owner)
        preview.setObjectName("preregistration_form_preview")
        preview.open()

    context.query(lambda db: preregistration_consent_pdf(db, practitioner_id), done,
                  lambda error: context.runner.show_failure(error, owner))
