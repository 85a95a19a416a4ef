"""A vault with two communes, a brigade and its référent assigned to one of them."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.io.insee import normalise_name
from desktop.models.enums import Force, ForceZone, Profession, ReferentRole, UnitKind
from desktop.models.territory import Assignment, Commune, PostalCode, Referent, Unit
from desktop.services.practitioners import directory
from desktop.services.practitioners.directory import PractitionerInput
from desktop.services.vault.database import Database


@pytest.fixture
def territory(db: Database) -> Database:
    with db.unit_of_work() as uow:
        communes = []
        for code, name, postal, zone in (("77288", "Melun", "77000", ForceZone.PN),
                                         ("77001", "Achères-la-Forêt", "77760", ForceZone.GN)):
            commune = Commune(insee_code=code, name=name, search_key=normalise_name(name),
                              department="77", force_zone=zone)
            commune.postal_codes.append(PostalCode(code=postal, ligne_5=""))
            uow.session.add(commune)
            communes.append(commune)
        brigade = Unit(kind=UnitKind.BRIGADE, name="Brigade de Fictive", force=Force.GN)
        uow.session.add(brigade)
        uow.session.flush()
        for first, last, role in (("Paul", "Référent-Fictif", ReferentRole.REFERENT),
                                  ("Anne", "Correspondante-Fictive", ReferentRole.CORRESPONDANT)):
            referent = Referent(first_name=first, last_name=last, role=role, unit_id=brigade.id)
            uow.session.add(referent)
            uow.session.flush()
            if role is ReferentRole.CORRESPONDANT:
                uow.session.add(Assignment(commune_id=communes[1].id, referent_id=referent.id,
                                           valid_from=dt.date(2020, 1, 1)))
    return db


def make_practitioner(db: Database, first: str = "Hélène", code: str = "77001") -> int:
    data = PractitionerInput(first, "Aubépine-Fictive", Profession.MEDECIN_GENERALISTE,
                             commune_code=code, phone="01 99 00 12 34",
                             practice_address="3 rue des Écoles\n77760 Achères-la-Forêt")
    return directory.create_practitioner(db, data).id
