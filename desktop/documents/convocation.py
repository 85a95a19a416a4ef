"""The convocation to a committee meeting: who is invited, when, where, the agenda."""

from __future__ import annotations

from desktop.documents.committee_data import AgendaEntry, Issuer, MeetingInfo
from desktop.documents.typography import french_datetime


def render_convocation(issuer: Issuer, meeting: MeetingInfo, invited: tuple[str, ...],
                       agenda: tuple[AgendaEntry, ...]) -> bytes:
    from desktop.documents.layout import Letterhead, build_pdf, bullets, para, styles

    st = styles()
    story: list[object] = [
        para(f"Convocation — {meeting.kind}", st.title),
        para("Vous êtes invité(e) à participer à la séance du comité de suivi du protocole "
             f"santé-sécurité-justice, le {french_datetime(meeting.starts_at, weekday=True)}, "
             f"{meeting.place}.", st.body),
    ]
    if meeting.chair:
        story.append(para(f"La séance sera présidée par {meeting.chair}.", st.body))
    story.append(para("Ordre du jour", st.heading))
    story.append(bullets([f"{item.order}. {item.title}" for item in agenda]
                         or ["Ordre du jour communiqué ultérieurement."]))
    story.append(para("Membres invités", st.heading))
    story.append(bullets(list(invited) or ["—"]))
    story.append(para("En cas d'empêchement, merci de vous faire représenter et d'en informer "
                      "le cabinet du préfet.", st.body))
    letterhead = Letterhead(issuer.prefet_title, office_name=issuer.office_name,
                            logo_png=issuer.logo_png)
    return build_pdf(story, title=f"Convocation — séance du {meeting.starts_at:%d/%m/%Y}",
                     subject="Comité de suivi du protocole santé-sécurité-justice",
                     letterhead=letterhead)
