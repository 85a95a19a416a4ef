"""Practitioner commands: the 17 pre-registration export for the police or the gendarmerie,
and the consent form to that pre-registration (``egide print consentement-17``)."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desktop.cli import CommandTree
from desktop.cli.unlock import open_from_args
from desktop.errors import EgideError

NAMES: tuple[str, ...] = ()


def register(tree: CommandTree) -> None:
    export = tree.sub(
        "export", "preregistration",
        "demandes de pré-enregistrement 17 en attente, pour une force (CSV ou XLSX)",
    )
    export.description = (
        "Écrit les demandes en attente d'envoi pour la force choisie, avec les seuls champs "
        "utiles à la force (civilité, nom, profession, téléphone(s), adresse et commune "
        "d'exercice, date du consentement écrit). Le format suit l'extension du fichier "
        "(.csv ou .xlsx)."
    )
    export.add_argument("--force", required=True, type=str.upper, choices=("PN", "GN"),
                        help="PN : police nationale ; GN : gendarmerie nationale")
    export.add_argument("--to", required=True, type=Path, metavar="FICHIER",
                        help="fichier à écrire : .csv (séparateur « ; ») ou .xlsx")
    export.add_argument(
        "--mark-sent", action=argparse.BooleanOptionalAction, default=True,
        help="enregistrer les demandes exportées comme envoyées à la force (par défaut : oui, "
             "car le fichier exporté est celui qu'on envoie ; elles ne figureront plus dans "
             "l'export suivant). --no-mark-sent pour un export d'essai qui ne change rien",
    )
    export.add_argument("--sent-on", type=dt.date.fromisoformat, metavar="AAAA-MM-JJ",
                        help="date d'envoi à enregistrer (défaut : aujourd'hui)")
    export.set_defaults(handler=cmd_export_preregistration)

    form = tree.sub("print", "consentement-17",
                    "formulaire de consentement au pré-enregistrement 17 d'un praticien, à "
                    "faire signer (PDF)")
    form.add_argument("--practitioner", required=True, metavar="PRATICIEN",
                      help="le praticien : son n° RPPS (11 chiffres) ou son n° dans Égide")
    form.add_argument("--to", type=Path, required=True, help="fichier PDF à écrire")
    form.set_defaults(handler=cmd_print_preregistration_form)


def cmd_export_preregistration(args: argparse.Namespace) -> int:
    from desktop.io.preregistration_export import FORMATS, save_export
    from desktop.models.enums import Force
    from desktop.services.practitioners.preregistration_exports import export_pending

    path: Path = args.to
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise EgideError(
            f"Extension « {path.suffix or '(aucune)'} » non reconnue pour « {path} » : "
            "choisissez un fichier .csv ou .xlsx."
        )
    if not path.parent.is_dir():
        raise EgideError(f"Le dossier « {path.parent} » n'existe pas : rien n'a été écrit.")
    force = Force(args.force.lower())
    db = open_from_args(args)
    try:
        result = export_pending(db, force, fmt, lambda data: save_export(path, data),
                                mark_sent=args.mark_sent, sent_on=args.sent_on)
    finally:
        db.close()
    numbers = len(result.ids)
    print(f"{result.lines} ligne(s) écrite(s) dans {path} ({numbers} numéro(s), "
          f"{force.label.lower()}).")
    if result.marked_sent:
        day = args.sent_on or dt.date.today()
        print(f"Demandes enregistrées comme envoyées le {day:%d/%m/%Y}.")
    else:
        print("Export d'essai : les demandes restent en attente d'envoi.")
    return 0



def cmd_print_preregistration_form(args: argparse.Namespace) -> int:
    from desktop.cli.output import write_file
    from desktop.services.practitioners.preregistration_form import (
        find_practitioner,
        preregistration_consent_pdf,
    )

    db = open_from_args(args)
    try:
        pdf = preregistration_consent_pdf(db, find_practitioner(db, args.practitioner))
    finally:
        db.close()
    write_file(args.to, pdf)
    print(f"Écrit : {args.to}")
    return 0
