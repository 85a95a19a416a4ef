"""The registers' own retention rule: a practitioner in the 17 pre-registration or holding an
alert device is kept while the entry runs; ``register_years`` after it ended (withdrawn,
returned) the identity goes as any other practitioner's, unless a case still keeps it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.config import Preferences
from desktop.errors import ValidationError
from desktop.models.cases import CaseVictim
from desktop.models.contacts import AlertDevice, Practitioner, Preregistration
from desktop.models.enums import AlertDeviceKind, Force, Profession
from desktop.models.measures import AlertLoan
from desktop.services.retention import apply as retention_apply
from desktop.services.retention import preview as retention_preview
from desktop.services.retention import rules as retention_rules
from desktop.services.retention.records import RetentionRules
from desktop.services.vault.database import Database
from tests.core.committee.fixtures import add_cases


def _people(db: Database) -> dict[str, int]:
    ids = add_cases(db)
    with db.unit_of_work() as uow:
        s = uow.session
        made = {name: Practitioner(first_name="X", last_name=name,
                                   profession=Profession.INFIRMIER)
                for name in ("Retire", "Inscrit", "Rendu", "Victime", "Rien")}
        s.add_all(made.values())
        s.flush()
        s.add(Preregistration(practitioner=made["Retire"], force=Force.PN, phone="+33600000001",
                              consent_on=dt.date(2024, 1, 5),
                              withdrawn_on=dt.date(2025, 3, 1), withdrawal_reason="départ"))
        s.add(Preregistration(practitioner=made["Inscrit"], force=Force.GN,
                              phone="+33600000002", consent_on=dt.date(2024, 1, 5)))
        device = AlertDevice(kind=AlertDeviceKind.PUSH_BUTTON, identifier="B-9",
                             holder=made["Rendu"], issued_on=dt.date(2023, 1, 1),
                             returned_on=dt.date(2024, 1, 10))
        s.add(device)
        s.flush()
        s.add(AlertLoan(device_id=device.id, practitioner_id=made["Rendu"].id,
                        issued_on=dt.date(2023, 1, 1), returned_on=dt.date(2024, 1, 10)))
        s.add(Preregistration(practitioner=made["Victime"], force=Force.PN,
                              phone="+33600000003", consent_on=dt.date(2020, 1, 5),
                              withdrawn_on=dt.date(2021, 1, 1)))
        s.add(CaseVictim(case_id=ids["2026-0002"], practitioner_id=made["Victime"].id))
        return {name: p.id for name, p in made.items()}


def _names(db: Database, planned: tuple) -> set[str]:  # type: ignore[type-arg]
    with db.reading() as session:
        return set(session.scalars(sa.select(Practitioner.last_name).where(
            Practitioner.id.in_([p.practitioner_id for p in planned]))))


def test_registers_keep_then_release(db: Database, tmp_path: Path) -> None:
    people = _people(db)
    early = retention_preview.preview(db, dt.date(2026, 2, 1))
    assert {"Rendu"} <= _names(db, early.practitioners)  # returned 2024-01-10, + 1 year
    assert not {"Retire", "Inscrit", "Victime", "Rien"} & _names(db, early.practitioners)
    kept = {p.practitioner_id: p.reason for p in early.kept_for_registers}
    assert kept[people["Retire"]] == ("pré-enregistrement 17 terminé le 01/03/2025 : "
                                      "effacement le 01/03/2026")
    assert kept[people["Inscrit"]] == "pré-enregistrement 17 en cours : gardé"
    assert people["Victime"] not in kept  # a case still open keeps it, whatever the register

    later = retention_preview.preview(db, dt.date(2026, 3, 2))
    retire = next(p for p in later.practitioners if p.practitioner_id == people["Retire"])
    assert retire.reason.startswith("pré-enregistrement 17 terminé le 01/03/2025, plus de 1 an")

    # The office's own period for the registers: three years.
    retention_rules.save_rules(db, RetentionRules(2, 6, False, 3))
    assert retention_rules.read_rules(db).register_years == 3
    assert people["Retire"] not in {
        p.practitioner_id for p in retention_preview.preview(db, dt.date(2026, 3, 2)).practitioners}
    retention_rules.save_rules(db, RetentionRules(2, 6, False, 1))

    done = retention_apply.apply(db, Preferences(backup_folder=str(tmp_path)),
                                 dt.date(2026, 3, 2))
    assert people["Retire"] in {p.practitioner_id for p in done.plan.practitioners}
    with db.reading() as session:
        gone = session.get_one(Practitioner, people["Retire"])
        assert gone.erased_at is not None and gone.last_name.startswith("Praticien effacé")
        entry = session.scalars(sa.select(Preregistration).where(
            Preregistration.practitioner_id == people["Retire"])).one()
        assert entry.phone == "" and entry.withdrawal_reason is None
        assert entry.withdrawn_on == dt.date(2025, 3, 1)  # the dates stay (statistics)
        assert session.get_one(Practitioner, people["Inscrit"]).erased_at is None
        assert session.get_one(Practitioner, people["Rien"]).erased_at is None


def test_register_years_out_of_range(db: Database) -> None:
    with pytest.raises(ValidationError) as refused:
        retention_rules.save_rules(db, RetentionRules(2, 6, False, 0))
    assert "de 1 à 10 ans" in str(refused.value)
