"""Measures commands: ``egide measures board``, ``egide measures videoprotection``,
``egide measures advice`` and ``egide print conseil`` (the diagnostic's cover letter)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import CommandTree
from desktop.cli.output import write_file
from desktop.cli.unlock import open_from_args

NAMES = ("measures",)


def register(tree: CommandTree) -> None:
    measures = tree.command("measures", "mesures du protocole")
    what = measures.add_subparsers(dest="measures_what", required=True, metavar="QUOI")
    board = what.add_parser("board", parents=[tree.common],
                            help="tableau des mesures : chaque indicateur, l'année et la "
                                 "précédente")
    board.add_argument("--year", type=int, help="année (défaut : l'année en cours)")
    board.set_defaults(handler=cmd_board)
    video = what.add_parser("videoprotection", parents=[tree.common],
                            help="sites de vidéoprotection par commune")
    video.set_defaults(handler=cmd_video)
    advice = what.add_parser("advice", parents=[tree.common],
                             help="registre des demandes de conseil de sûreté")
    advice.add_argument("--year", type=int, help="seulement les demandes de cette année")
    advice.set_defaults(handler=cmd_advice)

    letter = tree.sub("print", "conseil",
                      "lettre d'accompagnement d'un diagnostic ou d'un audit de sûreté (PDF)")
    letter.add_argument("--id", type=int, required=True,
                        help="n° de la demande (voir « egide measures advice »)")
    letter.add_argument("--to", type=Path, required=True, help="fichier PDF à écrire")
    letter.set_defaults(handler=cmd_print_letter)


def cmd_board(args: argparse.Namespace) -> int:
    from desktop.services.measures.board import measures_board

    db = open_from_args(args)
    try:
        result = measures_board(db, args.year)
    finally:
        db.close()
    print(f"Protocole en vigueur : {result.protocol_title}" if result.protocol_title
          else "Aucune version de protocole en vigueur : toutes les mesures sont listées.")
    print(f"{'':<44} {result.year:>6} {result.year - 1:>6}")
    for line in result.lines:
        articles = ", ".join(f"art. {n}" for n in line.articles)
        print(f"{line.label}" + (f" ({articles})" if articles else ""))
        for indicator in line.indicators:
            print(f"  {indicator.label:<42} {indicator.current:>6} {indicator.previous:>6}")
    return 0


def cmd_video(args: argparse.Namespace) -> int:
    from desktop.services.measures.video import sites_per_commune

    db = open_from_args(args)
    try:
        groups = sites_per_commune(db)
    finally:
        db.close()
    for group in groups:
        print(f"{group.commune_name} : {len(group.sites)} site(s), {group.installed} "
              f"équipé(s), FIPD accordé {group.fipd_total} €")
        for site in group.sites:
            amount = f", FIPD {site.fipd_amount} €" if site.fipd_amount is not None else ""
            print(f"  {site.name} ({site.kind.label}) : {site.status.label} depuis le "
                  f"{site.status_on:%d/%m/%Y}{amount}")
    print(f"{sum(len(g.sites) for g in groups)} site(s)")
    return 0


def cmd_advice(args: argparse.Namespace) -> int:
    from desktop.services.measures.advice import list_advice

    db = open_from_args(args)
    try:
        rows = list_advice(db, year=args.year)
    finally:
        db.close()
    for row in rows:
        print(f"{row.id:>5}  {row.requested_on:%d/%m/%Y}  {row.kind.label:<17} "
              f"{row.requester} — {row.commune_name or ''} — {row.status.label}")
    print(f"{len(rows)} demande(s)")
    return 0


def cmd_print_letter(args: argparse.Namespace) -> int:
    from desktop.services.measures.advice import cover_letter_pdf

    db = open_from_args(args)
    try:
        pdf = cover_letter_pdf(db, args.id)
    finally:
        db.close()
    write_file(args.to, pdf)
    print(f"Écrit : {args.to}")
    return 0
