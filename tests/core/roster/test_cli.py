"""``egide lookup``, ``egide import …``, ``egide print annuaire``: real processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.services.vault.database import Database

from ..conftest import PASSPHRASE
from .conftest import COMPETENCE, count, write


def egide(vault: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    secret = tmp_path / "phrase.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    env = {**os.environ, "EGIDE_KEYRING": "none"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args, "--vault", str(vault),
         "--passphrase-file", str(secret)],
        capture_output=True, text=True, env=env, timeout=120,
    )


def test_import_then_lookup(db: Database, vault_path: Path, tmp_path: Path,
                            etalab_77: Path) -> None:
    done = egide(vault_path, tmp_path, "import", "communes", str(etalab_77))
    assert done.returncode == 0, done.stderr
    assert "507 ajouté(s)" in done.stdout
    done = egide(vault_path, tmp_path, "import", "competence", str(COMPETENCE))
    assert done.returncode == 0, done.stderr
    found = egide(vault_path, tmp_path, "lookup", "ST PIERRE LES NEMOURS")
    assert found.returncode == 0, found.stderr
    assert found.stdout.startswith("Saint-Pierre-lès-Nemours (INSEE 77431")
    assert "Force : Gendarmerie nationale" in found.stdout
    assert "— Seine-et-Marne (77)" in found.stdout.splitlines()[0]
    assert found.stdout.splitlines()[0].endswith("— arrondissement de Fontainebleau (774)")
    several = egide(vault_path, tmp_path, "lookup", "77120")
    assert several.stdout.count("INSEE ") > 5  # one block per commune
    assert "Trouvée par : code postal 77120" in several.stdout
    assert "Trouvée par : code INSEE 77120" in several.stdout  # Cocherel
    cut = egide(vault_path, tmp_path, "lookup", "saint", "--limit", "3")  # 47 names
    assert cut.stdout.count("INSEE ") == 3
    assert cut.stdout.rstrip().endswith(
        "3 premières sur 47 : précisez la recherche, ou --limit pour en voir plus.")
    missing = egide(vault_path, tmp_path, "lookup", "Fontainbleau")
    assert missing.returncode == 1
    assert missing.stderr.strip() == ("Aucune commune ne correspond à « Fontainbleau ». "
                                      "Vouliez-vous dire Fontainebleau ?")
    pdf = tmp_path / "annuaire.pdf"
    printed = egide(vault_path, tmp_path, "print", "annuaire", "--to", str(pdf),
                    "--arrondissement", "771")
    assert printed.returncode == 0, printed.stderr
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_rejected_import_prints_the_report(db: Database, vault_path: Path,
                                             tmp_path: Path) -> None:
    bad = write(tmp_path / "cog.csv",
                "TYPECOM;COM;REG;DEP;CTCD;ARR;TNCC;NCC;NCCENR;LIBELLE;CAN;COMPARENT\n"
                "COM;77131;11;77;77D;771;0;COULOMMIERS;Coulommiers;Coulommiers;7710;\n"
                "COM;7713;11;77;77D;771;0;X;X;X;7710;\n")
    done = egide(vault_path, tmp_path, "import", "communes", str(bad), "--format", "insee")
    assert done.returncode == 1
    assert "1 ligne(s) rejetée(s)" in done.stderr
    assert "ligne 3 : code INSEE « 7713 » invalide (5 caractères attendus)" in done.stderr
    assert count(db, "commune") == 0


def test_referents_mapping_given_as_pairs(db: Database, vault_path: Path, tmp_path: Path,
                                          etalab_77: Path) -> None:
    assert egide(vault_path, tmp_path, "import", "communes", str(etalab_77)).returncode == 0
    sheet = write(tmp_path / "r.csv", "Agent;Tél;Zone\nDUPONT;01 99 00 12 34;77131\n")
    done = egide(vault_path, tmp_path, "import", "referents", str(sheet),
                 "--mapping", "last_name=Agent,phone=Tél,communes=Zone")
    assert done.returncode == 0, done.stderr
    found = egide(vault_path, tmp_path, "lookup", "Coulommiers")
    assert "DUPONT" in found.stdout and "01 99 00 12 34" in found.stdout
    export = tmp_path / "out.xlsx"
    assert egide(vault_path, tmp_path, "export", "referents", "--to", str(export)).returncode == 0
    assert export.stat().st_size > 0


def test_office_sheet_from_the_cli_with_skip_rejected_and_report(
    db: Database, vault_path: Path, tmp_path: Path, etalab_77: Path
) -> None:
    from .office_sheet import write_office_xlsx

    assert egide(vault_path, tmp_path, "import", "communes", str(etalab_77)).returncode == 0
    assert egide(vault_path, tmp_path, "import", "competence", str(COMPETENCE)).returncode == 0
    extra = (("Atlantis", "77999", "GN", "Brigade de proximité de Rebais", "Gendarme", "NOIR",
              "Léa", "01 64 04 50 19", "", "", "12/01/2026"),)
    sheet = write_office_xlsx(tmp_path / "referents.xlsx", extra)
    report = tmp_path / "compte-rendu.csv"
    refused = egide(vault_path, tmp_path, "import", "referents", str(sheet), "--report",
                    str(report))
    assert refused.returncode == 1
    assert "--skip-rejected" in refused.stderr
    assert "11;refusée;commune « Atlantis (77999) » inconnue" in report.read_text("utf-8-sig")
    done = egide(vault_path, tmp_path, "import", "referents", str(sheet), "--skip-rejected",
                 "--report", str(report), "--mapping",
                 "nom=NOM,prénom=Prénom,unité=Unité,force=Force (PN/GN),communes=Commune,"
                 "code postal=Code postal,téléphone fixe=Tél. fixe,portable=Portable,"
                 "mise à jour=Mise à jour")
    assert done.returncode == 0, done.stderr
    assert "Référents : 4 ajouté(s), 0 modifié(s), 0 inchangé(s), 1 refusé(s)." in done.stdout
    assert "11;refusée;commune « Atlantis (77999) » inconnue" in report.read_text("utf-8-sig")
    bad = egide(vault_path, tmp_path, "import", "referents", str(sheet), "--mapping",
                "last_nam=NOM")
    assert bad.returncode == 1 and "Champs possibles : nom, prénom" in bad.stderr


def test_system_errors_are_told_in_french(db: Database, vault_path: Path,
                                          tmp_path: Path) -> None:
    missing = egide(vault_path, tmp_path, "import", "referents", str(tmp_path / "absent.xlsx"))
    assert missing.returncode == 1
    assert "« absent.xlsx » est introuvable" in missing.stderr
    assert "Errno" not in missing.stderr and "No such file" not in missing.stderr
    fake = tmp_path / "annuaire.xlsx"
    fake.write_bytes(b"PK\x03\x04 this is no workbook")
    wrong = egide(vault_path, tmp_path, "import", "referents", str(fake))
    assert wrong.returncode == 1 and "n'est pas un classeur XLSX lisible" in wrong.stderr
    folder = tmp_path / "dossier.csv"
    folder.mkdir()
    denied = egide(vault_path, tmp_path, "import", "communes", str(folder), "--format", "etalab")
    assert denied.returncode == 1
    assert "c'est un dossier" in denied.stderr and "Errno" not in denied.stderr


def test_overseas_communes_left_out_say_how_to_import_them(
    db: Database, vault_path: Path, tmp_path: Path, etalab_77: Path
) -> None:
    import json

    from .national import overseas_entries

    entries = json.loads(etalab_77.read_text(encoding="utf-8")) + overseas_entries()
    mixed = write(tmp_path / "communes.json", json.dumps(entries, ensure_ascii=False))
    left = egide(vault_path, tmp_path, "import", "communes", str(mixed))
    assert left.returncode == 0, left.stderr
    lines = left.stdout.splitlines()
    assert lines[0].startswith("Communes : 507 ajouté(s)")
    assert lines[-2].startswith("92 commune(s) des collectivités d'outre-mer laissée(s) de côté")
    assert lines[-1] == "--outre-mer importer pour les importer."
    taken = egide(vault_path, tmp_path, "import", "communes", str(mixed), "--outre-mer",
                  "importer")
    assert taken.returncode == 0, taken.stderr
    assert taken.stdout.startswith("Communes : 92 ajouté(s), 0 modifié(s), 507 inchangé(s).")
    assert "--outre-mer" not in taken.stdout
