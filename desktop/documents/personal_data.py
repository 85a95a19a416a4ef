""""Données d'une personne": everything the vault holds about one practitioner, for a RGPD
right-of-access request (art. 15): identity, registers, cases with their consents and
transmissions, and who consulted them (the access log)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.documents.case_common import EMPTY, grid, label_table

if TYPE_CHECKING:
    from desktop.documents.layout import Letterhead

TITLE = "Données d'une personne"


@dataclass(frozen=True)
class Section:
    title: str
    header: tuple[str, ...]
    """Empty: ``rows`` are (label, value) pairs."""
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()
    """In millimetres, one per column of a table section."""
    empty: str = "Aucune donnée."


@dataclass(frozen=True)
class PersonalData:
    person: str
    """"Mme Anne Martin, pharmacien"."""
    produced_on: str
    sections: tuple[Section, ...]


def render_personal_data(data: PersonalData, letterhead: Letterhead) -> bytes:
    from reportlab.lib.units import mm

    from desktop.documents.layout import build_pdf, para, styles

    st = styles()
    story: list[object] = [
        para(TITLE, st.title),
        para(data.person, st.heading),
        para(f"Relevé établi le {data.produced_on} en réponse à une demande d'accès (article 15 "
             "du RGPD). Il rassemble toutes les données que le bureau conserve sur cette "
             "personne dans Égide.", st.body),
        para("Document confidentiel : à remettre à la seule personne concernée.", st.small),
    ]
    for section in data.sections:
        story.append(para(section.title, st.heading))
        if not section.rows:
            story.append(para(section.empty, st.body))
        elif not section.header:
            story.append(label_table([(r[0], r[1] or EMPTY) for r in section.rows]))
        else:
            story.append(grid(section.header, [[c or EMPTY for c in r] for r in section.rows],
                              [w * mm for w in section.widths]))
    return build_pdf(story, title=f"{TITLE} — {data.person}",
                     subject="Droit d'accès (RGPD, art. 15)", letterhead=letterhead)
