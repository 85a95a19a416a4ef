"""Consents and transmissions: nothing leaves the office without the practitioner's consent.

The URPS and the Ordre receive the fiche once the practitioner has validated it (that is the
protocol's circuit, §3 of DOMAIN.md); every other recipient (police, gendarmerie, parquet,
mairie, other) needs a valid consent: given, not withdrawn, whose scope names the recipient,
recorded at any step. What a recorded consent or transmission does to the case's step (the
automatic moves) is the step table's business (``workflow.follow``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from desktop.errors import ConsentMissing, NotFound, ValidationError, raise_all
from desktop.models.cases import Case, CaseEvent, Consent, ConsentScope, Transmission
from desktop.models.contacts import Organisation
from desktop.models.enums import (
    CaseEventKind,
    CaseStatus,
    ConsentChannel,
    RecipientKind,
    TransmissionChannel,
)
from desktop.services.cases import attachments, dates, workflow
from desktop.services.cases.records import Requirement
from desktop.services.cases.workflow import PROTOCOL_RECIPIENTS
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database


@dataclass(frozen=True)
class ConsentInput:
    given: bool
    decided_on: dt.date
    channel: ConsentChannel
    scope: tuple[RecipientKind, ...]
    witness: str = ""
    document: bytes | None = None
    filename: str = ""


@dataclass(frozen=True)
class TransmissionInput:
    recipient_kind: RecipientKind
    sent_on: dt.date
    channel: TransmissionChannel
    organisation_id: int | None = None
    document: bytes | None = None
    """What was sent; the fiche de signalement is rendered now when it is ``None``."""
    filename: str = ""


SIGNED_FORM_MISSING = ("Un consentement « Formulaire signé » exige le formulaire signé : "
                       "joignez son scan (PDF, JPEG ou PNG).")


def record_consent(db: Database, case_id: int, data: ConsentInput, *,
                   seen_status: CaseStatus | None = None) -> Changes:
    """Record the practitioner's answer, at any step; where the step waits for that answer
    ("consentement demandé"), it moves the case on. ``seen_status``: the step the dialog
    showed; a colleague's move since raises ``CaseMoved`` (checked inside the transaction)."""
    check_consent(data)
    with db.unit_of_work() as uow:
        case = _case(uow.session, case_id)
        workflow.expect_step(uow.session, case, seen_status)
        dates.check(uow.session, case, data.decided_on, "decided_on")
        consent = Consent(case_id=case.id, given=data.given, decided_on=data.decided_on,
                          channel=data.channel, witness=data.witness.strip() or None)
        if data.document:
            filename = data.filename or "consentement.pdf"
            kind = (attachments.scan_type(filename, data.document)
                    if data.channel == ConsentChannel.SIGNED_FORM else None)
            consent.attachment = attachments.store(uow, case, filename, data.document, kind,
                                                   event=False)
        consent.scope = [ConsentScope(recipient_kind=kind) for kind in dict.fromkeys(data.scope)]
        uow.session.add(consent)
        uow.session.flush()
        scope = ", ".join(kind.label for kind in dict.fromkeys(data.scope)) or "—"
        verb = "donné" if data.given else "refusé"
        uow.session.add(CaseEvent(case_id=case.id, actor=uow.actor, kind=CaseEventKind.CONSENT,
                                  dated_on=data.decided_on,
                                  comment=f"Consentement {verb} le {data.decided_on:%d/%m/%Y} "
                                          f"({data.channel.label}) ; destinataires : {scope}"))
        uow.audit("create", "consent", consent.id,
                  {"case": [None, case.reference], "given": [None, data.given],
                   "scope": [None, [str(k) for k in data.scope]]})
        workflow.follow(uow, case, Requirement.CONSENT if data.given else Requirement.REFUSAL,
                        on=data.decided_on)
    return Changes.CASES


def check_consent(data: ConsentInput) -> None:
    """What the answer itself must say, every problem at once in the form's order (the dialog
    calls it before the trip to the worker)."""
    problems = [refusal for refusal in (dates.future(data.decided_on, "decided_on"),) if refusal]
    if data.given and not data.scope:
        problems.append(ValidationError("scope", "Indiquez à quels destinataires le praticien "
                                                 "consent."))
    if data.channel == ConsentChannel.PHONE and not data.witness.strip():
        problems.append(ValidationError("witness", "Un consentement recueilli par téléphone doit "
                                                   "avoir un témoin : indiquez son nom."))
    if data.channel == ConsentChannel.SIGNED_FORM:
        if not data.document:
            problems.append(ValidationError("document", SIGNED_FORM_MISSING))
        else:
            try:
                attachments.scan_type(data.filename or "consentement.pdf", data.document)
            except ValidationError as refusal:
                problems.append(refusal)
    raise_all(problems)


def withdraw_consent(db: Database, consent_id: int, on: dt.date, reason: str) -> Changes:
    """The practitioner takes back a consent: from ``on``, it no longer covers any recipient
    (``covered`` reads only consents not withdrawn); what was sent before stays traced."""
    if on > dt.date.today():
        raise ValidationError("on", "La date du retrait est dans le futur.")
    if not reason.strip():
        raise ValidationError("reason", "Indiquez comment le praticien a retiré son "
                                        "consentement.")
    with db.unit_of_work() as uow:
        consent = uow.session.get(Consent, consent_id)
        if consent is None:
            raise NotFound("Ce consentement n'existe plus.")
        if consent.withdrawn_on is not None:
            raise ValidationError("on", f"Ce consentement a déjà été retiré le "
                                        f"{consent.withdrawn_on:%d/%m/%Y}.")
        if not consent.given:
            raise ValidationError("on", "Un refus ne se retire pas : enregistrez plutôt le "
                                        "nouveau consentement du praticien.")
        refusal = dates.future(on, "on")
        if refusal is not None:
            raise refusal
        if on < consent.decided_on:
            raise ValidationError("on", f"Le retrait ne peut pas précéder le consentement "
                                        f"(donné le {consent.decided_on:%d/%m/%Y}).")
        case = uow.session.get(Case, consent.case_id)
        uow.audit("update", "consent", consent.id,
                  {"case": [None, case.reference if case else None],
                   "withdrawn_on": [None, on.isoformat()]})
        consent.withdrawn_on = on
        uow.session.add(CaseEvent(case_id=consent.case_id, actor=uow.actor,
                                  kind=CaseEventKind.CONSENT, dated_on=on,
                                  comment=f"Consentement retiré le {on:%d/%m/%Y} : "
                                          f"{reason.strip()}"))
    return Changes.CASES


def covered(session: sa.orm.Session, case: Case, kind: RecipientKind,
            organisation_id: int | None) -> bool:
    """Whether a transmission of ``case`` to this recipient is allowed now."""
    if kind in PROTOCOL_RECIPIENTS and workflow.fiche_validated(case.status):
        return True
    scope_ok = sa.or_(ConsentScope.organisation_id.is_(None),
                      ConsentScope.organisation_id == organisation_id)
    return session.scalar(
        sa.select(Consent.id).join(ConsentScope, ConsentScope.consent_id == Consent.id)
        .where(Consent.case_id == case.id, Consent.given.is_(True),
               Consent.withdrawn_on.is_(None), ConsentScope.recipient_kind == kind, scope_ok)
        .limit(1)
    ) is not None


def record_transmission(db: Database, case_id: int, data: TransmissionInput, *,
                        seen_status: CaseStatus | None = None) -> Changes:
    """Trace what was sent to whom (the document itself, kept with its SHA-256).

    Refused with ``ConsentMissing`` when no valid consent covers the recipient, with
    ``CaseMoved`` when the case left ``seen_status`` (the step the dialog showed).
    """
    refusal = dates.future(data.sent_on, "sent_on")
    if refusal is not None:
        raise refusal
    document, filename = data.document, data.filename
    with db.unit_of_work() as uow:
        case = _case(uow.session, case_id)
        workflow.expect_step(uow.session, case, seen_status)
        dates.check(uow.session, case, data.sent_on, "sent_on")
        if not covered(uow.session, case, data.recipient_kind, data.organisation_id):
            raise ConsentMissing(_missing_message(case, data.recipient_kind))
        if document is None:
            document, filename = _fiche(uow.session, case), f"fiche-{case.reference}.pdf"
        stored = attachments.store(uow, case, filename or f"envoi-{case.reference}.pdf",
                                   document, event=False)
        sent = Transmission(case_id=case.id, recipient_kind=data.recipient_kind,
                            organisation_id=data.organisation_id, sent_on=data.sent_on,
                            channel=data.channel, attachment_id=stored.id, sha256=stored.sha256)
        uow.session.add(sent)
        uow.session.flush()
        org = uow.session.get(Organisation, data.organisation_id) if data.organisation_id else None
        to = to_recipient(data.recipient_kind) + (f" ({org.name})" if org is not None else "")
        uow.session.add(CaseEvent(
            case_id=case.id, actor=uow.actor, kind=CaseEventKind.TRANSMISSION,
            dated_on=data.sent_on,
            comment=f"Transmis {to} le {data.sent_on:%d/%m/%Y} ({data.channel.label}) : "
                    f"{stored.filename}, SHA-256 {stored.sha256[:16]}…"))
        uow.audit("transmit", "case", case.id,
                  {"recipient": [None, str(data.recipient_kind)], "sha256": [None, stored.sha256]})
        workflow.follow(uow, case, workflow.requirement_of_transmission(data.recipient_kind),
                        on=data.sent_on)
    return Changes.CASES


_TO = {
    RecipientKind.URPS: "à l'URPS", RecipientKind.ORDRE: "à l'Ordre",
    RecipientKind.POLICE: "à la Police nationale",
    RecipientKind.GENDARMERIE: "à la Gendarmerie nationale",
    RecipientKind.PARQUET: "au Parquet", RecipientKind.MAIRIE: "à la Mairie",
    RecipientKind.OTHER: "à un autre destinataire",
}


def to_recipient(kind: RecipientKind) -> str:
    """"à l'URPS", "au Parquet": the preposition and article French asks for."""
    return _TO.get(kind, f"à {kind.label}")


def _missing_message(case: Case, kind: RecipientKind) -> str:
    if kind in PROTOCOL_RECIPIENTS:
        return (f"Transmission refusée : la fiche du dossier {case.reference} n'a pas encore "
                "été validée par le praticien ; elle ne peut pas être envoyée "
                f"{to_recipient(kind)}.")
    return (f"Transmission refusée : aucun consentement valide du praticien ne couvre « "
            f"{kind.label} » pour le dossier {case.reference}. Recueillez et enregistrez "
            "d'abord son consentement (destinataires, date, modalité).")


def _case(session: sa.orm.Session, case_id: int) -> Case:
    case = session.get(Case, case_id, with_for_update=True)  # the step checked as it is
    if case is None:
        raise NotFound("Ce signalement n'existe plus.")
    return case


def _fiche(session: sa.orm.Session, case: Case) -> bytes:
    from desktop.services.cases.printing import fiche_pdf_for

    return fiche_pdf_for(session, case.id)
