"""The case documents, rendered from the vault (each printing is logged, CNIL)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from desktop.models.settings import OfficeSettings
from desktop.services.cases.detail import load
from desktop.services.vault.changes import no_changes
from desktop.services.vault.database import Database

if TYPE_CHECKING:
    from desktop.documents.layout import Letterhead

OFFICE_NAME = "Cabinet du préfet\nBureau de la sécurité intérieure"


def letterhead(session: Session) -> tuple[Letterhead, str]:
    from desktop.documents.layout import Letterhead

    office = session.get(OfficeSettings, 1)
    if office is None:
        return Letterhead("PRÉFECTURE", OFFICE_NAME), ""
    return (Letterhead(office.prefet_title, OFFICE_NAME, office.logo,
                       organisation=office.prefecture_name), office.city or "")


def fiche_pdf_for(session: Session, case_id: int) -> bytes:
    from desktop.documents.case_report import render_case_report

    head, city = letterhead(session)
    return render_case_report(load(session, case_id), head, city)


@no_changes
def fiche_pdf(db: Database, case_id: int) -> bytes:
    """The fiche de signalement to send to the practitioner for validation."""
    with db.unit_of_work() as uow:
        pdf = fiche_pdf_for(uow.session, case_id)
        uow.audit("print", "case", case_id, {"document": [None, "fiche"]})
        return pdf


@no_changes
def summary_pdf(db: Database, case_id: int) -> bytes:
    from desktop.documents.case_summary import render_case_summary

    with db.unit_of_work() as uow:
        head, _city = letterhead(uow.session)
        pdf = render_case_summary(load(uow.session, case_id), head)
        uow.audit("print", "case", case_id, {"document": [None, "synthese"]})
        return pdf
