"""The practitioner's consent form to the 17 pre-registration: the numbers on record, the force
of the practice commune, what the force's operator sees (exactly the export's columns), how to
withdraw. The signed scan comes back with the request (``request_preregistration``)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.documents.consent_forms import PreregistrationConsentForm
from desktop.errors import NotFound
from desktop.io.phones import display_phone
from desktop.io.preregistration_export import HEADERS
from desktop.models.contacts import Practitioner
from desktop.models.enums import ForceZone
from desktop.services.cases.printing import letterhead, return_address
from desktop.services.practitioners.records import detail_of
from desktop.services.vault.changes import no_changes
from desktop.services.vault.database import Database

SYSTEMS = {ForceZone.PN: "Police nationale (système « Pégase »)",
           ForceZone.GN: "Gendarmerie nationale (système « Athén@ »)"}


def form_for(session: Session, practitioner_id: int,
             today: dt.date | None = None) -> PreregistrationConsentForm:
    practitioner = session.get(Practitioner, practitioner_id)
    if practitioner is None:
        raise NotFound(f"Le praticien n° {practitioner_id} n'existe pas (ou plus).")
    detail = detail_of(practitioner)
    commune = practitioner.commune
    town = " ".join(filter(None, (commune.postal_codes[0].code if commune and
                                  commune.postal_codes else None, detail.commune_name)))
    practice = ", ".join(filter(None, ((detail.practice_address or "").replace("\n", ", "),
                                       town))) or "." * 60
    force = SYSTEMS.get(detail.force_zone or ForceZone.MIXTE,
                        "Police ou gendarmerie, selon votre commune d'exercice (le bureau "
                        "vous le précisera)")
    _head, city = letterhead(session)
    return PreregistrationConsentForm(
        practitioner=f"{detail.display_name}, {detail.profession_text.lower()}",
        practice=practice, force=force,
        numbers=tuple(display_phone(number) for number in detail.phones),
        seen_by_force=HEADERS,
        return_address=return_address(session), city=city,
        printed_on=today or dt.date.today())


def find_practitioner(db: Database, text: str) -> int:
    """The practitioner named on the command line: an RPPS number (11 digits) or the id."""
    import sqlalchemy as sa

    key = text.strip()
    with db.reading() as session:
        found = None
        if len(key) == 11 and key.isdigit():
            found = session.scalar(sa.select(Practitioner.id).where(Practitioner.rpps == key))
        if found is None and key.isdigit() and session.get(Practitioner, int(key)) is not None:
            found = int(key)
    if found is None:
        raise NotFound(f"Aucun praticien ne porte le n° RPPS ou le n° « {key} ».")
    return found


@no_changes
def preregistration_consent_pdf(db: Database, practitioner_id: int) -> bytes:
    """The form to print and have signed; the printing is logged (CNIL)."""
    from desktop.documents.consent_forms import render_preregistration_consent

    with db.unit_of_work() as uow:
        head, _city = letterhead(uow.session)
        pdf = render_preregistration_consent(form_for(uow.session, practitioner_id), head)
        uow.audit("print", "practitioner", practitioner_id,
                  {"document": [None, "formulaire de pré-enregistrement 17"]})
        return pdf
