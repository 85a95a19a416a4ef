"""Headless commands (``egide COMMAND``): one module per domain registers its subcommands.

This module stays light (argparse only) because ``python -m desktop`` imports it to tell a
command from the GUI; each command's module is imported when the parser is built.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

COMMAND_NAMES = ("init", "check", "backup", "restore", "audit", "demo")

Registrar = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]",
                      argparse.ArgumentParser], None]


def _registrars() -> list[Registrar]:
    from desktop.cli import vault_commands

    return [vault_commands.register]


def build_parser() -> argparse.ArgumentParser:
    from desktop.cli.unlock import common_options

    parser = argparse.ArgumentParser(prog="egide", description="Commandes d'Égide.")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMANDE")
    common = common_options()
    for register in _registrars():
        register(subparsers, common)
    return parser


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
    except KeyboardInterrupt:
        print("egide : interrompu.", file=sys.stderr)
        return 130
