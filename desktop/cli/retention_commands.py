"""Retention commands: ``egide retention preview`` and ``egide retention apply``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from desktop.cli import CommandTree
from desktop.cli.unlock import opened
from desktop.errors import EgideError

NAMES = ("retention",)


def register(tree: CommandTree) -> None:
    parser = tree.subparsers.add_parser(
        "retention", help="conservation des données : archiver, puis effacer les données "
        "personnelles des signalements clos")
    what = parser.add_subparsers(dest="retention_what", required=True, metavar="QUOI")
    preview = what.add_parser("preview", parents=[tree.common],
                              help="ce qui serait archivé et effacé, et pourquoi (ne change rien)")
    preview.add_argument("--as-of", type=dt.date.fromisoformat, metavar="AAAA-MM-JJ",
                         help="date à laquelle appliquer les règles (défaut : aujourd'hui)")
    preview.set_defaults(handler=cmd_preview)
    apply = what.add_parser("apply", parents=[tree.common],
                            help="archiver et effacer, après une sauvegarde vérifiée")
    apply.add_argument("--as-of", type=dt.date.fromisoformat, metavar="AAAA-MM-JJ",
                       help="date à laquelle appliquer les règles (défaut : aujourd'hui)")
    apply.add_argument("--archives", type=Path, metavar="FICHIER",
                       help="versement aux Archives départementales écrit avant l'effacement")
    apply.add_argument("--yes", action="store_true", help="confirmer l'effacement")
    apply.set_defaults(handler=cmd_apply)
    rules = what.add_parser("rules", parents=[tree.common],
                            help="afficher ou changer les règles de conservation du service")
    rules.add_argument("--active-years", type=int, metavar="N",
                       help="années dans le dossier actif après la clôture")
    rules.add_argument("--erase-years", type=int, metavar="N",
                       help="années après la clôture avant l'effacement des données personnelles")
    rules.add_argument("--archives-export", choices=("oui", "non"),
                       help="verser aux Archives départementales avant l'effacement")
    rules.set_defaults(handler=cmd_rules)


def print_plan(plan: object) -> None:
    from desktop.services.retention.records import RetentionPlan

    assert isinstance(plan, RetentionPlan)
    rules = plan.rules
    print(f"Règles : dossier actif {rules.active_years} an(s) après la clôture, effacement "
          f"des données personnelles {rules.erase_years} ans après la clôture"
          + (", versement aux Archives départementales avant" if rules.archives_export else "")
          + f". Au {plan.as_of:%d/%m/%Y} :")
    print(f"À archiver (accès restreint) : {len(plan.to_archive)}")
    for case in plan.to_archive:
        print(f"  {case.reference}  {case.reason}")
    print(f"À effacer (données personnelles) : {len(plan.to_erase)}")
    for case in plan.to_erase:
        print(f"  {case.reference}  {case.reason}")
    print(f"Praticiens à effacer : {len(plan.practitioners)}")
    for person in plan.practitioners:
        print(f"  {person.label}  {person.reason}")


def cmd_preview(args: argparse.Namespace) -> int:
    from desktop.services.retention.preview import preview

    with opened(args) as db:
        plan = preview(db, args.as_of)
    print_plan(plan)
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    from desktop.config import load_preferences
    from desktop.services.retention.apply import apply

    if not args.yes:
        raise EgideError("Effacement non confirmé : relancez avec --yes après avoir lu "
                         "« egide retention preview ».")
    with opened(args) as db:
        done = apply(db, load_preferences(), args.as_of, archives_to=args.archives)
    print_plan(done.plan)
    if done.plan.empty:
        print("Rien à faire.")
        return 0
    if done.backup is not None:
        print(f"Sauvegarde vérifiée écrite avant : {done.backup}")
    if done.archives_file is not None:
        print(f"Versement écrit : {done.archives_file}")
    print("Fait : chaque archivage et chaque effacement figure au journal d'audit.")
    return 0


def cmd_rules(args: argparse.Namespace) -> int:
    import dataclasses

    from desktop.services.retention.rules import read_rules, save_rules

    with opened(args) as db:
        rules = read_rules(db)
        wanted = dataclasses.replace(
            rules,
            active_years=args.active_years or rules.active_years,
            erase_years=args.erase_years or rules.erase_years,
            archives_export=(rules.archives_export if args.archives_export is None
                             else args.archives_export == "oui"))
        if wanted != rules:
            save_rules(db, wanted)
            rules = wanted
    print(f"Dossier actif : {rules.active_years} an(s) après la clôture ; effacement des données "
          f"personnelles : {rules.erase_years} ans après la clôture ; versement aux Archives "
          f"départementales avant : {'oui' if rules.archives_export else 'non'}.")
    return 0
