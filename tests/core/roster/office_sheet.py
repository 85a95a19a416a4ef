"""A référents sheet as an office keeps it (issue 13): two merged title rows, a blank row,
French headings in the office's order, one row per commune, dates as Excel dates and as text,
phones written four ways, a footer line; and its Windows-1252 CSV export."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from openpyxl import Workbook

TITLE = ("PRÉFECTURE DE SEINE-ET-MARNE — Référents et correspondants sûreté",
         "Protocole santé-sécurité-justice")
HEADERS = ("Commune", "Code postal", "Force (PN/GN)", "Unité", "Grade", "NOM", "Prénom",
           "Tél. fixe", "Portable", "Mél", "Mise à jour")
FOOTER = "Document interne — ne pas diffuser"
# Six rows, four référents (LEFÈVRE covers three communes), two units unknown to the vault.
ROWS: tuple[tuple[object, ...], ...] = (
    ("Coulommiers", "77120", "PN", "Commissariat de police de Coulommiers", "Brigadier-chef",
     "LEFÈVRE", "Anne", "01 64 75 82 00", "06 12 34 56 78",
     "anne.lefevre@interieur.gouv.fr", dt.datetime(2026, 3, 1)),
    ("Mouroux", "77120", "PN", "Commissariat de police de Coulommiers", "Brigadier-chef",
     "LEFÈVRE", "Anne", "01 64 75 82 00", "06 12 34 56 78",
     "anne.lefevre@interieur.gouv.fr", "01/03/2026"),
    ("Le Mée-sur-Seine", "77350", "PN", "Commissariat de police de Coulommiers",
     "Brigadier-chef", "LEFÈVRE", "Anne", "01.64.75.82.00", "", "", "15/06/2023"),
    ("Rebais", "77510", "GN", "Brigade de proximité de Rebais", "Adjudant-chef", "MARTIN",
     "Luc", "+33 1 64 04 50 17", "0611223344", "luc.martin@gendarmerie.interieur.gouv.fr",
     46082),
    ("Nemours", "77140", "GN", "COB de Nemours-Château-Landon", "Major", "ROUX", "Inès",
     "0164281710", "", "", "2026-02-10"),
    ("Saint-Augustin", "77515", "GN", "Brigade de proximité de Rebais", "Gendarme", "BLANC",
     "Paul", "01 64 04 50 18", "", "", "12/01/2026"),
)


VAR_TITLE = ("PRÉFECTURE DU VAR — Référents et correspondants sûreté",
             "Protocole santé-sécurité-justice")
# The Var's shape: Toulon with its three postal codes, La Seyne-sur-Mer, a stale line of 2023.
VAR_ROWS: tuple[tuple[object, ...], ...] = (
    ("Toulon", "83000", "PN", "Commissariat central de Toulon", "Commandant", "GIRAUD", "Marc",
     "04 94 09 80 00", "06 11 22 33 44", "marc.giraud@interieur.gouv.fr",
     dt.datetime(2026, 9, 1)),
    ("La Seyne-sur-Mer", "83500", "PN", "Commissariat de La Seyne-sur-Mer", "Capitaine",
     "AUBERT", "Claire", "04.94.06.90.00", "", "claire.aubert@interieur.gouv.fr", "15/10/2026"),
    ("Fréjus", "83600", "PN", "Commissariat de Fréjus", "Brigadier", "NICOLAS", "Hugo",
     "+33 4 94 17 66 00", "0612345678", "", 46200),
    ("Saint-Tropez", "83990", "GN", "Brigade territoriale autonome de Saint-Tropez", "Adjudant",
     "ROCHE", "Élise", "0494979726", "", "elise.roche@gendarmerie.interieur.gouv.fr",
     "2023-05-04"),
    ("Saint-Mandrier-sur-Mer", "83430", "GN", "Brigade de Saint-Mandrier-sur-Mer", "Gendarme",
     "MOREL", "Julie", "04 94 63 90 17", "", "julie.morel@gendarmerie.interieur.gouv.fr",
     "01/10/2026"),
)


def write_office_xlsx(path: Path, extra: tuple[tuple[object, ...], ...] = (), *,
                      rows: tuple[tuple[object, ...], ...] = ROWS,
                      title: tuple[str, str] = TITLE) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append([title[0]])
    sheet.append([title[1]])
    sheet.merge_cells("A1:K1")
    sheet.merge_cells("A2:K2")
    sheet.append([])
    sheet.append(list(HEADERS))
    for row in (*rows, *extra):
        sheet.append(list(row))
    sheet.append([])
    sheet.append([FOOTER])
    workbook.save(path)
    return path


def write_office_csv(path: Path, *, rows: tuple[tuple[object, ...], ...] = ROWS,
                     title: tuple[str, str] = TITLE) -> Path:
    """The same sheet saved by Excel as "CSV (séparateur : point-virgule)" on a French PC."""
    def text(value: object) -> str:
        if isinstance(value, dt.datetime):
            return value.strftime("%d/%m/%Y")
        return str(value)

    lines = [f"{title[0]};;;;;;;;;;", f"{title[1]};;;;;;;;;;", ";;;;;;;;;;", ";".join(HEADERS)]
    lines += [";".join(text(value) for value in row) for row in rows]
    lines += [";;;;;;;;;;", f"{FOOTER};;;;;;;;;;"]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path
