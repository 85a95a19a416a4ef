"""The press invitation to a signing ceremony, in the manner of the préfecture's own (seed
``000_…``): bloc-marque and "Cabinet du préfet", "Melun, le …", the title, day, time and place,
who signs with whom (functions in the feminine for women), what the protocol does, its national
reference, the invitation, and the press contacts.

Importing this module is cheap: ReportLab is imported by ``render_press_invitation`` only.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from desktop.documents.typography import MONTHS, WEEKDAYS, french_date, french_time

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

OFFICE_NAME = "Cabinet du préfet\nBureau de la communication interministérielle"
JOURNALISTS = ("Les journalistes souhaitant assister à cette signature sont priés de bien "
               "vouloir en informer le bureau de la communication interministérielle.")


@dataclass(frozen=True)
class InvitationSigner:
    title: str
    """The function, already in the feminine when the signer is a woman."""
    feminine: bool = False
    name: str | None = None
    represented_by: str | None = None


@dataclass(frozen=True)
class PressInvitation:
    issuer_title: str
    """The bloc-marque's title: "PRÉFET DE SEINE-ET-MARNE"."""
    city: str
    """"Melun": printed before the date ("Melun, le 14 juin 2018"); may be empty."""
    issued_on: dt.date
    protocol_title: str
    """The version's title: "Protocole d'accord départemental relatif à …"."""
    starts_at: dt.datetime
    """Local (Paris) time, as printed."""
    place: str
    host: InvitationSigner
    """The préfet (or préfète) who signs and invites."""
    cosigners: tuple[InvitationSigner, ...]
    measures: tuple[str, ...] = ()
    purpose: str | None = None
    national_reference: str | None = None
    """"le protocole national du 20 avril 2011 relatif à …"."""
    press_contacts: tuple[str, ...] = ()
    office_name: str = OFFICE_NAME
    logo_png: bytes | None = None
    past: bool = False
    """The ceremony has taken place: the text says "a signé" and invites nobody."""


def in_sentence(title: str) -> str:
    """A title inside a sentence: "Procureure de la République…" → "procureure de la
    République…" (an acronym such as "URPS" is left alone)."""
    if len(title) > 1 and title[0].isupper() and title[1].islower():
        return title[0].lower() + title[1:]
    return title


def with_article(signer: InvitationSigner) -> str:
    title = in_sentence(signer.title)
    elided = title[:1].lower() in "aeiouyéèêâîh"
    article = "l'" if elided else ("la " if signer.feminine else "le ")
    text = article + title
    if signer.represented_by:
        text += f", représentée par {signer.represented_by}" if signer.feminine else \
            f", représenté par {signer.represented_by}"
    return text


def enumerate_fr(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " et " + items[-1]


def _kind(title: str) -> str | None:
    lowered = title.lower()
    return next((k for k in ("protocole", "avenant") if lowered.startswith(k)), None)


def title_line(protocol_title: str) -> str:
    """"Signature du protocole d'accord départemental …", "Signature de l'avenant n° 1 …"."""
    kind = _kind(protocol_title)
    if kind == "protocole":
        return "Signature du " + in_sentence(protocol_title)
    if kind == "avenant":
        return "Signature de l'" + in_sentence(protocol_title)
    return f"Signature : {protocol_title}"


def when_line(moment: dt.datetime, issued_on: dt.date | None = None) -> str:
    """"Vendredi 22 juin à 10 h 45"; the year is added when it is not the invitation's."""
    day = "1er" if moment.day == 1 else str(moment.day)
    weekday = WEEKDAYS[moment.weekday()].capitalize()
    year = f" {moment.year}" if issued_on is not None and issued_on.year != moment.year else ""
    return f"{weekday} {day} {MONTHS[moment.month - 1]}{year} à {french_time(moment)}"


def who_signs(invitation: PressInvitation) -> str:
    host = invitation.host
    title = invitation.protocol_title
    noun = ("un " + in_sentence(title)) if _kind(title) else f"le protocole « {title} »"
    if host.name:
        subject = f"{host.name}, {in_sentence(host.title)},"
    else:
        article = with_article(host)
        subject = article[0].upper() + article[1:]
    partners = enumerate_fr([with_article(s) for s in invitation.cosigners])
    verb = "a signé" if invitation.past else "signera"
    return f"{subject} {verb} {noun}" + (f" avec {partners}." if partners else ".")


def invitation_line(host: InvitationSigner) -> str:
    text = with_article(InvitationSigner(host.title, host.feminine))
    return f"{text[0].upper()}{text[1:]} vous invite à assister à cette signature."


def measure_items(measures: tuple[str, ...]) -> list[str]:
    """The measures as a French list: lower-case start, " ;" after each, "." after the last."""
    items = [in_sentence(m.strip().rstrip(" ;.")) for m in measures if m.strip()]
    return [item + (" ;" if i < len(items) - 1 else ".") for i, item in enumerate(items)]


def contact_lines(contacts: tuple[str, ...]) -> list[str]:
    """Each contact on its line, a telephone before numbers and an envelope before e-mails."""
    lines = []
    for raw in contacts:
        for part in re.split(r"\s+[—–]\s+|\n", raw):
            text = part.strip()
            if not text:
                continue
            if "@" in text:
                lines.append(f"✉ {text}")
            elif re.fullmatch(r"[+\d .()-]{8,}", text):
                lines.append(f"☎ {text}")
            else:
                lines.append(text)
    return lines


def render_press_invitation(invitation: PressInvitation) -> bytes:
    """The one-page PDF of ``invitation``."""
    from reportlab.lib.enums import TA_CENTER, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Spacer

    from desktop.documents.layout import BLUE_FRANCE, Letterhead, build_pdf, bullets, para, styles

    st = styles()
    right = ParagraphStyle("InvitationDate", parent=st.body, alignment=TA_RIGHT, spaceAfter=14)
    title = ParagraphStyle("InvitationTitle", parent=st.title, alignment=TA_CENTER, fontSize=15,
                           leading=19, spaceAfter=12)
    center = ParagraphStyle("InvitationWhen", parent=st.heading, alignment=TA_CENTER,
                            fontSize=12.5, leading=16, spaceBefore=0, spaceAfter=2,
                            textColor=BLUE_FRANCE)
    place = ParagraphStyle("InvitationPlace", parent=st.body, alignment=TA_CENTER, fontSize=11,
                           leading=15, spaceAfter=14)
    body = ParagraphStyle("InvitationBody", parent=st.body, fontSize=10.5, leading=15,
                          spaceAfter=8)
    item = ParagraphStyle("InvitationBullet", parent=body, spaceAfter=3)
    flowables: list[Flowable] = [
        para(f"{invitation.city}, le {french_date(invitation.issued_on)}" if invitation.city
             else f"Le {french_date(invitation.issued_on)}", right),
        para(title_line(invitation.protocol_title), title),
        para(when_line(invitation.starts_at, invitation.issued_on), center),
        para(invitation.place, place),
        para(who_signs(invitation), body),
    ]
    if invitation.purpose:
        flowables.append(para(invitation.purpose, body))
    items = measure_items(invitation.measures)
    if items:
        flowables.append(para("Le protocole met en place les mesures suivantes :", body))
        flowables += [bullets(items, item), Spacer(1, 4)]
    if invitation.national_reference:
        flowables.append(para("Ce protocole est la déclinaison départementale du "
                              f"{invitation.national_reference}.", body))
    if not invitation.past:
        flowables += [Spacer(1, 4), para(invitation_line(invitation.host), body),
                      para(JOURNALISTS, body)]
    contacts = contact_lines(invitation.press_contacts)
    if contacts:
        flowables.append(para("Contacts presse", st.heading))
        contact = ParagraphStyle("InvitationContact", parent=body, spaceAfter=2)
        flowables += [para(line, contact) for line in contacts]
    letterhead = Letterhead(invitation.issuer_title, invitation.office_name, invitation.logo_png)
    return build_pdf(flowables, title=title_line(invitation.protocol_title),
                     subject="Invitation presse", letterhead=letterhead, one_page=True)
