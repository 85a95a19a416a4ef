"""Import and export a protocol version as JSON (desktop/io/protocol_json.py).

Export writes the chosen version's parties, preamble, articles and the measures they link.
Import is all-or-nothing: it creates a new protocol whose version 1 is a draft original holding
the text (the status and dates of the source do not travel); organisations, functions, people
and measures are matched by name (and label) and created when missing.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.errors import ImportRejected
from desktop.io.protocol_json import (
    ArticleRecord,
    MeasureRecord,
    PartyRecord,
    ProtocolDocument,
    SignerRecord,
    dump,
    parse,
)
from desktop.models.contacts import Organisation, Person, Position
from desktop.models.enums import VersionKind, VersionStatus
from desktop.models.protocol import (
    Article,
    Measure,
    Party,
    PreambleClause,
    Protocol,
    ProtocolProfession,
    ProtocolVersion,
)
from desktop.services.protocol.protocols import find_version, list_protocols
from desktop.services.protocol.records import Created
from desktop.services.vault import auto_backup
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database


def export_json(db: Database, protocol_id: int, number: int | None = None) -> str:
    """Version ``number`` (the latest by default) of a protocol as JSON text."""
    detail = find_version(db, protocol_id, number)
    protocol = next(p for p in list_protocols(db) if p.id == protocol_id)
    with db.reading() as session:
        kinds = {
            row.id: row.organisation.kind
            for row in session.scalars(
                sa.select(Position).where(Position.id.in_([p.position_id for p in detail.parties]))
            )
        }
        signers = {
            row.id: SignerRecord(row.civility, row.first_name, row.last_name)
            for row in session.scalars(
                sa.select(Person).where(
                    Person.id.in_([p.signer_id for p in detail.parties if p.signer_id])
                )
            )
        }
    measures: dict[int, MeasureRecord] = {}
    for article in detail.articles:
        for m in article.measures:
            measures.setdefault(m.id, MeasureRecord(f"{m.kind.value}-{m.id}", m.kind, m.label))
    document = ProtocolDocument(
        title=protocol.title,
        professions=protocol.professions,
        version_title=detail.version.title,
        kind=detail.version.kind,
        signed_place=detail.version.signed_place,
        signed_on=detail.version.signed_on,
        copies=detail.version.copies,
        parties=tuple(
            PartyRecord(
                organisation=p.organisation,
                organisation_kind=kinds[p.position_id],
                function=p.function,
                function_feminine=p.function_feminine,
                signer=signers.get(p.signer_id) if p.signer_id else None,
                represented_by=p.represented_by,
                short_name=p.short_name,
            )
            for p in detail.parties
        ),
        preamble=detail.preamble,
        measures=tuple(measures[k] for k in sorted(measures)),
        articles=tuple(
            ArticleRecord(a.number, a.title, a.body, tuple(measures[m.id].key for m in a.measures))
            for a in detail.articles
        ),
    )
    return dump(document)


def import_json(db: Database, text: str) -> Created:
    """Create a protocol from its JSON form; refuse the whole file on any error."""
    result = parse(text)
    if not result.ok:
        raise ImportRejected(
            f"Import du protocole refusé : {len(result.rejects)} erreur(s), rien n'a été modifié.",
            result.report(),
        )
    (document,) = result.records
    auto_backup.before(db, "import")  # a verified backup first, when the app enabled them
    with db.unit_of_work() as uow:
        session = uow.session
        protocol = Protocol(title=document.title)
        for profession in dict.fromkeys(document.professions):
            protocol.professions.append(ProtocolProfession(profession=profession))
        version = ProtocolVersion(
            protocol=protocol,
            number=1,
            kind=VersionKind.ORIGINAL,
            status=VersionStatus.PROJET,
            title=document.version_title,
            signed_place=document.signed_place,
            copies=document.copies,
        )
        for order, record in enumerate(document.parties, start=1):
            position = _position(session, record)
            signer = _person(session, record.signer) if record.signer else None
            version.parties.append(
                Party(
                    order=order,
                    position=position,
                    signer=signer,
                    represented_by=record.represented_by,
                    short_name=record.short_name,
                )
            )
        for order, clause in enumerate(document.preamble, start=1):
            version.preamble.append(PreambleClause(order=order, text=clause))
        measures = {m.key: _measure(session, m) for m in document.measures}
        for article in document.articles:
            version.articles.append(
                Article(
                    number=article.number,
                    order=article.number,
                    title=article.title or None,
                    body=article.body,
                    measures=[measures[k] for k in article.measures],
                )
            )
        session.add_all([protocol, version])
        session.flush()
        uow.audit(
            "import",
            "protocol",
            protocol.id,
            {
                "title": [None, document.title],
                "articles": [None, len(document.articles)],
                "parties": [None, len(document.parties)],
            },
        )
        return Created(protocol.id, Changes.PROTOCOL | Changes.CONTACTS)


def _position(session: Session, record: PartyRecord) -> Position:
    organisation = session.scalars(
        sa.select(Organisation).where(Organisation.name == record.organisation)
    ).first()
    if organisation is None:
        organisation = Organisation(kind=record.organisation_kind, name=record.organisation)
        session.add(organisation)
    position = (
        session.scalars(
            sa.select(Position).where(
                Position.organisation_id == organisation.id, Position.title == record.function
            )
        ).first()
        if organisation.id
        else None
    )
    if position is None:
        position = Position(
            organisation=organisation,
            title=record.function,
            title_feminine=record.function_feminine,
        )
        session.add(position)
    return position


def _person(session: Session, signer: SignerRecord) -> Person:
    person = session.scalars(
        sa.select(Person).where(
            Person.first_name == signer.first_name, Person.last_name == signer.last_name
        )
    ).first()
    if person is None:
        person = Person(
            civility=signer.civility, first_name=signer.first_name, last_name=signer.last_name
        )
        session.add(person)
    return person


def _measure(session: Session, record: MeasureRecord) -> Measure:
    measure = session.scalars(
        sa.select(Measure).where(Measure.kind == record.kind, Measure.label == record.label)
    ).first()
    if measure is None:
        measure = Measure(kind=record.kind, label=record.label)
        session.add(measure)
    return measure
