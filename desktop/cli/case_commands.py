"""Case commands: ``egide cases list``, ``egide print fiche``, ``egide print case``,
``egide print consentement``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import CommandTree
from desktop.cli.output import write_file
from desktop.cli.unlock import open_from_args

NAMES = ("cases",)
LIST_LIMIT = 100_000


def register(tree: CommandTree) -> None:
    cases = tree.command("cases", "signalements")
    what = cases.add_subparsers(dest="cases_what", required=True, metavar="QUOI")
    listing = what.add_parser("list", parents=[tree.common], help="lister les signalements")
    listing.add_argument("--status", help="étape (ex. : recu, suivi, clos)")
    listing.add_argument("--overdue", action="store_true", help="seulement les dossiers en "
                                                                "retard")
    listing.add_argument("--format", choices=("text", "csv"), default="text")
    listing.set_defaults(handler=cmd_list)

    fiche = tree.sub("print", "fiche", "imprimer la fiche de signalement d'un dossier (PDF)")
    fiche.add_argument("--case", required=True, help="référence, ex. 2026-0042")
    fiche.add_argument("--to", type=Path, required=True, help="fichier PDF à écrire")
    fiche.set_defaults(handler=cmd_print_fiche)

    summary = tree.sub("print", "case", "imprimer la synthèse d'un dossier (PDF)")
    summary.add_argument("--case", required=True, help="référence, ex. 2026-0042")
    summary.add_argument("--to", type=Path, required=True, help="fichier PDF à écrire")
    summary.set_defaults(handler=cmd_print_case)

    form = tree.sub("print", "consentement",
                    "formulaire de consentement à la transmission d'un dossier, à faire signer "
                    "par le praticien (PDF)")
    form.add_argument("--case", required=True, help="référence, ex. 2026-0042")
    form.add_argument("--to", type=Path, required=True, help="fichier PDF à écrire")
    form.set_defaults(handler=cmd_print_consent)


def cmd_list(args: argparse.Namespace) -> int:
    import csv

    from desktop.errors import ValidationError
    from desktop.models.enums import CaseStatus
    from desktop.services.cases import queries
    from desktop.services.cases.records import CaseFilter
    from desktop.services.vault.office import zone_of

    status = None
    if args.status:
        try:
            status = CaseStatus(args.status)
        except ValueError:
            known = ", ".join(s.value for s in CaseStatus)
            raise ValidationError("status", f"Étape inconnue « {args.status} » (étapes : "
                                            f"{known}).") from None
    db = open_from_args(args)
    try:
        chosen = CaseFilter(status=status, overdue=args.overdue)
        rows = queries.case_rows(db, queries.case_ids(db, chosen, limit=LIST_LIMIT))
        zone = zone_of(db)  # the facts' hour on the office's clock, not this computer's
        with db.unit_of_work() as uow:  # a listing of names leaves the vault: log it
            uow.audit("export", "case", None, {"rows": [None, len(rows)],
                                               "format": [None, args.format]})
    finally:
        db.close()
    header = ("reference", "date_faits", "commune", "zone", "types", "victimes", "etape",
              "echeance", "en_retard")
    lines = [(r.reference, r.occurred_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
              r.commune_name or "", r.force_zone.value if r.force_zone else "",
              ", ".join(t.label for t in r.types), r.victims, r.status.label,
              r.due_on.isoformat() if r.due_on else "", "oui" if r.overdue else "non")
             for r in rows]
    if args.format == "csv":
        writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
        writer.writerow(header)
        writer.writerows(lines)
    else:
        for line in lines:
            late = " (en retard)" if line[8] == "oui" else ""
            print(f"{line[0]}  {line[1]}  {line[2]:<24} {line[6]}{late}")
        print(f"{len(lines)} signalement(s)")
    return 0


def _print(args: argparse.Namespace, summary: bool) -> int:
    from desktop.errors import NotFound
    from desktop.services.cases import printing, queries

    db = open_from_args(args)
    try:
        case_id = queries.find_case_id(db, args.case)
        if case_id is None:
            raise NotFound(f"Aucun signalement ne porte la référence « {args.case} ».")
        pdf = printing.summary_pdf(db, case_id) if summary else printing.fiche_pdf(db, case_id)
    finally:
        db.close()
    write_file(args.to, pdf)
    print(f"Écrit : {args.to}")
    return 0


def cmd_print_fiche(args: argparse.Namespace) -> int:
    return _print(args, summary=False)


def cmd_print_case(args: argparse.Namespace) -> int:
    return _print(args, summary=True)


def cmd_print_consent(args: argparse.Namespace) -> int:
    from desktop.errors import NotFound
    from desktop.services.cases import consent_forms, queries

    db = open_from_args(args)
    try:
        case_id = queries.find_case_id(db, args.case)
        if case_id is None:
            raise NotFound(f"Aucun signalement ne porte la référence « {args.case} ».")
        pdf = consent_forms.transmission_consent_pdf(db, case_id)
    finally:
        db.close()
    write_file(args.to, pdf)
    print(f"Écrit : {args.to}")
    return 0
