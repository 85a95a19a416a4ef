"""The 17 pre-registration register: a practitioner asks, with a written consent, for their
number(s) to be recorded in the police ("Pégase") or gendarmerie ("Athén@") system; an
organisation (SOS Médecins: its régulation line, its vehicles) may ask for its own.

One row per number. The force follows from the practice commune's zone at the time of the
request (a "mixte" or unknown zone is refused: the office decides the commune's zone first).
A row is *pending* until an export marks it *sent*, then *confirmed* when the force says so;
a withdrawn consent takes it out of every later export and keeps why and when.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session, joinedload

from desktop.errors import Conflict, NotFound, TransitionRefused, ValidationError
from desktop.io.phones import display_phone, parse_phone
from desktop.models.contacts import Organisation, Practitioner, Preregistration
from desktop.models.enums import Force, ForceZone, LabelledEnum
from desktop.services.cases import attachments
from desktop.services.practitioners.records import detail_of
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database


class PreregistrationStatus(LabelledEnum):
    PENDING = "pending", "En attente d'envoi"
    SENT = "sent", "Envoyée à la force"
    CONFIRMED = "confirmed", "Confirmée par la force"
    WITHDRAWN = "withdrawn", "Consentement retiré"


@dataclass(frozen=True)
class PreregistrationRow:
    id: int
    practitioner_id: int | None
    practitioner_name: str
    """The practitioner's name, or the organisation's and what the number is."""
    profession_text: str
    commune_name: str | None
    force: Force
    phone: str
    """E.164."""
    consent_on: dt.date
    sent_on: dt.date | None
    confirmed_on: dt.date | None
    withdrawn_on: dt.date | None
    withdrawal_reason: str | None
    organisation_id: int | None = None
    consent_form_id: int | None = None
    """The signed consent form (an attachment), when one was given."""

    @property
    def status(self) -> PreregistrationStatus:
        if self.withdrawn_on is not None:
            return PreregistrationStatus.WITHDRAWN
        if self.confirmed_on is not None:
            return PreregistrationStatus.CONFIRMED
        if self.sent_on is not None:
            return PreregistrationStatus.SENT
        return PreregistrationStatus.PENDING


def force_for_zone(zone: ForceZone | None, commune_name: str | None) -> Force:
    """PN → police, GN → gendarmerie; anything else is a decision the office must take."""
    if commune_name is None:
        raise ValidationError(
            "commune", "Commune d'exercice inconnue : renseignez-la sur la fiche du praticien "
            "pour savoir à quelle force adresser la demande."
        )
    if zone is ForceZone.PN:
        return Force.PN
    if zone is ForceZone.GN:
        return Force.GN
    state = "mixte" if zone is ForceZone.MIXTE else "non renseignée"
    raise ValidationError(
        "commune", f"La zone police/gendarmerie de la commune « {commune_name} » est {state} : "
        "décidez d'abord si elle relève de la police ou de la gendarmerie (zone de la commune), "
        "puis enregistrez la demande."
    )


def _past_date(value: dt.date, name: str, label: str, today: dt.date | None) -> dt.date:
    if value > (today or dt.date.today()):
        raise ValidationError(name, f"{label} : le {value:%d/%m/%Y} est dans le futur.")
    return value


FORM_MISSING = ("Le consentement écrit au pré-enregistrement exige son formulaire signé : "
                "joignez son scan (PDF, JPEG ou PNG).")


def request_preregistration(
    db: Database, practitioner_id: int, phones: Sequence[str], consent_on: dt.date,
    *, form: bytes | None = None, form_filename: str = "", today: dt.date | None = None,
) -> Changes:
    """Record the request for each number (as typed; validated and stored E.164), with the
    signed consent form (``form``, a scan kept in the vault; refused without it)."""
    consent_on = _past_date(consent_on, "consent_on", "Date du consentement écrit", today)
    numbers = list(dict.fromkeys(parse_phone(text) for text in phones if text.strip()))
    if not numbers:
        raise ValidationError("phones", "Indiquez au moins un numéro à pré-enregistrer.")
    if not form:
        raise ValidationError("form", FORM_MISSING)
    filename = form_filename.strip() or "consentement-17.pdf"
    media_type = attachments.scan_type(filename, form)
    with db.unit_of_work() as uow:
        practitioner = uow.session.get(Practitioner, practitioner_id)
        if practitioner is None:
            raise NotFound(f"Le praticien n° {practitioner_id} n'existe pas (ou plus).")
        detail = detail_of(practitioner)
        force = force_for_zone(detail.force_zone, detail.commune_name)
        active = {
            row.phone for row in practitioner.preregistrations if row.withdrawn_on is None
        }
        signed = attachments.store(uow, None, filename, form, media_type, event=False)
        for number in numbers:
            if number in active:
                raise Conflict(
                    f"Le numéro {display_phone(number)} de {detail.display_name} fait déjà "
                    "l'objet d'une demande de pré-enregistrement en cours."
                )
            row = Preregistration(practitioner_id=practitioner_id, force=force, phone=number,
                                  consent_on=consent_on, consent_attachment_id=signed.id)
            uow.session.add(row)
            uow.session.flush()
            uow.audit("create", "preregistration", row.id, {
                "practitioner_id": [None, practitioner_id], "force": [None, force.value],
                "phone": [None, number], "consent_on": [None, consent_on.isoformat()],
                "consent_form": [None, signed.sha256],
            })
    return Changes.CONTACTS


def list_preregistrations(
    db: Database, *, force: Force | None = None, status: PreregistrationStatus | None = None,
    practitioner_id: int | None = None, organisation_id: int | None = None,
) -> list[PreregistrationRow]:
    """The register, newest consent first, filtered by force, status or practitioner."""
    statement = sa.select(Preregistration).options(
        joinedload(Preregistration.practitioner).joinedload(Practitioner.commune),
        joinedload(Preregistration.organisation),
    )
    if organisation_id is not None:
        statement = statement.where(Preregistration.organisation_id == organisation_id)
    if force is not None:
        statement = statement.where(Preregistration.force == force)
    if practitioner_id is not None:
        statement = statement.where(Preregistration.practitioner_id == practitioner_id)
    statement = statement.order_by(Preregistration.consent_on.desc(), Preregistration.id.desc())
    with db.reading() as session:
        rows = [_row(item) for item in session.scalars(statement)]
    return [row for row in rows if status is None or row.status is status]


def _row(item: Preregistration) -> PreregistrationRow:
    if item.practitioner is None:
        organisation = item.organisation
        name = organisation_line_name(organisation, item.line_label)
        return PreregistrationRow(
            item.id, None, name, organisation.kind.label if organisation else "", None,
            item.force, item.phone, item.consent_on, item.sent_on, item.confirmed_on,
            item.withdrawn_on, item.withdrawal_reason, item.organisation_id,
            item.consent_attachment_id,
        )
    detail = detail_of(item.practitioner)
    return PreregistrationRow(
        item.id, item.practitioner_id, detail.display_name, detail.profession_text,
        detail.commune_name, item.force, item.phone, item.consent_on, item.sent_on,
        item.confirmed_on, item.withdrawn_on, item.withdrawal_reason,
        consent_form_id=item.consent_attachment_id,
    )


def organisation_line_name(organisation: Organisation | None, label: str | None) -> str:
    """"SOS Médecins Seine-et-Marne — Véhicule 3"."""
    name = (organisation.short_name or organisation.name) if organisation else "?"
    return f"{name} — {label}" if label else name


def request_organisation_preregistration(
    db: Database, organisation_id: int, force: Force, line_label: str, phones: Sequence[str],
    consent_on: dt.date, *, today: dt.date | None = None,
) -> Changes:
    """An organisation's numbers (SOS Médecins' régulation line, its vehicles): the force is
    chosen (an organisation may cover both zones), ``line_label`` says what the number is."""
    consent_on = _past_date(consent_on, "consent_on", "Date du consentement écrit", today)
    label = " ".join(line_label.split())
    if not label:
        raise ValidationError("line_label", "Ligne : dites ce qu'est ce numéro (« Régulation », "
                                            "« Véhicule 2 »…).")
    if len(label) > 120:
        raise ValidationError("line_label", "Ligne : 120 caractères au plus.")
    numbers = list(dict.fromkeys(parse_phone(text) for text in phones if text.strip()))
    if not numbers:
        raise ValidationError("phones", "Indiquez au moins un numéro à pré-enregistrer.")
    with db.unit_of_work() as uow:
        organisation = uow.session.get(Organisation, organisation_id)
        if organisation is None:
            raise NotFound(f"L'organisme n° {organisation_id} n'existe pas (ou plus).")
        active = set(uow.session.scalars(sa.select(Preregistration.phone).where(
            Preregistration.organisation_id == organisation_id,
            Preregistration.force == force, Preregistration.withdrawn_on.is_(None))))
        for number in numbers:
            if number in active:
                raise Conflict(
                    f"Le numéro {display_phone(number)} de {organisation.name} fait déjà "
                    "l'objet d'une demande de pré-enregistrement en cours."
                )
            row = Preregistration(organisation_id=organisation_id, line_label=label,
                                  force=force, phone=number, consent_on=consent_on)
            uow.session.add(row)
            uow.session.flush()
            uow.audit("create", "preregistration", row.id, {
                "organisation_id": [None, organisation_id], "line_label": [None, label],
                "force": [None, force.value], "phone": [None, number],
                "consent_on": [None, consent_on.isoformat()],
            })
    return Changes.CONTACTS


def record_sent(db: Database, ids: Sequence[int], on: dt.date,
                *, today: dt.date | None = None) -> Changes:
    """For a list sent by other means (or exported without marking)."""
    on = _past_date(on, "sent_on", "Date d'envoi", today)
    return _set_date(db, ids, "sent_on", on, _refuse_withdrawn)


def record_confirmed(db: Database, ids: Sequence[int], on: dt.date,
                     *, today: dt.date | None = None) -> Changes:
    """"Confirmé par la force le…": only for rows already sent, not before their sending."""
    on = _past_date(on, "confirmed_on", "Date de confirmation", today)

    def check(row: Preregistration) -> None:
        _refuse_withdrawn(row)
        if row.sent_on is None:
            raise TransitionRefused(
                f"La demande pour le {display_phone(row.phone)} n'a pas encore été envoyée à "
                "la force : elle ne peut pas être confirmée."
            )
        if on < row.sent_on:
            raise ValidationError(
                "confirmed_on", f"Date de confirmation : le {on:%d/%m/%Y} précède l'envoi "
                f"du {row.sent_on:%d/%m/%Y}."
            )

    return _set_date(db, ids, "confirmed_on", on, check)


def withdraw_consent(db: Database, ids: Sequence[int], reason: str, on: dt.date,
                     *, today: dt.date | None = None) -> Changes:
    """The practitioner withdrew the consent: out of every later export, with why and when."""
    on = _past_date(on, "withdrawn_on", "Date du retrait", today)
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError("reason", "Motif du retrait : champ obligatoire.")
    with db.unit_of_work() as uow:
        for row in _rows(uow.session, ids):
            _refuse_withdrawn(row)
            row.withdrawn_on, row.withdrawal_reason = on, reason
            uow.audit("update", "preregistration", row.id, {
                "withdrawn_on": [None, on.isoformat()], "withdrawal_reason": [None, reason],
            })
    return Changes.CONTACTS


def _refuse_withdrawn(row: Preregistration) -> None:
    if row.withdrawn_on is not None:
        raise TransitionRefused(
            f"Le consentement pour le {display_phone(row.phone)} a été retiré le "
            f"{row.withdrawn_on:%d/%m/%Y} : la demande est close."
        )


def _set_date(db: Database, ids: Sequence[int], name: str, on: dt.date,
              check: Callable[[Preregistration], None]) -> Changes:
    with db.unit_of_work() as uow:
        for row in _rows(uow.session, ids):
            check(row)
            old = getattr(row, name)
            if old != on:
                setattr(row, name, on)
                uow.audit("update", "preregistration", row.id,
                          {name: [old.isoformat() if old else None, on.isoformat()]})
    return Changes.CONTACTS


def _rows(session: Session, ids: Sequence[int]) -> list[Preregistration]:
    if not ids:
        raise ValidationError("ids", "Sélectionnez au moins une demande.")
    rows = list(session.scalars(sa.select(Preregistration).where(Preregistration.id.in_(ids))))
    missing = set(ids) - {row.id for row in rows}
    if missing:
        raise NotFound(f"Demande(s) de pré-enregistrement introuvable(s) : "
                       f"{', '.join(map(str, sorted(missing)))}.")
    return rows
