"""Test data for the signatories tests (core and UI): the demonstration signatories and
protocol, a draft version (3) whose parties have not signed yet, and id look-ups."""

from __future__ import annotations

import random
from dataclasses import dataclass

import sqlalchemy as sa

from desktop.models.contacts import Person, Position
from desktop.models.enums import VersionKind, VersionStatus
from desktop.models.protocol import Party, Protocol, ProtocolVersion
from desktop.services.demo import protocol, signatories
from desktop.services.vault.database import Database


@dataclass(frozen=True)
class Draft:
    version_id: int
    party_ids: tuple[int, ...]


def fill_demo(db: Database) -> None:
    with db.unit_of_work() as uow:
        rng = random.Random(77)
        protocol.fill(uow, rng)
        signatories.fill(uow, rng)


def add_draft(db: Database, position_titles: tuple[str, ...]) -> Draft:
    """Version 3 (projet) of the demo protocol, its parties the positions with these titles."""
    with db.unit_of_work() as uow:
        protocol = uow.session.scalars(sa.select(Protocol)).one()
        version = ProtocolVersion(protocol=protocol, number=3, kind=VersionKind.AMENDMENT,
                                  status=VersionStatus.PROJET,
                                  title="Avenant n° 1 au protocole départemental")
        uow.session.add(version)
        for order, title in enumerate(position_titles, start=1):
            position = uow.session.scalars(sa.select(Position)
                                           .where(Position.title == title)).one()
            version.parties.append(Party(order=order, position=position))
        uow.session.flush()
        return Draft(version.id, tuple(p.id for p in version.parties))


DRAFT_POSITIONS = (
    "Préfet de Seine-et-Marne",
    "Procureur de la République près le tribunal judiciaire de Meaux",
    "Président du conseil départemental de l'Ordre des médecins",
    "Commandant du groupement de gendarmerie départementale",
)




def person_id(db: Database, last_name: str) -> int:
    with db.reading() as session:
        return int(session.scalars(sa.select(Person.id).where(Person.last_name == last_name))
                   .one())


def position_id(db: Database, title: str) -> int:
    with db.reading() as session:
        return int(session.scalars(sa.select(Position.id).where(Position.title == title)).one())
