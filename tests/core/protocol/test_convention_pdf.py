"""The convention PDF read back: articles in order, parties, signature blocks, watermark."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from desktop.documents.convention import ConventionParty, party_line
from desktop.documents.typography import markup
from desktop.services.protocol import protocols
from desktop.services.protocol.convention import convention_pdf, designation
from desktop.services.protocol.exchange import import_json
from desktop.services.protocol.sample import sample_json
from desktop.services.vault.database import Database
from tests.core.documents.pdf_checks import normalise, page_texts, pdf_reader


def _pdftotext(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "convention.pdf"
    path.write_bytes(pdf)
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, check=True)
    return normalise(out.stdout.decode())


def test_signed_convention_text(demo_db: Database, protocol_id: int, tmp_path: Path) -> None:
    detail = protocols.find_version(demo_db, protocol_id, 1)
    pdf = convention_pdf(demo_db, protocol_id, 1)
    text = _pdftotext(pdf, tmp_path)
    assert (
        text.index("Entre :") < text.index("PRÉAMBULE") < text.index("Il est convenu ce qui suit :")
    )
    positions = [text.index(normalise(a.heading)) for a in detail.articles]
    assert positions == sorted(positions)
    for article in detail.articles:  # every paragraph is there, in full
        first = normalise(article.body.splitlines()[0])[:60]
        assert first.replace(" ;", " ;") in text
    assert "Fait à Melun, le 22 juin 2018, en 6 exemplaires originaux." in text
    # A woman signed as préfète: the feminine function, her name, in the parties and blocks.
    assert text.count("Préfète de Seine-et-Marne") >= 1
    assert "La préfète de Seine-et-Marne, Mme Hélène VALLIER" in text
    assert "ci-après dénommée « la préfète »" in text
    last_page = page_texts(pdf)[-1]
    for party in detail.parties:
        assert normalise(party.function_for_signer) in last_page
        assert party.signer_name is not None and party.signer_name in last_page
    assert "PROJET" not in "".join(page_texts(pdf))
    info = pdf_reader(pdf).metadata
    assert info is not None and info.title == detail.version.title
    assert "version 1" in (info.subject or "")
    pages = page_texts(pdf)
    assert [
        p.endswith(f"Page {i} / {len(pages)}") or f"Page {i} / {len(pages)}" in p
        for i, p in enumerate(pages, start=1)
    ] == [True] * len(pages)


def test_party_line_and_french_spaces() -> None:
    party = ConventionParty(
        "Procureure de la République près le tribunal judiciaire de Meaux",
        "Tribunal judiciaire de Meaux",
        "Mme Sophie LAMBRECHT",
        represented_by="M. Paul SUBSTITUT, procureur adjoint",
        designation="la procureure",
        feminine=True,
    )
    line = party_line(party, last=True)
    assert line == (
        "La procureure de la République près le tribunal judiciaire de Meaux, "
        "Mme Sophie LAMBRECHT, représentée par M. Paul SUBSTITUT, procureur "
        "adjoint, ci-après dénommée « la procureure »."
    )
    assert "«\u00a0la procureure\u00a0»" in markup(line)
    assert designation("Préfet de Seine-et-Marne", False) == "le préfet"
    assert designation("Déléguée départementale de l'Agence régionale de santé", True) == (
        "la déléguée départementale"
    )


@pytest.fixture
def big_id(db: Database) -> int:
    return import_json(db, sample_json(articles=40, parties=12)).id


def test_draft_watermark_every_page_and_pagination(
    db: Database, big_id: int, tmp_path: Path
) -> None:
    pdf = convention_pdf(db, big_id)  # a draft: watermark by default
    pages = page_texts(pdf)
    assert len(pages) >= 8
    assert all("PROJET" in page for page in pages)
    text = _pdftotext(convention_pdf(db, big_id, draft=False), tmp_path)
    positions = [
        text.index(f"Article {n} – Engagement n° {n} des signataires") for n in range(1, 41)
    ]
    assert positions == sorted(positions)
    # Every signature block is complete on one page (no block split across pages).
    start = next(i for i, p in enumerate(pages) if "Fait à Toulon" in p)
    signature_pages = pages[start:]
    assert "Article 40" not in signature_pages[0]  # the signature page starts a new page
    names = ["Mme Anne MARTEL", "M. Louis BERTHIER", "Mme Inès CARRÉ", "M. Noé MERCIER"]
    for name in names:
        assert sum(name in page for page in signature_pages) == 1
    # Render the signature pages as images (the test suite does not look, but they must render).
    path = tmp_path / "big.pdf"
    path.write_bytes(pdf)
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "30",
            "-f",
            str(len(pages) - 1),
            str(path),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    assert len(list(tmp_path.glob("page*.png"))) == 2


def test_avenant_says_what_it_changes(demo_db: Database, protocol_id: int) -> None:
    from desktop.models.enums import ArticleChange, VersionKind
    from desktop.services.protocol import amendments

    created = protocols.new_version(demo_db, protocol_id, VersionKind.AMENDMENT, amend=[8])
    amendments.amend_article(demo_db, created.id, 3, ArticleChange.REMOVED)
    text = " ".join(page_texts(convention_pdf(demo_db, protocol_id)))
    assert "Avenant (version 3)" in text
    assert (
        text.index("Article 1 – Suppression de l'article 3")
        < text.index("L'article 3 du protocole est supprimé.")
        < text.index("Article 2 – Modification de l'article 8")
        < text.index("L'article 8 du protocole est remplacé par les dispositions suivantes :")
        < text.index("Article 8 – Suivi")
    )
