"""Vault commands: init, check, backup, restore, audit verify, demo."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli import CommandTree
from desktop.cli.unlock import given_passphrase, open_from_args, opened, vault_path
from desktop.errors import EgideError

NAMES = ("init", "check", "backup", "restore", "demo", "rekey")


def register(tree: CommandTree) -> None:
    init = tree.command("init", "créer un coffre et afficher sa clé de secours")
    init.add_argument("--department", default="77", help="code du département (défaut : 77)")
    init.add_argument("--no-keyring", action="store_true", help="ne pas utiliser le trousseau")
    init.set_defaults(handler=cmd_init)

    check = tree.command("check", "version, schéma et intégrité du coffre")
    check.set_defaults(handler=cmd_check)

    backup = tree.command("backup", "écrire une sauvegarde chiffrée vérifiée")
    backup.add_argument("--to", type=Path, help="fichier de sauvegarde (défaut : dossier auto)")
    backup.set_defaults(handler=cmd_backup)

    restore = tree.command("restore", "remettre une sauvegarde à la place du coffre")
    restore.add_argument("--from", dest="source", type=Path, required=True)
    restore.add_argument("--yes", action="store_true", help="ne pas demander de confirmation")
    restore.set_defaults(handler=cmd_restore)

    verify = tree.sub("audit", "verify", "vérifier la chaîne du journal d'audit")
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
    from desktop.services.vault import maintenance

    with opened(args) as db:
        found = maintenance.check(db)
    print(f"Coffre : {found.path}")
    print(f"Identifiant : {found.vault_id}")
    print(f"SQLCipher : {found.cipher_version}")
    print(f"Version du schéma : {found.schema_version}")
    print(f"Intégrité des pages : {found.pages}")
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


def cmd_restore(args: argparse.Namespace) -> int:
    from desktop.services.vault import maintenance
    from desktop.services.vault.lifecycle import embedded

    with opened(args) as db:
        vault = embedded(db)  # a file to restore: not the shared server
        key, path = vault.key, vault.path
    if not args.yes:
        if not sys.stdin or not sys.stdin.isatty():
            raise EgideError("Restauration non confirmée : relancez avec --yes pour confirmer.")
        answer = input(f"Remplacer le coffre « {path} » par « {args.source} » ? [o/N] ")
        if answer.strip().lower() not in {"o", "oui", "y", "yes"}:
            print("Restauration annulée ; rien n'a changé.")
            return 1
    aside = maintenance.restore(path, args.source, key)
    print(f"Sauvegarde restaurée. L'ancien coffre est conservé dans : {aside}")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from desktop.services.vault import audit_log

    db = open_from_args(args)
    try:
        report = audit_log.verify(db)
    finally:
        db.close()
    if report.ok:
        print(f"Journal d'audit intact : {report.entries} entrées vérifiées.")
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
