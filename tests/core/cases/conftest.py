"""Fixtures for the cases tests: a real vault with two communes and three practitioners.

Practitioner rows are created directly while the practitioners service is being written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import pytest

from desktop.models.contacts import Practitioner
from desktop.models.enums import (
    AuthorKind,
    ForceZone,
    IncidentType,
    Motive,
    Place,
    Profession,
    UrbanSetting,
)
from desktop.models.territory import Commune
from desktop.services.cases.intake import create_case
from desktop.services.cases.records import AuthorInput, CaseInput
from desktop.services.vault.database import Database


@dataclass(frozen=True)
class World:
    db: Database
    melun: int
    provins: int
    doctor: int
    nurse: int
    pharmacist: int

    def facts(self, **changes: object) -> CaseInput:
        base = CaseInput(
            occurred_at=dt.datetime(2026, 3, 14, 10, 45),
            commune_id=self.melun,
            victim_ids=(self.doctor,),
            types=(IncidentType.VERBAL,),
            authors=(AuthorInput(AuthorKind.PATIENT, "Homme d'une quarantaine d'années", True,
                                 "alcoolisation"),),
            place=Place.PRACTICE,
            setting=UrbanSetting.CITY_CENTRE,
            motive=Motive.REFUSED_PRESCRIPTION,
            exact_words="Je vais te retrouver, tu vas le regretter",
            severity_persons=2,
            itt_days=0,
            narrative="Menaces répétées après le refus d'un arrêt de travail.",
        )
        return replace(base, **changes)  # type: ignore[arg-type]

    def new_case(self, **changes: object) -> int:
        case_id = create_case(self.db, self.facts(**changes)).id
        return case_id


@pytest.fixture
def world(db: Database) -> World:
    return build_world(db)


def build_world(db: Database) -> World:
    """Two communes and three practitioners in ``db`` (either engine)."""
    with db.unit_of_work() as uow:
        melun = Commune(insee_code="77288", name="Melun", search_key="melun", department="77",
                        force_zone=ForceZone.PN)
        provins = Commune(insee_code="77379", name="Provins", search_key="provins",
                          department="77", force_zone=ForceZone.GN)
        doctor = Practitioner(first_name="Hélène", last_name="Dupré",
                              profession=Profession.MEDECIN_GENERALISTE)
        nurse = Practitioner(first_name="Éric", last_name="Lefèvre",
                             profession=Profession.INFIRMIER)
        pharmacist = Practitioner(first_name="Anne", last_name="Martin",
                                  profession=Profession.PHARMACIEN)
        uow.session.add_all([melun, provins, doctor, nurse, pharmacist])
        uow.session.flush()
        return World(db, melun.id, provins.id, doctor.id, nurse.id, pharmacist.id)
