"""Export of the roster to XLSX: French header, frozen panes, "à jour au", real dates."""

from __future__ import annotations

import io
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook

from desktop.io.roster_xlsx import HEADER, RosterRow, write_roster_xlsx

ROWS = [
    RosterRow("77131", "Coulommiers", ("77120",), "771", "Police nationale",
              "Commissariat de Coulommiers → DDPN 77", "Anne LEFÈVRE", "Référent sûreté",
              "+33164717529", "anne.lefevre@interieur.gouv.fr", date(2026, 3, 1)),
    RosterRow("77320", "Mouroux", ("77120", "77515"), None, "Gendarmerie nationale",
              "BTA Coulommiers → Cie Coulommiers → GGD 77", "=HYPERLINK(\"http://x\")", None,
              None, None, None),
]  # fmt: skip


def test_roster_workbook(tmp_path: Path) -> None:
    path = tmp_path / "annuaire.xlsx"
    write_roster_xlsx(ROWS, path, as_of=date(2026, 3, 1))
    sheet = load_workbook(path).active
    assert sheet is not None
    assert sheet["A1"].value == "Annuaire des référents sûreté — à jour au 1er mars 2026"
    assert [cell.value for cell in sheet[3]] == [label for label, _ in HEADER]
    assert sheet.freeze_panes == "A4"
    assert sheet.auto_filter.ref == "A3:K5"
    assert 30 <= sheet.column_dimensions["B"].width < 31  # 30 characters plus the padding
    first = [cell.value for cell in sheet[4]]
    assert first[:10] == [
        "77131", "Coulommiers", "77120", "771", "Police nationale",
        "Commissariat de Coulommiers → DDPN 77", "Anne LEFÈVRE", "Référent sûreté",
        "01 64 71 75 29", "anne.lefevre@interieur.gouv.fr",
    ]  # fmt: skip
    assert first[10] == datetime(2026, 3, 1)
    assert sheet["K4"].number_format == "DD/MM/YYYY"
    second = sheet[5]
    assert second[2].value == "77120, 77515"
    assert second[3].value is None
    assert second[6].value == '=HYPERLINK("http://x")'
    assert second[6].data_type == "s"  # text, never a formula


def test_roster_to_a_stream_with_no_rows() -> None:
    stream = io.BytesIO()
    write_roster_xlsx([], stream, as_of=date(2026, 11, 25), title="Référents de l'arrondissement")
    sheet = load_workbook(io.BytesIO(stream.getvalue())).active
    assert sheet is not None
    assert sheet["A1"].value == "Référents de l'arrondissement — à jour au 25 novembre 2026"
    assert sheet.max_row == 3
