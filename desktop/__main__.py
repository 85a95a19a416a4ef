"""``python -m desktop`` / ``egide``: the GUI by default, headless commands when one is named.

Kept tiny on purpose: the GUI path must reach its first paint before any heavy import.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def gui_parser() -> argparse.ArgumentParser:
    from desktop.cli import command_names

    parser = argparse.ArgumentParser(
        prog="egide",
        description="Égide : suivi du protocole santé-sécurité-justice. Sans commande, ouvre "
        "l'application ; commandes disponibles : " + ", ".join((*command_names(), "tour")) + " "
        "(egide COMMANDE --help).",
    )
    parser.add_argument(
        "fichier", type=Path, nargs="?",
        help="un coffre (.egide) à ouvrir, ou une séance hors ligne (.egide-seance) à relire "
        "ou à réintégrer après l'ouverture du coffre (double clic dans l'explorateur)",
    )
    parser.add_argument("--vault", type=Path, help="coffre à ouvrir (par défaut : le vôtre)")
    parser.add_argument(
        "--passphrase-file", type=Path, help="fichier contenant la phrase de passe"
    )
    parser.add_argument(
        "--recovery-key-file", type=Path, help="fichier contenant la clé de secours"
    )
    parser.add_argument(
        "--demo", action="store_true", help="ouvrir un coffre de démonstration (données fictives)"
    )
    parser.add_argument(
        "--self-test", action="store_true",
        help="vérifier l'installation (coffre chiffré, signalement, PDF, Qt en français) "
        "sans écran ni données de l'utilisateur, puis quitter",
    )
    parser.add_argument(
        "--quit-after-paint",
        action="store_true",
        help="quitter dès que la fenêtre a affiché ses données (mesures, tests de fumée)",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    from desktop.cli import command_names

    if args and args[0] == "tour":  # a GUI command: not among the headless ones
        from desktop.ui.tour.command import main as tour

        return tour(args[1:])
    if args and args[0] in command_names():
        from desktop.cli import run_command

        return run_command(args)
    options = gui_parser().parse_args(args)
    if options.self_test:
        from desktop.ui.self_test import run_self_test

        return run_self_test()
    from desktop.cli.secrets import read_secret_file

    passphrase = (
        read_secret_file(options.passphrase_file)
        if options.passphrase_file
        else os.environ.get("EGIDE_PASSPHRASE") or None
    )
    recovery = read_secret_file(options.recovery_key_file) if options.recovery_key_file else None
    from desktop.app import GuiOptions, run_gui

    vault, pack = options.vault, None
    if options.fichier is not None:
        if options.fichier.suffix == ".egide-seance":
            pack = options.fichier
        else:
            vault = options.fichier
    return run_gui(
        GuiOptions(
            vault=vault,
            meeting_pack=pack,
            passphrase=passphrase,
            recovery_key=recovery,
            demo=options.demo,
            quit_after_paint=options.quit_after_paint,
        )
    )


if __name__ == "__main__":
    sys.exit(main())
