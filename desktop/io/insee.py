"""Commune codes and names: INSEE code and postal code checks, and the name search key."""

from __future__ import annotations

import re
import unicodedata

# Département 01-95 (20 is no longer used: Corsica is 2A / 2B), then the overseas départements
# and Saint-Pierre-et-Miquelon, whose commune codes are 971xx to 976xx.
_INSEE_CODE = re.compile(r"(?:0[1-9]|1[0-9]|2[1-9AB]|[3-8][0-9]|9[0-5])[0-9]{3}|97[1-6][0-9]{2}")
_INSEE_SHAPE = re.compile(r"[0-9][0-9AB][0-9]{3}")

# Characters that NFKD does not decompose into ASCII, and separators that become a space.
_FOLD = str.maketrans(
    {
        "œ": "oe",
        "æ": "ae",
        "ß": "ss",
        "-": " ",
        "‐": " ",
        "–": " ",
        "—": " ",
        "'": " ",
        "’": " ",
        "‘": " ",
        "`": " ",
        "´": " ",
        "_": " ",
    }
)
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "sts": "saints", "stes": "saintes"}


def is_valid_insee_code(code: str) -> bool:
    """True for a well-formed commune code: "77131", "2A004", "97411" (not "7713", "20004")."""
    return _INSEE_CODE.fullmatch(code) is not None


def insee_code_problem(code: str) -> str | None:
    """Why ``code`` is not a valid INSEE commune code (a French clause), or None if it is."""
    if is_valid_insee_code(code):
        return None
    if not code:
        return "code INSEE manquant"
    if len(code) != 5:
        return f"code INSEE « {code} » invalide (5 caractères attendus)"
    if not _INSEE_SHAPE.fullmatch(code):
        return f"code INSEE « {code} » invalide (chiffres attendus, ou 2A/2B pour la Corse)"
    if is_overseas_collectivity_code(code):
        name = OVERSEAS_COLLECTIVITIES.get(code[:3], code[:3])
        return (f"code INSEE « {code} » hors départements ({name}, collectivité "
                "d'outre-mer)")
    return f"code INSEE « {code} » invalide (département « {department_of(code)} » inconnu)"


def department_of(code: str) -> str:
    """The département part of an INSEE code: "77" for "77131", "974" for "97411", and the
    collectivité d'outre-mer for its communes ("987" for "98735")."""
    return code[:3] if code.startswith(("97", "98")) else code[:2]


OVERSEAS_COLLECTIVITIES = {
    "977": "Saint-Barthélemy",
    "978": "Saint-Martin",
    "984": "Terres australes et antarctiques françaises",
    "986": "Wallis-et-Futuna",
    "987": "Polynésie française",
    "988": "Nouvelle-Calédonie",
    "989": "Île de Clipperton",
}
"""The collectivités d'outre-mer whose communes have INSEE codes outside the départements
(Saint-Pierre-et-Miquelon, 975, has département-like codes and is imported as one)."""

_OVERSEAS_CODE = re.compile(r"9(?:7[78]|8[46789])[0-9]{2}")


def is_overseas_collectivity_code(code: str) -> bool:
    """True for a commune of a collectivité d'outre-mer: "97701", "98735", "98818"."""
    return _OVERSEAS_CODE.fullmatch(code) is not None


def is_valid_postal_code(code: str) -> bool:
    """True for five digits ("77120")."""
    return len(code) == 5 and code.isdigit() and code.isascii()


def postal_code_problem(code: str) -> str | None:
    """Why ``code`` is not a postal code (a French clause), or None if it is one."""
    if is_valid_postal_code(code):
        return None
    if not code:
        return "code postal manquant"
    return f"code postal « {code} » invalide (5 chiffres attendus)"


def normalise_name(name: str) -> str:
    """Search key of a commune (or person) name, the same for every way of writing it.

    Lower case, accents removed, hyphens, apostrophes and runs of spaces made one space,
    "st"/"ste" expanded: "ST PIERRE LES NEMOURS", "Saint-Pierre-lès-Nemours" and
    "saint pierre  les nemours" all give "saint pierre les nemours".
    """
    text = name.lower().translate(_FOLD)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = _NOT_WORD.sub(" ", text).split()
    return " ".join(_ABBREVIATIONS.get(word, word) for word in words)
