"""The demonstration roster: every commune has a zone, units in chains, ~40 fictitious
référents in ARCEP's fiction range, some stale, a few communes without anyone, 3 "mixte"."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa

from desktop.models.enums import ForceZone
from desktop.models.territory import Assignment, Commune
from desktop.services.demo.build import create_demo
from desktop.services.roster import assignments, coverage, editing, lookup


def test_demo_roster(tmp_path: Path) -> None:
    db = create_demo(tmp_path / "demo.egide").db
    try:
        with db.reading() as session:
            assert session.scalar(sa.select(sa.func.count()).where(
                Commune.force_zone.is_(None))) == 0
        counts = coverage.coverage_counts(db)
        assert counts.communes == 507 and counts.mixte == 3
        assert 3 <= counts.without_referent <= 12 and counts.stale_referents >= 3
        referents = editing.list_referents(db)
        assert 35 <= len(referents) <= 50
        assert all(r.phone and r.phone.startswith("+3319900") for r in referents)
        card = lookup.lookup(db, "Coulommiers")[0]
        assert card.force_zone is ForceZone.GN
        assert [u.kind.value for u in card.units] == ["cob", "compagnie", "groupement"]
        assert card.units[1].name == "Compagnie de gendarmerie de Meaux"
        assert card.referents and card.up_to_date is not None
        meaux = lookup.lookup(db, "Meaux")[0]
        assert meaux.force_zone is ForceZone.PN
        assert [u.kind.value for u in meaux.units] == ["commissariat", "dipn"]
        # History: a correspondant who left last year still answers "who covered it then?".
        [gone] = [r for r in editing.list_referents(db, include_inactive=True) if not r.active]
        assert gone.full_name == "Bruno LACROIX" and gone.communes == 0
        with db.reading() as session:
            commune_id = session.scalars(sa.select(Assignment.commune_id).where(
                Assignment.referent_id == gone.id)).first()
        assert commune_id is not None
        [line] = [h for h in assignments.history(db, commune_id) if h.id == gone.id]
        assert line.valid_to is not None and line.valid_to < dt.date.today()
        assert gone.id in {r.id for r in assignments.covered_by(db, commune_id, line.valid_to)}
        assert gone.id not in {r.id for r in lookup.answer(db, commune_id).referents}
    finally:
        db.close()
