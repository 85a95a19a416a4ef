"""Protocols and their versions: list, read, create, derive a new version (update or
avenant), edit a draft's properties, delete a draft. The status workflow is in
``protocol_status.py``; a draft's articles in ``articles.py``, its parties in ``parties.py``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from desktop.errors import Conflict, NotFound, TransitionRefused, ValidationError
from desktop.models.contacts import Person, Tenure
from desktop.models.enums import ArticleChange, Profession, VersionKind, VersionStatus
from desktop.models.protocol import (
    AmendedArticle,
    Article,
    Party,
    PreambleClause,
    Protocol,
    ProtocolProfession,
    ProtocolVersion,
)
from desktop.services.protocol.consolidation import consolidated_as_of, load_versions
from desktop.services.protocol.records import (
    Created,
    ProtocolSummary,
    VersionDetail,
    version_summary,
)
from desktop.services.protocol.version_reader import read_versions
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.storage.versioning import expect_version


def list_protocols(db: Database) -> tuple[ProtocolSummary, ...]:
    with db.reading() as session:
        rows = session.scalars(
            sa.select(Protocol)
            .order_by(Protocol.title)
            .options(
                selectinload(Protocol.professions),
                selectinload(Protocol.versions).selectinload(ProtocolVersion.amended_articles),
            )
        )
        return tuple(
            ProtocolSummary(
                id=row.id,
                title=row.title,
                professions=tuple(p.profession for p in row.professions),
                versions=tuple(version_summary(v) for v in row.versions),
            )
            for row in rows
        )


def get_version(db: Database, version_id: int) -> VersionDetail:
    with db.reading() as session:
        row = version_row(session, version_id)
        return load_versions(session, row.protocol_id, row.number)[0]


def find_version(db: Database, protocol_id: int, number: int | None = None) -> VersionDetail:
    """Version ``number`` of a protocol, or its latest one."""
    with db.reading() as session:
        return version_in(session, protocol_id, number)


def version_in(session: Session, protocol_id: int, number: int | None = None) -> VersionDetail:
    """``find_version`` in an open session (the convention reads the office in the same)."""
    versions = read_versions(session, protocol_id, number, latest_only=number is None)
    if versions:
        return versions[0]
    if session.get(Protocol, protocol_id) is None:
        raise NotFound(f"Le protocole n° {protocol_id} n'existe pas (ou plus).")
    if number is None:
        raise NotFound(f"Le protocole n° {protocol_id} n'a aucune version.")
    raise NotFound(f"Le protocole n° {protocol_id} n'a pas de version {number}.")


def version_row(session: Session, version_id: int) -> ProtocolVersion:
    row = session.get(ProtocolVersion, version_id)
    if row is None:
        raise NotFound(f"La version de protocole n° {version_id} n'existe pas (ou plus).")
    return row


def create_protocol(
    db: Database,
    title: str,
    professions: Sequence[Profession] = (),
    version_title: str | None = None,
) -> Created:
    """A new protocol with an empty draft original (version 1)."""
    title = title.strip()
    if not title:
        raise ValidationError("title", "Indiquez le titre du protocole.")
    with db.unit_of_work() as uow:
        protocol = Protocol(title=title)
        for profession in dict.fromkeys(professions):
            protocol.professions.append(ProtocolProfession(profession=profession))
        version = ProtocolVersion(
            protocol=protocol,
            number=1,
            kind=VersionKind.ORIGINAL,
            status=VersionStatus.PROJET,
            title=(version_title or title).strip(),
        )
        uow.session.add_all([protocol, version])
        uow.session.flush()
        uow.audit("create", "protocol", protocol.id, {"title": [None, title]})
        uow.audit(
            "create",
            "protocol_version",
            version.id,
            {"number": [None, 1], "kind": [None, VersionKind.ORIGINAL.value]},
        )
        return Created(protocol.id, Changes.PROTOCOL)


def new_version(
    db: Database,
    protocol_id: int,
    kind: VersionKind,
    amend: Sequence[int] = (),
    title: str | None = None,
) -> Created:
    """A draft derived from the latest version: same parties and preamble.

    An update copies the whole text as it then reads (avenants applied). An avenant starts
    with the articles numbered in ``amend``, copied from that text and marked as changed.
    """
    if kind is VersionKind.ORIGINAL:
        raise ValidationError(
            "kind",
            "Un protocole n'a qu'une version initiale : choisissez une mise à jour ou un avenant.",
        )
    with db.unit_of_work() as uow:
        versions = load_versions(uow.session, protocol_id)
        if not versions:
            raise NotFound(f"Le protocole n° {protocol_id} n'a aucune version.")
        latest = versions[-1].version
        if latest.status is VersionStatus.PROJET:
            raise Conflict(
                f"La version {latest.number} est encore un projet : faites-la signer "
                "ou modifiez-la plutôt que d'en créer une nouvelle."
            )
        text = consolidated_as_of(versions, latest.number)
        source = version_row(uow.session, latest.id)
        version = ProtocolVersion(
            protocol_id=protocol_id,
            number=latest.number + 1,
            kind=kind,
            status=VersionStatus.PROJET,
            based_on_version_id=latest.id,
            title=(title or source.title).strip(),
            signed_place=source.signed_place,
            copies=source.copies,
        )
        for party in source.parties:
            # The function is signed by whoever holds it now (kept if nobody is recorded).
            holder = current_holder(uow.session, party.position_id, dt.date.today())
            version.parties.append(
                Party(
                    order=party.order,
                    position_id=party.position_id,
                    represented_by=party.represented_by,
                    signer_id=holder.id if holder else party.signer_id,
                    short_name=party.short_name,
                )
            )
        for clause in source.preamble:
            version.preamble.append(PreambleClause(order=clause.order, text=clause.text))
        numbers = {a.number for a in text.articles}
        for number in dict.fromkeys(amend):
            if number not in numbers:
                raise ValidationError("amend", f"Le texte en vigueur n'a pas d'article {number}.")
        chosen = (
            text.articles
            if kind is VersionKind.UPDATE
            else [a for a in text.articles if a.number in set(amend)]
        )
        measures = _measures_by_id(uow.session, [m for a in chosen for m in a.measure_ids])
        for order, article in enumerate(chosen, start=1):
            number = order if kind is VersionKind.UPDATE else article.number
            version.articles.append(
                Article(
                    number=number,
                    order=order,
                    title=article.title,
                    body=article.body,
                    measures=[measures[m] for m in article.measure_ids],
                )
            )
            if kind is VersionKind.AMENDMENT:
                version.amended_articles.append(
                    AmendedArticle(article_number=article.number, change=ArticleChange.CHANGED)
                )
        uow.session.add(version)
        uow.session.flush()
        uow.audit(
            "create",
            "protocol_version",
            version.id,
            {
                "number": [None, version.number],
                "kind": [None, kind.value],
                "based_on": [None, latest.number],
            },
        )
        return Created(version.id, Changes.PROTOCOL)


def current_holder(session: Session, position_id: int, on: dt.date) -> Person | None:
    tenure = session.scalars(
        sa.select(Tenure)
        .where(
            Tenure.position_id == position_id,
            Tenure.started_on <= on,
            sa.or_(Tenure.ended_on.is_(None), Tenure.ended_on >= on),
        )
        .order_by(Tenure.started_on.desc())
    ).first()
    return tenure.person if tenure else None


def _measures_by_id(session: Session, ids: Sequence[int]) -> dict[int, object]:
    from desktop.models.protocol import Measure

    if not ids:
        return {}
    rows = session.scalars(sa.select(Measure).where(Measure.id.in_(set(ids))))
    return {row.id: row for row in rows}


def update_version(
    db: Database,
    version_id: int,
    *,
    title: str,
    signed_place: str | None,
    copies: int | None,
    seen_version: int | None = None,
) -> Changes:
    """The title, the "Fait à" city and the number of originals of a draft.
    ``seen_version``: the version row's ``row_version`` as the dialog showed it; a colleague's
    save since refuses this one (``ConcurrentEdit``)."""
    if not title.strip():
        raise ValidationError("title", "Indiquez le titre de la version.")
    if copies is not None and copies < 1:
        raise ValidationError("copies", "Le nombre d'exemplaires originaux doit être positif.")
    with db.unit_of_work() as uow:
        version = version_row(uow.session, version_id)
        require_draft(version)
        expect_version(uow.session, version, seen_version)
        new = {
            "title": title.strip(),
            "signed_place": (signed_place or "").strip() or None,
            "copies": copies,
        }
        changes = {k: [getattr(version, k), v] for k, v in new.items() if getattr(version, k) != v}
        for key, value in new.items():
            setattr(version, key, value)
        uow.audit("update", "protocol_version", version.id, changes)
    return Changes.PROTOCOL


def delete_draft(db: Database, version_id: int) -> Changes:
    """Delete a draft version (never a signed one), if it is the latest."""
    with db.unit_of_work() as uow:
        version = version_row(uow.session, version_id)
        require_draft(version)
        later = uow.session.scalar(
            sa.select(sa.func.count(ProtocolVersion.id)).where(
                ProtocolVersion.protocol_id == version.protocol_id,
                ProtocolVersion.number > version.number,
            )
        )
        if later:
            raise Conflict(f"La version {version.number} n'est pas la dernière du protocole.")
        uow.audit("delete", "protocol_version", version.id, {"number": [version.number, None]})
        uow.session.delete(version)
    return Changes.PROTOCOL


def require_draft(version: ProtocolVersion) -> None:
    if version.status is not VersionStatus.PROJET:
        raise TransitionRefused(
            f"La version {version.number} est « {version.status.label} » : son texte ne peut "
            "plus être modifié. Créez une mise à jour ou un avenant."
        )


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
