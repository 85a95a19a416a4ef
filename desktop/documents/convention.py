"""The convention (protocol) PDF the préfet and the partners sign.

Title; "Entre :" and the parties; "PRÉAMBULE" and its "Vu …" clauses; "Il est convenu ce qui
suit :"; the numbered articles (paragraphs, and bullet lists from lines starting with "- ");
"Fait à …, le …, en N exemplaires originaux"; then a signature page with one block per party
(function, then name, room to sign) in a two-column grid, in signing order. A draft carries the
"PROJET" watermark on every page.

Plain dataclasses in, bytes out; importing this module does not import ReportLab.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from desktop.documents.typography import french_date, markup

if TYPE_CHECKING:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Flowable

    from desktop.documents.layout import Letterhead


@dataclass(frozen=True)
class ConventionParty:
    """One signatory. ``function`` is already in the signer's gender; ``feminine`` tells the
    agreement of "représentée", "dénommée"."""

    function: str
    organisation: str
    signer_name: str | None = None
    """"Mme Hélène VALLIER" (civility included), or None when not known yet."""
    represented_by: str | None = None
    designation: str | None = None
    """The short name used in the articles: "le préfet"."""
    feminine: bool = False


@dataclass(frozen=True)
class ConventionArticle:
    number: int
    title: str
    body: str

    @property
    def heading(self) -> str:
        return f"Article {self.number} – {self.title}" if self.title else f"Article {self.number}"


@dataclass(frozen=True)
class Convention:
    title: str
    parties: tuple[ConventionParty, ...]
    preamble: tuple[str, ...]
    articles: tuple[ConventionArticle, ...]
    city: str
    signed_on: dt.date | None
    copies: int | None
    subject: str = "Convention"
    subtitle: str | None = None
    """E.g. "Avenant n° 1" or "Mise à jour du 7 novembre 2023"."""


def place_and_date(convention: Convention) -> str:
    """ "Fait à Melun, le 22 juin 2018, en 6 exemplaires originaux." (dots for a draft)."""
    day = french_date(convention.signed_on) if convention.signed_on else "…………………"
    copies = convention.copies or len(convention.parties)
    city = convention.city or "…………………"
    plural = "exemplaires originaux" if copies > 1 else "exemplaire original"
    return f"Fait à {city}, le {day}, en {copies} {plural}."


def with_article(function: str, feminine: bool) -> str:
    """ "Préfète de Seine-et-Marne" → "la préfète de Seine-et-Marne" (l' before a vowel)."""
    text = function[:1].lower() + function[1:]
    if text[:1] in "aeiouyéèêh":
        return f"l'{text}"
    return f"{'la' if feminine else 'le'} {text}"


def party_line(party: ConventionParty, last: bool) -> str:
    """ "Le préfet de Seine-et-Marne, M. Bertrand ROCHEMONT, ci-après dénommé « le préfet »,"."""
    e = "e" if party.feminine else ""
    named = with_article(party.function, party.feminine)
    parts = [named[:1].upper() + named[1:]]
    if party.signer_name:
        parts.append(party.signer_name)
    text = ", ".join(parts)
    if party.represented_by:
        text += f", représenté{e} par {party.represented_by}"
    if party.designation:
        text += f", ci-après dénommé{e} « {party.designation} »"
    return text + ("." if last else ",")


def body_flowables(body: str) -> list[Flowable]:
    """Paragraphs, and a bullet list for each run of lines starting with "- "."""
    from desktop.documents.layout import MeasuredParagraph, para, styles

    st = styles()
    lines = [line.strip() for line in body.splitlines() if line.strip()]
    is_bullet = [line.startswith(("- ", "– ", "• ")) for line in lines]
    result: list[Flowable] = []
    for index, line in enumerate(lines):
        if not is_bullet[index]:
            result.append(para(line, st.body))
            continue
        # A paragraph with an en-dash bullet: what layout.bullets() draws, at a fraction of a
        # ListFlowable's layout cost (the 40-article benchmark). The last one of a run keeps
        # a paragraph's space after it.
        last = index + 1 == len(lines) or not is_bullet[index + 1]
        text = markup(line[2:].strip())
        result.append(MeasuredParagraph(text, _bullet_style(last), bulletText="–"))
    return result


@cache
def _bullet_style(last: bool) -> ParagraphStyle:
    from reportlab.lib.styles import ParagraphStyle

    from desktop.documents.layout import styles

    st = styles()
    return ParagraphStyle(
        "ConventionBulletLast" if last else "ConventionBullet",
        parent=st.bullet,
        leftIndent=12,
        bulletIndent=0,
        bulletFontName=st.bullet.fontName,
        spaceAfter=st.body.spaceAfter if last else st.bullet.spaceAfter,
    )


def render_convention(
    convention: Convention, letterhead: Letterhead, *, draft: bool = False
) -> bytes:
    """The convention PDF."""
    from desktop.documents.collector import collector_paused

    with collector_paused():  # its paragraphs are made here, laid out in build_pdf
        return _render(convention, letterhead, draft)


@dataclass(frozen=True)
class _Styles:
    title: ParagraphStyle
    subtitle: ParagraphStyle
    section: ParagraphStyle
    lead: ParagraphStyle
    party: ParagraphStyle
    signature_function: ParagraphStyle
    signature_name: ParagraphStyle


@cache
def _styles() -> _Styles:
    """The convention's own paragraph styles, made once per process: they depend on nothing
    in the document (and a style seen for the first time costs a parse, ``layout``)."""
    from reportlab.lib.enums import TA_CENTER, TA_LEFT
    from reportlab.lib.styles import ParagraphStyle

    from desktop.documents.layout import styles

    st = styles()
    return _Styles(
        title=ParagraphStyle(
            "ConventionTitle", parent=st.title, alignment=TA_CENTER, spaceBefore=6),
        subtitle=ParagraphStyle(
            "ConventionSubtitle",
            parent=st.body,
            alignment=TA_CENTER,
            fontSize=11,
            leading=15,
            spaceAfter=14,
        ),
        section=ParagraphStyle(
            "ConventionSection",
            parent=st.heading,
            alignment=TA_CENTER,
            spaceBefore=14,
            spaceAfter=8,
        ),
        lead=ParagraphStyle("ConventionLead", parent=st.body, spaceBefore=6, spaceAfter=6),
        party=ParagraphStyle(
            "ConventionParty", parent=st.body, leftIndent=12, alignment=TA_LEFT),
        signature_function=ParagraphStyle(
            "SignatureFunction",
            parent=st.body,
            alignment=TA_CENTER,
            fontSize=9,
            leading=12,
            spaceAfter=2,
        ),
        signature_name=ParagraphStyle(
            "SignatureName", parent=st.body, alignment=TA_CENTER, spaceAfter=0),
    )


def _render(convention: Convention, letterhead: Letterhead, draft: bool) -> bytes:
    from reportlab.platypus import CondPageBreak, PageBreak, Spacer

    from desktop.documents.layout import MeasuredParagraph as Paragraph
    from desktop.documents.layout import build_pdf, para, styles

    st = styles()
    own = _styles()
    title, subtitle, section, lead, party = (
        own.title, own.subtitle, own.section, own.lead, own.party)
    flowables: list[Flowable] = [para(convention.title, title)]
    if convention.subtitle:
        flowables.append(para(convention.subtitle, subtitle))
    else:
        flowables.append(Spacer(1, 8))
    flowables.append(Paragraph(f"<b>{markup('Entre :')}</b>", lead))
    for index, item in enumerate(convention.parties):
        last = index == len(convention.parties) - 1
        text = markup(party_line(item, last))
        named = with_article(item.function, item.feminine)
        function = markup(named[:1].upper() + named[1:])
        flowables.append(Paragraph(text.replace(function, f"<b>{function}</b>", 1), party))
    if convention.preamble:
        flowables.append(para("PRÉAMBULE", section))
        flowables += [para(clause, st.body) for clause in convention.preamble]
    flowables.append(Paragraph(f"<b>{markup('Il est convenu ce qui suit :')}</b>", lead))
    for article in convention.articles:
        # The heading style keeps with the next paragraph; long articles may then split.
        flowables.append(para(article.heading, st.heading))
        flowables += body_flowables(article.body)
    flowables.append(PageBreak() if len(convention.parties) > 2 else CondPageBreak(120))
    flowables.append(para(place_and_date(convention), lead))
    flowables.append(_signature_grid(convention.parties))
    return build_pdf(
        flowables,
        title=convention.title,
        subject=convention.subject,
        letterhead=letterhead,
        draft=draft,
    )


def _signature_grid(parties: Sequence[ConventionParty]) -> Flowable:
    """Two blocks per row, in signing order: function (bold), name, then room to sign."""
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table

    from desktop.documents.layout import CONTENT_WIDTH, para, table_style
    from desktop.documents.layout import MeasuredParagraph as Paragraph

    function, name = _styles().signature_function, _styles().signature_name

    def block(item: ConventionParty) -> list[Flowable]:
        cell: list[Flowable] = [Paragraph(f"<b>{markup(item.function)}</b>", function)]
        if item.represented_by:
            e = "e" if item.feminine else ""
            cell.append(para(f"représenté{e} par {item.represented_by}", function))
        cell.append(para(item.signer_name or "", name))
        cell.append(Spacer(1, 26 * mm))
        return cell

    cells = [block(p) for p in parties]
    if len(cells) % 2:
        cells.append([])
    rows = [cells[i : i + 2] for i in range(0, len(cells), 2)]
    if len(parties) == 1:
        rows = [[cells[0], []]]
    table = Table(rows, colWidths=[CONTENT_WIDTH / 2] * 2, spaceBefore=10)
    table.setStyle(
        table_style(
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 6),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
            ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        )
    )
    return table
