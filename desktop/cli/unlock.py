"""The options every command shares (--vault and the unlock options) and how they open a vault."""

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
    common.add_argument("--vault", type=Path, help="chemin du coffre (par défaut : le vôtre)")
    common.add_argument(
        "--passphrase-file", type=Path, help="fichier contenant la phrase de passe"
    )
    common.add_argument(
        "--recovery-key-file", type=Path, help="fichier contenant la clé de secours"
    )
    return common


def vault_path(args: argparse.Namespace) -> Path:
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
    """Open the vault with the slot the options name (``unlock_from_args``)."""
    from desktop.config import load_preferences
    from desktop.services.vault.unlocking import open_with

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
