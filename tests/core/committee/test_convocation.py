"""The convocation of the demo's upcoming meeting, read back with pdftotext (issue 12: the
holder's gender, items numbered once, "Melun, le …" and the préfet's signature)."""

from __future__ import annotations

import datetime as dt
import random
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.services.committee import convocation, meetings
from desktop.services.demo import committee, protocol, signatories, territory
from desktop.services.vault.database import Database

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler absent")


def _text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "convocation.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True,
                         check=True).stdout.decode("utf-8")
    return out.replace("\u202f", " ").replace("\u00a0", " ")


def test_convocation_genders_numbers_dates_and_signs(db: Database, tmp_path: Path) -> None:
    with db.unit_of_work() as uow:
        rng = random.Random(77)
        for module in (territory, protocol, signatories, committee):
            module.fill(uow, rng)
    upcoming = max(meetings.list_meetings(db), key=lambda m: m.starts_at)
    pdf = convocation.convocation_pdf(db, upcoming.id, dt.date(2026, 12, 7))
    text = _text(pdf, tmp_path)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    flat = " ".join(" ".join(text.split()).split())
    assert "Procureure de la République près le tribunal judiciaire de Meaux — Mme" in flat
    assert "Procureur de la République près le tribunal judiciaire de Meaux" not in flat
    assert "Melun, le 7 décembre 2026" in flat
    assert any(line == "1. Bilan statistique des six derniers mois" for line in lines), lines
    assert not any(line.startswith("– 1.") for line in lines)
    assert "Le préfet de Seine-et-Marne," in flat
    signature = flat.index("Le préfet de Seine-et-Marne,")
    assert "Bertrand ROCHEMONT" in flat[signature:]
