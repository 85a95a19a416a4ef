"""The fiche de signalement: the facts as written down, sent back to the practitioner, who
validates (or corrects) them and signs (Hauts-de-France "numéro post-agression", step 1).

Importing this module is cheap: ReportLab is imported by ``render_case_report`` only.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from desktop.documents.case_common import CONFIDENTIAL, facts_rows, label_table, people_rows

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
    from reportlab.platypus import KeepTogether

    from desktop.documents.layout import para, styles
    from desktop.documents.signature_box import return_to, signature_box

    box = signature_box("Validation par le praticien", CERTIFY, "Fiche établie", city,
                        printed_on, signature_height_mm=15)
    return KeepTogether([box, para(
        f"Merci de retourner cette fiche validée{return_to(return_address)}. "
        "Aucune information ne sera transmise aux forces de l'ordre, au parquet ou à la "
        "mairie sans votre consentement.", styles().small)])
