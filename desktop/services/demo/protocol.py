"""Demonstration filler: signatory organisations, functions, fictitious holders, and the
Seine-et-Marne protocol (2018 original, 2023 update) with its ceremonies and signatures."""

from __future__ import annotations

import datetime as dt
import json
import random
from typing import Any

from desktop.models.contacts import Organisation, Person, Position, Tenure
from desktop.models.enums import (
    Civility,
    MeasureKind,
    OrganisationKind,
    Profession,
    SignatureMode,
    VersionKind,
    VersionStatus,
)
from desktop.models.protocol import (
    Article,
    Ceremony,
    ChecklistItem,
    Measure,
    Party,
    PreambleClause,
    Protocol,
    ProtocolProfession,
    ProtocolVersion,
    Signature,
)
from desktop.resources import resource_path
from desktop.services.vault.database import UnitOfWork

CHECKLIST = ("Réserver la salle", "Prévenir la presse", "Imprimer les exemplaires", "Stylos")


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None




def fill(uow: UnitOfWork, rng: random.Random) -> None:
    data: dict[str, Any] = json.loads(
        resource_path("demo", "protocole-77.json").read_text(encoding="utf-8")
    )
    session = uow.session
    organisations = {
        item["key"]: Organisation(
            kind=OrganisationKind(item["kind"]), name=item["name"], short_name=item["short"],
            address=item["address"],
        )
        for item in data["organisations"]
    }
    positions = {
        item["key"]: Position(
            organisation=organisations[item["org"]], title=item["title"],
            title_feminine=item["feminine"],
        )
        for item in data["positions"]
    }
    people: dict[str, Person] = {}
    for item in data["people"]:
        person = Person(
            civility=Civility(item["civility"]), first_name=item["first"], last_name=item["last"],
            email=f"{item['first'].lower()}.{item['last'].lower()}@exemple.fr".replace(" ", ""),
        )
        people[item["key"]] = person
        for position_key, start, end in item["tenures"]:
            session.add(Tenure(person=person, position=positions[position_key],
                               started_on=_date(start), ended_on=_date(end)))
    measures = {
        item["key"]: Measure(kind=MeasureKind(item["kind"]), label=item["label"])
        for item in data["measures"]
    }
    session.add_all([*organisations.values(), *positions.values(), *people.values(),
                     *measures.values()])
    protocol = Protocol(title=data["protocol"]["title"])
    session.add(protocol)
    for profession in data["protocol"]["professions"]:
        session.add(ProtocolProfession(protocol=protocol, profession=Profession(profession)))
    previous: ProtocolVersion | None = None
    for item in data["versions"]:
        version = _version(item, protocol, previous, positions, people, measures)
        session.add(version)
        previous = version
    session.flush()
    uow.audit("create", "demo", None, {"protocol": [None, protocol.title]})


def _version(
    item: dict[str, Any],
    protocol: Protocol,
    previous: ProtocolVersion | None,
    positions: dict[str, Position],
    people: dict[str, Person],
    measures: dict[str, Measure],
) -> ProtocolVersion:
    version = ProtocolVersion(
        protocol=protocol, number=item["number"], kind=VersionKind(item["kind"]),
        status=VersionStatus(item["status"]), title=item["title"],
        signed_place=item["signed_place"], signed_on=_date(item["signed_on"]),
        in_force_from=_date(item["in_force_from"]), superseded_on=_date(item["superseded_on"]),
        copies=item["copies"], based_on=previous,
    )
    for order, text in enumerate(item["preamble"], start=1):
        version.preamble.append(PreambleClause(order=order, text=text))
    for number, article in enumerate(item["articles"], start=1):
        version.articles.append(Article(
            number=number, order=number, title=article["title"], body=article["body"],
            measures=[measures[key] for key in article["measures"]],
        ))
    ceremony_data = item["ceremony"]
    ceremony = Ceremony(
        version=version, starts_at=dt.datetime.fromisoformat(ceremony_data["starts_at"]),
        place=ceremony_data["place"], press_contacts=ceremony_data["press"],
    )
    for label in CHECKLIST:
        ceremony.checklist.append(ChecklistItem(label=label, done=True))
    for order, (position_key, person_key) in enumerate(item["parties"], start=1):
        party = Party(order=order, position=positions[position_key], signer=people[person_key])
        party.signature = Signature(mode=SignatureMode.CEREMONY, signed_on=version.signed_on)
        version.parties.append(party)
    return version
