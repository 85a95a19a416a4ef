"""Shared-database commands: migrate (after the office's own pg_dump), transfer (a local
vault to the server, or back), account (add, list, remove)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import CommandTree

NAMES = ("migrate", "transfer", "account")


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
    transfer.add_argument("--passphrase-file", type=Path, metavar="FICHIER",
                          help="phrase de passe du coffre (celui qu'on lit, ou le nouveau)")
    transfer.add_argument("--recovery-key-file", type=Path, metavar="FICHIER",
                          help="clé de secours du coffre qu'on lit")
    transfer.add_argument("--no-keyring", action="store_true",
                          help="ne pas mettre la clé du nouveau coffre dans le trousseau")
    transfer.set_defaults(handler=cmd_transfer)
    register_accounts(tree)


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
            done = transfer.to_vault(
                source, args.to_vault, passphrase=given_passphrase(args),
                use_keyring=not args.no_keyring)
            assert done.created is not None
            done.created.db.close()
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
        assert done.created is not None
        print(f"  {done.created.recovery_key}")
    return 0


def register_accounts(tree: CommandTree) -> None:
    account = tree.command("account", "comptes de la base partagée (chef de bureau)",
                           unlock=False)
    what = account.add_subparsers(dest="account_what", required=True, metavar="QUOI")
    add = what.add_parser("add", parents=[tree.common], help="créer un compte (ou changer son "
                          "rôle) : agent, chef (chef de bureau) ou lecture (lecture seule)")
    add.add_argument("login", help="identifiant de la personne sur le serveur")
    add.add_argument("--role", choices=("agent", "chef", "lecture"), required=True)
    add.add_argument("--password-file", type=Path, metavar="FICHIER",
                     help="son mot de passe (sinon un mot de passe est tiré et affiché)")
    add.set_defaults(handler=cmd_account_add)
    listing = what.add_parser("list", parents=[tree.common], help="les comptes et leur rôle")
    listing.set_defaults(handler=cmd_account_list)
    remove = what.add_parser("remove", parents=[tree.common],
                             help="retirer un compte (son historique reste au journal)")
    remove.add_argument("login")
    remove.set_defaults(handler=cmd_account_remove)


def _shared_db(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from desktop.cli.unlock import database_url, open_from_args
    from desktop.errors import EgideError

    if database_url(args) is None:
        raise EgideError("Les comptes se gèrent sur une base partagée : ajoutez --database "
                         "URL.")
    return open_from_args(args)


def cmd_account_add(args: argparse.Namespace) -> int:
    from desktop.cli.secrets import read_secret_file
    from desktop.services.vault import accounts

    db = _shared_db(args)
    try:
        chosen = read_secret_file(args.password_file) if args.password_file else None
        added = accounts.add(db, args.login, args.role, chosen)
    finally:
        db.close()
    print(f"Compte « {added.account.login} » : {added.account.label}.")
    if not args.password_file:
        print(f"Mot de passe (à remettre à la personne, affiché une seule fois) : "
              f"{added.password}")
    return 0


def cmd_account_list(args: argparse.Namespace) -> int:
    from desktop.services.vault import accounts

    db = _shared_db(args)
    try:
        found = accounts.listed(db)
    finally:
        db.close()
    if not found:
        print("Aucun compte.")
    for account in found:
        print(f"{account.login:<24} {account.label}")
    return 0


def cmd_account_remove(args: argparse.Namespace) -> int:
    from desktop.services.vault import accounts

    db = _shared_db(args)
    try:
        accounts.remove(db, args.login)
    finally:
        db.close()
    print(f"Compte « {args.login} » retiré : il ne peut plus se connecter ; son historique "
          "reste au journal d'audit.")
    return 0
