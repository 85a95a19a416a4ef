"""Headless commands (``egide COMMAND``).

Each domain has a module ``desktop/cli/<domain>_commands.py`` that defines ``NAMES`` (the
top-level command names it adds) and ``register(tree)``; they are found by name, so adding a
domain touches no shared file. Shared groups (``import``, ``export``, ``print``, ``pack``) are
made once here and filled by several modules: ``tree.group("print").add_parser(...)``.
These modules stay light (argparse only at import time): ``python -m desktop`` reads ``NAMES``
to tell a command from the GUI, before any heavy import.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from desktop.cli import french

french.install()  # before any parser is built: usage lines and errors in French

SHARED_GROUPS = {
    "audit": "journal d'audit",
    "import": "importer un fichier dans le coffre",
    "export": "exporter des données du coffre",
    "print": "produire un document PDF",
    "pack": "dossier de séance hors ligne",
    "verify": "vérifier l'empreinte d'un document verrouillé",
}


def _command_modules() -> list[ModuleType]:
    modules = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.endswith("_commands"):
            modules.append(importlib.import_module(f"{__name__}.{info.name}"))
    return modules


def command_names() -> tuple[str, ...]:
    """Every top-level word that names a command (the shared groups included)."""
    names: list[str] = list(SHARED_GROUPS)
    for module in _command_modules():
        names.extend(getattr(module, "NAMES", ()))
    return tuple(dict.fromkeys(names))


class CommandTree:
    """What a command module registers into: top-level commands and the shared groups."""

    def __init__(self, subparsers: argparse._SubParsersAction[argparse.ArgumentParser],
                 common: argparse.ArgumentParser) -> None:
        self.subparsers = subparsers
        self.common = common
        self._groups: dict[str, argparse._SubParsersAction[argparse.ArgumentParser]] = {}

    def command(self, name: str, help_text: str, *, unlock: bool = True) -> argparse.ArgumentParser:
        parents = [self.common] if unlock else []
        return self.subparsers.add_parser(name, parents=parents, help=help_text)

    def group(self, name: str) -> argparse._SubParsersAction[argparse.ArgumentParser]:
        if name not in self._groups:
            parser = self.subparsers.add_parser(name, help=SHARED_GROUPS.get(name, name))
            self._groups[name] = parser.add_subparsers(
                dest=f"{name}_what", required=True, metavar="QUOI"
            )
        return self._groups[name]

    def sub(self, group: str, name: str, help_text: str) -> argparse.ArgumentParser:
        """A subcommand of a shared group, with the common unlock options."""
        return self.group(group).add_parser(name, parents=[self.common], help=help_text)


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli.unlock import common_options

    parser = argparse.ArgumentParser(prog="egide", description="Commandes d'Égide.")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMANDE")
    tree = CommandTree(subparsers, common_options())
    for module in _command_modules():
        module.register(tree)
    return parser


def _is_damage(error: Exception) -> bool:
    """A page of the open vault that does not read (damaged or truncated after opening)."""
    sqlalchemy = sys.modules.get("sqlalchemy")
    if sqlalchemy is None or not isinstance(error, sqlalchemy.exc.DatabaseError):
        return False
    text = str(getattr(error, "orig", error)).lower()
    return any(sign in text for sign in ("malformed", "not a database", "hmac", "corrupt"))


def run_command(argv: Sequence[str]) -> int:
    """Run one command; an ``EgideError`` becomes a one-line French message and exit 1."""
    from desktop.errors import EgideError

    args = build_parser().parse_args(list(argv))
    try:
        result: int = args.handler(args)
        return result
    except EgideError as error:
        print(f"egide : {error}", file=sys.stderr)
        return 1
    except Exception as error:
        if not _is_damage(error):
            raise
        print("egide : Le coffre est endommagé : une page n'a pas pu être lue "
              f"({getattr(error, 'orig', error)}). Lancez « egide check » pour le diagnostic, "
              "puis restaurez la dernière sauvegarde (egide restore --from FICHIER).",
              file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("egide : interrompu.", file=sys.stderr)
        return 130
