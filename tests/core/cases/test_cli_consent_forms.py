"""``egide print consentement`` and ``egide print consentement-17``, run as a user would."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import sqlalchemy as sa
from pypdf import PdfReader

from desktop.models.contacts import Practitioner
from desktop.models.enums import ForceZone, IncidentType, Profession
from desktop.models.territory import Commune
from desktop.services.cases import intake
from desktop.services.cases.records import CaseInput
from desktop.services.vault import lifecycle
from tests.core.cases.test_cli_cases import PHRASE, egide


def text(path: Path) -> str:
    return " ".join(" ".join(page.extract_text().split())
                    for page in PdfReader(str(path)).pages)


def test_print_both_consent_forms(tmp_path: Path) -> None:
    vault, phrase = tmp_path / "v.egide", tmp_path / "phrase.txt"
    phrase.write_text(PHRASE + "\n", encoding="utf-8")
    unlock = ("--vault", str(vault), "--passphrase-file", str(phrase))
    assert egide("init", *unlock).returncode == 0
    db = lifecycle.open_with_passphrase(vault, PHRASE)
    with db.unit_of_work() as uow:
        melun = uow.session.scalars(sa.select(Commune).where(Commune.insee_code == "77288")).one()
        melun.force_zone = ForceZone.GN
        doctor = Practitioner(first_name="Hélène", last_name="Dupré", rpps="10001234567",
                              profession=Profession.MEDECIN_GENERALISTE, commune_id=melun.id,
                              phone="+33164000000")
        uow.session.add(doctor)
        uow.session.flush()
        ids = melun.id, doctor.id
    reference = intake.create_case(db, CaseInput(
        occurred_at=dt.datetime(2026, 3, 14, 10, 45), commune_id=ids[0], victim_ids=(ids[1],),
        types=(IncidentType.VERBAL,), narrative="Menaces.")).reference
    db.close()

    form = tmp_path / "consentement.pdf"
    printed = egide("print", "consentement", "--case", reference, "--to", str(form), *unlock)
    assert printed.returncode == 0, printed.stderr
    words = text(form)
    assert reference in words and "Gendarmerie nationale" in words
    assert "Procureur de la République" in words and "Mairie de Melun" in words
    assert "Préfecture de Seine-et-Marne" in words
    missing = egide("print", "consentement", "--case", "1999-9999", "--to", str(form), *unlock)
    assert missing.returncode == 1 and "1999-9999" in missing.stderr

    form17 = tmp_path / "consentement-17.pdf"
    printed = egide("print", "consentement-17", "--practitioner", "10001234567",
                    "--to", str(form17), *unlock)
    assert printed.returncode == 0, printed.stderr
    words = text(form17)
    assert "Hélène DUPRÉ" in words and "01 64 00 00 00" in words and "Athén@" in words
    unknown = egide("print", "consentement-17", "--practitioner", "99999", "--to",
                    str(form17), *unlock)
    assert unknown.returncode == 1 and "99999" in unknown.stderr
