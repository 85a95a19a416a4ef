"""``egide measures …`` and ``egide print conseil``: a real process on a real vault."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from desktop.models.enums import AdviceKind, ReferentRole, VideoSiteKind, VideoSiteStatus
from desktop.models.territory import Referent
from desktop.services.measures import advice, video
from desktop.services.measures.records import AdviceInput, VideoSiteInput
from desktop.services.vault.database import Database
from tests.core.conftest import PASSPHRASE


def egide(vault: Path, tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    secret = tmp_path / "phrase.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    env = {**os.environ, "EGIDE_KEYRING": "none"}
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args, "--vault", str(vault),
         "--passphrase-file", str(secret)],
        capture_output=True, text=True, env=env, timeout=120,
    )


def test_board_sites_advice_and_letter(territory: Database, vault_path: Path,
                                       tmp_path: Path) -> None:
    today = dt.date.today()
    saved = advice.request_advice(territory, AdviceInput(
        AdviceKind.DIAGNOSTIC, today, "77288", structure="Maison de santé Fictive"))
    with territory.unit_of_work() as uow:
        referent = Referent(first_name="Paul", last_name="Fictif", role=ReferentRole.REFERENT)
        uow.session.add(referent)
        uow.session.flush()
        referent_id = referent.id
    advice.assign_referent(territory, saved.id, referent_id, today)
    advice.record_done(territory, saved.id, today, "Visiophone")
    video.save_site(territory, VideoSiteInput("Officine du Marché", VideoSiteKind.PHARMACY,
                                              "77288", VideoSiteStatus.INSTALLE, today,
                                              fipd_amount=8000))
    territory.close()

    board = egide(vault_path, tmp_path, "measures", "board")
    assert board.returncode == 0, board.stderr
    assert "Aucune version de protocole en vigueur" in board.stdout
    line = next(text for text in board.stdout.splitlines() if "Conseils réalisés" in text)
    assert line.split()[-2:] == ["1", "0"]

    sites = egide(vault_path, tmp_path, "measures", "videoprotection")
    assert "Melun : 1 site(s), 1 équipé(s), FIPD accordé 8000 €" in sites.stdout

    listing = egide(vault_path, tmp_path, "measures", "advice")
    assert "Maison de santé Fictive — Melun — Réalisé" in listing.stdout

    target = tmp_path / "lettre.pdf"
    printed = egide(vault_path, tmp_path, "print", "conseil", "--id", str(saved.id),
                    "--to", str(target))
    assert printed.returncode == 0, printed.stderr
    assert target.read_bytes().startswith(b"%PDF")
    missing = egide(vault_path, tmp_path, "print", "conseil", "--id", "999",
                    "--to", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1 and "n° 999 n'existe pas" in missing.stderr
