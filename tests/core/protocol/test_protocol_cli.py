"""egide print convention / protocol export / protocol import, in process on a real vault."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.cli import run_command
from desktop.services.protocol import protocols
from desktop.services.vault.database import Database
from tests.core.conftest import PASSPHRASE
from tests.core.documents.pdf_checks import page_texts


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EGIDE_PASSPHRASE", PASSPHRASE)


def test_print_convention(
    demo_db: Database, protocol_id: int, vault_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "convention.pdf"
    assert (
        run_command(
            [
                "print",
                "convention",
                "--vault",
                str(vault_path),
                "--protocol",
                str(protocol_id),
                "--version",
                "2",
                "--to",
                str(out),
            ]
        )
        == 0
    )
    pages = page_texts(out.read_bytes())
    assert "PROJET" not in " ".join(pages)
    assert (
        run_command(
            [
                "print",
                "convention",
                "--vault",
                str(vault_path),
                "--protocol",
                str(protocol_id),
                "--version",
                "2",
                "--to",
                str(out),
                "--draft",
            ]
        )
        == 0
    )
    assert all("PROJET" in page for page in page_texts(out.read_bytes()))


def test_export_then_import(
    demo_db: Database,
    protocol_id: int,
    vault_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "protocole.json"
    assert (
        run_command(
            [
                "protocol",
                "export",
                "--vault",
                str(vault_path),
                "--protocol",
                str(protocol_id),
                "--to",
                str(out),
            ]
        )
        == 0
    )
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == "egide-protocole"
    assert run_command(["protocol", "import", "--vault", str(vault_path), str(out)]) == 0
    assert len(protocols.list_protocols(demo_db)) == 2
    broken = tmp_path / "cassé.json"
    broken.write_text('{"format": "egide-protocole", "protocol": {}}', encoding="utf-8")
    assert run_command(["protocol", "import", "--vault", str(vault_path), str(broken)]) == 1
    captured = capsys.readouterr()
    assert "$.protocol.title : valeur obligatoire manquante" in captured.out
    assert "Import du protocole refusé" in captured.err
    assert len(protocols.list_protocols(demo_db)) == 2
