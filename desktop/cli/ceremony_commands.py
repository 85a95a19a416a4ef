"""Signatories and ceremonies: the press invitation, the contacts, the ceremony's ICS."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli import CommandTree
from desktop.cli.output import write_file
from desktop.cli.unlock import opened
from desktop.errors import EgideError

NAMES = ("ceremony",)


def register(tree: CommandTree) -> None:
    invitation = tree.sub("print", "invitation",
                          "invitation presse d'une cérémonie de signature (PDF)")
    invitation.add_argument("--ceremony", type=int, required=True, help="n° de la cérémonie")
    invitation.add_argument("--to", type=Path, required=True, help="fichier PDF à écrire")
    invitation.set_defaults(handler=cmd_print_invitation)

    contacts = tree.sub("export", "contacts", "contacts des signataires (.vcf ou .xlsx)")
    contacts.add_argument("--to", type=Path, required=True, help="fichier .vcf ou .xlsx")
    contacts.set_defaults(handler=cmd_export_contacts)

    ceremony = tree.sub("export", "ceremony", "cérémonie de signature au format agenda (.ics)")
    ceremony.add_argument("--ceremony", type=int, required=True, help="n° de la cérémonie")
    ceremony.add_argument("--to", type=Path, required=True, help="fichier .ics à écrire")
    ceremony.set_defaults(handler=cmd_export_ceremony)

    listing = tree.command("ceremony", "lister les cérémonies de signature et leurs numéros")
    listing.set_defaults(handler=cmd_list_ceremonies)


def _write(path: Path, data: bytes) -> None:
    write_file(path, data)


def cmd_print_invitation(args: argparse.Namespace) -> int:
    from desktop.services.signatories.ceremony_documents import render_invitation

    with opened(args) as db:
        pdf = render_invitation(db, args.ceremony)
    _write(args.to, pdf)
    print(f"Invitation presse écrite : {args.to}")
    return 0


def cmd_export_contacts(args: argparse.Namespace) -> int:
    from desktop.services.signatories.exports import export_vcard, export_xlsx

    suffix = Path(args.to).suffix.lower()
    if suffix not in {".vcf", ".xlsx"}:
        raise EgideError(f"Format de « {args.to} » inconnu : choisissez un fichier .vcf "
                         "(carnet d'adresses) ou .xlsx (tableur).")
    with opened(args) as db:
        data = export_vcard(db) if suffix == ".vcf" else export_xlsx(db)
    _write(args.to, data)
    print(f"Contacts exportés : {args.to}")
    return 0


def cmd_export_ceremony(args: argparse.Namespace) -> int:
    from desktop.services.signatories.ceremony_documents import export_ics

    with opened(args) as db:
        data = export_ics(db, args.ceremony)
    _write(args.to, data)
    print(f"Cérémonie exportée au format agenda : {args.to}")
    return 0


def cmd_list_ceremonies(args: argparse.Namespace) -> int:
    from desktop.services.signatories.ceremonies import list_ceremonies

    with opened(args) as db:
        rows = list_ceremonies(db)
    if not rows:
        print("Aucune cérémonie de signature.")
    for row in rows:
        print(f"{row.id:>4}  {row.starts_at.strftime('%d/%m/%Y %H:%M')}  {row.place}  "
              f"— {row.version.title} (version {row.version.number}, "
              f"{row.signed_count}/{len(row.parties)} signature(s))")
    return 0
