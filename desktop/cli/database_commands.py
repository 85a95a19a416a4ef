"""Shared-database commands: migrate (after the office's own pg_dump), transfer (a local
vault to the server, or back)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import CommandTree

NAMES = ("migrate", "transfer")


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

    transfer = tree.command(
        "transfer", "copier toutes les données d'un coffre local vers une base partagée, ou "
        "l'inverse (comptes vérifiés des deux côtés)", unlock=False,
    )
    source = transfer.add_mutually_exclusive_group(required=True)
    source.add_argument("--from-vault", type=Path, metavar="CHEMIN", help="le coffre local")
    source.add_argument("--from-database", metavar="URL", help="la base partagée")
    target = transfer.add_mutually_exclusive_group(required=True)
    target.add_argument("--to-database", metavar="URL",
                        help="une base PostgreSQL vide (le schéma y est créé)")
    target.add_argument("--to-vault", type=Path, metavar="CHEMIN",
                        help="un nouveau coffre chiffré (il ne doit pas exister)")
    transfer.add_argument("--passphrase-file", type=Path,
                          help="phrase de passe du coffre (celui qu'on lit, ou le nouveau)")
    transfer.add_argument("--recovery-key-file", type=Path,
                          help="clé de secours du coffre qu'on lit")
    transfer.add_argument("--no-keyring", action="store_true",
                          help="ne pas mettre la clé du nouveau coffre dans le trousseau")
    transfer.set_defaults(handler=cmd_transfer)


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


def cmd_transfer(args: argparse.Namespace) -> int:
    from desktop.cli.unlock import given_passphrase, open_from_args
    from desktop.errors import EgideError
    from desktop.services.vault import transfer

    if (args.from_vault is None) == (args.to_vault is None):
        raise EgideError("Le transfert va d'un coffre local vers une base partagée "
                         "(--from-vault, --to-database) ou l'inverse (--from-database, "
                         "--to-vault).")
    reading = argparse.Namespace(
        vault=args.from_vault, database=args.from_database,
        passphrase_file=args.passphrase_file if args.from_vault else None,
        recovery_key_file=args.recovery_key_file)
    source = open_from_args(reading)
    try:
        if args.to_database:
            done = transfer.to_database(source, args.to_database)
        else:
            done, created = transfer.to_vault(
                source, args.to_vault, passphrase=given_passphrase(args),
                use_keyring=not args.no_keyring)
            created.db.close()
    finally:
        source.close()
    for table, count in sorted(done.counts.items()):
        if count:
            print(f"  {table} : {count}")
    print(f"Transfert terminé vers {done.target} : {done.total} lignes, les mêmes nombres des "
          "deux côtés, journal d'audit vérifié.")
    if not args.to_database:
        print("Clé de secours du nouveau coffre (affichée une seule fois ; imprimez-la ou "
              "recopiez-la et rangez-la en lieu sûr) :")
        print(f"  {created.recovery_key}")
    return 0
