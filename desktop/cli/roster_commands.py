"""Roster commands: import communes / compétence / référents, export référents, lookup,
print annuaire."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import CommandTree
from desktop.cli.output import write_file
from desktop.cli.unlock import open_from_args

if TYPE_CHECKING:
    from desktop.services.roster.records import ImportSummary

NAMES = ("lookup",)


def register(tree: CommandTree) -> None:
    communes = tree.sub("import", "communes", "importer des communes ou des codes postaux")
    communes.add_argument("file", help="fichier, ou « france » pour le référentiel fourni")
    communes.add_argument("--format", choices=("etalab", "insee", "laposte", "france"),
                          help="format du fichier (détecté sinon)")
    communes.add_argument("--department", action="append", default=[],
                          help="ne garder que ce département (répétable), choisi avant toute "
                               "vérification : un fichier national importe un département")
    communes.add_argument("--outre-mer", dest="overseas", choices=("ignorer", "importer"),
                          default="ignorer",
                          help="communes des collectivités d'outre-mer (977, 978, 984, 986 à "
                               "989) : laissées de côté et comptées (par défaut) ou importées")
    communes.set_defaults(handler=cmd_import_communes)

    competence = tree.sub("import", "competence", "importer la compétence territoriale PN/GN")
    competence.add_argument("file", type=Path)
    competence.set_defaults(handler=cmd_import_competence)

    referents = tree.sub("import", "referents", "importer la feuille des référents")
    referents.add_argument("file", type=Path)
    referents.add_argument("--mapping", help="fichier JSON ou paires champ=colonne séparées "
                                             "par des virgules, champs en français : nom, "
                                             "prénom, rôle, grade, force, unité, téléphone "
                                             "fixe, portable, courriel, communes, code postal, "
                                             "vérifié le (mémorisée)")
    referents.add_argument("--skip-rejected", action="store_true",
                           help="importer les lignes valides et lister les autres (sans cette "
                                "option, une ligne refusée refuse tout le fichier)")
    referents.add_argument("--report", type=Path,
                           help="écrire le compte rendu ligne par ligne (CSV : ligne, statut, "
                                "motif)")
    referents.set_defaults(handler=cmd_import_referents)

    export = tree.sub("export", "referents", "exporter l'annuaire des référents en XLSX")
    export.add_argument("--to", type=Path, required=True)
    export.add_argument("--arrondissement")
    export.set_defaults(handler=cmd_export_referents)

    lookup = tree.command("lookup", "qui appeler ? force, unité et référents d'une commune")
    lookup.add_argument("text", nargs="+",
                        help="mots du nom ou d'un lieu-dit, code postal ou code INSEE")
    lookup.add_argument("--limit", type=int, default=20,
                        help="nombre de communes affichées au plus (20 par défaut)")
    lookup.set_defaults(handler=cmd_lookup)

    annuaire = tree.sub("print", "annuaire", "imprimer l'annuaire des référents (PDF)")
    annuaire.add_argument("--to", type=Path, required=True)
    annuaire.add_argument("--arrondissement")
    annuaire.add_argument("--by", choices=("arrondissement", "force"), default="arrondissement")
    annuaire.set_defaults(handler=cmd_print_annuaire)


def _rejected(run: object) -> int:
    from desktop.errors import ImportRejected

    try:
        summary = run()  # type: ignore[operator]
    except ImportRejected as error:
        print(f"egide : {error}", file=sys.stderr)
        for line in error.report:
            print(f"  {line}", file=sys.stderr)
        return 1
    print(summary.text())
    return 0


def cmd_import_communes(args: argparse.Namespace) -> int:
    from desktop.services.roster import imports

    db = open_from_args(args)
    try:
        if args.file == "france" and not Path(args.file).exists():
            departments = args.department or [_office_department(db)]
            return _rejected(lambda: imports.import_france_communes(db, departments))
        return _rejected(lambda: _with_overseas_hint(imports.import_communes(
            db, Path(args.file), args.format, departments=args.department or None,
            overseas="import" if args.overseas == "importer" else "skip")))
    finally:
        db.close()


def _with_overseas_hint(summary: ImportSummary) -> ImportSummary:
    """After the note on the COM communes left out: how to import them from the CLI."""
    from dataclasses import replace

    from desktop.io.communes import overseas_skipped

    if not overseas_skipped(summary.details):
        return summary
    return replace(summary, details=(*summary.details,
                                     "--outre-mer importer pour les importer."))


def _office_department(db: object) -> str:
    from desktop.services.vault.office import get_office

    office = get_office(db)  # type: ignore[arg-type]
    return office.department_code if office else "77"


def cmd_import_competence(args: argparse.Namespace) -> int:
    from desktop.services.roster.imports import import_competence

    db = open_from_args(args)
    try:
        return _rejected(lambda: import_competence(db, args.file))
    finally:
        db.close()


def parse_mapping(text: str) -> dict[str, str]:
    """A JSON file, or "nom=NOM,portable=Portable" (French field names, or the code names),
    as ``{field: header}``."""
    from desktop.io.referents_sheet import mapping_from_names

    return mapping_from_names(_mapping_pairs(text))


def _mapping_pairs(text: str) -> dict[str, str]:
    import json

    from desktop.errors import ImportRejected

    if Path(text).is_dir():
        raise ImportRejected(f"« {text} » est un dossier : indiquez un fichier de "
                             "correspondance JSON ou des paires champ=colonne.")
    if Path(text).is_file():
        try:
            value = json.loads(Path(text).read_text(encoding="utf-8"))
        except OSError:
            raise ImportRejected(f"Le fichier de correspondance « {Path(text).name} » ne peut "
                                 "pas être lu (droits d'accès ?).") from None
        except (UnicodeDecodeError, ValueError):
            raise ImportRejected(f"Le fichier de correspondance « {Path(text).name} » n'est "
                                 "pas un JSON lisible.") from None
        if not isinstance(value, dict):
            raise ImportRejected("Le fichier de correspondance doit contenir un objet JSON.")
        return {str(k): str(v) for k, v in value.items()}
    pairs = [part.split("=", 1) for part in text.split(",") if part.strip()]
    if any(len(pair) != 2 for pair in pairs):
        raise ImportRejected(f"Correspondance « {text} » illisible (champ=colonne attendu).")
    return {field.strip(): header.strip() for field, header in pairs}


def cmd_import_referents(args: argparse.Namespace) -> int:
    from desktop.errors import ImportRejected
    from desktop.io.import_report import report_csv
    from desktop.services.roster.referent_import import import_referents, report_csv_bytes

    mapping = parse_mapping(args.mapping) if args.mapping else None
    db = open_from_args(args)
    try:
        try:
            summary = import_referents(db, args.file, mapping, skip_rejected=args.skip_rejected)
        except ImportRejected as error:
            print(f"egide : {error}", file=sys.stderr)
            for line in error.report:
                print(f"  {line}", file=sys.stderr)
            if args.report and error.report:
                rows = [_report_row(line) for line in error.report]
                write_file(args.report, report_csv(rows))
            return 1
    finally:
        db.close()
    print(summary.text())
    for entry in summary.report:
        print(f"  {entry}")
    if args.report:
        write_file(args.report, report_csv_bytes(summary))
        print(f"Compte rendu écrit : {args.report}")
    return 0


def _report_row(text: str) -> tuple[int, str, str]:
    """(12, "refusée", "…") from "ligne 12 : refusée — …"."""
    head, _, rest = text.partition(" : ")
    number = head.removeprefix("ligne ")
    status, _, reason = rest.partition(" — ")
    return (int(number) if number.isdigit() else 0), status, reason or rest


def cmd_export_referents(args: argparse.Namespace) -> int:
    from desktop.services.roster.annuaire import export_referents_xlsx

    db = open_from_args(args)
    try:
        lines = export_referents_xlsx(db, args.to, arrondissement=args.arrondissement)
    finally:
        db.close()
    print(f"Annuaire exporté : {args.to} ({lines} ligne(s)).")
    return 0


def cmd_lookup(args: argparse.Namespace) -> int:
    from desktop.services.roster.lookup import card_text, search
    from desktop.services.roster.records import nothing_text

    text = " ".join(args.text)
    db = open_from_args(args)
    try:
        result = search(db, text, limit=max(1, args.limit))
    finally:
        db.close()
    if not result.cards:
        print(nothing_text(text, result.suggestion), file=sys.stderr)
        return 1
    print("\n\n".join(card_text(card) for card in result.cards))
    if result.cut:
        print(f"\n{result.count_text} : précisez la recherche, ou --limit pour en voir plus.")
    return 0


def cmd_print_annuaire(args: argparse.Namespace) -> int:
    from desktop.services.roster.annuaire import annuaire_pdf

    db = open_from_args(args)
    try:
        pdf = annuaire_pdf(db, arrondissement=args.arrondissement, group_by=args.by)
    finally:
        db.close()
    write_file(args.to, pdf)
    print(f"Annuaire écrit : {args.to}")
    return 0
