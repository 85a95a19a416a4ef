"""INSEE and postal code checks, and the search key of a commune name."""

from __future__ import annotations

import pytest

from desktop.io.insee import (
    department_of,
    insee_code_problem,
    is_valid_insee_code,
    is_valid_postal_code,
    normalise_name,
    postal_code_problem,
)


@pytest.mark.parametrize("code", ["01001", "77131", "95690", "2A004", "2B033", "97101", "97611"])
def test_valid_insee_codes(code: str) -> None:
    assert is_valid_insee_code(code)
    assert insee_code_problem(code) is None


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("7712", "code INSEE « 7712 » invalide (5 caractères attendus)"),
        ("771311", "code INSEE « 771311 » invalide (5 caractères attendus)"),
        ("", "code INSEE manquant"),
        ("77A31", "code INSEE « 77A31 » invalide (chiffres attendus, ou 2A/2B pour la Corse)"),
        ("2a004", "code INSEE « 2a004 » invalide (chiffres attendus, ou 2A/2B pour la Corse)"),
        ("00123", "code INSEE « 00123 » invalide (département « 00 » inconnu)"),
        ("20004", "code INSEE « 20004 » invalide (département « 20 » inconnu)"),
        ("96001", "code INSEE « 96001 » invalide (département « 96 » inconnu)"),
        ("97701", "code INSEE « 97701 » hors départements (Saint-Barthélemy, collectivité "
                  "d'outre-mer)"),
        ("98735", "code INSEE « 98735 » hors départements (Polynésie française, collectivité "
                  "d'outre-mer)"),
        ("98001", "code INSEE « 98001 » invalide (département « 980 » inconnu)"),
    ],
)
def test_invalid_insee_codes_say_why(code: str, reason: str) -> None:
    assert not is_valid_insee_code(code)
    assert insee_code_problem(code) == reason


def test_department_of() -> None:
    assert [department_of(c) for c in ("77131", "2A004", "97411", "98735")] == [
        "77", "2A", "974", "987"]


def test_postal_codes() -> None:
    assert is_valid_postal_code("77120")
    assert postal_code_problem("77120") is None
    assert postal_code_problem("7712") == "code postal « 7712 » invalide (5 chiffres attendus)"
    assert postal_code_problem("77 120") is not None
    assert postal_code_problem("७७१२०") is not None  # Devanagari digits are digits, not ASCII
    assert postal_code_problem("") == "code postal manquant"


def test_st_pierre_les_nemours_is_saint_pierre_les_nemours() -> None:
    key = normalise_name("Saint-Pierre-lès-Nemours")
    assert key == "saint pierre les nemours"
    assert normalise_name("ST PIERRE LES NEMOURS") == key
    assert normalise_name("saint pierre  les nemours") == key
    assert normalise_name("  St-Pierre-les-Nemours ") == key


@pytest.mark.parametrize(
    ("written", "official"),
    [
        ("L ISLE ADAM", "L'Isle-Adam"),
        ("l’isle adam", "L'Isle-Adam"),
        ("STE COLOMBE", "Sainte-Colombe"),
        ("STES MARIES DE LA MER", "Saintes-Maries-de-la-Mer"),
        ("OEUILLY", "Œuilly"),
        ("FERTE SOUS JOUARRE", "Ferté-sous-Jouarre"),
        ("COULOMMIERS", "Coulommiers"),
    ],
)
def test_la_poste_spellings_match_official_names(written: str, official: str) -> None:
    assert normalise_name(written) == normalise_name(official)


def test_st_is_expanded_only_as_a_whole_word() -> None:
    assert normalise_name("Stains") == "stains"
    assert normalise_name("Saint-Estève") == "saint esteve"
    assert normalise_name("Bourg-St-Andéol") == "bourg saint andeol"
    assert normalise_name("Ste") == "sainte"
