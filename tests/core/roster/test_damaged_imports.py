"""Damaged or wrong input given to ``egide import …``: one French line and exit 1, never a
traceback, and the vault unchanged."""

from __future__ import annotations

import gzip
import io
import zipfile
from pathlib import Path

import pytest

from desktop.cli import run_command
from desktop.io.xlsx import workbook_bytes
from desktop.services.vault import audit_log
from desktop.services.vault.database import Database

from ..conftest import PASSPHRASE

COG = ("TYPECOM;COM;REG;DEP;CTCD;ARR;TNCC;NCC;NCCENR;LIBELLE;CAN;COMPARENT\n"
       + "COM;77131;11;77;77D;771;0;COULOMMIERS;Coulommiers;Coulommiers;7710;\n" * 400)


def referents_xlsx() -> bytes:
    def fill(workbook: object) -> None:
        sheet = workbook.add_worksheet("Référents")  # type: ignore[attr-defined]
        sheet.write_row(0, 0, ["Nom", "Prénom", "Téléphone", "Commune"])
        for row in range(1, 300):
            sheet.write_row(row, 0, [f"DUPONT{row}", "Jeanne", "01 99 00 12 34", "77131"])
    return workbook_bytes(fill)


def rewrite_sheet(data: bytes, change: object, part: str = "xl/worksheets/sheet1.xml") -> bytes:
    """The same workbook with one part's XML (the first sheet's) passed through ``change``."""
    source, out = zipfile.ZipFile(io.BytesIO(data)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == part:
                content = change(content)  # type: ignore[operator]
            target.writestr(item, content)
    return out.getvalue()


def flip_compressed_bytes(data: bytes) -> bytes:
    """Damage the deflated stream of the first sheet (zlib error when it is read)."""
    source = zipfile.ZipFile(io.BytesIO(data))
    info = source.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    damaged = bytearray(data)
    for offset in range(middle, middle + 8):
        damaged[offset] ^= 0xFF
    return bytes(damaged)


def cases(tmp_path: Path) -> dict[str, list[str]]:
    folder = tmp_path / "un-dossier"
    folder.mkdir()
    truncated = tmp_path / "communes.csv.gz"
    whole = gzip.compress(COG.encode("utf-8"))
    truncated.write_bytes(whole[: len(whole) // 2])
    not_json = tmp_path / "correspondance.json"
    not_json.write_text("{ce n'est pas du JSON", encoding="utf-8")
    sheet = tmp_path / "referents.xlsx"
    sheet.write_bytes(referents_xlsx())
    zlib_damage = tmp_path / "abime-zlib.xlsx"
    zlib_damage.write_bytes(flip_compressed_bytes(referents_xlsx()))
    xml_damage = tmp_path / "abime-xml.xlsx"
    xml_damage.write_bytes(rewrite_sheet(referents_xlsx(), lambda xml: xml[: len(xml) // 2]))
    book_damage = tmp_path / "abime-classeur.xlsx"
    book_damage.write_bytes(rewrite_sheet(referents_xlsx(), lambda xml: xml[: len(xml) // 2],
                                          "xl/workbook.xml"))
    missing = str(tmp_path / "absent.csv")
    return {
        "communes absent": ["import", "communes", missing],
        "communes absent, format": ["import", "communes", missing, "--format", "insee"],
        "communes dossier": ["import", "communes", str(folder)],
        "communes dossier, format": ["import", "communes", str(folder), "--format", "insee"],
        "communes gz tronqué": ["import", "communes", str(truncated)],
        "communes gz tronqué, format": ["import", "communes", str(truncated), "--format", "insee"],
        "competence absent": ["import", "competence", missing],
        "competence dossier": ["import", "competence", str(folder)],
        "competence gz tronqué": ["import", "competence", str(truncated)],
        "referents absent": ["import", "referents", missing],
        "referents dossier": ["import", "referents", str(folder)],
        "referents mapping pas JSON": ["import", "referents", str(sheet), "--mapping",
                                       str(not_json)],
        "referents mapping dossier": ["import", "referents", str(sheet), "--mapping",
                                      str(folder)],
        "referents xlsx zlib": ["import", "referents", str(zlib_damage)],
        "referents xlsx xml": ["import", "referents", str(xml_damage)],
        "referents xlsx classeur": ["import", "referents", str(book_damage)],
        "protocole absent": ["protocol", "import", missing],
    }


def test_each_damaged_input_is_one_french_line(
    db: Database, vault_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    phrase = tmp_path / "phrase.txt"
    phrase.write_text(PASSPHRASE, encoding="utf-8")
    entries = audit_log.count_entries(db)
    unlock = ["--vault", str(vault_path), "--passphrase-file", str(phrase)]
    outcomes = {}
    for name, command in cases(tmp_path).items():
        code = run_command([*command, *unlock])  # an uncaught exception fails the test here
        err = capsys.readouterr().err
        outcomes[name] = (code, err.count("\n"), err.startswith("egide : "))
    assert outcomes == {name: (1, 1, True) for name in outcomes}
    assert audit_log.count_entries(db) == entries  # nothing imported, nothing logged
