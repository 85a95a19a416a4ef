"""French phone numbers: E.164 storage, "01 64 71 75 29" display, French error messages."""

from __future__ import annotations

import pytest

from desktop.errors import ValidationError
from desktop.io.phones import display_phone, parse_phone


@pytest.mark.parametrize(
    "written",
    ["01 64 71 75 29", "0164717529", "01.64.71.75.29", "+33 1 64 71 75 29", "0033164717529",
     "+33 (0)1 64 71 75 29", "164717529"],
)  # fmt: skip
def test_ways_of_writing_one_number(written: str) -> None:
    assert parse_phone(written) == "+33164717529"


def test_display_is_french_for_metropolitan_numbers() -> None:
    assert display_phone("+33164717529") == "01 64 71 75 29"
    assert display_phone(parse_phone("06-12-34-56-78")) == "06 12 34 56 78"


@pytest.mark.parametrize(
    ("written", "e164", "shown"),
    [
        ("0262 21 23 45", "+262262212345", "+262 262 21 23 45"),  # La Réunion
        ("0692 12 34 56", "+262692123456", "+262 692 12 34 56"),
        ("0590 12 34 56", "+590590123456", "+590 590 12 34 56"),  # Guadeloupe
        ("+44 20 7946 0958", "+442079460958", "+44 20 7946 0958"),
    ],
)
def test_overseas_and_foreign_numbers(written: str, e164: str, shown: str) -> None:
    assert parse_phone(written) == e164
    assert display_phone(e164) == shown


@pytest.mark.parametrize(
    ("written", "message"),
    [
        ("12", "Numéro de téléphone « 12 » invalide (trop court)."),
        ("06 12 34 56 78 90", "Numéro de téléphone « 06 12 34 56 78 90 » invalide (trop long)."),
        ("abc", "Numéro de téléphone « abc » invalide (ce n'est pas un numéro)."),
        ("01 64 71 75 2", "Numéro de téléphone « 01 64 71 75 2 » invalide (numéro inexistant)."),
        ("  ", "Numéro de téléphone manquant."),
    ],
)
def test_bad_numbers_raise_a_validation_error_quoting_the_input(written: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_phone(written)
    assert caught.value.field == "phone"
    assert str(caught.value) == message


def test_display_never_fails() -> None:
    assert display_phone("pas un numéro") == "pas un numéro"
