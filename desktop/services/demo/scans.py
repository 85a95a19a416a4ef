"""Stand-ins for the signed forms the demo's consents keep: a one-page PDF that says what it
stands for (a real vault keeps the practitioner's scan), stored in the vault as the services
store a real one."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

from desktop.models.cases import Attachment
from desktop.services.vault.database import UnitOfWork


def signed_scan(title: str, who: str, day: dt.date) -> bytes:
    """A small PDF: the form's title, who signed, when, and that it is fictitious."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    sheet = canvas.Canvas(out, pagesize=A4, invariant=True)
    sheet.setTitle(title)
    sheet.setFont("Helvetica-Bold", 14)
    sheet.drawString(60, 760, title)
    sheet.setFont("Helvetica", 11)
    sheet.drawString(60, 730, f"Signé par : {who}, le {day:%d/%m/%Y}")
    sheet.drawString(60, 710, "Scan fictif de la base de démonstration.")
    sheet.save()
    return out.getvalue()


def attach(uow: UnitOfWork, case_id: int | None, filename: str, content: bytes) -> Attachment:
    """Kept like ``attachments.store`` keeps a file (without its audit line: the demo's
    fillers write one summary line each)."""
    attachment = Attachment(case_id=case_id, filename=filename, media_type="application/pdf",
                            size=len(content), sha256=hashlib.sha256(content).hexdigest(),
                            content=content, added_by=uow.actor)
    uow.session.add(attachment)
    uow.session.flush()
    return attachment
