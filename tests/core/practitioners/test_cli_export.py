"""``egide export preregistration``: a real process on a real vault, CSV and XLSX."""

from __future__ import annotations

import csv
import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.models.enums import Force
from desktop.services.practitioners import preregistrations
from desktop.services.practitioners.preregistrations import PreregistrationStatus as Status
from desktop.services.vault.database import Database

from ..conftest import PASSPHRASE
from .conftest import make


def egide(vault: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    secret = tmp_path / "phrase.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    env = {**os.environ, "EGIDE_KEYRING": "none"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", "export", "preregistration", *args,
         "--vault", str(vault), "--passphrase-file", str(secret)],
        capture_output=True, text=True, env=env, timeout=120,
    )


@pytest.fixture
def pending(territory: Database) -> Database:
    for index, code in enumerate(("77288", "77288", "77001")):
        practitioner = make(territory, first_name=f"Prénom{index}", commune_code=code,
                            phone=f"01 99 00 00 0{index}")
        preregistrations.request_preregistration(
            territory, practitioner, [f"01 99 00 00 0{index}"], dt.date(2026, 9, 1),
            form=b"%PDF-1.4 signe")
    return territory


def test_trial_export_then_real_export(pending: Database, vault_path: Path,
                                       tmp_path: Path) -> None:
    target = tmp_path / "police.csv"
    trial = egide(vault_path, tmp_path, "--force", "pn", "--to", str(target), "--no-mark-sent")
    assert trial.returncode == 0, trial.stderr
    assert "2 ligne(s) écrite(s)" in trial.stdout and "Export d'essai" in trial.stdout
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle, delimiter=";"))) == 3
    assert {r.status for r in preregistrations.list_preregistrations(pending)} == {
        Status.PENDING}

    result = egide(vault_path, tmp_path, "--force", "PN", "--to", str(target),
                   "--sent-on", "2026-11-02")
    assert result.returncode == 0, result.stderr
    assert "2 ligne(s)" in result.stdout and "envoyées le 02/11/2026" in result.stdout
    sent = preregistrations.list_preregistrations(pending, force=Force.PN)
    assert {(r.status, r.sent_on) for r in sent} == {(Status.SENT, dt.date(2026, 11, 2))}

    again = egide(vault_path, tmp_path, "--force", "PN", "--to", str(target))
    assert again.returncode == 1 and "Aucune demande en attente" in again.stderr


def test_xlsx_by_extension_and_unknown_extension(pending: Database, vault_path: Path,
                                                 tmp_path: Path) -> None:
    from openpyxl import load_workbook

    bad = egide(vault_path, tmp_path, "--force", "GN", "--to", str(tmp_path / "x.txt"))
    assert bad.returncode == 1 and "« .txt »" in bad.stderr
    target = tmp_path / "gendarmerie.xlsx"
    result = egide(vault_path, tmp_path, "--force", "GN", "--to", str(target))
    assert result.returncode == 0, result.stderr
    assert "1 ligne(s)" in result.stdout
    sheet = load_workbook(target).active
    assert sheet is not None and sheet.max_row == 2
    assert sheet.cell(row=2, column=3).value == "Prénom2"
