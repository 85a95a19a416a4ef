"""The yearly report on the national observatories' axes and its per-case CSV
(``egide print rapport --year``, ``egide export axes --year``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import CommandTree
from desktop.cli.output import write_file

NAMES: tuple[str, ...] = ()


def register(tree: CommandTree) -> None:
    report = tree.sub("print", "rapport",
                      "rapport annuel sur les axes des observatoires nationaux (PDF)")
    report.add_argument("--year", type=int, required=True, help="année des faits (AAAA)")
    report.add_argument("--to", type=Path, required=True, help="fichier PDF à écrire")
    report.set_defaults(handler=cmd_print_report)
    axes = tree.sub("export", "axes",
                    "signalements d'une année sur les axes nationaux, un par ligne, "
                    "pseudonymisés (CSV pour les observatoires)")
    axes.add_argument("--year", type=int, required=True, help="année des faits (AAAA)")
    axes.add_argument("--to", type=Path, required=True, help="fichier CSV à écrire")
    axes.set_defaults(handler=cmd_export_axes)


def cmd_print_report(args: argparse.Namespace) -> int:
    from desktop.cli.unlock import open_from_args
    from desktop.services.committee.yearly_report import check_year, yearly_report_pdf

    check_year(args.year)  # before asking for the passphrase
    db = open_from_args(args)
    try:
        pdf = yearly_report_pdf(db, args.year)
    finally:
        db.close()
    write_file(args.to, pdf)
    print(f"{args.to} écrit ({len(pdf) // 1024} Kio).")
    return 0


def cmd_export_axes(args: argparse.Namespace) -> int:
    from desktop.cli.unlock import open_from_args
    from desktop.services.committee.axes_export import export_axes_csv
    from desktop.services.committee.yearly_report import check_year

    check_year(args.year)
    db = open_from_args(args)
    try:
        data = export_axes_csv(db, args.year)
    finally:
        db.close()
    write_file(args.to, data)
    rows = data.count(b"\r\n") - 1
    print(f"{args.to} écrit : {rows} signalement(s) de {args.year}.")
    return 0
