"""The recovery-key sheet, read back from the PDF."""

from __future__ import annotations

import datetime
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.documents.recovery_sheet import (
    TITLE,
    RecoverySheet,
    key_groups,
    render_recovery_sheet,
)
from tests.core.documents.pdf_checks import (
    base_font_name,
    is_embedded,
    page_fonts,
    page_texts,
    pdf_reader,
)

REPO = Path(__file__).resolve().parents[3]
KEY = "0S40-SC7V-S4N7-QY4W-684F-QDKT-9KAX-0SEJ-Y0Q8-0TQ1-G80C-GPWW-TYGJ-4SN7"
VAULT_ID = "3f6c2a1e-8b4d-4c7f-9a2e-5d1b7e0c9f34"
SHEET = RecoverySheet(
    recovery_key=KEY,
    vault_id=VAULT_ID,
    vault_path="C:\\Users\\agent\\AppData\\Local\\Egide\\coffre.egide",
    office_name="Cabinet du préfet\nBureau de la sécurité intérieure",
    created_on=datetime.date(2026, 11, 25),
    issuer_title="PRÉFET\nDE SEINE-ET-MARNE",
)


@pytest.fixture(scope="module")
def pdf() -> bytes:
    return render_recovery_sheet(SHEET)


def test_it_is_exactly_one_page(pdf: bytes) -> None:
    assert len(pdf_reader(pdf).pages) == 1


def test_the_text_holds_the_key_and_the_vault(pdf: bytes) -> None:
    (text,) = page_texts(pdf)
    for group in KEY.split("-"):
        assert group in text
    assert " ".join(KEY.split("-")[:7]) in text  # in order, a row of groups
    assert VAULT_ID in text
    assert "coffre.egide" in text
    assert "25 novembre 2026" in text
    assert "Liberté" in text
    assert "PRÉFET DE SEINE-ET-MARNE" in text
    assert "Bureau de la sécurité intérieure" in text


def test_the_text_says_what_it_is_and_what_to_do(pdf: bytes) -> None:
    (text,) = page_texts(pdf)
    assert TITLE in text
    assert "Windows" in text
    assert "enveloppe scellée" in text
    assert "Outils > Nouvelle clé de secours" in text
    assert "sauvegardes antérieures" in text
    assert "Rangée le" in text and "par (nom et fonction)" in text
    assert "« J’ai perdu l’accès »" in text
    assert "PROJET" not in text
    assert "Page 1 / 1" in text


def test_the_key_never_goes_into_the_metadata(pdf: bytes) -> None:
    meta = pdf_reader(pdf).metadata
    assert meta is not None
    assert meta.title == TITLE
    assert meta.creator == "Égide"
    assert VAULT_ID in (meta.subject or "")
    assert all(KEY.split("-")[0] not in str(value) for value in meta.values())


def test_fonts_are_embedded_with_the_mono_for_the_key(pdf: bytes) -> None:
    fonts = page_fonts(pdf)
    names = {base_font_name(font) for font in fonts}
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSansMono-Bold"} <= names
    assert all(name.startswith("DejaVu") for name in names), names
    assert all(is_embedded(font) for font in fonts)


def test_a_long_everything_still_fits_on_one_page() -> None:
    sheet = RecoverySheet(
        recovery_key=" ".join(["7QK2X"] * 16),
        vault_id=VAULT_ID,
        vault_path="\\\\serveur-fichiers.prefecture.interieur.gouv.fr\\partages\\Cabinet\\"
        "Bureau_securite_interieure\\Egide\\Coffres\\2026\\coffre-principal-du-bureau.egide",
        office_name="Cabinet de la préfète\nDirection des sécurités et de la protection "
        "civile\nBureau de la sécurité intérieure et de la prévention de la délinquance\nPôle",
        created_on=datetime.date(2026, 6, 1),
        issuer_title="Préfète de la région Île-de-France, préfète de Paris",
    )
    pdf = render_recovery_sheet(sheet)
    (text,) = page_texts(pdf)
    assert "1er juin 2026" in text
    assert "PRÉFÈTE DE LA RÉGION ÎLE-DE-FRANCE, PRÉFÈTE DE PARIS" in text
    assert text.count("7QK2X") == 16


@pytest.mark.parametrize(
    ("key", "groups"),
    [
        ("ABCD-EFGH-JKMN", ["ABCD", "EFGH", "JKMN"]),
        ("ABCD EFGH  JKMN", ["ABCD", "EFGH", "JKMN"]),
        (" ABCDEFGH ", ["ABCDEFGH"]),
    ],
)
def test_key_groups_as_given(key: str, groups: list[str]) -> None:
    assert key_groups(key) == groups


def test_rendering_is_fast_once_warm() -> None:
    render_recovery_sheet(SHEET)  # fonts registered, modules imported
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        render_recovery_sheet(SHEET)
        timings.append(time.perf_counter() - start)
    assert min(timings) < 0.25  # about 0.03 s here; generous for slow CI machines


@pytest.mark.parametrize("module", ["desktop.documents", "desktop.documents.recovery_sheet"])
def test_importing_does_not_load_reportlab(module: str) -> None:
    code = f"import sys, {module}; print(sorted(m for m in sys.modules if 'reportlab' in m))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
