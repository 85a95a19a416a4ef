"""Signature tracking, party by party: signed at the ceremony, or by circulation (the copy is
sent on a date and comes back signed on another).

When every party has signed, the version becomes "signé" and its signing date is the date of
the last signature; undoing a signature of a version that is only "signé" brings it back to
"projet". A version already "en vigueur" or "remplacé" is history: its signatures are frozen.
When a party signs with no signer recorded, the holder of the function that day is recorded,
so that the version keeps the person who signed when the function later changes hands.
"""

from __future__ import annotations

import datetime as dt

from desktop.errors import NotFound, TransitionRefused, ValidationError
from desktop.models.enums import SignatureMode, VersionStatus
from desktop.models.protocol import Party, ProtocolVersion, Signature
from desktop.services.signatories.records import holder_on
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database, UnitOfWork

_FROZEN = (VersionStatus.EN_VIGUEUR, VersionStatus.REMPLACE)


def _party(uow: UnitOfWork, party_id: int) -> Party:
    party = uow.session.get(Party, party_id)
    if party is None:
        raise NotFound(f"La partie n° {party_id} n'existe pas (ou plus).")
    if party.version.status in _FROZEN:
        raise TransitionRefused(
            f"La version « {party.version.title} » est {party.version.status.label.lower()} : "
            "ses signatures ne se modifient plus."
        )
    return party


def _not_future(field: str, day: dt.date | None, what: str) -> None:
    if day is not None and day > dt.date.today():
        raise ValidationError(field, f"La date {what} ({day.strftime('%d/%m/%Y')}) est dans "
                                     "le futur.")


def _snapshot(signature: Signature | None) -> dict[str, object]:
    if signature is None:
        return {"mode": None, "sent_on": None, "returned_on": None, "signed_on": None}
    return {"mode": signature.mode, "sent_on": signature.sent_on,
            "returned_on": signature.returned_on, "signed_on": signature.signed_on}


def _write(uow: UnitOfWork, party: Party, mode: SignatureMode | None, sent_on: dt.date | None,
           returned_on: dt.date | None, signed_on: dt.date | None) -> None:
    before = _snapshot(party.signature)
    if mode is None:
        if party.signature is not None:
            uow.session.delete(party.signature)
            party.signature = None
    else:
        if party.signature is None:
            party.signature = Signature(mode=mode)
        signature = party.signature
        signature.mode, signature.sent_on = mode, sent_on
        signature.returned_on, signature.signed_on = returned_on, signed_on
    after = _snapshot(party.signature)
    changes = {k: [before[k], after[k]] for k in before if before[k] != after[k]}
    if signed_on is not None and party.signer_id is None:
        holder = holder_on(party.position.tenures, signed_on)
        if holder is not None:
            party.signer = holder
            changes["signer_id"] = [None, holder.id]
    if not changes:
        return
    uow.session.flush()
    uow.audit("update", "signature", party.id, changes)
    _refresh_version(uow, party.version)


def _refresh_version(uow: UnitOfWork, version: ProtocolVersion) -> None:
    days = [p.signature.signed_on if p.signature else None for p in version.parties]
    complete = bool(days) and all(d is not None for d in days)
    last = max((d for d in days if d is not None), default=None)
    if complete and version.status is VersionStatus.PROJET and last is not None:
        # The protocols service owns the workflow step projet → signé.
        from desktop.services.protocol.version_status import apply_status

        apply_status(uow, version, VersionStatus.SIGNE, last)
        return
    old: tuple[VersionStatus, dt.date | None] = (version.status, version.signed_on)
    new: tuple[VersionStatus, dt.date | None] = old
    if complete and version.status is VersionStatus.SIGNE:
        new = (VersionStatus.SIGNE, last)  # a signature date was corrected
    elif not complete and version.status is VersionStatus.SIGNE:
        new = (VersionStatus.PROJET, None)  # a signature was undone before the version ran
    if new != old:
        version.status, version.signed_on = new
        uow.audit("update", "protocol_version", version.id,
                  {"status": [old[0], new[0]], "signed_on": [old[1], new[1]]})


def sign_at_ceremony(db: Database, party_id: int, signed_on: dt.date) -> Changes:
    """The party signed during the ceremony, on ``signed_on``."""
    _not_future("signed_on", signed_on, "de signature")
    with db.unit_of_work() as uow:
        party = _party(uow, party_id)
        _write(uow, party, SignatureMode.CEREMONY, None, None, signed_on)
    return Changes.PROTOCOL | Changes.CONTACTS


def send_for_signature(db: Database, party_id: int, sent_on: dt.date) -> Changes:
    """The copies were sent to the party to sign (by circulation)."""
    _not_future("sent_on", sent_on, "d'envoi")
    with db.unit_of_work() as uow:
        party = _party(uow, party_id)
        _write(uow, party, SignatureMode.CIRCULATION, sent_on, None, None)
    return Changes.PROTOCOL


def record_return(db: Database, party_id: int, returned_on: dt.date,
                  signed_on: dt.date | None = None) -> Changes:
    """The signed copies came back on ``returned_on`` (signed on ``signed_on``, by default
    the day they came back)."""
    _not_future("returned_on", returned_on, "de retour")
    signed = signed_on or returned_on
    with db.unit_of_work() as uow:
        party = _party(uow, party_id)
        signature = party.signature
        if signature is None or signature.mode is not SignatureMode.CIRCULATION:
            raise TransitionRefused("Le document n'a pas été envoyé à cette partie : indiquez "
                                    "d'abord la date d'envoi.")
        sent_on = signature.sent_on
        if sent_on is not None and returned_on < sent_on:
            raise ValidationError(
                "returned_on", f"Le retour ({returned_on.strftime('%d/%m/%Y')}) précède "
                               f"l'envoi ({sent_on.strftime('%d/%m/%Y')}).")
        if signed > returned_on:
            raise ValidationError("signed_on", "La signature ne peut pas suivre le retour.")
        _write(uow, party, SignatureMode.CIRCULATION, sent_on, returned_on, signed)
    return Changes.PROTOCOL | Changes.CONTACTS


def undo_signature(db: Database, party_id: int) -> Changes:
    """Forget the party's signature (and its circulation dates)."""
    with db.unit_of_work() as uow:
        party = _party(uow, party_id)
        _write(uow, party, None, None, None, None)
    return Changes.PROTOCOL
