"""The convocation to a committee meeting: who is invited, when, where, the agenda, then
"Melun, le …" and the préfet's signature block."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.documents.committee_data import AgendaEntry, Issuer, MeetingInfo
from desktop.documents.typography import french_date, french_datetime


@dataclass(frozen=True)
class ConvocationSigner:
    """Who signs: "Le préfet de Seine-et-Marne," over "Bertrand ROCHEMONT"."""

    function: str
    name: str = ""


def render_convocation(issuer: Issuer, meeting: MeetingInfo, invited: tuple[str, ...],
                       agenda: tuple[AgendaEntry, ...], *, issued_on: dt.date | None = None,
                       signer: ConvocationSigner | None = None) -> bytes:
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import KeepTogether, Spacer

    from desktop.documents.layout import Letterhead, build_pdf, bullets, para, styles

    st = styles()
    right = ParagraphStyle("ConvocationDate", parent=st.body, alignment=TA_RIGHT, spaceAfter=12)
    item = ParagraphStyle("ConvocationItem", parent=st.body, leftIndent=12, spaceAfter=3)
    day = french_date(issued_on or dt.date.today())
    story: list[object] = [
        para(f"{issuer.city}, le {day}" if issuer.city else f"Le {day}", right),
        para(f"Convocation — {meeting.kind}", st.title),
        para("Vous êtes invité(e) à participer à la séance du comité de suivi du protocole "
             f"santé-sécurité-justice, le {french_datetime(meeting.starts_at, weekday=True)}, "
             f"{meeting.place}.", st.body),
    ]
    if meeting.chair:
        story.append(para(f"La séance sera présidée par {meeting.chair}.", st.body))
    story.append(para("Ordre du jour", st.heading))
    # Numbered once: the items carry their order, so no bullet before them.
    story += [para(f"{entry.order}. {entry.title}", item) for entry in agenda] or [
        para("Ordre du jour communiqué ultérieurement.", item)]
    story.append(para("Membres invités", st.heading))
    story.append(bullets(list(invited) or ["—"]))
    story.append(para("En cas d'empêchement, merci de vous faire représenter et d'en informer "
                      "le cabinet du préfet.", st.body))
    if signer is not None:
        block = ParagraphStyle("ConvocationSigner", parent=st.body, leftIndent=260,
                               spaceAfter=0)
        story.append(KeepTogether([
            Spacer(1, 18), para(signer.function, block), Spacer(1, 42),
            para(signer.name, block)]))
    letterhead = Letterhead(issuer.prefet_title, office_name=issuer.office_name,
                            logo_png=issuer.logo_png)
    return build_pdf(story, title=f"Convocation — séance du {meeting.starts_at:%d/%m/%Y}",
                     subject="Comité de suivi du protocole santé-sécurité-justice",
                     letterhead=letterhead)
