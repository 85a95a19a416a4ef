"""``egide audit export --from DATE --to DATE --to-file FILE.csv``: the audit trail of a
period, in French, for the office's internal control (the same file as the GUI's export)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desktop.cli import CommandTree

NAMES: tuple[str, ...] = ()  # "audit" is a shared group


def _day(text: str) -> dt.date:
    for parse in (dt.date.fromisoformat,
                  lambda t: dt.datetime.strptime(t, "%d/%m/%Y").date()):
        try:
            return parse(text)
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(
        f"date « {text} » invalide (attendu : AAAA-MM-JJ ou JJ/MM/AAAA)")


def register(tree: CommandTree) -> None:
    export = tree.sub("audit", "export",
                      "exporter le journal d'audit d'une période en CSV (libellés français)")
    export.add_argument("--from", dest="date_from", type=_day, metavar="DATE",
                        help="premier jour inclus (AAAA-MM-JJ ou JJ/MM/AAAA)")
    export.add_argument("--to", dest="date_to", type=_day, metavar="DATE",
                        help="dernier jour inclus")
    export.add_argument("--action", help="seulement cette action (code : view, export…)")
    export.add_argument("--user", dest="actor", help="seulement cet utilisateur")
    export.add_argument("--case", dest="case_reference", metavar="RÉFÉRENCE",
                        help="seulement ce dossier")
    export.add_argument("--to-file", dest="target", type=Path, required=True,
                        metavar="FICHIER.csv", help="le fichier CSV à écrire")
    export.set_defaults(handler=cmd_audit_export)


def cmd_audit_export(args: argparse.Namespace) -> int:
    from desktop.cli.unlock import open_from_args
    from desktop.services.vault.audit_listing import AuditQuery, export_csv

    query = AuditQuery(date_from=args.date_from, date_to=args.date_to, action=args.action,
                       actor=args.actor, case_reference=args.case_reference)
    db = open_from_args(args)
    try:
        written = export_csv(db, query, args.target)
    finally:
        db.close()
    print(f"{written} entrée(s) du journal d'audit exportée(s) dans « {args.target} ».")
    return 0
