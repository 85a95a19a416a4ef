"""The year's cases on the national observatories' axes, one row per case, as CSV (``;``,
UTF-8 with BOM, as French spreadsheets expect). Pseudonymous: the office's case number and
coded fields only; no name, no commune, no date finer than the month, no free text. The
columns are documented in docs/guide (« Export des axes nationaux »)."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

COLUMNS = (
    "numero_signalement", "annee", "mois", "zone", "cadre", "lieu", "profession",
    "nombre_victimes", "sexe_victime", "types", "auteurs", "motif", "gravite_personnes",
    "gravite_biens", "itt_jours", "arme", "suites", "source", "mesure_conseil",
    "mesure_dispositif_alerte", "mesure_preenregistrement", "mesure_plainte_facilitee",
    "mesure_videoprotection",
)


def axes_csv(rows: Iterable[Sequence[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        if len(row) != len(COLUMNS):
            raise ValueError(f"{len(row)} valeurs pour {len(COLUMNS)} colonnes")
        writer.writerow(row)
    return buffer.getvalue().encode("utf-8-sig")
