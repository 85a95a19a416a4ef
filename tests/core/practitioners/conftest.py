"""A vault with four communes (one per force zone state) and helpers to make practitioners."""

from __future__ import annotations

import pytest

from desktop.io.insee import normalise_name
from desktop.models.enums import ForceZone, Profession
from desktop.models.territory import Commune, PostalCode
from desktop.services.practitioners import directory
from desktop.services.practitioners.directory import PractitionerInput
from desktop.services.vault.database import Database

COMMUNES = (
    ("77288", "Melun", "77000", ForceZone.PN),
    ("77001", "Achères-la-Forêt", "77760", ForceZone.GN),
    ("77152", "Dammarie-les-Lys", "77190", ForceZone.MIXTE),
    ("77186", "Fontainebleau", "77300", None),
)
# Fictitious RPPS numbers with a correct Luhn key.
RPPS_A = "10000000009"
RPPS_B = "10000000017"


@pytest.fixture
def territory(db: Database) -> Database:
    with db.unit_of_work() as uow:
        for code, name, postal, zone in COMMUNES:
            commune = Commune(insee_code=code, name=name, search_key=normalise_name(name),
                              department="77", force_zone=zone)
            commune.postal_codes.append(PostalCode(code=postal, ligne_5=""))
            uow.session.add(commune)
    return db


def make(db: Database, **values: object) -> int:
    data = {"first_name": "Bénédicte", "last_name": "Lefèvre-Fictif",
            "profession": Profession.MEDECIN_GENERALISTE, "commune_code": "77288",
            "phone": "01 99 00 12 34", **values}
    return directory.create_practitioner(db, PractitionerInput(**data)).id  # type: ignore[arg-type]
