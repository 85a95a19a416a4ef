"""Protocol commands: print the convention, import and export a protocol's JSON form."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import CommandTree
from desktop.cli.output import write_file
from desktop.cli.unlock import open_from_args

NAMES = ("protocol",)


def register(tree: CommandTree) -> None:
    convention = tree.sub("print", "convention", "la convention d'une version de protocole")
    convention.add_argument("--protocol", type=int, required=True, help="numéro du protocole")
    convention.add_argument("--version", type=int, help="numéro de version (défaut : la dernière)")
    convention.add_argument("--to", type=Path, required=True, help="fichier PDF à écrire")
    convention.add_argument(
        "--draft", action="store_true", help="filigrane « PROJET » même sur une version signée"
    )
    convention.set_defaults(handler=cmd_print_convention)

    protocol = tree.command("protocol", "protocoles : import et export JSON", unlock=False)
    actions = protocol.add_subparsers(dest="protocol_what", required=True, metavar="ACTION")
    importing = actions.add_parser(
        "import", parents=[tree.common], help="créer un protocole depuis sa forme JSON"
    )
    importing.add_argument("file", type=Path, help="fichier JSON")
    importing.set_defaults(handler=cmd_import)
    exporting = actions.add_parser(
        "export", parents=[tree.common], help="écrire une version de protocole en JSON"
    )
    exporting.add_argument("--protocol", type=int, required=True)
    exporting.add_argument("--version", type=int, help="numéro de version (défaut : la dernière)")
    exporting.add_argument("--to", type=Path, required=True, help="fichier JSON à écrire")
    exporting.set_defaults(handler=cmd_export)


def cmd_print_convention(args: argparse.Namespace) -> int:
    from desktop.services.protocol.convention import convention_pdf

    db = open_from_args(args)
    try:
        pdf = convention_pdf(db, args.protocol, args.version, draft=True if args.draft else None)
    finally:
        db.close()
    write_file(args.to, pdf)
    print(f"Convention écrite : {args.to}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.errors import ImportRejected
    from desktop.services.protocol.exchange import import_json

    try:
        text = args.file.read_text(encoding="utf-8")
    except OSError as error:
        from desktop.io.oserror import os_error_clause

        raise ImportRejected(
            f"Lecture de « {args.file} » impossible : {os_error_clause(error)}.") from None
    except UnicodeDecodeError:
        raise ImportRejected(
            f"Lecture de « {args.file} » impossible : ce n'est pas un texte UTF-8 (un fichier "
            "d'échange JSON est attendu).") from None
    db = open_from_args(args)
    try:
        created = import_json(db, text)
    except ImportRejected as error:
        for line in error.report:
            print(f"  {line}")
        raise
    finally:
        db.close()
    print(f"Protocole importé : n° {created.id} (version 1, projet).")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.services.protocol.exchange import export_json

    db = open_from_args(args)
    try:
        text = export_json(db, args.protocol, args.version)
    finally:
        db.close()
    write_file(args.to, text)
    print(f"Protocole exporté : {args.to}")
    return 0
