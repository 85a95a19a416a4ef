"""The demonstration vault's practitioners: fictitious phones, zones set, a register in every
state, alert devices."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import sqlalchemy as sa

from desktop.io.rpps import luhn_valid
from desktop.models.enums import AlertDeviceKind
from desktop.models.territory import Commune
from desktop.services.demo.build import create_demo
from desktop.services.practitioners import alert_devices, directory, preregistrations


def test_demo_practitioners(tmp_path: Path) -> None:
    created = create_demo(tmp_path / "demo.egide")
    db = created.db
    try:
        people = directory.search_practitioners(db, "", 1000)
        assert len(people) == 150
        details = [directory.get_practitioner(db, p.id) for p in people]
        for person in details:
            for phone in person.phones:
                assert phone.startswith(("+3319900", "+3399900")), phone
            assert person.rpps is None or (person.rpps.startswith("99")
                                           and luhn_valid(person.rpps))
            assert person.commune_name and person.force_zone is not None
        assert len({p.commune_id for p in people}) > 40
        with db.reading() as session:
            assert session.scalar(
                sa.select(sa.func.count()).where(Commune.force_zone.is_(None))) == 0
            melun = session.scalars(sa.select(Commune).where(Commune.insee_code == "77288"))
            assert melun.one().force_zone is not None
        states = Counter(row.status for row in preregistrations.list_preregistrations(db)
                         if row.practitioner_id is not None)  # organisations: the measures'
        assert set(states) == set(preregistrations.PreregistrationStatus)
        assert 36 <= sum(states.values()) <= 72
        devices = [d for d in alert_devices.list_devices(db)  # relays: the measures filler's
                   if d.kind is not AlertDeviceKind.REGULATION_RELAY]
        assert len(devices) == 12 and sum(d.issued for d in devices) == 8
    finally:
        db.close()
