"""A draft's parties in signing order and its preamble ("Vu …" clauses).

The organisations, functions and people themselves belong to the signatories' services; here
a version only points at them. Every write returns an ``Edit`` (see ``articles``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.errors import NotFound, ValidationError
from desktop.models.contacts import Person, Position
from desktop.models.protocol import Party, PreambleClause, ProtocolVersion
from desktop.services.protocol.articles import Edit
from desktop.services.protocol.protocols import current_holder, require_draft, version_row
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.storage.versioning import expect_same, expect_version


@dataclass(frozen=True)
class PositionChoice:
    """A function a party can be: "Préfet de Seine-et-Marne (Préfecture de Seine-et-Marne)"."""

    id: int
    title: str
    organisation: str
    holder_id: int | None
    holder_name: str | None


@dataclass(frozen=True)
class PartySnapshot:
    id: int
    version_id: int
    position: int
    position_id: int
    represented_by: str | None
    signer_id: int | None


def list_positions(db: Database, on: dt.date | None = None) -> tuple[PositionChoice, ...]:
    """Every function, with who holds it on ``on`` (today by default)."""
    on = on or dt.date.today()
    with db.reading() as session:
        rows = session.scalars(sa.select(Position).order_by(Position.title))
        result = []
        for row in rows:
            holder = current_holder(session, row.id, on)
            result.append(
                PositionChoice(
                    row.id,
                    row.title,
                    row.organisation.name,
                    holder.id if holder else None,
                    f"{holder.first_name} {holder.last_name}" if holder else None,
                )
            )
        return tuple(result)


def set_preamble(db: Database, version_id: int, clauses: Sequence[str], *,
                 seen_clauses: Sequence[str] | None = None) -> Edit:
    """Replace the "Vu …" clauses (empty lines are dropped).

    ``seen_clauses``: the clauses as the editor showed them; if they are no longer the stored
    ones, a colleague saved the preamble meanwhile and this save is refused
    (``ConcurrentEdit``). The clauses are compared rather than a version counted: the clause
    rows are replaced whole (no row lives on to carry a version), and the version row's own
    ``row_version`` moves with its title and status too, which would refuse a preamble for a
    change it does not touch. The version row is locked first (``FOR UPDATE`` on PostgreSQL;
    SQLite has one writer at a time) so that two saves cannot both pass the comparison."""
    texts = [c.strip() for c in clauses if c.strip()]
    with db.unit_of_work() as uow:
        uow.session.execute(sa.select(ProtocolVersion.id)
                            .where(ProtocolVersion.id == version_id).with_for_update())
        version = version_row(uow.session, version_id)
        require_draft(version)
        old = [c.text for c in version.preamble]
        expect_same(uow.session, "le préambule de cette version", "protocol_version",
                    version_id, "preamble",
                    None if seen_clauses is None else [c.strip() for c in seen_clauses
                                                       if c.strip()], old)
        version.preamble = [PreambleClause(order=i, text=t) for i, t in enumerate(texts, 1)]
        uow.audit("update", "protocol_version", version_id, {"preamble": [old, texts]})
    # The undo expects the clauses this save leaves (``articles``' module says why).
    return Edit(Changes.PROTOCOL, partial(set_preamble, version_id=version_id, clauses=old,
                                          seen_clauses=texts))


def add_party(
    db: Database,
    version_id: int,
    position_id: int,
    position: int | None = None,
    represented_by: str | None = None,
    signer_id: int | None = None,
) -> Edit:
    """A party at ``position`` in signing order (last by default). The signer defaults to
    whoever holds the function today."""
    with db.unit_of_work() as uow:
        version = _draft(uow.session, version_id)
        if uow.session.get(Position, position_id) is None:
            raise NotFound(f"La fonction n° {position_id} n'existe pas (ou plus).")
        if any(p.position_id == position_id for p in version.parties):
            raise ValidationError(
                "position_id", "Cette fonction est déjà signataire de la version."
            )
        if signer_id is None:
            holder = current_holder(uow.session, position_id, dt.date.today())
            signer_id = holder.id if holder else None
        party = Party(
            position_id=position_id,
            order=0,
            represented_by=(represented_by or "").strip() or None,
            signer_id=signer_id,
        )
        parties = list(version.parties)
        parties.insert((position or len(parties) + 1) - 1, party)
        version.parties = parties
        _reorder(version)
        uow.session.flush()
        uow.audit(
            "create",
            "party",
            party.id,
            {"version_id": [None, version_id], "position_id": [None, position_id]},
        )
        return Edit(Changes.PROTOCOL, partial(remove_party, party_id=party.id))


def remove_party(db: Database, party_id: int) -> Edit:
    with db.unit_of_work() as uow:
        party = _party(uow.session, party_id)
        version = _draft(uow.session, party.version_id)
        snapshot = PartySnapshot(
            party.id,
            version.id,
            list(version.parties).index(party) + 1,
            party.position_id,
            party.represented_by,
            party.signer_id,
        )
        version.parties.remove(party)
        uow.session.delete(party)
        _reorder(version)
        uow.audit("delete", "party", party_id, {"position_id": [snapshot.position_id, None]})
    return Edit(Changes.PROTOCOL, partial(restore_party, snapshot=snapshot))


def restore_party(db: Database, snapshot: PartySnapshot) -> Edit:
    with db.unit_of_work() as uow:
        version = _draft(uow.session, snapshot.version_id)
        party = Party(
            id=snapshot.id,
            position_id=snapshot.position_id,
            order=0,
            represented_by=snapshot.represented_by,
            signer_id=snapshot.signer_id,
        )
        parties = list(version.parties)
        parties.insert(snapshot.position - 1, party)
        version.parties = parties
        _reorder(version)
        uow.audit("restore", "party", snapshot.id, {"position_id": [None, snapshot.position_id]})
    return Edit(Changes.PROTOCOL, partial(remove_party, party_id=snapshot.id))


def move_party(db: Database, party_id: int, position: int) -> Edit:
    """Move a party to ``position`` (1-based) in signing order."""
    with db.unit_of_work() as uow:
        party = _party(uow.session, party_id)
        version = _draft(uow.session, party.version_id)
        parties = list(version.parties)
        old = parties.index(party) + 1
        parties.remove(party)
        parties.insert(max(1, min(position, len(parties) + 1)) - 1, party)
        version.parties = parties
        _reorder(version)
        uow.audit("move", "party", party_id, {"order": [old, party.order]})
    return Edit(Changes.PROTOCOL, partial(move_party, party_id=party_id, position=old))


def set_party(
    db: Database, party_id: int, represented_by: str | None, signer_id: int | None, *,
    seen_version: int | None = None, expected: tuple[str | None, int | None] | None = None,
) -> Edit:
    """Who signs for the party ("représenté par …") and the person who signs.
    ``seen_version``: the party's ``row_version`` as shown; a colleague's save since refuses
    this one (``ConcurrentEdit``). ``expected``: what an undo expects to find (see
    ``articles``)."""
    with db.unit_of_work() as uow:
        party = _party(uow.session, party_id)
        _draft(uow.session, party.version_id)
        expect_version(uow.session, party, seen_version)
        if signer_id is not None and uow.session.get(Person, signer_id) is None:
            raise NotFound(f"La personne n° {signer_id} n'existe pas (ou plus).")
        old = (party.represented_by, party.signer_id)
        expect_same(uow.session, "ce signataire", "party", party_id, "represented_by",
                    expected, old)
        party.represented_by = (represented_by or "").strip() or None
        party.signer_id = signer_id
        uow.audit(
            "update",
            "party",
            party_id,
            {"represented_by": [old[0], party.represented_by], "signer_id": [old[1], signer_id]},
        )
        after = (party.represented_by, signer_id)
    return Edit(
        Changes.PROTOCOL,
        partial(set_party, party_id=party_id, represented_by=old[0], signer_id=old[1],
                expected=after),
    )


def _reorder(version: ProtocolVersion) -> None:
    for order, party in enumerate(version.parties, start=1):
        party.order = order


def _party(session: Session, party_id: int) -> Party:
    party = session.get(Party, party_id)
    if party is None:
        raise NotFound(f"Le signataire n° {party_id} n'existe pas (ou plus).")
    return party


def _draft(session: Session, version_id: int) -> ProtocolVersion:
    version = version_row(session, version_id)
    require_draft(version)
    return version
