"""RPPS numbers (Répertoire partagé des professionnels de santé) and e-mail addresses.

An RPPS number has 11 digits, the last one a Luhn check digit over the first ten (the same
"modulus 10" key as bank cards), so a mistyped or swapped digit is caught at entry.
"""

from __future__ import annotations

import re

from desktop.errors import ValidationError

RPPS_LENGTH = 11
_SEPARATORS = re.compile(r"[\s.\-]")
# Deliberately simple: one "@", a dot in the domain, no spaces. The real check is a reply.
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}")


def luhn_valid(digits: str) -> bool:
    """True when ``digits`` (ASCII digits only) ends with a correct Luhn check digit."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def luhn_digit(digits: str) -> str:
    """The Luhn check digit to append to ``digits`` (used to make valid demo numbers)."""
    for candidate in "0123456789":
        if luhn_valid(digits + candidate):
            return candidate
    raise AssertionError("unreachable: one of ten digits always completes a Luhn number")


def parse_rpps(text: str) -> str | None:
    """The RPPS number as 11 digits, ``None`` when empty; ``ValidationError("rpps", …)``
    quoting the input when it has the wrong length, a non-digit or a wrong check digit."""
    raw = text.strip()
    if not raw:
        return None
    compact = _SEPARATORS.sub("", raw)
    if not (compact.isascii() and compact.isdigit()):
        raise ValidationError(
            "rpps", f"Numéro RPPS « {raw} » invalide : il ne doit contenir que des chiffres."
        )
    if len(compact) != RPPS_LENGTH:
        raise ValidationError(
            "rpps",
            f"Numéro RPPS « {raw} » invalide : {RPPS_LENGTH} chiffres attendus, "
            f"{len(compact)} saisis.",
        )
    if not luhn_valid(compact):
        raise ValidationError(
            "rpps",
            f"Numéro RPPS « {raw} » invalide : la clé de contrôle (dernier chiffre, "
            "algorithme de Luhn) ne correspond pas. Vérifiez la saisie.",
        )
    return compact


def parse_email(text: str) -> str | None:
    """The address trimmed, ``None`` when empty; ``ValidationError("email", …)`` otherwise."""
    raw = text.strip()
    if not raw:
        return None
    if len(raw) > 254 or _EMAIL.fullmatch(raw) is None:
        raise ValidationError(
            "email", f"Adresse électronique « {raw} » invalide (attendu : nom@domaine.fr)."
        )
    return raw
