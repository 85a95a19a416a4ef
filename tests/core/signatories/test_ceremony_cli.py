"""egide print invitation / export contacts / export ceremony, run as a user would."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop.services.demo.build import create_demo
from tests.core.test_cli import egide

PHRASE = "une phrase de passe de démonstration"


@pytest.fixture
def demo_vault(tmp_path: Path) -> tuple[Path, Path]:
    vault = tmp_path / "demo.egide"
    create_demo(vault, passphrase=PHRASE).db.close()
    phrase = tmp_path / "phrase.txt"
    phrase.write_text(PHRASE, encoding="utf-8")
    return vault, phrase


def test_ceremony_commands(demo_vault: tuple[Path, Path], tmp_path: Path) -> None:
    vault, phrase = demo_vault
    unlock = ("--vault", str(vault), "--passphrase-file", str(phrase))
    listing = egide("ceremony", *unlock)
    assert listing.returncode == 0, listing.stderr
    assert "22/06/2018 10:45  Salon jaune" in listing.stdout
    assert "6/6 signature(s)" in listing.stdout
    ceremony_id = next(line.split()[0] for line in listing.stdout.splitlines()
                       if "22/06/2018" in line)

    pdf = tmp_path / "invitation.pdf"
    result = egide("print", "invitation", "--ceremony", ceremony_id, "--to", str(pdf), *unlock)
    assert result.returncode == 0, result.stderr
    text = PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].extract_text()
    assert "Vendredi 22 juin" in text

    for name in ("contacts.vcf", "contacts.xlsx"):
        result = egide("export", "contacts", "--to", str(tmp_path / name), *unlock)
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "contacts.vcf").read_bytes().count(b"BEGIN:VCARD") == 11
    assert (tmp_path / "contacts.xlsx").read_bytes()[:2] == b"PK"

    ics = tmp_path / "ceremonie.ics"
    result = egide("export", "ceremony", "--ceremony", ceremony_id, "--to", str(ics), *unlock)
    assert result.returncode == 0, result.stderr
    assert b"DTSTART;TZID=Europe/Paris:20180622T104500" in ics.read_bytes()

    wrong = egide("export", "contacts", "--to", str(tmp_path / "x.csv"), *unlock)
    assert wrong.returncode == 1 and ".vcf" in wrong.stderr
    missing = egide("export", "ceremony", "--ceremony", "999", "--to", str(ics), *unlock)
    assert missing.returncode == 1 and "n° 999 n'existe pas" in missing.stderr
