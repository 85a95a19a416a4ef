"""``egide print dossier|releve``, ``egide stats``, ``egide pack export|merge`` (in-process)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pypdf
import pytest

from desktop.cli import run_command
from desktop.models.enums import MeetingStatus
from desktop.services.committee import agenda, meetings
from desktop.services.committee.meeting_detail import meeting_detail
from desktop.services.vault import lifecycle
from tests.core.committee.fixtures import add_cases, at
from tests.core.conftest import PASSPHRASE


@pytest.fixture
def setup(created: lifecycle.Created, vault_path: Path, tmp_path: Path) -> tuple[list[str], int]:
    db = created.db
    cases = add_cases(db)
    meeting = meetings.create_meeting(db, at(2026, 4, 2, 12), "Melun").id
    item = agenda.add_item(db, meeting, "Signalements").id
    agenda.link(db, item, case_id=cases["2026-0001"])
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    return ["--vault", str(vault_path), "--passphrase-file", str(secret)], meeting


def test_print_dossier_and_releve(setup: tuple[list[str], int], tmp_path: Path) -> None:
    unlock, meeting = setup
    out = tmp_path / "dossier.pdf"
    assert run_command(["print", "dossier", "--meeting", str(meeting), "--to", str(out),
                        *unlock]) == 0
    assert "2026-0001" in "".join(p.extract_text() for p in pypdf.PdfReader(out).pages)
    releve = tmp_path / "releve.pdf"
    assert run_command(["print", "releve", "--meeting", str(meeting), "--to", str(releve),
                        *unlock]) == 0
    assert releve.read_bytes().startswith(b"%PDF")
    assert run_command(["print", "releve", "--meeting", "999", "--to", str(releve),
                        *unlock]) == 1


def test_stats_csv_and_json_suppress_small_counts(setup: tuple[list[str], int],
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    unlock, _ = setup
    assert run_command(["stats", "--from", "2026-01-01", "--to", "2026-03-31", *unlock]) == 0
    out = capsys.readouterr().out
    assert "Synthèse;Signalements;12" in out and "mars 2026;< 5" in out
    assert run_command(["stats", "--from", "2026-01-01", "--to", "2026-03-31", "--format",
                        "json", "--force", "gn", *unlock]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {"rubrique": "Synthèse", "libelle": "Signalements", "valeur": "< 5"} in rows
    assert run_command(["stats", "--from", "2026-13-01", "--to", "2026-03-31", *unlock]) == 1


def test_pack_export_then_merge(setup: tuple[list[str], int], tmp_path: Path,
                                capsys: pytest.CaptureFixture[str]) -> None:
    unlock, meeting = setup
    pack_secret = tmp_path / "pack.txt"
    pack_secret.write_text("phrase propre au dossier", encoding="utf-8")
    pack = tmp_path / "seance.pack"
    assert run_command(["pack", "export", "--meeting", str(meeting), "--to", str(pack),
                        "--pack-passphrase-file", str(pack_secret), *unlock]) == 0
    from desktop.services.committee import packs

    review = packs.open_pack(pack, "phrase propre au dossier")
    try:
        meetings.set_status(review, meeting, MeetingStatus.TENUE)
    finally:
        review.close()
    args = ["pack", "merge", "--from", str(pack), "--pack-passphrase-file", str(pack_secret)]
    assert run_command([*args, *unlock]) == 0
    assert "Préparée » → « Tenue" in capsys.readouterr().out
    assert run_command([*args, *unlock]) == 1
    assert "déjà été réintégré" in capsys.readouterr().err
    db = lifecycle.open_with_passphrase(Path(unlock[1]), PASSPHRASE)
    try:
        assert meeting_detail(db, meeting).meeting.status == MeetingStatus.TENUE
    finally:
        db.close()
    _ = dt
