"""The practitioner's part of a form to sign and send back: a framed box (title, statement,
place, date, name and signature) and the line that says where to return it. The case fiche
and the consent forms share it. ReportLab is imported when a box is drawn."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.documents.typography import french_date

if TYPE_CHECKING:
    from reportlab.platypus import Flowable


def signature_box(title: str, statement: str, issued: str, city: str, printed_on: dt.date,
                  signature_height_mm: float) -> Flowable:
    """``issued`` names the document in "(<issued> établi(e) le 7 décembre 2026 à Melun.)"."""
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    from desktop.documents.layout import BLUE_FRANCE, GREY_BACKGROUND, para, styles, table_style

    st = styles()
    left = ParagraphStyle("EgideSignatureLeft", parent=st.body, alignment=TA_LEFT, spaceAfter=0)
    head = ParagraphStyle("EgideSignatureHead", parent=st.heading, spaceBefore=0)
    when = f"({issued} le {french_date(printed_on)}" + (f" à {city}" if city else "") + ".)"
    box = Table(
        [
            [para(title, head)],
            [para(f"{statement} {when}", left)],
            [para("Fait à ..............................................., "
                  "le ....... / ....... / ...............", left)],
            [para("Nom, prénom et signature :", left)],
            [""],
        ],
        colWidths=["100%"], rowHeights=[None, None, None, None, signature_height_mm * mm],
    )
    box.setStyle(table_style(
        ("BACKGROUND", (0, 0), (-1, -1), GREY_BACKGROUND),
        ("LINEBEFORE", (0, 0), (0, -1), 3, BLUE_FRANCE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5 * mm),
        ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
    ))
    return box


def return_to(return_address: Sequence[str]) -> str:
    """" : Préfecture…, 12 rue…, 77000 Melun", or the bureau when no address is known."""
    if return_address:
        return " : " + ", ".join(return_address)
    return " au bureau de la sécurité de la préfecture"
