"""Right of access (RGPD art. 15): ``egide print acces --practitioner ID --to FICHIER.pdf``."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import CommandTree
from desktop.cli.unlock import opened

NAMES: tuple[str, ...] = ()


def register(tree: CommandTree) -> None:
    access = tree.sub("print", "acces",
                      "données d'une personne : tout ce que le coffre contient sur un praticien "
                      "(demande d'accès RGPD, PDF)")
    access.add_argument("--practitioner", type=int, required=True, metavar="N",
                        help="numéro du praticien")
    access.add_argument("--to", type=Path, required=True, metavar="FICHIER",
                        help="fichier PDF à écrire")
    access.set_defaults(handler=cmd_print_access)


def cmd_print_access(args: argparse.Namespace) -> int:
    from desktop.files import write_private
    from desktop.services.practitioners.personal_data import personal_data_pdf

    with opened(args) as db:
        pdf = personal_data_pdf(db, args.practitioner)
    write_private(args.to, pdf)
    print(f"{args.to} écrit ({len(pdf) // 1024} Kio) ; l'export figure au journal d'audit.")
    return 0
