"""The judicial follow-up of a case: plainte, main courante, or none, and what came of it.

Article 6 of the 2023 update: the complaint may be taken on appointment or at the practice,
the complainant may declare the Ordre's or the practice's address instead of their home, and
the procureur informs them of what became of it. Since the law n° 2025-623 of 9 July 2025, the
Ordre, the URPS or the employer may file the plainte on the victim's behalf
(``ComplaintKind.PLAINTE_BY_*``), with the victim's written consent: its date and its signed
form are required and kept.
"""

from __future__ import annotations

import datetime as dt

from desktop.errors import NotFound, ValidationError, raise_all
from desktop.models.cases import Case, CaseEvent, Complaint
from desktop.models.enums import CaseEventKind, ComplaintKind, DeclaredAddress
from desktop.services.cases import attachments, dates
from desktop.services.cases.records import ComplaintInput
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.services.vault.office import office_zone

FILED = frozenset(set(ComplaintKind) - {ComplaintKind.NONE})
THIRD_PARTY = frozenset({ComplaintKind.PLAINTE_BY_ORDRE, ComplaintKind.PLAINTE_BY_URPS,
                         ComplaintKind.PLAINTE_BY_EMPLOYER})
"""Filed on the victim's behalf (law n° 2025-623): the victim's written consent is required."""

CONSENT_MISSING = ("Une plainte déposée par l'Ordre, l'URPS ou l'employeur exige le "
                   "consentement écrit de la victime : joignez le formulaire signé et sa date.")


def declared_address(data: ComplaintInput) -> DeclaredAddress | None:
    """The address declared, from the older flag when only it is given."""
    if data.declared_address is not None:
        return data.declared_address
    return DeclaredAddress.ORDRE if data.domiciled_at_ordre else None


def check_complaint(data: ComplaintInput, *, has_consent_form: bool = False,
                    facts_on: dt.date | None = None) -> None:
    """What the record itself must say, every problem at once in the form's order (the dialog
    calls it before the trip to the worker). ``has_consent_form``: the complaint being updated
    already keeps the victim's signed form. ``facts_on``: the day of the facts, which no
    filing, information or consent can precede."""
    named = ((data.filed_on, "filed_on"), (data.informed_on, "informed_on"),
             (data.victim_consent_on, "victim_consent_on"))
    problems = [refusal for refusal in (
        dates.future(day, name) or _before_facts(day, name, facts_on)
        for day, name in named if day is not None) if refusal]
    if data.kind == ComplaintKind.NONE and (data.pv_number.strip() or data.filed_on
                                            or data.modality or data.informed_on):
        problems.append(ValidationError(
            "kind", "Aucune plainte n'est indiquée, mais une date de dépôt, une modalité, un "
                    "numéro de procès-verbal ou une information du procureur est saisi."))
    if (data.informed_on and data.filed_on and data.informed_on < data.filed_on):
        problems.append(ValidationError(
            "informed_on", f"Le procureur ne peut pas avoir informé le plaignant "
                           f"({data.informed_on:%d/%m/%Y}) avant le dépôt de la plainte "
                           f"({data.filed_on:%d/%m/%Y})."))
    if (declared_address(data) is DeclaredAddress.OTHER
            and not data.declared_address_text.strip()):
        problems.append(ValidationError("declared_address_text",
                                        "Indiquez l'adresse déclarée par le plaignant."))
    if data.kind in THIRD_PARTY:
        form = data.victim_consent_document is not None or has_consent_form
        if data.victim_consent_on is None or not form:
            problems.append(ValidationError("victim_consent", CONSENT_MISSING))
        elif data.filed_on and data.victim_consent_on > data.filed_on:
            problems.append(ValidationError(
                "victim_consent_on", f"Le consentement écrit de la victime "
                                     f"({data.victim_consent_on:%d/%m/%Y}) doit précéder le "
                                     f"dépôt de la plainte ({data.filed_on:%d/%m/%Y})."))
        if data.victim_consent_document is not None:
            try:
                attachments.scan_type(data.victim_consent_filename or "consentement.pdf",
                                      data.victim_consent_document)
            except ValidationError as refusal:
                problems.append(refusal)
    raise_all(problems)


def _before_facts(day: dt.date, field: str, facts_on: dt.date | None) -> ValidationError | None:
    if facts_on is None or day >= facts_on:
        return None
    return ValidationError(field, f"La date {dates.WHAT[field]} ({day:%d/%m/%Y}) est antérieure "
                                  f"aux faits (le {facts_on:%d/%m/%Y}).")


def record_complaint(db: Database, case_id: int, data: ComplaintInput,
                     complaint_id: int | None = None) -> Changes:
    """Add the judicial follow-up of a case, or update it (``complaint_id``)."""
    address = declared_address(data)
    third_party = data.kind in THIRD_PARTY
    values = {
        "kind": data.kind, "filed_on": data.filed_on, "service": data.service.strip() or None,
        "pv_number": data.pv_number.strip() or None,
        "domiciled_at_ordre": address is DeclaredAddress.ORDRE,
        "cdom_partie_civile": data.cdom_partie_civile,
        "parquet_outcome": data.parquet_outcome.strip() or None,
        "modality": data.modality, "declared_address": address,
        "declared_address_text": (data.declared_address_text.strip() or None
                                  if address is DeclaredAddress.OTHER else None),
        "informed_on": data.informed_on,
        "victim_consent_on": data.victim_consent_on if third_party else None,
    }
    with db.unit_of_work() as uow:
        case = uow.session.get(Case, case_id)
        if case is None:
            raise NotFound("Ce signalement n'existe plus.")
        found = None
        if complaint_id is not None:
            found = uow.session.get(Complaint, complaint_id)
            if found is None or found.case_id != case.id:
                raise NotFound("Cette plainte n'existe plus.")
        kept_form = found is not None and found.victim_consent_attachment_id is not None
        facts = case.occurred_at  # stored UTC; the day is the office's
        facts_on = None if facts is None else (
            facts if facts.tzinfo else facts.replace(tzinfo=dt.UTC)
        ).astimezone(office_zone(uow.session)).date()
        check_complaint(data, has_consent_form=kept_form, facts_on=facts_on)
        if found is None:
            complaint = Complaint(case_id=case.id, **values)
            uow.session.add(complaint)
            before: dict[str, object] = dict.fromkeys(values)
        else:
            complaint = found
            before = {k: getattr(complaint, k) for k in values}
            for key, value in values.items():
                setattr(complaint, key, value)
        if third_party and data.victim_consent_document is not None:
            filename = data.victim_consent_filename or "consentement-victime.pdf"
            complaint.victim_consent_attachment = attachments.store(
                uow, case, filename, data.victim_consent_document,
                attachments.scan_type(filename, data.victim_consent_document), event=False)
            values["victim_consent_form"] = complaint.victim_consent_attachment.sha256
            before["victim_consent_form"] = None
        uow.session.flush()
        changed = {k: [_plain(before[k]), _plain(v)] for k, v in values.items()
                   if before[k] != v}
        if not changed:
            return Changes.NONE
        uow.session.add(CaseEvent(case_id=case.id, actor=uow.actor,
                                  kind=CaseEventKind.COMPLAINT, comment=_summary(data, address)))
        uow.audit("create" if complaint_id is None else "update", "complaint", complaint.id,
                  changed)
    return Changes.CASES


def _summary(data: ComplaintInput, address: DeclaredAddress | None) -> str:
    """The timeline's line: "Plainte déposée par l'Ordre le 16/03/2026 (sur rendez-vous)…"."""
    text = data.kind.label + (f" le {data.filed_on:%d/%m/%Y}" if data.filed_on else "")
    if data.modality is not None:
        text += f" ({data.modality.label.lower()})"
    if data.pv_number.strip():
        text += f", PV n° {data.pv_number.strip()}"
    if address is not None and address is not DeclaredAddress.PERSONAL:
        text += f" ; domiciliation : {address.label.lower()}"
    if data.kind in THIRD_PARTY and data.victim_consent_on is not None:
        text += f" ; consentement écrit de la victime du {data.victim_consent_on:%d/%m/%Y}"
    if data.informed_on is not None:
        text += f" ; plaignant informé par le procureur le {data.informed_on:%d/%m/%Y}"
    if data.parquet_outcome.strip():
        text += f" ; parquet : {data.parquet_outcome.strip()}"
    return text


def _plain(value: object) -> object:
    return value.isoformat() if isinstance(value, dt.date) else value
