"""The "Annuaire des référents sûreté": what the CDOM passes to doctors.

Grouped by arrondissement or by force; in each group a table commune → unit → référent →
phone, whose header row is repeated on every page. The "à jour au" date is the OLDEST
verification of the référents listed; a référent not verified for too long is marked "à
vérifier". Words are never cut: names break at their hyphens and spaces, e-mails at "@".
Every page says "Diffusion restreinte".
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.documents.layout import Letterhead


@dataclass(frozen=True)
class AnnuaireLine:
    commune: str
    """"Coulommiers (77120)"."""
    unit: str
    referents: tuple[tuple[str, str, str], ...]
    """(name with role, phones as displayed one per line, e-mail) of each référent; empty
    when none."""
    unit_phone: str = ""
    """The unit's phone as displayed, printed when no référent is known."""
    stale: tuple[bool, ...] = ()
    """For each référent, True when "à vérifier"."""


@dataclass(frozen=True)
class AnnuaireGroup:
    title: str
    """"Arrondissement de Meaux (772)" or "Gendarmerie nationale"."""
    lines: tuple[AnnuaireLine, ...]


@dataclass(frozen=True)
class Annuaire:
    department_name: str
    scope: str
    """"Toutes les communes", "Arrondissement 771"…"""
    up_to_date: dt.date | None
    printed_on: dt.date
    groups: tuple[AnnuaireGroup, ...]


_HEADER = ("Commune", "Unité compétente", "Référent / correspondant", "Téléphone", "Courriel")
_NOBODY = "<i>aucun référent : appeler l'unité</i>"
_NOBODY_NO_UNIT = "<i>aucun référent ni unité connus</i>"
_STALE = " <font color='#B34000'><b>(à vérifier)</b></font>"
RESTRICTED = "Diffusion restreinte — document interne, ne pas transmettre hors des services"


def render_annuaire(annuaire: Annuaire, letterhead: Letterhead) -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import CondPageBreak, Spacer, Table

    from desktop.documents.fonts import SANS_BOLD
    from desktop.documents.layout import (
        BLUE_FRANCE as BLUE,
    )
    from desktop.documents.layout import (
        CONTENT_WIDTH,
        GREY_BACKGROUND,
        LIGHT_BLUE,
        build_pdf,
        para,
        styles,
        table_style,
    )
    from desktop.documents.typography import french_date, markup

    st = styles()
    small = st.small
    up_to_date = (french_date(annuaire.up_to_date) if annuaire.up_to_date
                  else "aucune vérification enregistrée")
    flowables = [
        para("Annuaire des référents sûreté", st.title),
        para(f"{annuaire.department_name} — {annuaire.scope}", st.heading),
        para(f"À jour au {up_to_date} (imprimé le {french_date(annuaire.printed_on)}). "
             "En cas d'urgence, composez le 17. Pour un conseil de sûreté (diagnostic du "
             "cabinet, dispositif d'alerte), contactez le référent de la commune du cabinet.",
             st.body),
    ]
    # Not keepWithNext: kept with a table longer than a page, the heading would be pushed to a
    # page of its own. A conditional page break keeps it off the bottom of a page instead.
    group_heading = ParagraphStyle("AnnuaireGroup", parent=st.heading, keepWithNext=0)
    widths = [CONTENT_WIDTH * share for share in (0.19, 0.22, 0.20, 0.14, 0.25)]
    # No word cut in the middle: a line breaks at spaces and at the hyphens of a name
    # ("Saint-Mandrier-" / "sur-Mer"), never inside a word.
    cell = ParagraphStyle("AnnuaireCell", parent=small, fontSize=7.5, leading=9.2, spaceAfter=0,
                          splitLongWords=0, embeddedHyphenation=1, hyphenationMinWordLength=4)
    header = ParagraphStyle("AnnuaireHeader", parent=cell, fontName=SANS_BOLD, textColor=BLUE)
    for group in annuaire.groups:
        flowables.append(CondPageBreak(45 * mm))
        flowables.append(para(f"{group.title} ({len(group.lines)} commune(s))", group_heading))
        rows: list[Sequence[object]] = [[para(text, header) for text in _HEADER]]
        commands: list[tuple[object, ...]] = []
        for number, line in enumerate(group.lines):
            first = len(rows)
            people = line.referents or (("", "", ""),)
            for index, (name, phone, mail) in enumerate(people):
                stale = index < len(line.stale) and line.stale[index]
                if name:
                    who = _raw(markup(name) + (_STALE if stale else ""), cell)
                    phone_cell: object = _raw(_phones(phone), cell)
                elif line.unit:
                    who = _raw(_NOBODY, cell)
                    phone_cell = _raw(_phones(line.unit_phone), cell)
                else:
                    who, phone_cell = _raw(_NOBODY_NO_UNIT, cell), ""
                rows.append([
                    para(line.commune, cell) if index == 0 else "",
                    para(line.unit or "—", cell) if index == 0 else "",
                    who,
                    phone_cell,
                    _raw(_email(mail), cell) if mail else "",
                ])
            last = len(rows) - 1
            commands.append(("LINEABOVE", (0, first), (-1, first), 0.4, LIGHT_BLUE))
            if number % 2:
                commands.append(("BACKGROUND", (0, first), (-1, last), GREY_BACKGROUND))
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(table_style(
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT_BLUE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            *commands,
        ))
        flowables += [table, Spacer(1, 4 * mm)]
    if not annuaire.groups:
        flowables.append(para("Aucune commune à afficher.", st.body))
    return build_pdf(
        flowables,
        title="Annuaire des référents sûreté",
        subject=f"{annuaire.department_name} — {annuaire.scope}, à jour au {up_to_date}",
        letterhead=letterhead,
        marking=RESTRICTED,
    )


def _phones(text: str) -> str:
    """One number a line ("01 64 75 82 00" / "port. 06 12 34 56 78"), never split inside."""
    from desktop.documents.typography import escape

    def one(line: str) -> str:
        label, _, number = line.rpartition(". ")  # "port. 06 12 …": the label may wrap
        joined = escape(number or line).replace(" ", "\u00a0")
        return f"{escape(label)}. {joined}" if label else joined

    lines = [line.strip() for line in (text or "—").splitlines() if line.strip()]
    return "<br/>".join(one(line) for line in lines) or "—"


def _email(mail: str) -> str:
    """A long address breaks before the "@", not anywhere in the middle of a word."""
    from desktop.documents.typography import escape

    local, at, domain = mail.partition("@")
    if len(mail) <= 22 or not at:
        return escape(mail)
    if len(domain) > 28 and "." in domain:  # a very long domain breaks at a dot, too
        head, _, tail = domain.partition(".")
        return f"{escape(local)}<br/>@{escape(head)}.<br/>{escape(tail)}"
    return f"{escape(local)}<br/>@{escape(domain)}"


def _raw(markup_text: str, style: object) -> object:
    from reportlab.platypus import Paragraph

    return Paragraph(markup_text, style)
