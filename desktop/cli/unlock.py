"""The options every command shares (--vault or --database, and the unlock options) and how
they open a vault: ``open_from_args`` is the one place that decides between the local file and
the office's PostgreSQL server."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.secrets import read_secret_file

if TYPE_CHECKING:
    from desktop.services.vault.database import Database
    from desktop.services.vault.unlocking import Unlock


def common_options() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    where = common.add_mutually_exclusive_group()
    where.add_argument("--vault", type=Path, help="chemin du coffre (par défaut : le vôtre)")
    where.add_argument(
        "--database", metavar="URL",
        help="base partagée sur un serveur PostgreSQL (postgresql+psycopg://utilisateur@"
        "serveur/base?sslmode=verify-full) au lieu du coffre local ; le mot de passe vient du "
        "trousseau du système, de PGPASSWORD ou de ~/.pgpass",
    )
    common.add_argument(
        "--passphrase-file", type=Path, help="fichier contenant la phrase de passe"
    )
    common.add_argument(
        "--recovery-key-file", type=Path, help="fichier contenant la clé de secours"
    )
    return common


def database_url(args: argparse.Namespace) -> str | None:
    """The shared database the options name (``--database``), or None for the local vault."""
    url = getattr(args, "database", None)
    if not url:
        return None
    if not str(url).startswith("postgresql"):
        from desktop.errors import EgideError

        raise EgideError(
            f"« {url} » n'est pas l'adresse d'un serveur PostgreSQL : elle commence par "
            "« postgresql+psycopg:// »."
        )
    return str(url)


def vault_path(args: argparse.Namespace) -> Path:
    """The local vault file; a command that only works on one refuses ``--database``."""
    if database_url(args) is not None:
        from desktop.errors import EgideError

        raise EgideError(
            "Cette commande agit sur un coffre local (fichier), pas sur une base partagée "
            "(--database). Sur le serveur PostgreSQL, la sauvegarde et la restauration "
            "relèvent de pg_dump et pg_restore."
        )
    if args.vault:
        return Path(args.vault)
    from desktop.config import load_preferences

    return load_preferences().vault()


def given_passphrase(args: argparse.Namespace) -> str | None:
    if getattr(args, "passphrase_file", None):
        return read_secret_file(args.passphrase_file)
    return os.environ.get("EGIDE_PASSPHRASE") or None


def unlock_from_args(args: argparse.Namespace) -> Unlock:
    """Recovery key file, else passphrase (file or variable), else keyring."""
    from desktop.services.vault.unlocking import unlock_with

    recovery_file = getattr(args, "recovery_key_file", None)
    return unlock_with(
        recovery_key=read_secret_file(recovery_file) if recovery_file else None,
        passphrase=None if recovery_file else given_passphrase(args),
    )


def open_from_args(args: argparse.Namespace, *, verify: bool = False) -> Database:
    """Open the shared database (``--database``) or the vault with the slot the options name
    (``unlock_from_args``)."""
    from desktop.config import load_preferences
    from desktop.services.vault.unlocking import open_with

    url = database_url(args)
    if url is None and not args.vault:
        url = load_preferences().shared_database or None  # this PC works on the server
    if url is not None:
        from desktop.services.vault.lifecycle import open_shared

        shared = open_shared(url)
        shared.announce_commits = True  # an open window refreshes on this command's saves
        return shared

    recovery_file = getattr(args, "recovery_key_file", None)
    preferences = load_preferences()
    path = vault_path(args)
    db = open_with(
        path,
        recovery_key=read_secret_file(recovery_file) if recovery_file else None,
        passphrase=None if recovery_file else given_passphrase(args),
        preferences=preferences,
        verify=verify,
    )
    if path.resolve() == preferences.vault().resolve():  # the user's own vault, its folder
        from desktop.services.vault import auto_backup

        auto_backup.enable(preferences, _tell_backup_failure)
    return db


def _tell_backup_failure(outcome: object) -> None:
    """Before an import or a merge: a failed automatic backup is told, the command goes on."""
    failure = getattr(outcome, "failure", None)
    if failure:
        print(f"Attention : {failure}", file=sys.stderr)


@contextmanager
def opened(args: argparse.Namespace, *, verify: bool = False) -> Iterator[Database]:
    """``with opened(args) as db:`` — the vault open for one command, closed (key forgotten)
    however the command ends."""
    db = open_from_args(args, verify=verify)
    try:
        yield db
    finally:
        db.close()
