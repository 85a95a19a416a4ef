"""Vault commands: init, check, backup (list, verify), restore, audit verify, rekey, demo."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import CommandTree
from desktop.cli.unlock import (
    database_url,
    given_passphrase,
    open_from_args,
    opened,
    vault_path,
)
from desktop.errors import EgideError

NAMES = ("init", "check", "backup", "restore", "demo", "rekey")


def register(tree: CommandTree) -> None:
    init = tree.command("init", "créer un coffre et afficher sa clé de secours")
    init.add_argument("--department", default="77", help="code du département (défaut : 77)")
    init.add_argument("--no-keyring", action="store_true", help="ne pas utiliser le trousseau")
    init.set_defaults(handler=cmd_init)

    check = tree.command("check", "version, schéma et intégrité du coffre")
    check.set_defaults(handler=cmd_check)

    backup = tree.command("backup", "écrire une sauvegarde chiffrée vérifiée (ou list, verify)")
    backup.add_argument("--to", type=Path, help="fichier de sauvegarde (défaut : dossier auto)")
    backup.set_defaults(handler=cmd_backup)
    backup_what = backup.add_subparsers(dest="backup_what", metavar="[list|verify]")
    listing = backup_what.add_parser(
        "list", parents=[tree.common], help="une ligne par sauvegarde : date, taille, motif, "
        "vérification"
    )
    listing.set_defaults(handler=cmd_backup_list)
    check_one = backup_what.add_parser(
        "verify", parents=[tree.common],
        help="rouvrir une sauvegarde et vérifier chaque page (avec sa phrase de passe ou la "
        "clé de secours de son époque)",
    )
    check_one.add_argument("file", type=Path, help="la sauvegarde à vérifier")
    check_one.set_defaults(handler=cmd_backup_verify)

    restore = tree.command(
        "restore", "remettre une sauvegarde à la place du coffre (sans ouvrir le coffre abîmé)"
    )
    restore.add_argument("--from", dest="source", type=Path, required=True,
                         help="la sauvegarde ; --passphrase-file ou --recovery-key-file ouvrent "
                         "cette sauvegarde")
    restore.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")
    restore.set_defaults(handler=cmd_restore)

    verify = tree.sub("audit", "verify", "vérifier la chaîne du journal d'audit")
    verify.add_argument(
        "--against", type=Path, metavar="FICHIER",
        help="une ancre (fichier .ancre) ou une sauvegarde : le journal doit contenir encore "
        "l'entrée qu'elle a enregistrée (par défaut : l'ancre près du coffre et la dernière "
        "sauvegarde)")
    verify.set_defaults(handler=cmd_audit_verify)

    rekey = tree.command(
        "rekey", "émettre une nouvelle clé de secours (rechiffre le coffre après sauvegarde)"
    )
    rekey.set_defaults(handler=cmd_rekey)

    demo = tree.command("demo", "créer un coffre rempli de données fictives")
    demo.add_argument("--no-keyring", action="store_true", help="ne pas utiliser le trousseau")
    demo.set_defaults(handler=cmd_demo)


def cmd_init(args: argparse.Namespace) -> int:
    from desktop.config import load_preferences
    from desktop.services.vault import lifecycle
    from desktop.services.vault.office import OfficeIdentity

    code = str(args.department).upper()
    office = OfficeIdentity.for_department(code)
    url = database_url(args)
    if url is not None:
        from desktop.services.roster.imports import import_france_communes

        db = lifecycle.create_shared(url, office)
        try:
            import_france_communes(db, {office.department_code})
        finally:
            db.close()
        print(f"Base partagée créée : {db.vault.display_url()}")  # type: ignore[union-attr]
        print("Les agents s'y connectent avec « --database » (ou Fichier > Ouvrir… > Serveur "
              "PostgreSQL partagé) ; leurs comptes : « egide account add ».")
        return 0
    created = lifecycle.create(
        vault_path(args),
        office,
        passphrase=given_passphrase(args),
        use_keyring=not args.no_keyring,
        preferences=load_preferences() if args.vault is None else None,
        with_communes=True,
    )
    _print_created(created, vault_path(args))
    created.db.close()
    return 0


def _print_created(created: object, path: Path) -> None:
    from desktop.services.vault.lifecycle import Created

    assert isinstance(created, Created)
    print(f"Coffre créé : {path}")
    print(f"Clé dans le trousseau du système : {'oui' if created.in_keyring else 'non'}")
    print("Clé de secours (affichée une seule fois ; imprimez-la ou recopiez-la et rangez-la "
          "en lieu sûr) :")
    print(f"  {created.recovery_key}")


def cmd_check(args: argparse.Namespace) -> int:
    """The page diagnosis first, then what reads tables (which damaged pages may prevent)."""
    from desktop.services.vault import maintenance

    with opened(args) as db:
        found = maintenance.check(db)
    unreadable = ("illisible (pages endommagées) ; restaurez la dernière sauvegarde "
                  "(egide restore --from FICHIER).")
    print(f"Coffre : {found.path}")
    print(f"Identifiant : {found.vault_id}")
    print(f"SQLCipher : {found.cipher_version}")
    print(f"Intégrité des pages : {found.pages}")
    print(f"Version du schéma : {found.schema_version or unreadable}")
    if found.audit is None:
        print(f"Journal d'audit : {unreadable}")
    else:
        chain_text = "intact" if found.audit.ok else "; ".join(found.audit.problems)
        print(f"Journal d'audit : {found.audit.entries} entrées, {chain_text}")
    return 0 if found.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    from desktop.config import load_preferences
    from desktop.services.vault import lifecycle

    db = open_from_args(args)
    try:
        info = lifecycle.backup(db, load_preferences(), args.to)
    finally:
        db.close()
    print(f"Sauvegarde écrite et vérifiée : {info.path} ({info.size // 1024} Kio)")
    return 0


def cmd_backup_list(args: argparse.Namespace) -> int:
    from desktop.config import load_preferences
    from desktop.services.vault import backups

    found = backups.backups_of(load_preferences(), vault_path(args))
    if not found:
        print("Aucune sauvegarde.")
        return 0
    for record in found:
        written = record.written_at.astimezone().strftime("%d/%m/%Y %H:%M")
        verified = (
            "vérifiée le " + record.verified_at.astimezone().strftime("%d/%m/%Y %H:%M")
            if record.verified_at else "non vérifiée"
        )
        print(f"{written}  {_size(record.size):>9}  {record.reason:<20}  {verified}  "
              f"{record.path}")
    return 0


def _size(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} Mio" if size >= 1024 * 1024 else f"{size // 1024} Kio"


def cmd_backup_verify(args: argparse.Namespace) -> int:
    from desktop.cli.unlock import unlock_from_args
    from desktop.services.vault import backups

    record = backups.verify(args.file, unlock_from_args(args))
    print(f"Sauvegarde intacte : {record.path} ({_size(record.size)}, {record.reason}), "
          "chaque page vérifiée.")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """The backup is opened with the given key (its sidecar travels with it); the vault it
    replaces is never opened: it may be damaged, truncated or missing."""
    from desktop.cli.unlock import unlock_from_args
    from desktop.config import load_preferences
    from desktop.services.vault import backups

    path = vault_path(args)
    if not args.source.is_file():
        raise EgideError(f"La sauvegarde « {args.source} » n'existe pas.")
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise EgideError("Restauration non confirmée : relancez avec --yes pour confirmer.")
        answer = input(f"Remplacer le coffre « {path} » par « {args.source} » ? [o/N] ")
        if answer.strip().lower() not in {"o", "oui", "y", "yes"}:
            print("Restauration annulée ; rien n'a changé.")
            return 1
    restored = backups.restore(path, args.source, unlock_from_args(args), load_preferences())
    restored.db.close()
    print(f"Sauvegarde restaurée dans « {path} ».")
    if restored.kept_aside:
        print(f"L'ancien coffre est conservé dans : {restored.kept_aside}")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from desktop.services.vault import audit_log

    db = open_from_args(args)
    try:
        report = audit_log.verify(db, args.against)
    finally:
        db.close()
    if report.ok:
        anchored = f", conforme à « {args.against} »" if args.against else ""
        print(f"Journal d'audit intact : {report.entries} entrées vérifiées{anchored}.")
        return 0
    for problem in report.problems:
        print(problem)
    print(f"Journal d'audit ALTÉRÉ : {len(report.problems)} anomalie(s).", file=sys.stderr)
    return 1


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop.services.demo.build import create_demo

    created = create_demo(
        vault_path(args), passphrase=given_passphrase(args), use_keyring=not args.no_keyring
    )
    _print_created(created, vault_path(args))
    created.db.close()
    return 0


def cmd_rekey(args: argparse.Namespace) -> int:
    from desktop.config import load_preferences
    from desktop.services.vault import lifecycle

    db = open_from_args(args)
    try:
        issued = lifecycle.new_recovery_key(
            db, load_preferences(), passphrase=given_passphrase(args)
        )
    finally:
        db.close()
    print(f"Sauvegarde vérifiée écrite avant le rechiffrement : {issued.backup}")
    print("Les sauvegardes antérieures restent lisibles avec l'ANCIENNE clé de secours "
          "seulement : rechiffrez-les ou supprimez-les.")
    print("Nouvelle clé de secours (affichée une seule fois ; imprimez-la ou recopiez-la et "
          "rangez-la en lieu sûr) :")
    print(f"  {issued.recovery_key}")
    return 0
