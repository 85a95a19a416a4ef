"""``egide cases list`` and ``egide print fiche|case``, run as a user would."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa
from pypdf import PdfReader

from desktop.models.contacts import Practitioner
from desktop.models.enums import CaseStatus, ForceZone, IncidentType, Profession
from desktop.models.territory import Commune
from desktop.services.cases import intake, workflow
from desktop.services.cases.records import CaseInput
from desktop.services.vault import lifecycle

PHRASE = "une phrase de passe de test"


def egide(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EGIDE_KEYRING": "none"}
    return subprocess.run([sys.executable, "-m", "desktop", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_list_and_print(tmp_path: Path) -> None:
    vault, phrase = tmp_path / "v.egide", tmp_path / "phrase.txt"
    phrase.write_text(PHRASE + "\n", encoding="utf-8")
    unlock = ("--vault", str(vault), "--passphrase-file", str(phrase))
    assert egide("init", *unlock).returncode == 0
    db = lifecycle.open_with_passphrase(vault, PHRASE)
    with db.unit_of_work() as uow:
        # ``init`` loaded the département's communes: Melun is there, its zone not yet decided.
        melun = uow.session.scalars(sa.select(Commune).where(Commune.insee_code == "77288")).one()
        melun.force_zone = ForceZone.PN
        doctor = Practitioner(first_name="Hélène", last_name="Dupré",
                              profession=Profession.MEDECIN_GENERALISTE)
        uow.session.add(doctor)
        uow.session.flush()
        ids = melun.id, doctor.id
    data = CaseInput(occurred_at=dt.datetime(2026, 3, 14, 10, 45), commune_id=ids[0],
                     victim_ids=(ids[1],), types=(IncidentType.VERBAL,),
                     narrative="Menaces répétées.")
    created = intake.create_case(db, data)
    first, reference = created.id, created.reference
    intake.create_case(db, data)
    workflow.transition(db, first, CaseStatus.FICHE_ENVOYEE,
                        on=dt.date.today() - dt.timedelta(days=20))
    db.close()

    listed = egide("cases", "list", "--format", "csv", *unlock)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[0].startswith("reference;date_faits;commune") and len(lines) == 3
    late = egide("cases", "list", "--overdue", *unlock)
    assert reference in late.stdout and "(en retard)" in late.stdout
    assert "1 signalement(s)" in late.stdout
    wrong = egide("cases", "list", "--status", "perdu", *unlock)
    assert wrong.returncode == 1 and "Étape inconnue « perdu »" in wrong.stderr

    fiche, summary = tmp_path / "fiche.pdf", tmp_path / "synthese.pdf"
    assert egide("print", "fiche", "--case", reference, "--to", str(fiche), *unlock
                 ).returncode == 0
    assert egide("print", "case", "--case", reference, "--to", str(summary), *unlock
                 ).returncode == 0
    assert "Je certifie" in "".join(p.extract_text() for p in PdfReader(fiche).pages)
    assert "Chronologie" in PdfReader(summary).pages[0].extract_text()
    missing = egide("print", "fiche", "--case", "2026-9999", "--to", str(fiche), *unlock)
    assert missing.returncode == 1 and "2026-9999" in missing.stderr
