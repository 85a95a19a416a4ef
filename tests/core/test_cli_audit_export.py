"""``egide audit export``: the period's trail as a CSV in French, read back as Excel would."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from tests.core.test_cli import egide, initialised, passphrase_file  # noqa: F401

TODAY = dt.date.today()


def test_audit_export_of_a_period(initialised: tuple[Path, str],  # noqa: F811
                                  passphrase_file: Path, tmp_path: Path) -> None:  # noqa: F811
    vault, _ = initialised
    target = tmp_path / "controle.csv"
    unlock = ("--vault", str(vault), "--passphrase-file", str(passphrase_file))
    result = egide("audit", "export", *unlock, "--from", TODAY.isoformat(),
                   "--to", f"{TODAY:%d/%m/%Y}", "--to-file", str(target))
    assert result.returncode == 0, result.stderr
    assert "exportée(s)" in result.stdout and str(target) in result.stdout
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["N°", "Date et heure", "Utilisateur", "Action"]
    assert {"Création"} <= {row[3] for row in rows[1:]}
    assert "Coffre" in {row[4] for row in rows[1:]}
    # A period before the vault existed: only the headings.
    empty = tmp_path / "vide.csv"
    before = TODAY - dt.timedelta(days=30)
    result = egide("audit", "export", *unlock, "--from", before.isoformat(), "--to",
                   before.isoformat(), "--to-file", str(empty))
    assert result.returncode == 0, result.stderr
    assert len(empty.read_bytes().decode("utf-8-sig").splitlines()) == 1
    bad = egide("audit", "export", *unlock, "--from", "hier", "--to-file", str(empty))
    assert bad.returncode == 2 and "invalide" in bad.stderr
