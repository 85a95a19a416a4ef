"""Assign to many communes, reassign on departure, coverage counts, "mixte" decisions."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import ValidationError
from desktop.models.enums import ForceZone, ReferentRole
from desktop.services.roster import assignments, coverage, editing, lookup
from desktop.services.roster.assignments import CommuneSelection
from desktop.services.roster.editing import ReferentDraft
from desktop.services.vault.database import Database

TODAY = dt.date.today()


def _referent(db: Database, name: str, verified: dt.date | None = TODAY) -> int:
    return editing.save_referent(db, ReferentDraft("Alex", name, ReferentRole.CORRESPONDANT,
                                                   None, "01 99 00 12 40", "", verified)).id


def test_assign_by_postal_code_then_reassign_on_departure(competent: Database) -> None:
    old = _referent(competent, "Ancien")
    new = _referent(competent, "Nouveau")
    selected = assignments.select_communes(competent, CommuneSelection(postal_code="77120"))
    ids = [row.id for row in selected]
    assert len(ids) > 5 and all("77120" in row.postal_codes for row in selected)
    start = TODAY - dt.timedelta(days=200)
    assert assignments.assign(competent, old, ids, start).count == len(ids)
    assert assignments.assign(competent, old, ids, start).count == 0  # already covered
    moved = assignments.reassign(competent, old, new, TODAY).count
    assert moved == len(ids)
    card = lookup.lookup(competent, "Coulommiers")[0]
    assert [r.last_name for r in card.referents] == ["Nouveau"]
    yesterday = TODAY - dt.timedelta(days=1)
    assert [r.last_name for r in assignments.covered_by(competent, card.commune_id,
                                                        yesterday)] == ["Ancien"]
    assert [r.last_name for r in editing.list_referents(competent)] == ["Nouveau"]
    assert editing.list_referents(competent)[0].communes == len(ids)


def test_assign_by_arrondissement_and_validation(competent: Database) -> None:
    ref = _referent(competent, "Large")
    rows = assignments.select_communes(competent, CommuneSelection(arrondissement="774"))
    assert rows and {row.arrondissement for row in rows} == {"774"}
    with pytest.raises(ValidationError):
        assignments.assign(competent, ref, [rows[0].id], TODAY, TODAY - dt.timedelta(days=1))
    with pytest.raises(ValidationError):
        assignments.assign(competent, ref, [], TODAY)
    assert assignments.assign(competent, ref, [r.id for r in rows], TODAY).count == len(rows)


def test_coverage_counts_and_filters(competent: Database) -> None:
    counts = coverage.coverage_counts(competent)
    assert (counts.communes, counts.without_referent, counts.mixte) == (507, 507, 1)
    assert counts.stale_months == 12
    fresh = _referent(competent, "Frais")
    stale = _referent(competent, "Ancien", TODAY - dt.timedelta(days=400))
    never = _referent(competent, "Jamais", None)
    ids = [r.id for r in assignments.select_communes(competent, CommuneSelection(
        postal_code="77120"))]
    assignments.assign(competent, fresh, ids, TODAY)
    assignments.assign(competent, stale, ids[:2], TODAY)
    counts = coverage.coverage_counts(competent)
    assert counts.without_referent == 507 - len(ids)
    assert counts.stale_referents == 2  # "Ancien" (400 days) and "Jamais" (never verified)
    assert len(coverage.communes_without_referent(competent)) == 507 - len(ids)
    assert {r.last_name for r in coverage.stale_referents(competent)} == {"Ancien", "Jamais"}
    assert len(coverage.communes_of_stale_referents(competent)) == 2
    editing.mark_verified(competent, stale)
    assert coverage.coverage_counts(competent).stale_referents == 1
    assert never


def test_decide_a_mixte_commune(competent: Database) -> None:
    [mixte] = coverage.mixte_communes(competent)
    assert mixte.insee_code == "77320" and mixte.force_zone is ForceZone.MIXTE
    police = next(u for u in editing.list_units(competent) if u.code == "7701310")
    brigade = next(u for u in editing.list_units(competent) if u.code == "10077131")
    with pytest.raises(ValidationError, match="n'est pas de la police"):
        assignments.decide_force(competent, mixte.id, ForceZone.PN, brigade.id)
    assignments.decide_force(competent, mixte.id, ForceZone.PN, police.id)
    assert coverage.coverage_counts(competent).mixte == 0
    card = lookup.answer(competent, mixte.id)
    assert card.force_zone is ForceZone.PN and card.units[0].id == police.id


def test_stale_cutoff_clamps_month_ends() -> None:
    assert coverage.stale_cutoff(dt.date(2026, 8, 31), 6) == dt.date(2026, 2, 28)
    assert coverage.stale_cutoff(dt.date(2026, 3, 15), 6) == dt.date(2025, 9, 15)
