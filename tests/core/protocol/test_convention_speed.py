"""What makes the convention quick changes nothing on its pages: the same page contents as
with ReportLab's own paragraphs, frames, fragment comparison and bullets, and "PROJET" drawn
anew on every page; and the vault read in a number of queries that does not grow with the
parties."""

from __future__ import annotations

import gc

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from sqlalchemy import event

from desktop.documents import layout
from desktop.documents.collector import collector_paused
from desktop.services.protocol.convention import convention_pdf
from desktop.services.protocol.exchange import import_json
from desktop.services.protocol.protocols import find_version
from desktop.services.protocol.sample import sample_json
from desktop.services.vault.database import Database
from tests.core.documents.pdf_checks import pdf_reader


@pytest.fixture
def big_id(db: Database) -> int:
    return import_json(db, sample_json(articles=12, parties=7)).id


def _pages(pdf: bytes) -> list[bytes]:
    return [page.get_contents().get_data() for page in pdf_reader(pdf).pages]


def test_same_pages_as_reportlab_paragraphs_and_frames(
        db: Database, big_id: int, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.platypus import Frame, Paragraph
    from reportlab.platypus import paragraph as reportlab_paragraph

    quick = _pages(convention_pdf(db, big_id))
    monkeypatch.setattr(layout, "MeasuredParagraph", Paragraph)
    monkeypatch.setattr(layout, "_Frame", Frame)
    monkeypatch.setattr(reportlab_paragraph, "sameFrag", layout.REPORTLAB_SAME_FRAG)
    monkeypatch.setattr(reportlab_paragraph, "_drawBullet", layout.REPORTLAB_DRAW_BULLET)
    monkeypatch.setattr(layout, "_draw_watermark", layout.draw_watermark_anew)
    plain = _pages(convention_pdf(db, big_id))
    assert len(quick) == len(plain) > 2
    assert quick == plain


def test_plain_text_fragment_is_the_parsers(db: Database) -> None:
    from reportlab.platypus import Paragraph

    st = layout.styles()
    for style in (st.body, st.heading, st.bullet, st.small):
        for text in ("Le préfet\u00a0: « tout »", "  deux\n lignes  ", "a > b", "x"):
            quick = layout.MeasuredParagraph(text, style)
            parsed = Paragraph(text, style)
            assert [f.__dict__ for f in quick.frags] == [f.__dict__ for f in parsed.frags]
    marked = layout.MeasuredParagraph("<b>gras</b> &amp; maigre", st.body)
    assert "".join(f.text for f in marked.frags) == "gras & maigre"  # markup: parsed
    assert marked.frags[0].fontName != marked.frags[-1].fontName


@given(st.lists(st.sampled_from(["a", "é", " ", "\n", "\t", "\u00a0", "\u202f", "\u200b",
                                  "\u3000", "\x85"]), max_size=10).map("".join))
@example("deux  espaces")
@example(" devant")
@example("après ")
@example("deux\nlignes")
@example("insécable\u00a0 et espace")
def test_plain_text_is_cleaned_as_reportlab_cleans_it(text: str) -> None:
    """Text already clean skips ReportLab's cleaning (line breaks and runs of white space
    made single spaces, the no-break space kept): the same text either way."""
    from reportlab.platypus.paragraph import cleanBlockQuotedText

    quick = layout.MeasuredParagraph(text, layout.styles().body)
    assert quick.text == quick.frags[0].text == cleanBlockQuotedText(text)


_WORDS = st.lists(st.sampled_from(["Le", "préfet", ",", " ", "  ", "\n", "\u00a0", "«", "é"]),
                  max_size=6).map("".join)


@given(_WORDS, _WORDS)
@example("Le préfet", ", M. Jean DUPONT,")
@example("Le préfet", "")
@example(" ", "x")
@example("a ", " b")
def test_a_bold_lead_makes_the_parsers_fragments(lead: str, rest: str) -> None:
    """``<b>lead</b>rest`` (a party, a signature block) is made without the parser: the
    same fragments as the parser's, for any white space around the tags."""
    from reportlab.platypus import Paragraph

    text = f"<b>{lead}</b>{rest}"
    for style in (layout.styles().body, layout.styles().heading):
        quick = layout.MeasuredParagraph(text, style)
        parsed = Paragraph(text, style)
        assert [f.__dict__ for f in quick.frags] == [f.__dict__ for f in parsed.frags]
        assert quick.text == parsed.text


_VALUES = st.sampled_from([None, 0, 9.5, "DejaVuSans", [], ["x"], "black", "red"])
_ATTRIBUTES = st.dictionaries(
    st.sampled_from(["fontName", "fontSize", "textColor", "rise", "us_lines", "link",
                     "backColor", "nobr", "cbDefn", "lineBreak", "bold", "text"]),
    _VALUES, max_size=6)


@given(_ATTRIBUTES, _ATTRIBUTES, st.booleans())
def test_same_frag_answers_as_reportlabs(f: dict[str, object], g: dict[str, object],
                                         same_object: bool) -> None:
    """The quicker ``sameFrag`` ReportLab's line breaking calls answers as its own."""
    from reportlab.lib.colors import toColor
    from reportlab.lib.rl_accel import sameFrag
    from reportlab.platypus.paraparser import ParaFrag

    def fragment(attributes: dict[str, object]) -> ParaFrag:
        colours = {"black": toColor("black"), "red": toColor("red")}
        return ParaFrag(**{k: colours.get(v, v) if isinstance(v, str) else v
                           for k, v in attributes.items()})

    first = fragment(f)
    second = first if same_object else fragment(g)
    assert layout.same_frag(first, second) is bool(sameFrag(first, second))
    assert layout.same_frag(second, first) is bool(sameFrag(second, first))


def test_the_parties_are_read_in_a_fixed_number_of_queries(db: Database, big_id: int) -> None:
    small_id = import_json(db, sample_json(articles=2, parties=2)).id
    statements: list[str] = []

    def seen(*args: object) -> None:
        statements.append(str(args[2]))

    with db.reading() as session:
        engine = session.get_bind()
    event.listen(engine, "before_cursor_execute", seen)
    try:
        assert len(find_version(db, small_id).parties) == 2
        for_two = len(statements)
        statements.clear()
        assert len(find_version(db, big_id).parties) == 7
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert len(statements) == for_two <= 6  # versions, amended, parties, preamble, articles…
    assert sum("organisation" in s for s in statements) == 1  # not one per party


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_comes_back_as_it_was(enabled: bool) -> None:
    """Whatever its state before (a GUI runs with the automatic collector off:
    ``ui.main_thread_gc``), the collector is paused inside and comes back as it was."""
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        with collector_paused():
            assert not gc.isenabled()
            with collector_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()
