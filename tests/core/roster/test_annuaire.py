"""The annuaire PDF read back, and the XLSX export read back."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
from pathlib import Path

import pytest

from desktop.documents.typography import french_date
from desktop.models.enums import ReferentRole
from desktop.services.roster import assignments, editing, lookup
from desktop.services.roster.annuaire import annuaire_pdf, export_referents_xlsx
from desktop.services.roster.editing import ReferentDraft
from desktop.services.vault.database import Database

VERIFIED = dt.date(2026, 3, 15)


@pytest.fixture
def roster(competent: Database) -> Database:
    brigade = next(u for u in editing.list_units(competent) if u.code == "10077131")
    ref = editing.save_referent(competent, ReferentDraft(
        "Jeanne", "Dupont", ReferentRole.REFERENT, brigade.id, "01 99 00 12 34",
        "jeanne.dupont@exemple.fr", VERIFIED)).id
    ids = [lookup.lookup(competent, name)[0].commune_id for name in ("Amillis", "Aulnoy")]
    assignments.assign(competent, ref, ids, dt.date(2026, 1, 1))
    return competent


def _text(pdf: bytes, tmp_path: Path, mode: str = "-layout") -> str:
    path = tmp_path / "annuaire.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", mode, str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


def test_annuaire_of_an_arrondissement(roster: Database, tmp_path: Path) -> None:
    text = _text(annuaire_pdf(roster, arrondissement="771"), tmp_path)
    assert "Annuaire des référents sûreté" in text
    assert f"À jour au {french_date(VERIFIED)}" in text
    assert "Arrondissement de Meaux (771)" in text
    assert "Amillis (77120)" in text and "Jeanne DUPONT" in text
    assert "01 99 00 12 34" in text
    assert "jeanne.dupont" in text and "@exemple.fr" in text  # broken before the "@"
    assert "aucun référent" in text  # the other communes of the arrondissement
    assert "Fontainebleau" not in text  # arrondissement 774
    assert "PRÉFET" in text


def test_annuaire_by_force_repeats_the_header_on_each_page(roster: Database,
                                                           tmp_path: Path) -> None:
    pdf = annuaire_pdf(roster, group_by="force")
    text = _text(pdf, tmp_path)
    pages = text.split("\f")
    assert len(pages) > 5
    assert all("Téléphone" in page and "Courriel" in page for page in pages if page.strip())
    assert "Police nationale" in text and "Gendarmerie nationale" in text
    assert "Mixte (à trancher)" in text


def test_export_xlsx_read_back(roster: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    target = tmp_path / "referents.xlsx"
    lines = export_referents_xlsx(roster, target)
    assert lines == 1  # one line per référent, with the communes they cover
    sheet = load_workbook(target).active
    assert sheet is not None
    rows = list(sheet.iter_rows(min_row=3, values_only=True))
    assert rows[0][:3] == ("NOM", "Prénom", "Rôle")
    assert [(r[0], r[6], r[9], r[10]) for r in rows[1:]] == [
        ("Dupont", "01 99 00 12 34", "77002, 77013", "Amillis, Aulnoy"),
    ]


def test_annuaire_marks_stale_referents_sorts_in_french_and_cuts_no_word(
    competent: Database, tmp_path: Path
) -> None:
    from desktop.io.collation import french_key
    from desktop.services.roster.referent_import import import_referents

    from .office_sheet import write_office_xlsx

    import_referents(competent, write_office_xlsx(tmp_path / "office.xlsx"))
    pdf = annuaire_pdf(competent, group_by="arrondissement")
    (tmp_path / "annuaire-complet.pdf").write_bytes(pdf)
    text = _text(pdf, tmp_path)
    pages = [page for page in text.split("\f") if page.strip()]
    assert all("Diffusion restreinte" in page for page in pages)
    raw = " ".join(_text(pdf, tmp_path, "-raw").split())
    assert ("Coulommiers (77120) Commissariat de police de Coulommiers Brigadier-chef Anne "
            "LEFÈVRE (référent sûreté) (à vérifier) 01 64 75 82 00 port. 06 12 34 56 78 "
            "anne.lefevre @interieur.gouv.fr") in raw
    assert "À jour au 15 juin 2023" in text  # the oldest verification shown
    for title in ("Arrondissement de Meaux (771)", "Arrondissement de Melun (772)",
                  "Arrondissement de Fontainebleau (774)"):
        assert title in text
    # No word cut: every line of a cell ends at a space or a hyphen, so no fragment of a
    # commune name of the file stands alone on a line.
    lines = [line.strip() for line in _text(pdf, tmp_path, "-raw").splitlines()]
    assert "Saint-Germain-sur-Morin (77860)" in raw.replace("- ", "-")
    cut = [line for line in lines if line[-1:].isalpha() and line.split()[-1] in (
        "Saint-Germain-sur-Mori", "Saint-Germain-sur-Mo", "gouv", "interieur")]
    assert not cut
    assert any(line.endswith("Saint-Germain-sur-") for line in lines)  # broken at a hyphen
    # French collation: accented initials among their letter, not after Z.
    names = ["Écuelles", "Ecrennes", "Égligny", "Esbly", "Évry-Grégy-sur-Yerre", "Étrépilly"]
    assert sorted(names, key=french_key) == ["Ecrennes", "Écuelles", "Égligny", "Esbly",
                                            "Étrépilly", "Évry-Grégy-sur-Yerre"]


def test_annuaire_prints_the_units_phone_where_nobody_is_known(
    competent: Database, tmp_path: Path
) -> None:
    brigade = next(u for u in editing.list_units(competent) if u.code == "10077385")
    editing.save_unit(competent, editing.UnitDraft(brigade.kind, brigade.name, brigade.parent_id,
                                                   brigade.code, "01 64 04 50 17"), brigade.id)
    text = " ".join(_text(annuaire_pdf(competent, arrondissement="771"), tmp_path,
                          "-raw").split())
    boissy = text[text.index("Boissy-le-Châtel (77169)"):]
    assert boissy.startswith("Boissy-le-Châtel (77169) Brigade de proximité de Rebais aucun "
                             "référent : appeler l'unité 01 64 04 50 17"), boissy[:200]


@pytest.mark.parametrize(("department", "code", "title", "label"), [
    ("83", "832", "Arrondissement de Toulon (832)", "Toulon (832)"),
    ("971", "9711", "Arrondissement de Basse-Terre (9711)", "Basse-Terre (9711)"),
    ("2A", "2A1", "Arrondissement d'Ajaccio (2A1)", "Ajaccio (2A1)"),
    ("59", "591", "Arrondissement d'Avesnes-sur-Helpe (591)", "Avesnes-sur-Helpe (591)"),
])
def test_arrondissements_are_named_everywhere_in_any_department(
    db: Database, tmp_path: Path, department: str, code: str, title: str, label: str
) -> None:
    from desktop.services.roster.annuaire import all_cards, roster_rows
    from desktop.services.roster.imports import import_france_communes

    import_france_communes(db, [department])
    assert f"{title}" in _text(annuaire_pdf(db, arrondissement=code), tmp_path)
    whole = _text(annuaire_pdf(db), tmp_path)
    assert title in whole
    assert not re.search(r"Arrondissement \d", whole)
    card = next(c for c in all_cards(db, arrondissement=code))
    text = lookup.card_text(card)
    assert f"arrondissement {title.split(' ', 1)[1]}" in text
    assert roster_rows([card])[0].arrondissement == label


def test_the_annuaire_prints_an_svg_logo(roster: Database, tmp_path: Path) -> None:
    from desktop.services.vault import office
    from tests.core.documents.pdf_checks import pdf_reader
    from tests.core.documents.test_svg_logo import MAGENTA_FILL, MAGENTA_SVG

    identity = office.get_office(roster)
    assert identity is not None
    office.save_office(roster, identity, logo=MAGENTA_SVG)
    pdf = annuaire_pdf(roster, arrondissement="771")
    (tmp_path / "annuaire-svg.pdf").write_bytes(pdf)
    first = pdf_reader(pdf).pages[0].get_contents()
    assert first is not None and MAGENTA_FILL in first.get_data()
