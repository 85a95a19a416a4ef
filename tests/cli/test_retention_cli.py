"""egide retention preview|apply|rules and egide print acces, in a real process."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from desktop.models.cases import Case, CaseVictim
from desktop.models.contacts import Practitioner
from desktop.models.enums import CaseStatus, Profession
from desktop.services.vault import lifecycle
from desktop.services.vault.office import OfficeIdentity
from tests.core.test_cli import egide

PASSPHRASE = "une phrase de passe de test"


@pytest.fixture
def vault(tmp_path: Path) -> tuple[Path, Path]:
    path, phrase = tmp_path / "v.egide", tmp_path / "phrase.txt"
    phrase.write_text(PASSPHRASE + "\n", encoding="utf-8")
    created = lifecycle.create(path, OfficeIdentity.for_department("77"), passphrase=PASSPHRASE,
                               use_keyring=False)
    with created.db.unit_of_work() as uow:
        person = Practitioner(first_name="Anne", last_name="Martin",
                              profession=Profession.PHARMACIEN, phone="+33612345678")
        closed = dt.datetime(2019, 3, 1, 10, tzinfo=dt.UTC)
        case = Case(reference="2019-0001", year=2019, seq=1, occurred_at=closed,
                    narrative="Menaces répétées au comptoir.", status=CaseStatus.CLOS,
                    closed_at=closed)
        case.victims.append(CaseVictim(practitioner=person))
        uow.session.add(case)
    created.db.close()
    return path, phrase


def test_preview_then_apply_with_confirmation(vault: tuple[Path, Path], tmp_path: Path) -> None:
    path, phrase = vault
    common = ["--vault", str(path), "--passphrase-file", str(phrase)]
    env = {"EGIDE_HOME": str(tmp_path / "home")}
    shown = egide("retention", "preview", "--as-of", "2026-01-01", *common, env_extra=env)
    assert shown.returncode == 0, shown.stderr
    assert "À effacer (données personnelles) : 1" in shown.stdout
    assert "2019-0001  clos le 01/03/2019, plus de 6 ans" in shown.stdout
    assert "Praticiens à effacer : 1" in shown.stdout and "Martin" not in shown.stdout
    refused = egide("retention", "apply", "--as-of", "2026-01-01", *common, env_extra=env)
    assert refused.returncode == 1 and "--yes" in refused.stderr
    access = egide("print", "acces", "--practitioner", "1", "--to", str(tmp_path / "a.pdf"),
                   *common, env_extra=env)
    assert access.returncode == 0, access.stderr
    assert (tmp_path / "a.pdf").read_bytes().startswith(b"%PDF")
    done = egide("retention", "apply", "--as-of", "2026-01-01", "--yes", *common, env_extra=env)
    assert done.returncode == 0, done.stderr
    assert "Sauvegarde vérifiée écrite avant" in done.stdout
    again = egide("retention", "preview", "--as-of", "2026-01-01", *common, env_extra=env)
    assert "À effacer (données personnelles) : 0" in again.stdout
    verified = egide("audit", "verify", *common, env_extra=env)
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_rules_are_shown_and_changed(vault: tuple[Path, Path], tmp_path: Path) -> None:
    path, phrase = vault
    common = ["--vault", str(path), "--passphrase-file", str(phrase)]
    shown = egide("retention", "rules", *common)
    assert "Dossier actif : 2 an(s)" in shown.stdout and "6 ans" in shown.stdout
    changed = egide("retention", "rules", "--erase-years", "8", "--archives-export", "oui",
                    *common)
    assert changed.returncode == 0, changed.stderr
    assert "8 ans" in changed.stdout and "avant : oui" in changed.stdout
    refused = egide("retention", "apply", "--as-of", "2030-01-01", "--yes", *common,
                    env_extra={"EGIDE_HOME": str(tmp_path / "home")})
    assert refused.returncode == 1 and "Archives départementales" in refused.stderr
