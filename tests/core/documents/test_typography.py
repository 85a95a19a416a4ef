"""French typography: no-break spaces where French puts them, and nowhere else."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.documents.typography import (
    NBSP,
    NNBSP,
    escape,
    french_date,
    french_datetime,
    french_text,
    french_time,
    markup,
)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("« x »", f"«{NNBSP}x{NNBSP}»"),
        ("«x»", f"«{NNBSP}x{NNBSP}»"),
        ("Attention : ", f"Attention{NBSP}: "),
        ("Attention: lisez", f"Attention{NBSP}: lisez"),
        ("Entre :", f"Entre{NBSP}:"),
        ("Oui ; non", f"Oui{NNBSP}; non"),
        ("Vraiment ?", f"Vraiment{NNBSP}?"),
        ("Vraiment?", f"Vraiment{NNBSP}?"),
        ("Alerte !", f"Alerte{NNBSP}!"),
        ("« Alerte » !", f"«{NNBSP}Alerte{NNBSP}»{NNBSP}!"),
        ("(ex. : dépôt de plainte)", f"(ex.{NBSP}: dépôt de plainte)"),
    ],
)
def test_french_spaces_are_put_in(given: str, expected: str) -> None:
    assert french_text(given) == expected


@pytest.mark.parametrize(
    "untouched",
    [
        "10:45",
        "à 10:45 précises",
        "https://x",
        "voir https://www.seine-et-marne.gouv.fr/?page=2&x=1 demain",
        "C:\\Users\\agent",
        "sans ponctuation",
        '<a href="https://x">lien</a>',
        "A &amp; B &#160;C",
    ],
)
def test_times_urls_and_markup_are_untouched(untouched: str) -> None:
    assert french_text(untouched) == untouched


@pytest.mark.parametrize(
    "text",
    ["« x »", "Attention : lisez ; puis ?", "Quoi?! Non!", "«  x  »", "a\u00a0: b", "10:45 : ok"],
)
def test_french_text_is_idempotent(text: str) -> None:
    once = french_text(text)
    assert french_text(once) == once


def test_wrong_spaces_before_punctuation_are_corrected() -> None:
    assert french_text(f"Attention{NNBSP}:") == f"Attention{NBSP}:"
    assert french_text(f"Quoi{NBSP}?") == f"Quoi{NNBSP}?"


def test_french_text_keeps_tags_and_fixes_the_text_around_them() -> None:
    assert french_text("<b>Attention</b> : lisez") == f"<b>Attention</b>{NBSP}: lisez"


_PIECES = st.sampled_from(
    ["a", "é", "1", " ", "\t", NBSP, NNBSP, "«", "»", ";", ":", "!", "?", ")", "10:45", "x://y"])


@given(st.lists(_PIECES, max_size=12).map("".join))
def test_plain_text_is_spaced_as_text_between_tags(text: str) -> None:
    """Text without markup takes a shorter way (no split on tags): the same result as the
    same text after a tag, which takes the long one."""
    assert "<br/>" + french_text(text) == french_text("<br/>" + text)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (datetime.date(2018, 6, 22), "22 juin 2018"),
        (datetime.date(2018, 6, 1), "1er juin 2018"),
        (datetime.date(2026, 11, 25), "25 novembre 2026"),
        (datetime.date(2026, 8, 15), "15 août 2026"),
        (datetime.date(2026, 2, 2), "2 février 2026"),
        (datetime.date(2026, 12, 31), "31 décembre 2026"),
    ],
)
def test_french_date(day: datetime.date, expected: str) -> None:
    assert french_date(day) == expected


def test_french_date_with_weekday() -> None:
    assert french_date(datetime.date(2018, 6, 22), weekday=True) == "vendredi 22 juin 2018"


def test_french_time_and_datetime() -> None:
    assert french_time(datetime.time(10, 45)) == "10 h 45"
    assert french_time(datetime.time(9, 5)) == "9 h 05"
    assert french_time(datetime.time(14, 0)) == "14 h"
    moment = datetime.datetime(2018, 6, 22, 10, 45)
    assert french_datetime(moment) == "22 juin 2018 à 10 h 45"
    assert french_datetime(moment, weekday=True) == "vendredi 22 juin 2018 à 10 h 45"


def test_escape_protects_paragraph_markup() -> None:
    assert escape("a < b & c > d") == "a &lt; b &amp; c &gt; d"


def test_markup_escapes_applies_typography_and_keeps_lines() -> None:
    result = markup("Outils > Clé : « x »\nligne 2")
    assert result == f"Outils &gt; Clé{NBSP}: «{NBSP}x{NBSP}»<br/>ligne 2"
    # ReportLab breaks lines at U+202F: markup never hands it one.
    assert NNBSP not in result
