"""The relevé de décisions: attendance with a presence column (arrivals and departures),
decisions per agenda item, action items (who, what, when)."""

from __future__ import annotations

from desktop.documents.columns import fit_columns
from desktop.documents.committee_data import MinutesData
from desktop.documents.typography import french_date, french_datetime, french_time


def render_minutes(data: MinutesData) -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer, Table

    from desktop.documents.layout import (
        BLUE_FRANCE,
        LIGHT_BLUE,
        Letterhead,
        build_pdf,
        bullets,
        para,
        styles,
        table_style,
    )

    st = styles()
    # A cell never cuts a word ("Aban-donnée"): the columns are widened to their longest word.
    cell = ParagraphStyle("MinutesCell", parent=st.small, splitLongWords=0)
    detail = ParagraphStyle("MinutesDecisionDetail", parent=st.small, leftIndent=18)
    m = data.meeting
    story: list[object] = [
        para("Relevé de décisions", st.title),
        para(f"{m.kind} — {french_datetime(m.starts_at, weekday=True)} — {m.place}", st.body),
    ]
    if m.chair:
        story.append(para(f"Présidence : {m.chair}", st.body))
    story.append(para("Participants", st.heading))
    texts = [["Membre", "Nom", "Présence", "Arrivée", "Départ"]]
    for a in data.attendance:
        texts.append([a.member + (f" ({a.organisation})" if a.organisation else ""),
                      a.person_name or "—", a.presence,
                      french_time(a.arrived_at) if a.arrived_at else "",
                      french_time(a.left_at) if a.left_at else ""])
    rows = [[para(text, cell) for text in row] for row in texts]
    widths = fit_columns(texts, [62 * mm, 38 * mm, 36 * mm, 17 * mm, 17 * mm],
                         cell.fontName, cell.fontSize)
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(table_style(("BACKGROUND", (0, 0), (-1, 0), LIGHT_BLUE),
                               ("GRID", (0, 0), (-1, -1), 0.3, BLUE_FRANCE),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")))
    story.append(table)
    if data.quorum:
        story += [Spacer(1, 2 * mm), para(data.quorum, st.small)]
    story.append(para("Décisions", st.heading))
    for item in data.agenda:
        story.append(para(f"{item.order}. {item.title}", st.body))
        if not item.decisions:
            story.append(bullets(["Pas de décision."]))
        for index, decision in enumerate(item.decisions):
            story.append(bullets([decision]))
            if index < len(item.decision_details):
                story.append(para(item.decision_details[index], detail))
    if data.body.strip():
        story.append(para("Observations", st.heading))
        for paragraph in data.body.strip().split("\n\n"):
            story.append(para(paragraph, st.body))
    story.append(para("Actions", st.heading))
    if data.actions:
        texts = [["Qui", "Quoi", "Quand", "Statut"]]
        for act in data.actions:
            texts.append([act.owner or "—", act.title,
                          french_date(act.due_on) if act.due_on else "—", act.status])
        rows = [[para(text, cell) for text in row] for row in texts]
        widths = fit_columns(texts, [36 * mm, 90 * mm, 26 * mm, 18 * mm],
                             cell.fontName, cell.fontSize)
        actions = Table(rows, colWidths=widths, repeatRows=1)
        actions.setStyle(table_style(("BACKGROUND", (0, 0), (-1, 0), LIGHT_BLUE),
                                     ("GRID", (0, 0), (-1, -1), 0.3, BLUE_FRANCE),
                                     ("VALIGN", (0, 0), (-1, -1), "TOP")))
        story.append(actions)
    else:
        story.append(para("Aucune action.", st.body))
    story.append(Spacer(1, 6 * mm))
    if data.content_hash:
        story.append(para(f"Relevé verrouillé. Empreinte SHA-256 : {data.content_hash}",
                          st.small))
        if data.lock_entry:
            story.append(para(f"Verrouillage inscrit au journal d'audit : {data.lock_entry}",
                              st.small))
        if data.audit_head:
            story.append(para(f"Journal d'audit à l'impression : {data.audit_head}", st.small))
    letterhead = Letterhead(data.issuer.prefet_title, office_name=data.issuer.office_name,
                            logo_png=data.issuer.logo_png)
    return build_pdf(story, title=f"Relevé de décisions — séance du {m.starts_at:%d/%m/%Y}",
                     subject="Comité de suivi du protocole santé-sécurité-justice",
                     letterhead=letterhead, draft=data.status == "projet")
