"""Stale référents flagged wherever they show (card, list), "à jour au" the oldest date, and
"Vérifié aujourd'hui" clears the flag on the card too."""

from __future__ import annotations

import datetime as dt

from desktop.models.enums import ReferentRole
from desktop.services.roster import assignments, editing, lookup
from desktop.services.roster.assignments import CommuneSelection
from desktop.services.roster.editing import ReferentDraft
from desktop.services.roster.lookup import card_text
from desktop.services.vault.database import Database

TODAY = dt.date.today()


def test_stale_referent_flagged_on_card_and_list(competent: Database) -> None:
    fresh = editing.save_referent(competent, ReferentDraft(
        "Jeanne", "Dupont", ReferentRole.REFERENT, None, "01 99 00 12 34", "",
        TODAY - dt.timedelta(days=30))).id
    old = editing.save_referent(competent, ReferentDraft(
        "Luc", "Martin", ReferentRole.CORRESPONDANT, None, "01 99 00 12 35", "",
        dt.date(2023, 5, 12))).id
    ids = [r.id for r in assignments.select_communes(competent, CommuneSelection(
        postal_code="77510"))]
    assignments.assign(competent, fresh, ids, TODAY)
    assignments.assign(competent, old, ids, TODAY)
    card = lookup.lookup(competent, "Rebais")[0]
    flags = {ref.last_name: ref.stale for ref in card.referents}
    assert flags == {"Dupont": False, "Martin": True}
    assert card.up_to_date == dt.date(2023, 5, 12)  # the oldest line shown
    text = card_text(card)
    assert "Luc MARTIN — 01 99 00 12 35 [à vérifier]" in text
    assert "Jeanne DUPONT — 01 99 00 12 34\n" in text
    assert "À jour au 12 mai 2023" in text
    rows = {row.last_name: row.stale for row in editing.list_referents(competent)}
    assert rows == {"Dupont": False, "Martin": True}
    editing.mark_verified(competent, old)
    card = lookup.lookup(competent, "Rebais")[0]
    assert not any(ref.stale for ref in card.referents)
    assert "à vérifier" not in card_text(card)
    assert not any(row.stale for row in editing.list_referents(competent))


def test_counts_say_what_happened(competent: Database, tmp_path: object) -> None:
    from pathlib import Path

    from desktop.services.roster import imports

    from .conftest import COMPETENCE

    again = imports.import_competence(competent, COMPETENCE)
    assert (again.added, again.changed) == (0, 0) and again.unchanged > 0
    header_only = Path(str(tmp_path)) / "competence-vide.csv"
    header_only.write_text(COMPETENCE.read_text(encoding="utf-8").splitlines()[0] + "\n",
                           encoding="utf-8")
    empty = imports.import_competence(competent, header_only)
    assert (empty.added, empty.changed, empty.unchanged) == (0, 0, 0)
    card = lookup.lookup(competent, "Achères-la-Forêt")[0]
    assert "Force : non renseignée" in card_text(card)


def test_referent_form_keeps_or_sets_mobile_and_grade(competent: Database) -> None:
    from desktop.errors import ValidationError

    saved = editing.save_referent(competent, ReferentDraft(
        "Anne", "Lefèvre", ReferentRole.REFERENT, None, "01 64 75 82 00", "",
        TODAY, mobile="06 12 34 56 78", grade="Brigadier-chef")).id
    editing.save_referent(competent, ReferentDraft(  # a caller that knows neither keeps them
        "Anne", "Lefèvre", ReferentRole.REFERENT, None, "01 64 75 82 01", "", TODAY), saved)
    [row] = editing.list_referents(competent)
    assert (row.phone, row.mobile, row.grade) == ("+33164758201", "+33612345678",
                                                  "Brigadier-chef")
    try:
        editing.save_referent(competent, ReferentDraft(
            "Anne", "Lefèvre", ReferentRole.REFERENT, None, "", "", TODAY, mobile="06 12"),
            saved)
    except ValidationError as error:
        assert error.field == "mobile"
    else:
        raise AssertionError("a bad mobile number must be refused")
