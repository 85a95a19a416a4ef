"""Pieces shared by the case documents (fiche de signalement, case summary)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.documents.typography import french_date, french_datetime

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from desktop.documents.case_data import CaseData

EMPTY = "—"
CONFIDENTIAL = ("Document confidentiel : données relatives à des infractions et, le cas échéant, "
                "à la santé (art. 9 et 10 du RGPD). Ne pas diffuser hors des destinataires "
                "autorisés par le praticien.")


def local(moment: dt.datetime) -> dt.datetime:
    """The time as given: the service already put it in the office's zone."""
    return moment


def when(moment: dt.datetime) -> str:
    return french_datetime(local(moment))


def day(value: dt.date | None) -> str:
    return french_date(value) if value else EMPTY


def facts_rows(case: CaseData) -> list[tuple[str, str]]:
    """The facts on the published axes, as label/value pairs."""
    place = case.place or EMPTY
    if case.setting:
        place += f" ({case.setting.lower()})"
    commune = EMPTY
    if case.commune_name:
        commune = f"{case.commune_name} ({case.insee_code})"
    severity = []
    if case.severity_persons:
        severity.append(f"personnes, niveau {case.severity_persons.level} : "
                        f"{case.severity_persons.label}")
    if case.severity_property:
        severity.append(f"biens, niveau {case.severity_property.level} : "
                        f"{case.severity_property.label}")
    weapon = "non"
    if case.weapon:
        weapon = "oui" + (f" ({case.weapon_text})" if case.weapon_text else "")
    return [
        ("Date et heure des faits", when(case.occurred_at)),
        ("Commune", commune),
        ("Zone", case.force_zone or EMPTY),
        ("Lieu", place),
        ("Type(s) d'atteinte", ", ".join(case.types) or EMPTY),
        ("Motif", case.motive or EMPTY),
        ("Gravité", " ; ".join(severity) or EMPTY),
        ("ITT", f"{case.itt_days} jour(s)" if case.itt_days is not None else EMPTY),
        ("Arme", weapon),
    ]


def people_rows(case: CaseData) -> list[tuple[str, str]]:
    victims = [f"{v.name}, {v.profession.lower()}"
               + (f" ({v.specialty})" if v.specialty else "") for v in case.victims]
    authors = []
    for a in case.authors:
        text = a.kind + (f" : {a.description}" if a.description else "")
        if a.impaired_judgement:
            text += " ; altération du discernement" + (f" ({a.impairment_cause})"
                                                       if a.impairment_cause else "")
        authors.append(text)
    return [("Victime(s)", "\n".join(victims) or EMPTY),
            ("Auteur(s)", "\n".join(authors) or "Non renseigné")]


def label_table(rows: Sequence[tuple[str, str]]) -> Flowable:
    """Two columns: a blue label, the value (plain text, French typography)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    from desktop.documents.layout import BLUE_FRANCE, para, styles, table_style

    st = styles()
    label = ParagraphStyle("EgideCaseLabel", parent=st.small, textColor=BLUE_FRANCE,
                           spaceAfter=0)
    value = ParagraphStyle("EgideCaseValue", parent=st.body, spaceAfter=0)
    table = Table([[para(k, label), para(v, value)] for k, v in rows],
                  colWidths=[42 * mm, "*"], hAlign="LEFT")
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ))
    return table


def grid(header: Sequence[str], rows: Sequence[Sequence[str]],
         widths: Sequence[float | str]) -> Flowable:
    """A ruled table with a light-blue header row."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Table

    from desktop.documents.layout import BLUE_FRANCE, LIGHT_BLUE, para, styles, table_style

    st = styles()
    cell = ParagraphStyle("EgideCaseCell", parent=st.small, spaceAfter=0)
    head = ParagraphStyle("EgideCaseHead", parent=cell, textColor=BLUE_FRANCE)
    data = [[para(h, head) for h in header]] + [[para(c, cell) for c in r] for r in rows]
    table = Table(data, colWidths=list(widths), hAlign="LEFT", repeatRows=1)
    table.setStyle(table_style(
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT_BLUE),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, BLUE_FRANCE),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ))
    return table
