"""The office's own référents sheet imports as it is kept (issue 13)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.errors import ImportRejected
from desktop.io.referents_sheet import mapping_from_names
from desktop.models.territory import Referent, Unit
from desktop.services.roster import lookup
from desktop.services.roster.referent_import import (
    import_referents,
    mapping_for,
    report_csv_bytes,
    save_mapping,
    sheet_headers,
)
from desktop.services.vault.database import Database

from .conftest import counts
from .office_sheet import (
    FOOTER,
    HEADERS,
    VAR_ROWS,
    VAR_TITLE,
    write_office_csv,
    write_office_xlsx,
)

TODAY = dt.date(2026, 12, 7)


def test_headings_found_below_the_titles_and_mapped(tmp_path: Path) -> None:
    headers, mapping = sheet_headers(write_office_xlsx(tmp_path / "referents.xlsx"))
    assert headers == HEADERS
    assert mapping == {
        "last_name": "NOM", "first_name": "Prénom", "grade": "Grade", "force": "Force (PN/GN)",
        "unit": "Unité", "phone": "Tél. fixe", "mobile": "Portable", "email": "Mél",
        "communes": "Commune", "postal_code": "Code postal", "verified_on": "Mise à jour",
    }


@pytest.mark.parametrize("writer", [write_office_xlsx, write_office_csv])
def test_the_office_sheet_imports_as_it_is(competent: Database, tmp_path: Path,
                                           writer: object) -> None:
    sheet = writer(tmp_path / ("referents.xlsx" if writer is write_office_xlsx  # type: ignore
                                else "referents.csv"))
    summary = import_referents(competent, sheet, today=TODAY)
    assert (summary.added, summary.changed, summary.unchanged, summary.rejected) == (4, 0, 0, 0)
    statuses = [(line.line, line.status) for line in summary.report]
    assert (1, "ignorée") in statuses and (2, "ignorée") in statuses  # the two title rows
    assert (12, "ignorée") in statuses  # the footer
    assert any(FOOTER in line.reason for line in summary.report)
    created = [line.reason for line in summary.report if line.status == "unité créée"]
    assert created == ["« COB de Nemours-Château-Landon » (GN)"]
    # Anne Lefèvre's oldest row dates from 2023: stale after 12 months.
    stale = [line.reason for line in summary.report if line.status == "à vérifier"]
    assert stale == ["Anne LEFÈVRE (vérifié le 15/06/2023)"]
    assert "1 référent(s) à vérifier (non vérifiés depuis 12 mois)." in summary.details
    with competent.reading() as session:
        anne = session.scalar(sa.select(Referent).where(Referent.last_name == "LEFÈVRE"))
        assert anne is not None
        assert (anne.phone, anne.mobile, anne.grade, anne.email) == (
            "+33164758200", "+33612345678", "Brigadier-chef", "anne.lefevre@interieur.gouv.fr")
        assert anne.verified_on == dt.date(2023, 6, 15)
        cob = session.scalar(sa.select(Unit).where(Unit.name.like("COB de Nemours%")))
        assert cob is not None and cob.force.name == "GN" and cob.parent is not None
        martin = session.scalar(sa.select(Referent).where(Referent.last_name == "MARTIN"))
        assert martin is not None and martin.verified_on == dt.date(2026, 3, 1)  # Excel 46082
    cards = lookup.lookup(competent, "Le Mée-sur-Seine")
    assert [r.last_name for r in cards[0].referents] == ["LEFÈVRE"]
    again = import_referents(competent, sheet, today=TODAY)
    assert (again.added, again.changed, again.unchanged) == (0, 0, 4)


def test_refused_lines_and_skip_rejected(competent: Database, tmp_path: Path) -> None:
    extra = (
        ("Atlantis", "77999", "GN", "Brigade de proximité de Rebais", "Gendarme", "NOIR", "Léa",
         "01 64 04 50 19", "", "", "12/01/2026"),
        ("Rebais", "77510", "GN", "Brigade de proximité de Rebais", "Gendarme", "VERT", "Jo",
         "01 23", "", "", "12/01/2026"),
    )
    sheet = write_office_xlsx(tmp_path / "referents.xlsx", extra)
    before = counts(competent)
    with pytest.raises(ImportRejected) as refused:
        import_referents(competent, sheet, today=TODAY)
    assert "2 ligne(s) refusée(s), rien n'a été modifié. 4 référent(s) valide(s)" in str(
        refused.value)
    assert "ligne 12 : refusée — numéro de téléphone « 01 23 » invalide (trop court)" in (
        refused.value.report)
    assert "ligne 11 : refusée — commune « Atlantis (77999) » inconnue" in refused.value.report
    assert counts(competent) == before
    summary = import_referents(competent, sheet, skip_rejected=True, today=TODAY)
    assert (summary.added, summary.rejected) == (4, 2)
    rows = list(csv.reader(io.StringIO(report_csv_bytes(summary).decode("utf-8-sig")),
                           delimiter=";"))
    assert rows[0] == ["Ligne", "Statut", "Motif"]
    assert ["11", "refusée", "commune « Atlantis (77999) » inconnue"] in rows
    assert ["12", "refusée", "numéro de téléphone « 01 23 » invalide (trop court)"] in rows


def test_a_remembered_mapping_is_used_only_for_the_same_headings(competent: Database,
                                                                 tmp_path: Path) -> None:
    save_mapping(competent, {"last_name": "Agent", "phone": "Tél"})
    mapping, remembered = mapping_for(competent, HEADERS)
    assert not remembered and mapping["last_name"] == "NOM"
    mapping, remembered = mapping_for(competent, ("Agent", "Tél", "Zone"))
    assert remembered and mapping == {"last_name": "Agent", "phone": "Tél"}


def test_mapping_names_in_french() -> None:
    assert mapping_from_names({"nom": "NOM", "Portable": "Tél. mobile", "mél": "Mail",
                               "téléphone fixe": "Fixe", "vérifié le": "MAJ"}) == {
        "last_name": "NOM", "mobile": "Tél. mobile", "email": "Mail", "phone": "Fixe",
        "verified_on": "MAJ"}
    with pytest.raises(ImportRejected) as caught:
        mapping_from_names({"last_nam": "NOM"})
    assert "champ(s) inconnu(s) « last_nam »" in str(caught.value)
    assert "Champs possibles : nom, prénom, rôle, grade, force, unité" in str(caught.value)


def test_a_var_office_sheet_end_to_end(db: Database, tmp_path: Path) -> None:
    """The Var's sheet over the bundled communes of the Var, as an office walks it: import
    (titles and footer skipped, units created, the 2023 line stale), its CSV export from Excel
    unchanged, the lookup by any word, the export imported back, the annuaire."""
    import subprocess

    from desktop.io.departments import find_department
    from desktop.services.roster.annuaire import annuaire_pdf, export_referents_xlsx
    from desktop.services.roster.imports import import_france_communes
    from desktop.services.vault import office

    var = find_department("83")
    assert var is not None
    office.save_office(db, office.OfficeIdentity("83", var.name, var.prefecture_name,
                                                 var.prefet_title))
    import_france_communes(db, ["83"])
    sheet = write_office_xlsx(tmp_path / "var.xlsx", rows=VAR_ROWS, title=VAR_TITLE)
    summary = import_referents(db, sheet, today=TODAY)
    assert (summary.added, summary.changed, summary.unchanged, summary.rejected) == (5, 0, 0, 0)
    assert [line.reason for line in summary.report if line.status == "à vérifier"] == [
        "Élise ROCHE (vérifié le 04/05/2023)"]
    assert len([line for line in summary.report if line.status == "unité créée"]) == 5
    exported_csv = write_office_csv(tmp_path / "var.csv", rows=VAR_ROWS, title=VAR_TITLE)
    again = import_referents(db, exported_csv, today=TODAY)
    assert (again.added, again.changed, again.unchanged) == (0, 0, 5)
    (toulon,) = lookup.lookup(db, "toulon 83200")
    assert toulon.postal_codes == ("83000", "83100", "83200")
    assert [(r.full_name, r.phone, r.mobile) for r in toulon.referents] == [
        ("Marc GIRAUD", "+33494098000", "+33611223344")]
    assert "arrondissement de Toulon (832)" in lookup.card_text(toulon)
    assert [c.name for c in lookup.lookup(db, "seyne")] == ["La Seyne-sur-Mer"]
    assert lookup.search(db, "Saint-Tropes").suggestion == "Saint-Tropez"
    export = tmp_path / "export.xlsx"
    assert export_referents_xlsx(db, export) == 5
    back = import_referents(db, export, today=TODAY)
    assert (back.added, back.changed, back.unchanged, back.rejected) == (0, 0, 5, 0)
    pdf = tmp_path / "annuaire.pdf"
    pdf.write_bytes(annuaire_pdf(db, on=TODAY))
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    assert "Préfecture du Var" in info
    assert "PRÉFET" in text and "DU VAR" in text
    assert "Arrondissement de Toulon (832)" in text and "Arrondissement de Draguignan (831)" in text
    assert "À jour au 4 mai 2023" in text
    assert "(à" in text and "vérifier)" in text  # Élise Roche's stale mark
    assert "Saint-Mandrier-sur-Me\n" not in text and "Diffusion restreinte" in text
    assert text.index("Bargème") < text.index("Bargemon")  # French collation
