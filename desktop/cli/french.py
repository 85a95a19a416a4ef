"""argparse in French: usage lines, help headings and usage errors read like the rest of Égide.

argparse looks its messages up through the module-level ``gettext`` names ``_`` and
``ngettext`` at the moment it formats them, so replacing those two names is enough; the
messages a user can meet are listed here, anything else passes through unchanged.
"""

from __future__ import annotations

import argparse

MESSAGES = {
    "usage: ": "utilisation : ",
    "positional arguments": "arguments",
    "options": "options",
    "show this help message and exit": "afficher cette aide et quitter",
    "%(prog)s: error: %(message)s\n": "%(prog)s : erreur : %(message)s\n",
    "the following arguments are required: %s": "arguments obligatoires manquants : %s",
    "unrecognized arguments: %s": "arguments non reconnus : %s",
    "invalid choice: %(value)r (choose from %(choices)s)":
        "choix inconnu : %(value)r (possibles : %(choices)s)",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s : %(message)s",
    "expected one argument": "une valeur attendue",
    "expected at most one argument": "une valeur au plus attendue",
    "expected at least one argument": "au moins une valeur attendue",
    "invalid %(type)s value: %(value)r": "valeur invalide : %(value)r",
    "ambiguous option: %(option)s could match %(matches)s":
        "option ambiguë : %(option)s peut désigner %(matches)s",
    "not allowed with argument %s": "incompatible avec l'argument %s",
    "ignored explicit argument %r": "valeur %r ignorée (cette option n'en prend pas)",
    "one of the arguments %s is required": "l'un des arguments %s est obligatoire",
    "unknown parser %(parser_name)r (choices: %(choices)s)":
        "commande inconnue %(parser_name)r (possibles : %(choices)s)",
    "can't open '%(filename)s': %(error)s": "impossible d'ouvrir « %(filename)s » : %(error)s",
    "unexpected option string: %s": "option inattendue : %s",
}

METAVARS = {
    "file": "FICHIER", "text": "TEXTE", "arrondissement": "CODE", "by": "AXE", "case": "DOSSIER",
    "ceremony": "N", "date_from": "DATE", "date_to": "DATE", "department": "CODE",
    "force": "FORCE", "format": "FORMAT", "mapping": "FICHIER", "meeting": "N",
    "pack_passphrase_file": "FICHIER", "passphrase_file": "FICHIER", "protocol": "N",
    "recovery_key_file": "FICHIER", "report": "FICHIER", "limit": "N", "source": "SOURCE",
    "status": "ÉTAPE", "to": "FICHIER",
    "vault": "COFFRE", "version": "N",
}
"""The placeholder shown for each option's value (argparse would print the English dest)."""


def _metavar(_formatter: argparse.HelpFormatter, action: argparse.Action) -> str:
    return METAVARS.get(action.dest, action.dest.upper())


def _translate(message: str) -> str:
    return MESSAGES.get(message, message)


def _translate_plural(singular: str, plural: str, count: int) -> str:
    if singular == "expected %s argument":
        return "%s valeur attendue" if count == 1 else "%s valeurs attendues"
    return singular if count == 1 else plural


def install() -> None:
    """Make every argparse parser of this process speak French (idempotent)."""
    argparse._ = _translate  # type: ignore[attr-defined]
    argparse.ngettext = _translate_plural  # type: ignore[attr-defined]
    formatter = argparse.HelpFormatter
    formatter._get_default_metavar_for_optional = _metavar  # type: ignore[method-assign,assignment]
    formatter._get_default_metavar_for_positional = _metavar  # type: ignore[method-assign,assignment]
