"""Lookup by name, postal code and INSEE code; validity dates and history."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models.enums import ForceZone, ReferentRole, UnitKind
from desktop.services.roster import assignments, editing, lookup
from desktop.services.roster.editing import ReferentDraft
from desktop.services.vault.database import Database

TODAY = dt.date.today()


@pytest.mark.parametrize(
    "text", ["Coulommiers", "coulommiers", "COULOMMIERS", "77131", " coulommiers "]
)
def test_coulommiers_is_found(communes: Database, text: str) -> None:
    cards = lookup.lookup(communes, text)
    assert cards[0].insee_code == "77131" and cards[0].name == "Coulommiers"


def test_a_prefix_as_typed_lists_the_candidates_in_order(communes: Database) -> None:
    names = [card.name for card in lookup.lookup(communes, "coul")]
    assert names == ["Coulombs-en-Valois", "Coulommes", "Coulommiers", "Germigny-sous-Coulombs"]


def test_postal_code_finds_every_commune_it_serves(communes: Database) -> None:
    names = {card.name for card in lookup.lookup(communes, "77120", limit=50)}
    assert "Coulommiers" in names and "Aulnoy" in names and len(names) > 5


@pytest.mark.parametrize("text", ["ST PIERRE LES NEMOURS", "saint pierre les nemours",
                                  "Saint-Pierre-lès-Nemours", "st-pierre-les-nem"])
def test_saint_abbreviation_accents_and_hyphens(communes: Database, text: str) -> None:
    assert [c.name for c in lookup.lookup(communes, text)] == ["Saint-Pierre-lès-Nemours"]


def test_nothing_matches(communes: Database) -> None:
    assert lookup.lookup(communes, "Atlantis") == []
    assert lookup.lookup(communes, "   ") == []
    assert lookup.lookup(communes, "99999") == []


def test_card_gives_force_unit_chain_and_valid_referents(competent: Database) -> None:
    brigade = next(u for u in editing.list_units(competent) if u.code == "10077131")
    assert brigade.kind is UnitKind.BRIGADE
    referent = editing.save_referent(competent, ReferentDraft(
        "Jeanne", "Dupont", ReferentRole.REFERENT, brigade.id, "01 99 00 12 34",
        "jeanne.dupont@exemple.fr", TODAY - dt.timedelta(days=10))).id
    amillis = lookup.lookup(competent, "Amillis")[0]
    assignments.assign(competent, referent, [amillis.commune_id], TODAY - dt.timedelta(days=30))
    card = lookup.lookup(competent, "Amillis")[0]
    assert card.force_zone is ForceZone.GN
    assert card.unit_chain.startswith("Brigade territoriale autonome de Coulommiers → "
                                      "Groupement de gendarmerie départementale")
    assert [r.full_name for r in card.referents] == ["Jeanne DUPONT"]
    assert card.up_to_date == TODAY - dt.timedelta(days=10)
    text = lookup.card_text(card)
    assert "Force : Gendarmerie nationale" in text
    assert "Référent sûreté : Jeanne DUPONT" in text and "01 99 00 12 34" in text
    assert "À jour au" in text


def test_an_assignment_ended_yesterday_is_only_history(competent: Database) -> None:
    referent = editing.save_referent(competent, ReferentDraft(
        "Luc", "Martin", ReferentRole.CORRESPONDANT, None, "01 99 00 12 35")).id
    card = lookup.lookup(competent, "Aulnoy")[0]
    start = TODAY - dt.timedelta(days=100)
    assignments.assign(competent, referent, [card.commune_id], start,
                       TODAY - dt.timedelta(days=1))
    assert lookup.lookup(competent, "Aulnoy")[0].referents == ()
    last_week = TODAY - dt.timedelta(days=7)
    assert [r.last_name for r in lookup.answer(competent, card.commune_id, on=last_week)
            .referents] == ["Martin"]
    assert [r.last_name for r in assignments.covered_by(competent, card.commune_id,
                                                        last_week)] == ["Martin"]
    assert assignments.covered_by(competent, card.commune_id, start - dt.timedelta(days=1)) == []
    assert [(r.valid_from, r.valid_to) for r in assignments.history(
        competent, card.commune_id)] == [(start, TODAY - dt.timedelta(days=1))]
