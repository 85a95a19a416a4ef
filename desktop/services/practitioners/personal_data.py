""""Données d'une personne…": everything about one practitioner in one PDF, for a RGPD
right-of-access request (art. 15): identity, 17 pre-registrations and alert devices, the cases
where they are a victim with their consents, transmissions and complaints, and the access log
(who consulted or printed their record or their cases). The export itself is logged."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Row
from sqlalchemy.orm import Session, selectinload

from desktop.documents.personal_data import PersonalData, Section
from desktop.documents.typography import french_date
from desktop.errors import NotFound
from desktop.io.phones import display_phone
from desktop.models.audit import AuditEntry
from desktop.models.cases import Attachment, Case, CaseVictim, Consent, Transmission
from desktop.models.contacts import AlertDevice, Practitioner, Preregistration
from desktop.services.vault.changes import no_changes
from desktop.services.vault.database import Database
from desktop.services.vault.office import office_zone

ACCESS_LABELS = {"view": "consultation", "print": "impression", "export": "export"}


def _day(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else ""


def _moment(value: dt.datetime, zone: dt.tzinfo) -> str:
    """On the office's clock."""
    local = value.astimezone(zone) if value.tzinfo else value
    return f"{local:%d/%m/%Y %H:%M}"


def gather(session: Session, practitioner_id: int, today: dt.date) -> PersonalData:
    person = session.get(Practitioner, practitioner_id)
    if person is None:
        raise NotFound("Ce praticien n'existe plus dans le coffre.")
    civility = f"{person.civility.label} " if person.civility else ""
    name = f"{civility}{person.first_name} {person.last_name}".strip()
    identity = Section("Identité et coordonnées", (), (
        ("Nom", name), ("Profession", person.profession.label),
        ("Spécialité", person.specialty or ""), ("RPPS", person.rpps or ""),
        ("Adresse d'exercice", person.practice_address or ""),
        ("Commune d'exercice", person.commune.name if person.commune else ""),
        ("Téléphone", display_phone(person.phone or "")),
        ("Mobile", display_phone(person.mobile_phone or "")),
        ("Courriel", person.email or ""),
    ))
    registrations = session.execute(
        sa.select(Preregistration, Attachment.filename, Attachment.added_at)
        .outerjoin(Attachment, Attachment.id == Preregistration.consent_attachment_id)
        .where(Preregistration.practitioner_id == practitioner_id)
        .order_by(Preregistration.consent_on, Preregistration.id)).all()
    zone = office_zone(session)
    prereg = Section(
        "Pré-enregistrement au 17", ("Force", "Numéro", "Consentement", "Envoi", "Confirmé",
                                     "Retrait"),
        tuple((r.force.label, display_phone(r.phone), _day(r.consent_on), _day(r.sent_on),
               _day(r.confirmed_on),
               _day(r.withdrawn_on) + (f" ({r.withdrawal_reason})" if r.withdrawal_reason
                                       else "")) for r, _name, _added in registrations),
        (30, 28, 28, 24, 24, 36))
    forms = Section(
        "Formulaires de consentement au 17 conservés", ("Numéros", "Reçu le", "Fichier"),
        _signed_forms(registrations, zone), (50, 30, 90),
        "Aucun formulaire conservé.")
    devices = Section(
        "Dispositifs d'alerte", ("Type", "Identifiant", "Remis le", "Rendu le"),
        tuple((d.kind.label, d.identifier, _day(d.issued_on), _day(d.returned_on))
              for d in session.scalars(sa.select(AlertDevice).where(
                  AlertDevice.holder_id == practitioner_id))),
        (50, 50, 35, 35))
    cases = session.scalars(
        sa.select(Case).join(CaseVictim, CaseVictim.case_id == Case.id)
        .where(CaseVictim.practitioner_id == practitioner_id).order_by(Case.occurred_at)
        .options(selectinload(Case.consents).selectinload(Consent.scope),
                 selectinload(Case.transmissions).selectinload(Transmission.organisation),
                 selectinload(Case.complaints), selectinload(Case.commune))).all()
    case_rows = tuple(
        (c.reference, _day(c.occurred_at.date()), c.commune.name if c.commune else "",
         c.status.label, (c.narrative or "") + (f" Propos : « {c.exact_words} »"
                                                if c.exact_words else ""))
        for c in cases)
    consents = tuple(
        (c.reference, "donné" if k.given else "refusé", _day(k.decided_on), k.channel.label,
         ", ".join(s.recipient_kind.label for s in k.scope), _day(k.withdrawn_on))
        for c in cases for k in c.consents)
    transmissions = tuple(
        (c.reference, t.recipient_kind.label + (f" ({t.organisation.name})" if t.organisation
                                                else ""),
         _day(t.sent_on), t.channel.label, (t.sha256 or "")[:16])
        for c in cases for t in c.transmissions)
    complaints = tuple(
        (c.reference, k.kind.label, _day(k.filed_on), k.service or "", k.parquet_outcome or "")
        for c in cases for k in c.complaints)
    case_ids = [str(c.id) for c in cases]
    accesses = session.scalars(
        sa.select(AuditEntry).where(
            AuditEntry.action.in_(tuple(ACCESS_LABELS)),
            sa.or_(sa.and_(AuditEntry.entity == "practitioner",
                           AuditEntry.entity_id == str(practitioner_id)),
                   sa.and_(AuditEntry.entity == "case", AuditEntry.entity_id.in_(case_ids))))
        .order_by(AuditEntry.id)).all()
    references = {str(c.id): c.reference for c in cases}
    access_rows = tuple(
        (_moment(a.at, zone), a.actor, ACCESS_LABELS[a.action],
         "fiche du praticien" if a.entity == "practitioner"
         else f"signalement {references.get(a.entity_id or '', '')}" + _document(a.changes))
        for a in accesses)
    return PersonalData(name + f", {person.profession.label.lower()}", french_date(today), (
        identity, prereg, forms, devices,
        Section("Signalements où la personne est victime",
                ("Réf.", "Faits", "Commune", "Étape", "Récit"), case_rows,
                (20, 22, 30, 28, 70)),
        Section("Consentements", ("Réf.", "Décision", "Date", "Recueil", "Destinataires",
                                  "Retrait"), consents, (20, 18, 24, 28, 56, 24)),
        Section("Transmissions", ("Réf.", "Destinataire", "Envoi", "Moyen", "Empreinte"),
                transmissions, (20, 56, 24, 40, 30)),
        Section("Plaintes et suites", ("Réf.", "Nature", "Date", "Service", "Suite"),
                complaints, (20, 40, 24, 46, 40)),
        Section("Journal des accès (douze derniers mois)",
                ("Date", "Utilisateur", "Accès", "Objet"), access_rows, (32, 38, 28, 72),
                "Aucun accès enregistré."),
    ))


def _signed_forms(registrations: Sequence[Row[Preregistration, str, dt.datetime]],
                  zone: dt.tzinfo) -> tuple[tuple[str, ...], ...]:
    """The signed forms' scans kept in the vault (art. 15 covers them too), one row per
    form with the numbers it was given for."""
    numbers: dict[tuple[str, dt.datetime], list[str]] = {}
    for registration, filename, added in registrations:
        if filename is not None and added is not None:
            numbers.setdefault((filename, added), []).append(display_phone(registration.phone))
    return tuple((", ".join(phones), _moment(added, zone)[:10], filename)
                 for (filename, added), phones in numbers.items())


def _document(changes: str | None) -> str:
    try:
        document = json.loads(changes or "{}").get("document", [None, None])[1]
    except (ValueError, AttributeError, IndexError, TypeError):
        return ""
    return f" ({document})" if document else ""


@no_changes
def personal_data_pdf(db: Database, practitioner_id: int, today: dt.date | None = None) -> bytes:
    """The PDF; the export is written to the access log (the practitioner, not the content)."""
    from desktop.documents.personal_data import render_personal_data
    from desktop.services.cases.printing import letterhead

    with db.unit_of_work() as uow:
        data = gather(uow.session, practitioner_id, today or dt.date.today())
        head, _city = letterhead(uow.session)
        pdf = render_personal_data(data, head)
        uow.audit("export", "practitioner", practitioner_id,
                  {"document": [None, "droit d'accès"]})
        return pdf
