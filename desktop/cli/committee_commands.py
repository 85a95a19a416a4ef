"""Committee commands: the dossier de séance and relevé PDFs, the statistics, the offline
meeting pack, the check of a locked relevé (``egide print dossier|releve``, ``egide stats``,
``egide pack export|merge``, ``egide verify releve``)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import CommandTree
from desktop.cli.output import write_file

NAMES = ("stats",)


def register(tree: CommandTree) -> None:
    dossier = tree.sub("print", "dossier", "dossier de séance d'un comité de suivi (PDF)")
    dossier.add_argument("--meeting", type=int, required=True, help="numéro de la séance")
    dossier.add_argument("--to", type=Path, required=True, help="fichier PDF à écrire")
    dossier.add_argument("--exact-words", action="store_true",
                         help="inclure les propos exacts des signalements")
    dossier.set_defaults(handler=cmd_print_dossier)
    releve = tree.sub("print", "releve", "relevé de décisions d'une séance (PDF)")
    releve.add_argument("--meeting", type=int, required=True, help="numéro de la séance")
    releve.add_argument("--to", type=Path, required=True, help="fichier PDF à écrire")
    releve.set_defaults(handler=cmd_print_releve)
    verify = tree.sub("verify", "releve",
                      "vérifier qu'un relevé verrouillé n'a pas changé (code 0 : conforme, "
                      "1 : non conforme)")
    verify.add_argument("--meeting", type=int, required=True, help="numéro de la séance")
    verify.set_defaults(handler=cmd_verify_releve)
    stats = tree.command("stats", "chiffres du tableau de bord sur une période")
    stats.add_argument("--from", dest="date_from", required=True, help="début (AAAA-MM-JJ)")
    stats.add_argument("--to", dest="date_to", required=True, help="fin incluse (AAAA-MM-JJ)")
    stats.add_argument("--format", choices=("csv", "json"), default="csv")
    stats.add_argument("--arrondissement", help="code d'arrondissement (ex. 772)")
    stats.add_argument("--force", choices=("pn", "gn"), help="zone police ou gendarmerie")
    stats.set_defaults(handler=cmd_stats)
    export = tree.sub("pack", "export", "préparer une séance hors ligne (fichier chiffré)")
    export.add_argument("--meeting", type=int, required=True, help="numéro de la séance")
    export.add_argument("--to", type=Path, required=True, help="fichier du dossier hors ligne")
    export.add_argument("--pack-passphrase-file", type=Path, required=True,
                        help="fichier contenant la phrase de passe propre au dossier")
    export.add_argument("--exact-words", action="store_true",
                        help="inclure les propos exacts des signalements")
    export.set_defaults(handler=cmd_pack_export)
    merge = tree.sub("pack", "merge", "réintégrer une séance tenue hors ligne")
    merge.add_argument("--from", dest="source", type=Path, required=True,
                       help="fichier du dossier hors ligne")
    merge.add_argument("--pack-passphrase-file", type=Path, required=True,
                       help="fichier contenant la phrase de passe du dossier")
    merge.add_argument("--dry-run", action="store_true",
                       help="afficher les changements sans les appliquer")
    merge.set_defaults(handler=cmd_pack_merge)


def _write(path: Path, data: bytes) -> None:
    write_file(path, data)
    print(f"{path} écrit ({len(data) // 1024} Kio).")


def cmd_print_dossier(args: argparse.Namespace) -> int:
    from desktop.cli.unlock import open_from_args
    from desktop.services.committee.printing import dossier_pdf

    db = open_from_args(args)
    try:
        _write(args.to, dossier_pdf(db, args.meeting, exact_words=args.exact_words))
    finally:
        db.close()
    return 0


def cmd_print_releve(args: argparse.Namespace) -> int:
    from desktop.cli.unlock import open_from_args
    from desktop.services.committee.printing import minutes_pdf

    db = open_from_args(args)
    try:
        _write(args.to, minutes_pdf(db, args.meeting))
    finally:
        db.close()
    return 0


def cmd_verify_releve(args: argparse.Namespace) -> int:
    """One French line: the relevé matches (0) or not (1), with the audit entry of its lock."""
    import sys

    from desktop.cli.unlock import open_from_args
    from desktop.services.committee.minutes import verify_releve

    db = open_from_args(args)
    try:
        check = verify_releve(db, args.meeting)
    finally:
        db.close()
    print(check.message, file=sys.stdout if check.ok else sys.stderr)
    return 0 if check.ok else 1


def _date(text: str, name: str) -> object:
    import datetime as dt

    from desktop.errors import ValidationError

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(name, f"Date « {text} » invalide (attendu : AAAA-MM-JJ).") from None


def cmd_stats(args: argparse.Namespace) -> int:
    import json
    import sys

    from desktop.cli.unlock import open_from_args
    from desktop.io.statistics_export import to_csv
    from desktop.models.enums import ForceZone
    from desktop.services.committee.statistics import Filters, compute
    from desktop.services.committee.suppression import export_rows

    filters = Filters(_date(args.date_from, "from"), _date(args.date_to, "to"),  # type: ignore[arg-type]
                      arrondissement=args.arrondissement,
                      force=ForceZone(args.force) if args.force else None)
    db = open_from_args(args)
    try:
        rows = export_rows(compute(db, filters))
    finally:
        db.close()
    if args.format == "json":
        out = [{"rubrique": s, "libelle": label, "valeur": v} for s, label, v in rows]
        print(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        sys.stdout.write(to_csv(rows).decode("utf-8-sig"))
    return 0


def _pack_passphrase(path: Path) -> str:
    from desktop.cli.secrets import read_secret_file

    return read_secret_file(path)


def cmd_pack_export(args: argparse.Namespace) -> int:
    from desktop.cli.unlock import open_from_args
    from desktop.services.committee.packs import export_pack

    passphrase = _pack_passphrase(args.pack_passphrase_file)
    db = open_from_args(args)
    try:
        done = export_pack(db, args.meeting, args.to, passphrase, exact_words=args.exact_words)
    finally:
        db.close()
    print(f"Dossier hors ligne écrit : {done.path} (et son fichier de clés {done.path}.keys).")
    print("Clé de secours du dossier (à conserver à part) :")
    print(done.recovery_key)
    return 0


def cmd_pack_merge(args: argparse.Namespace) -> int:
    from desktop.cli.unlock import open_from_args
    from desktop.services.committee.pack_merge import apply_merge, plan_merge

    passphrase = _pack_passphrase(args.pack_passphrase_file)
    db = open_from_args(args)
    try:
        plan = plan_merge(db, args.source, passphrase)
        print("Changements :" if plan.lines else "Aucun changement enregistré dans le dossier.")
        for line in plan.lines:
            print(f"  – {line}")
        if not args.dry_run and plan.empty:
            print("Rien à réintégrer : le dossier reste utilisable.")
        elif not args.dry_run:
            apply_merge(db, args.source, passphrase)
            print("Séance réintégrée.")
    finally:
        db.close()
    return 0
