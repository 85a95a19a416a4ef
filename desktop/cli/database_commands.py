"""Shared-database commands: migrate (after the office's own pg_dump)."""

from __future__ import annotations

import argparse

from desktop.cli import CommandTree

NAMES = ("migrate",)


def register(tree: CommandTree) -> None:
    migrate = tree.command(
        "migrate", "mettre à jour le schéma d'une base partagée (après son pg_dump)",
        unlock=False,
    )
    migrate.add_argument("--database", metavar="URL", required=True,
                         help="la base partagée (postgresql+psycopg://…)")
    migrate.add_argument("--dumped", action="store_true",
                         help="confirmer que la sauvegarde pg_dump affichée a été faite")
    migrate.set_defaults(handler=cmd_migrate)


def cmd_migrate(args: argparse.Namespace) -> int:
    """Print the pg_dump line first; migrate only once the office confirms it ran it."""
    from desktop.cli.unlock import database_url
    from desktop.services.vault.shared_mode import migrate, pg_dump_command

    url = database_url(args)
    assert url is not None  # required option
    print("Avant toute migration, sauvegardez la base sur le serveur :")
    print(f"  {pg_dump_command(url)}")
    if not args.dumped:
        print("Puis relancez la commande avec --dumped pour migrer.")
        return 1
    before, after = migrate(url)
    if before == after:
        print(f"Le schéma est déjà à jour (version {after}).")
    else:
        print(f"Schéma mis à jour : version {before} → {after}.")
    return 0
