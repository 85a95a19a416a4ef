"""The security advice register (article 4 of the 2023 update): a practitioner or a structure
asks for a consultation, a written diagnostic or an audit; the office designates the
référent sûreté from the roster; the advice is given on a date, with an outcome; a cover
letter goes with a diagnostic or an audit."""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from sqlalchemy.orm import Session, joinedload

from desktop.errors import NotFound, TransitionRefused, ValidationError
from desktop.models.contacts import Practitioner
from desktop.models.measures import AdviceRequest
from desktop.models.settings import OfficeSettings
from desktop.models.territory import Referent
from desktop.services.measures.records import AdviceInput, AdviceRow, commune_by_code
from desktop.services.practitioners.records import detail_of
from desktop.services.vault.changes import Changes, Saved, no_changes
from desktop.services.vault.database import Database
from desktop.storage.versioning import expect_version

OFFICE_NAME = "Cabinet du préfet\nBureau de la sécurité intérieure"


def _past(day: dt.date, field: str, label: str, today: dt.date | None) -> dt.date:
    if day > (today or dt.date.today()):
        raise ValidationError(field, f"{label} : le {day:%d/%m/%Y} est dans le futur.")
    return day


def request_advice(db: Database, data: AdviceInput, *, today: dt.date | None = None) -> Saved:
    """Record a request; the commune defaults to the practitioner's practice commune."""
    _past(data.requested_on, "requested_on", "Date de la demande", today)
    structure = " ".join(data.structure.split())
    if data.practitioner_id is None and not structure:
        raise ValidationError("practitioner",
                              "Indiquez le praticien ou la structure qui demande le conseil.")
    if len(structure) > 200:
        raise ValidationError("structure", "Structure : 200 caractères au plus.")
    with db.unit_of_work() as uow:
        session = uow.session
        commune = commune_by_code(session, data.commune_code)
        if data.commune_code.strip() and commune is None:
            raise ValidationError("commune", f"Commune inconnue : « {data.commune_code} ».")
        if data.practitioner_id is not None:
            practitioner = session.get(Practitioner, data.practitioner_id)
            if practitioner is None:
                raise NotFound(f"Le praticien n° {data.practitioner_id} n'existe pas (ou plus).")
            if commune is None:
                commune = practitioner.commune
        if commune is None:
            raise ValidationError("commune", "Commune du lieu d'exercice : champ obligatoire.")
        row = AdviceRequest(kind=data.kind, practitioner_id=data.practitioner_id,
                            structure=structure or None, commune_id=commune.id,
                            requested_on=data.requested_on)
        session.add(row)
        session.flush()
        uow.audit("create", "advice_request", row.id, {
            "kind": [None, data.kind.value], "practitioner_id": [None, data.practitioner_id],
            "structure": [None, structure or None], "commune_id": [None, commune.id],
            "requested_on": [None, data.requested_on.isoformat()],
        })
        return Saved(row.id, Changes.CONTACTS)


def assign_referent(db: Database, request_id: int, referent_id: int, on: dt.date,
                    *, today: dt.date | None = None, seen_version: int | None = None
                    ) -> Changes:
    """``seen_version``: the request's ``row_version`` as the form showed it; a colleague's
    save since then refuses this one (``ConcurrentEdit``)."""
    _past(on, "assigned_on", "Date de désignation", today)
    with db.unit_of_work() as uow:
        row = _load(uow.session, request_id)
        expect_version(uow.session, row, seen_version)
        if row.done_on is not None:
            raise TransitionRefused("Ce conseil est déjà réalisé : le référent ne change plus.")
        if on < row.requested_on:
            raise ValidationError("assigned_on", f"Date de désignation : le {on:%d/%m/%Y} "
                                  f"précède la demande du {row.requested_on:%d/%m/%Y}.")
        referent = uow.session.get(Referent, referent_id)
        if referent is None:
            raise NotFound(f"Le référent n° {referent_id} n'existe pas (ou plus).")
        uow.audit("update", "advice_request", row.id, {
            "referent_id": [row.referent_id, referent_id],
            "assigned_on": [_iso(row.assigned_on), on.isoformat()],
        })
        row.referent_id, row.assigned_on = referent_id, on
    return Changes.CONTACTS


def record_done(db: Database, request_id: int, on: dt.date, outcome: str,
                *, today: dt.date | None = None, seen_version: int | None = None) -> Changes:
    """The advice was given (consultation held, diagnostic or audit handed over);
    ``seen_version`` as ``assign_referent``'s."""
    _past(on, "done_on", "Date de réalisation", today)
    outcome = outcome.strip()
    if not outcome:
        raise ValidationError("outcome", "Résultat : résumez les préconisations.")
    with db.unit_of_work() as uow:
        row = _load(uow.session, request_id)
        expect_version(uow.session, row, seen_version)
        if row.referent_id is None:
            raise TransitionRefused("Désignez d'abord le référent sûreté qui réalise le conseil.")
        if row.assigned_on is not None and on < row.assigned_on:
            raise ValidationError("done_on", f"Date de réalisation : le {on:%d/%m/%Y} précède "
                                  f"la désignation du {row.assigned_on:%d/%m/%Y}.")
        uow.audit("update", "advice_request", row.id, {
            "done_on": [_iso(row.done_on), on.isoformat()], "outcome": [row.outcome, outcome],
        })
        row.done_on, row.outcome = on, outcome
    return Changes.CONTACTS


def list_advice(db: Database, *, year: int | None = None) -> list[AdviceRow]:
    """The register, newest request first (one year's requests when ``year`` is given)."""
    statement = sa.select(AdviceRequest).options(
        joinedload(AdviceRequest.practitioner), joinedload(AdviceRequest.commune),
        joinedload(AdviceRequest.referent),
    ).order_by(AdviceRequest.requested_on.desc(), AdviceRequest.id.desc())
    if year is not None:
        statement = statement.where(
            AdviceRequest.requested_on.between(dt.date(year, 1, 1), dt.date(year, 12, 31)))
    with db.reading() as session:
        return [_row(item) for item in session.scalars(statement)]


def get_advice(db: Database, request_id: int) -> AdviceRow:
    with db.reading() as session:
        return _row(_load(session, request_id))


@no_changes
def cover_letter_pdf(db: Database, request_id: int, *, today: dt.date | None = None) -> bytes:
    """The diagnostic's cover letter, with the office's identity; the printing is logged."""
    from desktop.documents.advice_letter import AdviceLetter, render_advice_letter
    from desktop.documents.layout import Letterhead
    from desktop.io.phones import display_phone

    with db.unit_of_work() as uow:
        item = _load(uow.session, request_id)
        row = _row(item)
        office = uow.session.get(OfficeSettings, 1)
        address = ""
        if item.practitioner is not None:
            address = item.practitioner.practice_address or ""
        letter = AdviceLetter(
            recipient=row.requester, recipient_address=address,
            commune=row.commune_name or "", kind_label=item.kind.label,
            requested_on=item.requested_on, done_on=item.done_on,
            referent=row.referent_name, outcome=item.outcome or "",
            city=office.city or "" if office else "", printed_on=today or dt.date.today(),
            office_phone=display_phone(office.phone) if office and office.phone else "",
            office_email=office.email or "" if office else "",
        )
        head = (Letterhead(office.prefet_title, OFFICE_NAME, office.logo,
                           organisation=office.prefecture_name)
                if office else Letterhead("PRÉFECTURE", OFFICE_NAME))
        uow.audit("print", "advice_request", item.id, {"document": [None, "lettre"]})
    return render_advice_letter(letter, head)


def _row(item: AdviceRequest) -> AdviceRow:
    if item.practitioner is not None:
        requester = detail_of(item.practitioner).display_name
        if item.structure:
            requester += f" ({item.structure})"
    else:
        requester = item.structure or "?"
    referent = item.referent
    referent_name = (f"{referent.first_name} {referent.last_name.upper()}"
                     if referent is not None else None)
    return AdviceRow(
        item.id, item.kind, requester, item.practitioner_id, item.structure,
        item.commune.name if item.commune else None, item.requested_on, item.referent_id,
        referent_name, item.assigned_on, item.done_on, item.outcome, item.commune_id,
        item.row_version,
    )


def _load(session: Session, request_id: int) -> AdviceRequest:
    row = session.get(AdviceRequest, request_id)
    if row is None:
        raise NotFound(f"La demande de conseil n° {request_id} n'existe pas (ou plus).")
    return row


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
