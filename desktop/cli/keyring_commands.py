"""Keyring commands: ``egide keyring restore`` puts the vault key back in the OS keyring.

After the keyring was wiped (a Windows password reset does that) the vault opens with the
passphrase or the recovery key; this command then does what the GUI's "J'ai perdu l'accès"
page does, so that the next openings need neither.
"""

from __future__ import annotations

import argparse

from desktop.cli import CommandTree
from desktop.cli.unlock import opened

NAMES = ("keyring",)


def register(tree: CommandTree) -> None:
    keyring = tree.command("keyring", "trousseau du système", unlock=False)
    what = keyring.add_subparsers(dest="keyring_what", required=True, metavar="QUOI")
    restore = what.add_parser(
        "restore", parents=[tree.common],
        help="remettre la clé du coffre dans le trousseau du système (ouvrez avec "
        "--passphrase-file ou --recovery-key-file)",
    )
    restore.set_defaults(handler=cmd_keyring_restore)


def cmd_keyring_restore(args: argparse.Namespace) -> int:
    from desktop.services.vault import lifecycle

    with opened(args) as db:
        if lifecycle.status(db).in_keyring:
            print("La clé de ce coffre est déjà dans le trousseau du système ; rien n'a changé.")
            return 0
        lifecycle.restore_access(db, new_passphrase=None, store_in_keyring=True)
        path = lifecycle.embedded(db).path
    print(f"Clé du coffre « {path} » remise dans le trousseau du système : Égide l'ouvrira "
          "de nouveau sans phrase de passe ni clé de secours.")
    return 0
