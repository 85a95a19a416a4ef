"""The recovery key: the vault key itself, written for people.

256 bits in Crockford base32 (52 characters), then a 4-character checksum (the first 20 bits of
SHA-256 of the key), shown in 14 groups of 4: a typo is caught before any attempt to open.
Crockford's alphabet has no I, L, O or U; when read back, I and L count as 1 and O as 0.
"""

from __future__ import annotations

import hashlib

from desktop.errors import WrongRecoveryKey

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(ALPHABET)}
_DECODE.update({"I": 1, "L": 1, "O": 0})
KEY_CHARS = 52  # 260 bits: the 256-bit key, left-padded with 4 zero bits
CHECK_CHARS = 4
GROUP = 4


def _encode(value: int, length: int) -> str:
    chars = []
    for _ in range(length):
        chars.append(ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def _checksum(key: bytes) -> str:
    digest = int.from_bytes(hashlib.sha256(key).digest()[:3], "big") >> 4  # 20 bits
    return _encode(digest, CHECK_CHARS)


def format_recovery_key(key: bytes) -> str:
    """``ABCD-EFGH-…`` (14 groups of 4) for a 32-byte key."""
    if len(key) != 32:
        raise ValueError("the vault key is 32 bytes")
    text = _encode(int.from_bytes(key, "big"), KEY_CHARS) + _checksum(key)
    return "-".join(text[i : i + GROUP] for i in range(0, len(text), GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The 32-byte key from what the user typed; ``WrongRecoveryKey`` says what is wrong."""
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-_.")
    expected = KEY_CHARS + CHECK_CHARS
    if len(cleaned) != expected:
        raise WrongRecoveryKey(
            f"Elle doit compter {expected} caractères (hors tirets) ; "
            f"{len(cleaned)} ont été saisis."
        )
    value = 0
    for position, ch in enumerate(cleaned[:KEY_CHARS], start=1):
        if ch not in _DECODE:
            raise WrongRecoveryKey(
                f"Le caractère « {ch} » (position {position}) n'existe pas dans une clé de "
                "secours."
            )
        value = (value << 5) | _DECODE[ch]
    if value >> 256:
        raise WrongRecoveryKey("Vérifiez le premier groupe de caractères.")
    key = value.to_bytes(32, "big")
    check = "".join(ALPHABET[_DECODE[c]] if c in _DECODE else c for c in cleaned[KEY_CHARS:])
    if check != _checksum(key):
        raise WrongRecoveryKey(
            "La somme de contrôle ne correspond pas : un caractère a sans doute été mal recopié."
        )
    return key
