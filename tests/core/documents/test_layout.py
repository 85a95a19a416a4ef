"""The State page template: bloc-marque, footer, watermark, metadata, embedded fonts."""

from __future__ import annotations

import pytest

from desktop.documents.layout import Letterhead, build_pdf, bullets, para, styles
from tests.core.documents.pdf_checks import (
    base_font_name,
    image_count,
    is_embedded,
    normalise,
    page_fonts,
    page_texts,
    pdf_reader,
    png_bytes,
)

LETTERHEAD = Letterhead("PRÉFET\nDE SEINE-ET-MARNE", office_name="Cabinet du préfet")
ARTICLE = (
    "Le présent protocole a pour objet d'améliorer la sécurité des professionnels de santé "
    "exerçant dans le département ; il renforce la coopération entre lesdits professionnels "
    "et les services de l'État compétents en matière de prévention de la violence. "
)


def sample(pages: int, *, draft: bool, letterhead: Letterhead = LETTERHEAD) -> bytes:
    """A document of exactly ``pages`` pages: one article per page, each ending a page."""
    from reportlab.platypus import PageBreak

    st = styles()
    flowables = [para("Protocole départemental", st.title)]
    for number in range(1, pages + 1):
        flowables += [
            para(f"Article {number} : objet", st.heading),
            para(ARTICLE * 3, st.body),
            bullets(["l'information et le conseil ;", "un dispositif d'alerte (ex. : bouton)."]),
        ]
        if number < pages:
            flowables.append(PageBreak())
    return build_pdf(
        flowables, title="Protocole", subject="Sécurité", letterhead=letterhead, draft=draft
    )


@pytest.fixture(scope="module")
def draft_pdf() -> bytes:
    return sample(3, draft=True)


@pytest.fixture(scope="module")
def final_pdf() -> bytes:
    return sample(3, draft=False)


def test_a_draft_has_projet_on_every_page(draft_pdf: bytes) -> None:
    texts = page_texts(draft_pdf)
    assert len(texts) == 3
    assert all("PROJET" in text for text in texts)


def test_a_final_document_has_no_watermark(final_pdf: bytes) -> None:
    texts = page_texts(final_pdf)
    assert len(texts) == 3
    assert not any("PROJET" in text for text in texts)


def test_every_page_is_numbered_out_of_the_total(final_pdf: bytes) -> None:
    texts = page_texts(final_pdf)
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} / 3" in text


def test_long_text_flows_onto_numbered_pages() -> None:
    st = styles()
    flowables = [para(f"Article {n} : {ARTICLE * 4}", st.body) for n in range(1, 40)]
    pdf = build_pdf(flowables, title="Long", subject="Long", letterhead=LETTERHEAD)
    texts = page_texts(pdf)
    assert len(texts) >= 3
    assert f"Page 2 / {len(texts)}" in texts[1]
    assert "Article 39" in texts[-1]


def test_the_bloc_marque_is_on_the_first_page_only(final_pdf: bytes) -> None:
    first, *others = page_texts(final_pdf)
    assert first.startswith("PRÉFET DE SEINE-ET-MARNE Liberté Égalité Fraternité")
    assert "Cabinet du préfet" in first
    assert not any("Liberté" in text or "PRÉFET" in text for text in others)


def test_the_text_keeps_its_order(final_pdf: bytes) -> None:
    text = " ".join(page_texts(final_pdf))
    positions = [text.index(f"Article {n} : objet") for n in (1, 2, 3)]
    assert positions == sorted(positions)


def test_metadata(final_pdf: bytes) -> None:
    meta = pdf_reader(final_pdf).metadata
    assert meta is not None
    assert meta.title == "Protocole"
    assert meta.subject == "Sécurité"
    assert meta.author == "PRÉFET DE SEINE-ET-MARNE"
    assert meta.creator == "Égide"


def test_the_author_can_be_the_organisation() -> None:
    letterhead = Letterhead("PRÉFET DE SEINE-ET-MARNE", organisation="Préfecture de Seine-et-Marne")
    pdf = build_pdf([para("x", styles().body)], title="T", subject="S", letterhead=letterhead)
    meta = pdf_reader(pdf).metadata
    assert meta is not None and meta.author == "Préfecture de Seine-et-Marne"


def test_every_font_is_an_embedded_dejavu(draft_pdf: bytes) -> None:
    fonts = page_fonts(draft_pdf)
    names = {base_font_name(font) for font in fonts}
    assert {"DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique"} <= names
    assert all(name.startswith("DejaVu") for name in names), names
    assert all(is_embedded(font) for font in fonts)


@pytest.mark.parametrize(
    ("title", "lines"),
    [
        ("PRÉFET\nDE SEINE-ET-MARNE", ("PRÉFET", "DE SEINE-ET-MARNE")),
        ("Préfète de Seine-et-Marne", ("PRÉFÈTE", "DE SEINE-ET-MARNE")),
        (
            "Préfet de la région Île-de-France, préfet de Paris",
            ("PRÉFET", "DE LA RÉGION", "ÎLE-DE-FRANCE,", "PRÉFET DE PARIS"),
        ),
    ],
)
def test_issuer_title_lines(title: str, lines: tuple[str, ...]) -> None:
    assert Letterhead(title).issuer_lines == lines


def test_logos_are_drawn_only_when_supplied() -> None:
    st = styles()
    flowables = [para("Texte", st.body)]
    with_logos = Letterhead(
        "PRÉFET DE SEINE-ET-MARNE",
        logo_png=png_bytes(120, 80, "navy"),
        partner_logos=(png_bytes(200, 100, "red"), png_bytes(90, 90, "green")),
    )
    pdf = build_pdf(flowables, title="T", subject="S", letterhead=with_logos)
    assert image_count(pdf) == 3
    bare = build_pdf(flowables, title="T", subject="S", letterhead=LETTERHEAD)
    assert image_count(bare) == 0


def test_one_page_shrinks_what_would_overflow() -> None:
    st = styles()
    flowables = [para(f"Paragraphe {n}. {ARTICLE}", st.body) for n in range(1, 20)]
    overflowing = build_pdf(flowables, title="T", subject="S", letterhead=LETTERHEAD)
    assert len(page_texts(overflowing)) == 2
    flowables = [para(f"Paragraphe {n}. {ARTICLE}", st.body) for n in range(1, 20)]
    pdf = build_pdf(flowables, title="T", subject="S", letterhead=LETTERHEAD, one_page=True)
    (text,) = page_texts(pdf)
    assert "Paragraphe 1." in text and "Paragraphe 19." in text


def test_no_break_at_french_spaces() -> None:
    """A line never starts with ":" or "»"; without french_text it does (the control)."""
    from reportlab.platypus import Paragraph

    st = styles()
    words = " ".join(f"mot{n} : « cité{n} »" for n in range(60))

    def line_starts(markup_text: str) -> set[str]:
        pdf = build_pdf(
            [Paragraph(markup_text, st.body)], title="T", subject="S", letterhead=LETTERHEAD
        )
        lines = pdf_reader(pdf).pages[0].extract_text().splitlines()
        return {normalise(line)[:1] for line in lines if normalise(line)}

    assert not line_starts(para(words, st.body).text) & {":", "»"}
    assert line_starts(words) & {":", "»"}
