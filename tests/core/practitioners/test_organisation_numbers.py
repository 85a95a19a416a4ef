"""An organisation's numbers (SOS Médecins' régulation line, its vehicles) pre-registered at
the 17 like a practitioner's, exported after the practitioners' lines."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import Conflict, ValidationError
from desktop.models.contacts import Organisation
from desktop.models.enums import Force, OrganisationKind
from desktop.services.practitioners import preregistrations
from desktop.services.practitioners.preregistrations import PreregistrationStatus as Status
from desktop.services.vault.database import Database

from .conftest import make
from .test_preregistrations import export, read_csv, request

TODAY = dt.date(2026, 11, 20)


def sos(db: Database) -> int:
    with db.unit_of_work() as uow:
        organisation = Organisation(kind=OrganisationKind.SOS_MEDECINS,
                                    name="SOS Médecins Fictif 77", address="1 rue Fictive, Melun")
        uow.session.add(organisation)
        uow.session.flush()
        return organisation.id


def test_organisation_lines_registered_and_exported(territory: Database) -> None:
    organisation = sos(territory)
    with pytest.raises(ValidationError, match="Ligne"):
        preregistrations.request_organisation_preregistration(
            territory, organisation, Force.PN, " ", ["01 99 00 70 00"], TODAY, today=TODAY)
    preregistrations.request_organisation_preregistration(
        territory, organisation, Force.PN, "Régulation", ["01 99 00 70 00"], TODAY, today=TODAY)
    preregistrations.request_organisation_preregistration(
        territory, organisation, Force.PN, "Véhicule 2", ["09 99 00 70 02"], TODAY, today=TODAY)
    with pytest.raises(Conflict, match="déjà"):
        preregistrations.request_organisation_preregistration(
            territory, organisation, Force.PN, "Régulation", ["01 99 00 70 00"], TODAY,
            today=TODAY)
    practitioner = make(territory)
    request(territory, practitioner, "01 99 00 12 34")
    rows = preregistrations.list_preregistrations(territory, organisation_id=organisation)
    assert sorted(r.practitioner_name for r in rows) == [
        "SOS Médecins Fictif 77 — Régulation", "SOS Médecins Fictif 77 — Véhicule 2"]
    assert all(r.practitioner_id is None and r.status is Status.PENDING for r in rows)

    result, data = export(territory, Force.PN)
    table = read_csv(data)
    assert [line[1:5] for line in table[1:]] == [
        ["LEFÈVRE-FICTIF", "Bénédicte", "Médecin généraliste", "01 99 00 12 34"],
        ["SOS MÉDECINS FICTIF 77", "Régulation", "SOS Médecins", "01 99 00 70 00"],
        ["SOS MÉDECINS FICTIF 77", "Véhicule 2", "SOS Médecins", "09 99 00 70 02"],
    ]
    assert result.lines == 3
