"""Lookup by any word of a commune's name or lieux-dits, codes mixed in, what matched, the
total, and a close spelling when nothing matches (issue 13): the real Seine-et-Marne files
(Etalab + La Poste) and the France list bundled with Égide."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.io.insee import normalise_name
from desktop.services.roster import imports, listing, lookup, words
from desktop.services.vault import lifecycle
from desktop.services.vault.database import Database
from desktop.storage.vault import ByRawKey, Vault, open_vault

from .conftest import write


def names(db: Database, text: str, limit: int = 20) -> list[str]:
    return [card.name for card in lookup.lookup(db, text, limit=limit)]


@pytest.fixture
def south(db: Database, tmp_path: Path) -> Database:
    """Var, Alpes-de-Haute-Provence and La Réunion from the bundled list, and La Poste's lines
    of Fréjus (Saint-Aygulf is one of its lieux-dits)."""
    imports.import_france_communes(db, {"04", "83", "974"})
    laposte = write(tmp_path / "laposte-frejus.csv", (
        "Code_commune_INSEE;Nom_commune;Code_postal;Ligne_5;Libellé_d_acheminement;"
        "coordonnees_gps\n"
        "83061;FREJUS;83600;;FREJUS;43.47,6.76\n"
        "83061;FREJUS;83370;ST AYGULF;FREJUS;43.41,6.72\n"
    ), "latin-1")
    imports.import_communes(db, laposte, "laposte")
    return db


@pytest.mark.parametrize(("text", "expected"), [
    ("ferte sous jouarre", "La Ferté-sous-Jouarre"),
    ("mee sur seine", "Le Mée-sur-Seine"),
    ("jouarre ferte", "La Ferté-sous-Jouarre"),
    ("seine sur mee", "Le Mée-sur-Seine"),
    ("la ferte sous jouarre", "La Ferté-sous-Jouarre"),
    ("LA FERTÉ-SOUS-JOUARRE", "La Ferté-sous-Jouarre"),
    ("l mée sur seine", "Le Mée-sur-Seine"),
    ("Mée-sur-Sei", "Le Mée-sur-Seine"),
    ("ste colombe", "Sainte-Colombe"),
    ("ST-PIERRE-LES-NEMOURS", "Saint-Pierre-lès-Nemours"),
    ("nemours pierre st", "Saint-Pierre-lès-Nemours"),
])
def test_any_word_in_any_order_article_accents_and_st(communes: Database, text: str,
                                                      expected: str) -> None:
    assert names(communes, text) == [expected]


def test_the_words_must_come_from_one_name(communes: Database) -> None:
    # "ferte" is in La Ferté-Gaucher, "jouarre" in Jouarre: no commune has both.
    assert "Jouarre" in names(communes, "jouarre")
    assert names(communes, "gaucher jouarre") == []


def test_name_and_postal_code_together(communes: Database) -> None:
    cards = lookup.lookup(communes, "chelles 77500")
    assert [c.name for c in cards] == ["Chelles"]
    assert cards[0].matched == "nom, code postal 77500"
    assert names(communes, "77500 chelles") == ["Chelles"]
    assert names(communes, "chelles 77300") == []


def test_names_starting_with_the_text_come_first(communes: Database) -> None:
    found = names(communes, "fontaine", limit=50)
    assert found[:2] == ["Fontaine-Fourches", "Fontaine-le-Port"]
    assert "Clos-Fontaine" in found and "Louan-Villegruis-Fontaine" in found
    assert found.index("Clos-Fontaine") > found.index("Fontainebleau")


def test_lieux_dits_of_la_poste_are_found_and_named(communes: Database) -> None:
    cards = lookup.lookup(communes, "veneux les sablons")
    assert [c.name for c in cards] == ["Moret-Loing-et-Orvanne"]
    assert cards[0].matched == "lieu-dit « Veneux-les-Sablons »"
    chantereine = {c.name: c.matched for c in lookup.lookup(communes, "chantereine")}
    assert chantereine == {"Brou-sur-Chantereine": "nom",
                           "Chelles": "lieu-dit « Chantereine »"}


def test_saint_aygulf_is_in_frejus(south: Database) -> None:
    for text in ("Saint-Aygulf", "st aygulf", "aygulf", "ST AYG"):
        cards = lookup.lookup(south, text)
        assert [(c.name, c.matched) for c in cards] == [("Fréjus", "lieu-dit « Saint-Aygulf »")]
    assert "Trouvée par : lieu-dit « Saint-Aygulf »" in lookup.card_text(cards[0])


def test_seyne_finds_la_seyne_sur_mer(south: Database) -> None:
    # The commune called "Seyne" first (its name starts with the text), then the others.
    assert names(south, "Seyne") == ["Seyne", "La Seyne-sur-Mer", "Saint-Martin-lès-Seyne"]
    assert names(south, "seyne sur mer") == ["La Seyne-sur-Mer"]
    assert names(south, "Saint-Trop") == ["Saint-Tropez"]


def test_insee_and_postal_codes_are_told_apart(south: Database) -> None:
    cards = lookup.lookup(south, "97411")
    assert {(c.name, c.matched) for c in cards} == {
        ("Saint-Denis", "code INSEE 97411"), ("Saint-Paul", "code postal 97411")}
    assert all(c.department_text == "La Réunion (974)" for c in cards)
    text = lookup.card_text(cards[0])
    assert text.splitlines()[0].endswith(" — La Réunion (974) — arrondissement de Saint-Denis "
                                         "(9741)")


def test_a_code_prefix_counts_every_match(communes: Database) -> None:
    result = lookup.search(communes, "7712", limit=3)
    assert len(result.cards) == 3 and result.cut
    every = lookup.lookup(communes, "7712", limit=1000)
    assert result.total == len(every) > 3
    assert result.count_text == f"3 premières sur {len(every)}"


def test_the_total_is_known_when_the_answers_are_cut(communes: Database) -> None:
    result = lookup.search(communes, "saint", limit=5)
    assert len(result.cards) == 5 and result.cut
    every = lookup.lookup(communes, "saint", limit=1000)
    by_name = [c for c in every
               if any(w.startswith("saint") for w in normalise_name(c.name).split())]
    by_place = [(c.name, c.matched) for c in every if c not in by_name]
    assert by_place == [("Villemaréchal", "lieu-dit « Saint-Ange-le-Viel »")]
    assert result.total == len(every) == len(by_name) + 1 >= 39
    assert result.count_text == f"5 premières sur {result.total}"
    small = lookup.search(communes, "mee sur seine")
    assert not small.cut and small.count_text == "1 commune"


@pytest.mark.parametrize(("text", "suggestion"), [
    ("Fontainbleau", "Fontainebleau"),
    ("Colommiers", "Coulommiers"),
    ("ferte sous jouare", "La Ferté-sous-Jouarre"),
])
def test_a_close_spelling_when_nothing_matches(communes: Database, text: str,
                                               suggestion: str) -> None:
    result = lookup.search(communes, text)
    assert result.cards == () and result.total == 0
    assert result.suggestion == suggestion


def test_saint_tropez_suggested_from_the_france_list(south: Database) -> None:
    assert lookup.search(south, "Saint-Tropes").suggestion == "Saint-Tropez"
    assert lookup.search(south, "Sain-Tropez").suggestion == "Saint-Tropez"
    assert lookup.search(south, "Atlantis").suggestion is None
    assert lookup.search(south, "98765").suggestion is None


def test_the_page_list_says_what_matched_and_suggests(communes: Database) -> None:
    found = listing.page_search(communes, "77500 chelles")
    assert [(r.name, r.matched, r.department) for r in found.rows] == [
        ("Chelles", "nom, code postal 77500", "77")]
    assert listing.page_search(communes, "Fontainbleau").suggestion == "Fontainebleau"
    assert listing.page_search(communes, "").total == 507


def test_the_word_table_follows_the_imports(db: Database, etalab_77: Path,
                                            tmp_path: Path) -> None:
    imports.import_communes(db, etalab_77)
    assert names(db, "Seyne") == []  # the table is built here, from Seine-et-Marne alone
    imports.import_france_communes(db, {"83"})
    assert names(db, "Seyne") == ["La Seyne-sur-Mer"]
    with db.reading() as session:
        rows = session.execute(words.WORDS.select().where(
            words.WORDS.c.word == "seyne")).all()
    assert len(rows) == 1


def _second_process(db: Database) -> Database:
    """Another handle on the same vault or base, as another process of the office has: its
    own engine, so its own word counts and its own view of the word table."""
    engine = db.vault.engine
    if engine.dialect.name == "postgresql":
        return lifecycle.open_shared(engine.url.render_as_string(hide_password=False))
    vault = db.vault
    assert isinstance(vault, Vault)
    return Database(open_vault(vault.path, ByRawKey(vault.key)), actor="autre-poste")


def test_a_word_table_emptied_by_another_process_is_rebuilt_at_the_next_search(
        db: Database, etalab_77: Path) -> None:
    """Another agent imports communes: its import empties the word table (its words are
    rebuilt at the next search). Here, where the table was seen filled, a search that finds
    nothing notices the empty table and rebuilds it: the new communes are found at once."""
    imports.import_communes(db, etalab_77)
    assert names(db, "Chelles") == ["Chelles"]  # the table is built and seen filled here
    assert lookup.search(db, "Fontainbleau").suggestion == "Fontainebleau"  # nothing found
    other = _second_process(db)
    try:
        imports.import_france_communes(other, {"83"})
    finally:
        other.close()
    result = lookup.search(db, "la seyne sur m")
    assert [card.name for card in result.cards] == ["La Seyne-sur-Mer"]
    assert names(db, "Chelles") == ["Chelles"]
