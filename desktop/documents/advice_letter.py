"""The cover letter that goes with a written security diagnostic (or an audit) of a practice,
article 4 of the protocol: to whom, who carried it out, when, and what the office offers next."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.documents.typography import french_date

if TYPE_CHECKING:
    from desktop.documents.layout import Letterhead


@dataclass(frozen=True)
class AdviceLetter:
    recipient: str
    """"Mme Hélène AUBÉPINE" or a structure's name."""
    recipient_address: str
    commune: str
    kind_label: str
    """"Diagnostic écrit", "Audit"…"""
    requested_on: dt.date
    done_on: dt.date | None
    referent: str | None
    """"Adjudant-chef … (Référent sûreté, Brigade de …)"."""
    outcome: str
    city: str
    printed_on: dt.date
    office_phone: str = ""
    office_email: str = ""


def render_advice_letter(letter: AdviceLetter, letterhead: Letterhead) -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm

    from desktop.documents.layout import build_pdf, bullets, para, styles

    st = styles()
    right = ParagraphStyle("advice_right", parent=st.body, leftIndent=95 * mm,
                           alignment=0, spaceAfter=10)
    place = f"{letter.city}, le {french_date(letter.printed_on)}" if letter.city else (
        f"Le {french_date(letter.printed_on)}")
    address = "\n".join([letter.recipient, *letter.recipient_address.splitlines()])
    kind = letter.kind_label.lower()
    done = (f"réalisé le {french_date(letter.done_on)}" if letter.done_on
            else "en cours de réalisation")
    by = f" par {letter.referent}" if letter.referent else ""
    story: list[object] = [
        para(place, right),
        para(address, right),
        para(f"Objet : {kind} de sûreté de votre lieu d'exercice ({letter.commune})", st.heading),
        para("Madame, Monsieur,", st.body),
        para(f"Le {french_date(letter.requested_on)}, vous avez sollicité, dans le cadre du "
             "protocole santé-sécurité-justice (article\u00a04, conseils de sûreté), "
             "l'intervention d'un référent sûreté de la police ou de la gendarmerie "
             "nationales.", st.body),
        para(f"Vous trouverez ci-joint le {kind}{by}, {done}.", st.body),
    ]
    if letter.outcome.strip():
        story.append(para("Principales préconisations", st.heading))
        story.append(bullets([line.strip(" -•") for line in letter.outcome.splitlines()
                              if line.strip()]))
    contact = " ".join(part for part in (letter.office_phone, letter.office_email) if part)
    story += [
        para("Ces préconisations peuvent ouvrir droit à une aide du fonds interministériel de "
             "prévention de la délinquance (FIPD) pour les équipements de sûreté et de "
             "vidéoprotection ; le bureau se tient à votre disposition pour vous accompagner "
             "dans cette démarche.", st.body),
        para("Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations "
             "distinguées.", st.body),
        para("Pour le préfet et par délégation,", st.body),
    ]
    if contact:
        story.append(para(f"Contact du bureau : {contact}", st.small))
    return build_pdf(story, title=f"{letter.kind_label} de sûreté — lettre d'accompagnement",
                     subject="Protocole santé-sécurité-justice — conseils de sûreté",
                     letterhead=letterhead)
