"""The consent form to the transmission of a case, printed for the practitioner to sign: the
recipients the case would go to (the force of the commune, the parquet, the mairie), what is
sent, how to withdraw. The signed scan comes back and is attached to the consent the office
records (``consent.record_consent``, channel "Formulaire signé")."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.documents.consent_forms import Recipient, TransmissionConsentForm
from desktop.models.contacts import Practitioner
from desktop.models.enums import ForceZone, RecipientKind
from desktop.services.cases.detail import load
from desktop.services.cases.printing import letterhead, return_address
from desktop.services.cases.records import CaseDetail
from desktop.services.vault.changes import no_changes
from desktop.services.vault.database import Database
from desktop.services.vault.office import office_zone

SCOPE = (
    "la fiche de signalement que vous avez validée : date, lieu, nature et gravité des faits, "
    "récit et propos rapportés, description de l'auteur ;",
    "vos nom, profession et les coordonnées de votre lieu d'exercice (jamais votre adresse "
    "personnelle) ;",
    "les pièces jointes au dossier seulement si vous les désignez ici : "
    + "." * 50,
    "aucune donnée de santé, ni la vôtre ni celle de vos patients.",
)
"""What a transmission carries (``record_transmission`` sends the fiche de signalement)."""

PURPOSE = {
    RecipientKind.POLICE: "prévenir une récidive, identifier l'auteur, adapter les "
                          "patrouilles et les conseils du référent sûreté",
    RecipientKind.GENDARMERIE: "prévenir une récidive, identifier l'auteur, adapter les "
                               "patrouilles et les conseils du référent sûreté",
    RecipientKind.PARQUET: "apprécier les suites pénales, notamment si vous déposez plainte",
    RecipientKind.MAIRIE: "prendre les mesures de tranquillité publique qui relèvent du maire",
}


def recipients(case: CaseDetail) -> tuple[Recipient, ...]:
    """The parties a transmission of ``case`` needs consent for, the force of the commune
    first (both forces while the commune's zone is undecided)."""
    forces = {ForceZone.PN: (RecipientKind.POLICE,), ForceZone.GN: (RecipientKind.GENDARMERIE,)}
    kinds = (*forces.get(case.force_zone or ForceZone.MIXTE,
                         (RecipientKind.POLICE, RecipientKind.GENDARMERIE)),
             RecipientKind.PARQUET, RecipientKind.MAIRIE)
    where = f" de {case.commune_name}" if case.commune_name else ""
    names = {RecipientKind.POLICE: f"Police nationale (service compétent{_for(case)})",
             RecipientKind.GENDARMERIE: f"Gendarmerie nationale (unité compétente{_for(case)})",
             RecipientKind.PARQUET: "Procureur de la République (parquet)",
             RecipientKind.MAIRIE: f"Mairie{where}"}
    return tuple(Recipient(names[kind], PURPOSE[kind]) for kind in kinds)


def _for(case: CaseDetail) -> str:
    return f" pour {case.commune_name}" if case.commune_name else ""


def form_for(session: Session, case_id: int, practitioner_id: int | None = None,
             today: dt.date | None = None) -> TransmissionConsentForm:
    """The form's data for one of the case's victims (the first by default)."""
    case = load(session, case_id)
    victim = next((v for v in case.victims
                   if practitioner_id is None or v.practitioner_id == practitioner_id), None)
    practitioner = session.get(Practitioner, victim.practitioner_id) if victim else None
    if practitioner is not None:
        civility = f"{practitioner.civility.label} " if practitioner.civility else ""
        who = (f"{civility}{practitioner.first_name} {practitioner.last_name.upper()}, "
               f"{practitioner.profession.label.lower()}")
    else:
        who = "." * 60
    zone = office_zone(session)
    occurred = case.occurred_at
    local = (occurred if occurred.tzinfo else occurred.replace(tzinfo=dt.UTC)).astimezone(zone)
    kinds = ", ".join(kind.label.lower() for kind in case.types) or "faits"
    facts = kinds[:1].upper() + kinds[1:] + f" du {local:%d/%m/%Y}"
    if case.commune_name:
        facts += f" à {case.commune_name}"
    _head, city = letterhead(session)
    return TransmissionConsentForm(
        reference=case.reference, practitioner=who, facts=facts, recipients=recipients(case),
        scope=SCOPE, protocol_recipients=("l'URPS", "l'Ordre"),
        return_address=return_address(session), city=city,
        printed_on=today or dt.date.today())


@no_changes
def transmission_consent_pdf(db: Database, case_id: int,
                             practitioner_id: int | None = None) -> bytes:
    """The form to print and have signed; the printing is logged (CNIL)."""
    from desktop.documents.consent_forms import render_transmission_consent

    with db.unit_of_work() as uow:
        head, _city = letterhead(uow.session)
        pdf = render_transmission_consent(form_for(uow.session, case_id, practitioner_id),
                                          head)
        uow.audit("print", "case", case_id,
                  {"document": [None, "formulaire de consentement"]})
        return pdf
