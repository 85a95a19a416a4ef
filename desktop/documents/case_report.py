"""The fiche de signalement: the facts as written down, sent back to the practitioner, who
validates (or corrects) them and signs (Hauts-de-France "numéro post-agression", step 1).

Importing this module is cheap: ReportLab is imported by ``render_case_report`` only.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.documents.case_common import CONFIDENTIAL, facts_rows, label_table, people_rows
from desktop.documents.typography import french_date

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from desktop.documents.case_data import CaseData
    from desktop.documents.layout import Letterhead

TITLE = "Fiche de signalement"
CERTIFY = ("Je certifie l'exactitude des faits relatés dans la présente fiche, le cas échéant "
           "après les corrections que j'y ai portées (ci-dessus ou au verso).")


def render_case_report(case: CaseData, letterhead: Letterhead, office_city: str = "",
                       printed_on: dt.date | None = None,
                       return_address: tuple[str, ...] = ()) -> bytes:
    """``return_address``: the lines of the office's address (and its phone, e-mail), where
    the practitioner sends the validated fiche."""
    from desktop.documents.layout import build_pdf, para, styles

    st = styles()
    printed_on = printed_on or dt.date.today()
    words = (case.exact_words or "").strip()
    flowables: list[Flowable] = [
        para(f"{TITLE} n° {case.reference}", st.title),
        para(CONFIDENTIAL, st.small),
        para("Les faits", st.heading),
        label_table(facts_rows(case)),
        para("Les personnes", st.heading),
        label_table(people_rows(case)),
        para("Récit des faits", st.heading),
        para(case.narrative or "Non renseigné.", st.body),
        para("Propos exacts tenus", st.heading),
        para(f"« {words} »" if words else "Aucun propos rapporté.", st.body),
        _validation_block(office_city, printed_on, return_address),
    ]
    return build_pdf(flowables, title=f"{TITLE} {case.reference}",
                     subject="Fiche à valider par le praticien", letterhead=letterhead)


def _validation_block(city: str, printed_on: dt.date,
                      return_address: tuple[str, ...] = ()) -> Flowable:
    """The practitioner's part: certification, corrections, place, date, signature."""
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, Table

    from desktop.documents.layout import BLUE_FRANCE, GREY_BACKGROUND, para, styles, table_style

    st = styles()
    left = ParagraphStyle("EgideCaseLeft", parent=st.body, alignment=TA_LEFT, spaceAfter=0)
    head = ParagraphStyle("EgideCaseBoxHead", parent=st.heading, spaceBefore=0)
    sent = f"(Fiche établie le {french_date(printed_on)}" + (f" à {city}" if city else "") + ".)"
    box = Table(
        [
            [para("Validation par le praticien", head)],
            [para(CERTIFY + " " + sent, left)],
            [para("Fait à ..............................................., "
                  "le ....... / ....... / ...............", left)],
            [para("Nom, prénom et signature :", left)],
            [""],
        ],
        colWidths=["100%"], rowHeights=[None, None, None, None, 15 * mm],
    )
    box.setStyle(table_style(
        ("BACKGROUND", (0, 0), (-1, -1), GREY_BACKGROUND),
        ("LINEBEFORE", (0, 0), (0, -1), 3, BLUE_FRANCE),
        ("LEFTPADDING", (0, 0), (-1, -1), 5 * mm),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5 * mm),
        ("TOPPADDING", (0, 0), (-1, 0), 3 * mm),
    ))
    where = (" : " + ", ".join(return_address)) if return_address else (
        " au bureau de la sécurité de la préfecture")
    return KeepTogether([box, para(
        f"Merci de retourner cette fiche validée{where}. "
        "Aucune information ne sera transmise aux forces de l'ordre, au parquet ou à la "
        "mairie sans votre consentement.", st.small)])
