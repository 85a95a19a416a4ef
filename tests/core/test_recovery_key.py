import secrets

import pytest

from desktop.errors import WrongRecoveryKey
from desktop.storage.recovery_key import format_recovery_key, parse_recovery_key


def test_round_trip_in_groups_of_four() -> None:
    key = secrets.token_bytes(32)
    text = format_recovery_key(key)
    groups = text.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert parse_recovery_key(text) == key


def test_reading_is_tolerant_of_case_spaces_and_confusable_letters() -> None:
    key = bytes(range(32))
    text = format_recovery_key(key)
    typed = " ".join(text.split("-")).lower().replace("1", "l").replace("0", "o")
    assert parse_recovery_key(typed) == key


def test_a_single_typo_is_caught_by_the_checksum() -> None:
    key = secrets.token_bytes(32)
    text = format_recovery_key(key)
    index = 7 if text[7] != "A" else 8
    typo = text[:index] + ("A" if text[index] != "A" else "B") + text[index + 1 :]
    with pytest.raises(WrongRecoveryKey, match="somme de contrôle"):
        parse_recovery_key(typo)


def test_wrong_length_and_foreign_characters_are_named() -> None:
    with pytest.raises(WrongRecoveryKey, match="56 caractères"):
        parse_recovery_key("ABCD-EFGH")
    text = format_recovery_key(bytes(32))
    with pytest.raises(WrongRecoveryKey, match="« U »"):
        parse_recovery_key("U" + text[1:])
