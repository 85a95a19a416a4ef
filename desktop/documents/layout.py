"""The State page template shared by every Égide document.

A4 portrait; on the first page the **bloc-marque** top left (room for the Marianne logo, drawn
only when the office supplies it; the issuer's title in bold capitals; the motto in italics)
and the partners' logos top right; on every page the footer "Page x / y" and, for a draft, a
diagonal "PROJET" watermark behind the text. Fonts are embedded; the metadata carry the title,
the subject, the issuing authority and "Égide".

    letterhead = Letterhead("PRÉFET\\nDE SEINE-ET-MARNE", office_name="Cabinet du préfet")
    pdf = build_pdf([para("Bonjour", styles().body)], title="…", subject="…",
                    letterhead=letterhead, draft=True)

Importing this module imports ReportLab: document modules import it inside their render
function, never at start-up.
"""

from __future__ import annotations

import contextlib
import copy
import io
import re
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.lib.colors import HexColor
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepInFrame,
    ListFlowable,
    ListItem,
    PageTemplate,
    Paragraph,
    TableStyle,
)
from reportlab.platypus import paragraph as _rl_paragraph
from reportlab.platypus.paragraph import _wsc, cleanBlockQuotedText

from desktop.documents.collector import collector_paused
from desktop.documents.fonts import MONO, SANS, SANS_BOLD, SANS_ITALIC, register_fonts
from desktop.documents.typography import french_text, markup

# State design system palette (DOMAIN.md §5).
BLUE_FRANCE = HexColor("#000091")
RED_MARIANNE = HexColor("#E1000F")
LIGHT_BLUE = HexColor("#E3E3FD")
GREY_BACKGROUND = HexColor("#F6F6F6")
TEXT = HexColor("#161616")
GREY_TEXT = HexColor("#3A3A3A")
GREY_MENTION = HexColor("#666666")
WATERMARK = HexColor("#D9D9D9")

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN_LEFT = 20 * mm
MARGIN_RIGHT = 20 * mm
MARGIN_TOP = 18 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT

# Bloc-marque geometry.
_HEADER_TOP = PAGE_HEIGHT - 10 * mm
_LOGO_WIDTH = 24 * mm
_LOGO_HEIGHT = 14 * mm
_ISSUER_SIZE = 10.0
_ISSUER_LEADING = 12.0
_MOTTO_SIZE = 8.0
_MOTTO_LEADING = 9.6
_OFFICE_SIZE = 8.0
_OFFICE_LEADING = 10.0
_OFFICE_WIDTH = 75 * mm
_CAP_HEIGHT = 0.73  # DejaVu Sans, in em
_DESCENT = 0.24
_PARTNER_MAX_HEIGHT = 16 * mm
_PARTNER_MAX_WIDTH = 40 * mm
_PARTNER_GAP = 6 * mm
_FOOTER_Y = 10 * mm
_FOOTER_SIZE = 8.0
_WATERMARK_TEXT = "PROJET"
_WATERMARK_SIZE = 130.0


@dataclass(frozen=True)
class Letterhead:
    """Who issues the document, as printed in the bloc-marque.

    ``issuer_title``: "PRÉFET\\nDE SEINE-ET-MARNE"; newlines choose the line breaks, otherwise
    the first word stands alone and the rest wraps at about 18 characters. Printed in capitals.
    ``office_name``: the service under the bloc-marque, e.g. "Cabinet du préfet\\nBureau …".
    ``logo_png``: the Marianne logo image when the office supplies it (it is not free to ship):
    PNG, JPEG or SVG despite the field's name; its place stays reserved, empty, when it does
    not. ``partner_logos``: images shown top right, in order from the left (PNG or JPEG).
    ``organisation``: the author in the PDF metadata, e.g. "Préfecture de Seine-et-Marne"; the
    issuer's title by default.
    """

    issuer_title: str
    office_name: str | None = None
    logo_png: bytes | None = None
    partner_logos: tuple[bytes, ...] = ()
    organisation: str | None = None

    @property
    def issuer_lines(self) -> tuple[str, ...]:
        title = self.issuer_title.strip().upper()
        if "\n" in title:
            return tuple(line.strip() for line in title.splitlines() if line.strip())
        first, _, rest = title.partition(" ")
        wrapped = textwrap.wrap(rest, 18, break_long_words=False, break_on_hyphens=False)
        return (first, *wrapped)

    @property
    def author(self) -> str:
        """The PDF metadata's author: the organisation, or the issuer's title on one line."""
        return self.organisation or " ".join(self.issuer_lines)


@dataclass(frozen=True)
class DocumentStyles:
    """The paragraph styles of Égide documents."""

    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    bullet: ParagraphStyle
    small: ParagraphStyle
    mono: ParagraphStyle


@cache
def styles() -> DocumentStyles:
    """The shared paragraph styles (fonts registered on first call)."""
    register_fonts()
    body = ParagraphStyle(
        "EgideBody",
        fontName=SANS,
        fontSize=9.5,
        leading=13.5,
        textColor=TEXT,
        alignment=TA_JUSTIFY,
        spaceAfter=5,
    )
    return DocumentStyles(
        title=ParagraphStyle(
            "EgideTitle",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=17,
            leading=21,
            textColor=BLUE_FRANCE,
            alignment=TA_LEFT,
            spaceAfter=10,
        ),
        heading=ParagraphStyle(
            "EgideHeading",
            parent=body,
            fontName=SANS_BOLD,
            fontSize=11,
            leading=14,
            textColor=BLUE_FRANCE,
            alignment=TA_LEFT,
            spaceBefore=9,
            spaceAfter=4,
            keepWithNext=1,
        ),
        body=body,
        bullet=ParagraphStyle("EgideBullet", parent=body, spaceAfter=2),
        small=ParagraphStyle(
            "EgideSmall",
            parent=body,
            fontSize=8,
            leading=10.5,
            textColor=GREY_TEXT,
            alignment=TA_LEFT,
            spaceAfter=3,
        ),
        mono=ParagraphStyle(
            "EgideMono", parent=body, fontName=MONO, alignment=TA_LEFT, spaceAfter=0
        ),
    )


class MeasuredParagraph(Paragraph):  # type: ignore[misc]
    """A ``Paragraph`` that parses plain text once per style and breaks its lines once per
    width; the PDF is the same, page for page.

    - Plain text (no tag, no entity: most of a convention) is one fragment in the style's
      font: it is copied from the style's fragment instead of running ReportLab's markup
      parser on every paragraph. So is a bold lead then plain text, ``<b>Le préfet</b>, M.
      X`` (a convention's parties, its signature blocks): two fragments. Other markup is
      parsed as usual.
    - ReportLab measures a paragraph again at the same width whenever it looks at it twice: a
      heading that keeps with the next paragraph is measured with it (``KeepTogether``), then
      each of them again when placed; a table measures its cells more than once. The lines
      only depend on the width (and the paragraph, which does not change once made; a split
      makes new paragraphs), so the second measure reuses the first.
    """

    def __init__(self, text: str | None, style: ParagraphStyle | None = None,
                 bulletText: str | None = None, frags: list[Any] | None = None,  # noqa: N803
                 **options: Any) -> None:
        if frags is None and text is not None and style is not None:
            plain = "<" not in text and "&" not in text
            if plain or text.startswith("<b>"):
                if _NEEDS_CLEANING.search(text):
                    text = cleanBlockQuotedText(text)  # as ReportLab does before parsing
                if plain:
                    frags = [_fragment(style, text)]
                elif (lead := _BOLD_LEAD.fullmatch(text)) is not None:
                    bold, rest = lead.groups()
                    frags = [_fragment(style, bold, bold=True)]
                    if rest:
                        frags.append(_fragment(style, rest))
        super().__init__(text, style, bulletText, frags, **options)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        measured = self.__dict__.get("_measured")
        if measured is not None and measured[0] == availWidth:
            self.width, self.height, self.blPara, self._wrapWidths = measured[1]
            return self.width, self.height
        size: tuple[float, float] = super().wrap(availWidth, availHeight)
        if self.__dict__.get("blPara") is not None:
            self.__dict__["_measured"] = (
                availWidth, (self.width, self.height, self.blPara, self._wrapWidths))
        return size


_STYLE_FRAGMENTS: WeakKeyDictionary[ParagraphStyle, tuple[Any, Any]] = WeakKeyDictionary()
"""A style's plain and bold fragments as ReportLab's parser makes them (styles are not
changed once made)."""

_BOLD_LEAD = re.compile(r"<b>([^<>&]+)</b>([^<>&]*)")


def _fragment(style: ParagraphStyle, text: str, *, bold: bool = False) -> Any:
    models = _STYLE_FRAGMENTS.get(style)
    if models is None:
        (plain,) = Paragraph("x", style).frags
        (strong,) = Paragraph("<b>x</b>", style).frags
        models = _STYLE_FRAGMENTS[style] = (plain, strong)
    model = models[bold]
    # What copy.copy does, without its generic protocol: a new object, the same attributes.
    fragment = object.__new__(type(model))
    fragment.__dict__.update(model.__dict__, text=text, link=[], us_lines=[])
    return fragment


_FRAG_STYLE = ("fontName", "fontSize", "textColor", "rise", "us_lines", "link", "backColor",
               "nobr")
_MISSING = object()


def same_frag(f: Any, g: Any) -> bool:
    """Are two fragments of a line drawn alike? ReportLab's ``sameFrag``, the same answer.

    ReportLab asks it for every word of a paragraph in several fonts (a convention's party,
    "<b>Le préfet</b>, M. …"); its compiled version looks up eight attributes that a
    fragment mostly lacks, each miss raising an exception inside: 7 µs a word, a third of the
    cost of breaking such a paragraph into lines. ``getattr`` with a default does not raise.
    """
    if hasattr(f, "cbDefn") or hasattr(g, "cbDefn") or hasattr(f, "lineBreak") or hasattr(
            g, "lineBreak"):
        return False
    for name in _FRAG_STYLE:
        a = getattr(f, name, _MISSING)
        b = getattr(g, name, _MISSING)
        if a is not b and (a is _MISSING or b is _MISSING or a != b):
            return False
    return True


def draw_bullet(canvas: Canvas, offset: float, cur_y: float, bulletText: Any,  # noqa: N803
                style: ParagraphStyle, rtl: Any) -> float:
    """ReportLab's ``_drawBullet`` (a paragraph's bullet, its own text object), the same PDF.

    Every bullet of a document in a given font, size and colour is the same text object but
    for its position: the first is made by ReportLab (which also puts the glyph in the font
    subset), the others copy its code after the position, instead of building a text object
    each (12 µs a bullet). Bullets ReportLab places otherwise (right to left, anchored at
    their end or middle, fragments) are left to it.
    """
    if (rtl or not isinstance(bulletText, str) or style.bulletAnchor != "start"
            or not canvas.bottomup or getattr(canvas, "_enforceColorSpace", None)):
        return REPORTLAB_DRAW_BULLET(canvas, offset, cur_y, bulletText, style, rtl)  # type: ignore[no-any-return]
    key = (bulletText, style.bulletFontName, style.bulletFontSize,
           getattr(style, "bulletColor", style.textColor))
    drawn = _BULLETS.setdefault(canvas._doc, {})
    made = drawn.get(key)
    x = style.bulletIndent - 0  # what ReportLab computes: the indent less a width of 0
    head = f"BT 1 0 0 1 {fp_str(x, cur_y + getattr(style, 'bulletOffsetY', 0))} Tm"
    if made is None:
        start = len(canvas._code)
        result: float = REPORTLAB_DRAW_BULLET(canvas, offset, cur_y, bulletText, style, rtl)
        if len(canvas._code) == start + 1 and canvas._code[start].startswith(head):
            width = canvas.stringWidth(bulletText, style.bulletFontName, style.bulletFontSize)
            drawn[key] = (canvas._code[start][len(head):], width)
        return result
    rest, width = made
    canvas._code.append(head + rest)
    end = (x + width) + style.bulletFontSize * 0.6
    moved: float = max(offset, end - style.leftIndent)
    return moved


_BULLETS: WeakKeyDictionary[Any, dict[tuple[Any, ...], tuple[str, float]]] = (
    WeakKeyDictionary())
"""Per PDF document being written: a bullet's text object after its position, and its width."""

REPORTLAB_SAME_FRAG = _rl_paragraph.sameFrag
REPORTLAB_DRAW_BULLET = _rl_paragraph._drawBullet
_rl_paragraph.sameFrag = same_frag  # what ReportLab's line breaking calls
_rl_paragraph._drawBullet = draw_bullet  # what a paragraph's drawing calls


_NEEDS_CLEANING = re.compile(f"[{re.escape(_wsc.replace(' ', ''))}]|  |^ | $")
"""Text that ``cleanBlockQuotedText`` would change: a line break or any other white space
than single spaces between words (and the no-break spaces it keeps). Other text is already
clean, and most paragraphs are: the check is one regex search instead of splitting and
joining every line's words. ReportLab's white space is every ``str.isspace`` character but
the no-break space (which it keeps inside words), and the zero-width space."""


def para(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain French text: typography applied, markup characters escaped."""
    return MeasuredParagraph(markup(text), style)


def bullets(items: Sequence[str], style: ParagraphStyle | None = None) -> ListFlowable:
    """A list with en-dash bullets, as French administrative texts use."""
    style = style or styles().bullet
    return ListFlowable(
        [ListItem(para(item, style)) for item in items],
        bulletType="bullet",
        start="–",
        bulletFontName=SANS,
        bulletFontSize=style.fontSize,
        bulletColor=TEXT,
        leftIndent=12,
        bulletOffsetY=0,
        spaceAfter=4,
    )


def table_style(*commands: tuple[Any, ...]) -> TableStyle:
    """A ``TableStyle`` in the house font and colour, then ``commands``.

    Always use it: a ReportLab table sets its cells' font even when they hold paragraphs, and
    its default is Helvetica, which would end up in the PDF as a font that is not embedded.
    """
    base: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), SANS, 9.5, 12),
        ("TEXTCOLOR", (0, 0), (-1, -1), TEXT),
    ]
    return TableStyle([*base, *commands])


def build_pdf(
    flowables: Sequence[Flowable],
    *,
    title: str,
    subject: str,
    letterhead: Letterhead,
    draft: bool = False,
    one_page: bool = False,
    marking: str | None = None,
) -> bytes:
    """Lay ``flowables`` out on State pages and return the PDF bytes.

    ``marking``: a line printed at the foot of every page ("Diffusion restreinte …").

    ``title`` and ``subject`` go into the PDF metadata (the author is the issuer, the creator
    "Égide"); ``draft`` prints a diagonal "PROJET" behind the text of every page;
    ``one_page`` shrinks the content, only if it must, so that it fits on the first page.
    """
    register_fonts()
    header = _BlocMarque(letterhead)
    first_top = header.bottom - 7 * mm
    content = list(flowables)
    if one_page:
        height = first_top - MARGIN_BOTTOM - 1  # a point of slack for rounding
        content = [_ShrinkToFit(content, height)]
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_LEFT,
        rightMargin=MARGIN_RIGHT,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        subject=subject,
        author=letterhead.author,
        creator="Égide",
        lang="fr-FR",
        initialFontName=SANS,
    )

    def first_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if draft:
            _draw_watermark(canvas)
        if marking:
            _draw_marking(canvas, marking)
        header.draw(canvas)

    def later_page(canvas: Canvas, _doc: BaseDocTemplate) -> None:
        if draft:
            _draw_watermark(canvas)
        if marking:
            _draw_marking(canvas, marking)

    doc.addPageTemplates(
        [
            PageTemplate(
                "first",
                [_frame("first", first_top)],
                onPage=first_page,
                autoNextPageTemplate="later",
            ),
            PageTemplate("later", [_frame("later", PAGE_HEIGHT - MARGIN_TOP)], onPage=later_page),
        ]
    )
    with collector_paused():
        doc.build(content, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()


def _draw_marking(canvas: Canvas, text: str) -> None:
    """A protective marking at the foot of the page, above the page number."""
    canvas.saveState()
    canvas.setFont(SANS_BOLD, 7.5)
    canvas.setFillColor(RED_MARIANNE)
    canvas.drawCentredString(PAGE_WIDTH / 2, MARGIN_BOTTOM - 5 * mm, text)
    canvas.restoreState()


class _ShrinkToFit(Flowable):  # type: ignore[misc]
    """Its content laid out at full width, then scaled down as a whole if it is too tall.

    (ReportLab's ``KeepInFrame`` reflows the text wider instead, but tables keep the widths of
    their first layout, so the boxes no longer line up with the text.)
    """

    def __init__(self, content: list[Flowable], max_height: float) -> None:
        super().__init__()
        self._inner = KeepInFrame(0, 0, content, mode="overflow")
        self._max_height = max_height
        self._scale = 1.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        width, height = self._inner.wrapOn(self.canv, availWidth, 1e6)
        limit = min(self._max_height, availHeight)
        self._scale = min(1.0, limit / height) if height > 0 else 1.0
        return width * self._scale, height * self._scale

    def drawOn(self, canvas: Canvas, x: float, y: float, _sW: float = 0) -> None:  # noqa: N802, N803
        canvas.saveState()
        canvas.translate(x, y)
        canvas.scale(self._scale, self._scale)
        self._inner.drawOn(canvas, 0, 0)
        canvas.restoreState()


class _Frame(Frame):  # type: ignore[misc]
    """A frame that copies itself quickly: ReportLab deep-copies the current frame each time
    it measures a heading kept with its next paragraph (``keepWithNext``), to try the pair
    out; a frame holds numbers and strings, which a copy may share, and a few lists, which
    are copied whole."""

    def __deepcopy__(self, memo: dict[int, Any]) -> _Frame:
        clone = _Frame.__new__(_Frame)
        clone.__dict__.update(
            (key, value if isinstance(value, _IMMUTABLE) else copy.deepcopy(value, memo))
            for key, value in self.__dict__.items())
        return clone


_IMMUTABLE = (int, float, str, bytes, bool, type(None))


def _frame(frame_id: str, top: float) -> Frame:
    return _Frame(
        MARGIN_LEFT,
        MARGIN_BOTTOM,
        CONTENT_WIDTH,
        top - MARGIN_BOTTOM,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=frame_id,
    )


class _BlocMarque:
    """The first page's header: its geometry is known before drawing, to place the frame."""

    def __init__(self, letterhead: Letterhead) -> None:
        self.letterhead = letterhead
        self.issuer_lines = letterhead.issuer_lines
        self.office_lines: list[str] = []
        for line in (letterhead.office_name or "").splitlines():
            text = french_text(line.strip())
            self.office_lines += simpleSplit(text, SANS, _OFFICE_SIZE, _OFFICE_WIDTH)
        y = _HEADER_TOP - _LOGO_HEIGHT - 3 * mm - _CAP_HEIGHT * _ISSUER_SIZE
        self.issuer_y = y
        y -= (len(self.issuer_lines) - 1) * _ISSUER_LEADING + 2.5 * mm + _MOTTO_LEADING
        self.motto_y = y
        y -= 2 * _MOTTO_LEADING
        bottom = y - _DESCENT * _MOTTO_SIZE
        if self.office_lines:
            y -= 6 * mm + _CAP_HEIGHT * _OFFICE_SIZE
            self.office_y = y
            y -= (len(self.office_lines) - 1) * _OFFICE_LEADING
            bottom = y - _DESCENT * _OFFICE_SIZE
        self.bottom = bottom

    def draw(self, canvas: Canvas) -> None:
        canvas.saveState()
        x = MARGIN_LEFT
        if self.letterhead.logo_png:
            _draw_logo(canvas, self.letterhead.logo_png, x, _HEADER_TOP - _LOGO_HEIGHT)
        canvas.setFillColor(TEXT)
        _draw_lines(canvas, x, self.issuer_y, self.issuer_lines, SANS_BOLD, _ISSUER_SIZE,
                    _ISSUER_LEADING)  # fmt: skip
        motto = ("Liberté", "Égalité", "Fraternité")
        _draw_lines(canvas, x, self.motto_y, motto, SANS_ITALIC, _MOTTO_SIZE, _MOTTO_LEADING)
        if self.office_lines:
            canvas.setFillColor(GREY_TEXT)
            _draw_lines(canvas, x, self.office_y, self.office_lines, SANS, _OFFICE_SIZE,
                        _OFFICE_LEADING)  # fmt: skip
        self._draw_partner_logos(canvas)
        canvas.restoreState()

    def _draw_partner_logos(self, canvas: Canvas) -> None:
        images = [ImageReader(io.BytesIO(png)) for png in self.letterhead.partner_logos]
        sizes = []
        for image in images:
            width, height = image.getSize()
            scale = min(_PARTNER_MAX_HEIGHT / height, _PARTNER_MAX_WIDTH / width)
            sizes.append((width * scale, height * scale))
        x = PAGE_WIDTH - MARGIN_RIGHT - sum(w for w, _ in sizes)
        x -= _PARTNER_GAP * max(len(sizes) - 1, 0)
        for image, (width, height) in zip(images, sizes, strict=True):
            canvas.drawImage(image, x, _HEADER_TOP - height, width, height, mask="auto")
            x += width + _PARTNER_GAP


def _draw_logo(canvas: Canvas, data: bytes, x: float, y: float) -> None:
    """The office's logo in its box (bottom left at ``x``, ``y``), its proportions kept: a PNG
    or JPEG image, or an SVG drawn as vectors (``svg_logo``). An SVG that cannot be drawn
    or an image that cannot be read, leaves the box empty rather than stop the document (the
    identity checks logos when they are chosen)."""
    from desktop.documents.svg_logo import is_svg, svg_drawing

    if not is_svg(data):
        # A damaged image stored before logos were checked when chosen is left out.
        with contextlib.suppress(Exception):
            canvas.drawImage(ImageReader(io.BytesIO(data)), x, y, _LOGO_WIDTH, _LOGO_HEIGHT,
                             preserveAspectRatio=True, anchor="sw", mask="auto")
        return
    from reportlab.graphics import renderPDF

    from desktop.errors import ValidationError

    try:
        drawing = svg_drawing(data)
    except ValidationError:
        return
    scale = min(_LOGO_WIDTH / drawing.width, _LOGO_HEIGHT / drawing.height)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.scale(scale, scale)
    renderPDF.draw(drawing, canvas, 0, 0)
    canvas.restoreState()


def _draw_lines(
    canvas: Canvas,
    x: float,
    y: float,
    lines: Sequence[str],
    font: str,
    size: float,
    leading: float,
) -> None:
    canvas.setFont(font, size)
    for line in lines:
        canvas.drawString(x, y, line)
        y -= leading


def _draw_watermark(canvas: Canvas) -> None:
    """The draft's "PROJET": drawn on a document's first page, then its code copied on the
    next ones (it is drawn first on every page, whose graphics state is then the initial one,
    so the code is the same; its glyphs are already in the font subset)."""
    drawn = _WATERMARKS.get(canvas._doc)
    if drawn is not None:
        canvas._code.extend(drawn)
        return
    start = len(canvas._code)
    draw_watermark_anew(canvas)
    _WATERMARKS[canvas._doc] = canvas._code[start:]


_WATERMARKS: WeakKeyDictionary[Any, list[str]] = WeakKeyDictionary()


def draw_watermark_anew(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setFillColor(WATERMARK)
    canvas.setFont(SANS_BOLD, _WATERMARK_SIZE)
    canvas.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
    canvas.rotate(50)
    canvas.drawCentredString(0, -_CAP_HEIGHT * _WATERMARK_SIZE / 2, _WATERMARK_TEXT)
    canvas.restoreState()


class _NumberedCanvas(Canvas):  # type: ignore[misc]
    """Holds the pages back until the end, then writes "Page x / y" on each."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._page_states: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._draw_footer(total)
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        self.saveState()
        self.setFont(SANS, _FOOTER_SIZE)
        self.setFillColor(GREY_MENTION)
        self.drawCentredString(PAGE_WIDTH / 2, _FOOTER_Y, f"Page {self._pageNumber} / {total}")
        self.restoreState()
