"""The dossier de séance: cover with the bloc-marque, agenda, the statistics charts (vector,
``reportlab.graphics``), the cases on the agenda pseudonymised, the open action items.
Pages are numbered by the shared layout ("Page x / y")."""

from __future__ import annotations

from desktop.documents.committee_data import ActionEntry, DossierData, PseudoCase
from desktop.documents.typography import french_date, french_datetime, french_text


def _actions_table(actions: tuple[ActionEntry, ...]) -> object:
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    from desktop.documents.layout import BLUE_FRANCE, LIGHT_BLUE, para, styles, table_style

    st = styles()
    rows = [[para(h, st.small) for h in ("Action", "Pilote", "Échéance", "Statut", "Lien")]]
    for a in actions:
        rows.append([para(a.title + (f" — {a.last_note}" if a.last_note else ""), st.small),
                     para(a.owner or "—", st.small),
                     para(french_date(a.due_on) if a.due_on else "—", st.small),
                     para(a.status, st.small), para(a.linked or "—", st.small)])
    table = Table(rows, colWidths=[62 * mm, 30 * mm, 26 * mm, 20 * mm, 32 * mm], repeatRows=1)
    table.setStyle(table_style(
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT_BLUE), ("TEXTCOLOR", (0, 0), (-1, 0), BLUE_FRANCE),
        ("GRID", (0, 0), (-1, -1), 0.3, BLUE_FRANCE), ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ))
    return table


def _cases_table(cases: tuple[PseudoCase, ...]) -> object:
    """One table for all the cases: plain strings where the text is short (drawn directly,
    no paragraph layout), a paragraph only for the summary. 500 cases lay out in a blink."""
    import textwrap

    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    from desktop.documents.fonts import SANS_BOLD
    from desktop.documents.layout import (
        BLUE_FRANCE,
        GREY_BACKGROUND,
        LIGHT_BLUE,
        styles,
        table_style,
    )

    st = styles()

    def wrap(text: str, width: int) -> str:
        return "\n".join(textwrap.wrap(text, width, break_long_words=True)) or "—"

    rows: list[list[object]] = [["Réf.", "Profession\nCommune", "Faits\nReçu", "Faits résumés",
                                 "Statut"]]
    for case in cases:
        summary = case.summary
        if case.exact_words:
            summary += f" Propos : « {case.exact_words} »"
        rows.append([case.reference, wrap(case.profession, 24) + "\n" + wrap(case.commune, 24),
                     f"{case.occurred}\n{case.received}",
                     wrap(french_text(summary), 52), wrap(case.status, 13)])
    table = Table(rows, colWidths=[19 * mm, 40 * mm, 19 * mm, 70 * mm, 22 * mm], repeatRows=1)
    table.setStyle(table_style(
        ("FONT", (0, 0), (-1, -1), st.small.fontName, 7.5, 9),
        ("FONT", (0, 0), (-1, 0), SANS_BOLD, 7.5, 9),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT_BLUE), ("TEXTCOLOR", (0, 0), (-1, 0), BLUE_FRANCE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None, GREY_BACKGROUND]),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, BLUE_FRANCE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ))
    return table


def _spacer(height_mm: float) -> object:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    return Spacer(1, height_mm * mm)


def render_dossier(data: DossierData) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Table

    from desktop.documents.charts import bar_chart, column_chart
    from desktop.documents.layout import (
        BLUE_FRANCE,
        CONTENT_WIDTH,
        LIGHT_BLUE,
        Letterhead,
        build_pdf,
        bullets,
        para,
        styles,
        table_style,
    )

    st = styles()
    m = data.meeting
    story: list[object] = [
        _spacer(30),
        para("Dossier de séance", st.title),
        para(f"{m.kind} du protocole santé-sécurité-justice", st.heading),
        para(f"{french_datetime(m.starts_at, weekday=True)} — {m.place}", st.body),
    ]
    if m.chair:
        story.append(para(f"Présidence : {m.chair}", st.body))
    story += [_spacer(8), para("Document de travail à diffusion restreinte. Les signalements y "
                               "sont pseudonymisés ; les effectifs inférieurs à "
                               f"{data.threshold} sont masqués (« < {data.threshold} »), "
                               "avec assez d'autres cases (« s. ») pour qu'aucun ne puisse être "
                               "recalculé ; les dates sont données au mois, la commune "
                               "seulement au-delà de 5 000 habitants (sinon l'arrondissement), "
                               "la profession par groupe.", st.small)]
    if data.audit_head:
        story += [_spacer(4), para(f"Journal d'audit à l'impression : {data.audit_head}",
                                   st.small)]
    if any(case.exact_words for case in data.cases):
        story += [_spacer(4), para(
            "ATTENTION : ce dossier contient les propos exacts rapportés par les victimes. "
            "Ils peuvent permettre de les reconnaître : ne le diffusez qu'aux membres du comité "
            "et détruisez-le après la séance.", st.body)]
    story += [PageBreak(), para("Ordre du jour", st.title)]
    for item in data.agenda:
        story.append(para(f"{item.order}. {item.title}", st.heading))
        if item.notes:
            story.append(para(item.notes, st.body))
        if item.links:
            story.append(bullets(list(item.links)))
    story += [PageBreak(), para("Statistiques", st.title), para(data.period_label, st.body)]
    summary = Table([[para(k, st.small), para(v, st.small)] for k, v in data.summary],
                    colWidths=[110 * mm, 40 * mm])
    summary.setStyle(table_style(("BACKGROUND", (0, 0), (0, -1), LIGHT_BLUE),
                                 ("GRID", (0, 0), (-1, -1), 0.3, BLUE_FRANCE)))
    story += [summary, _spacer(4)]
    for index, chart in enumerate(data.charts):
        if index == 0:
            story.append(column_chart(chart, CONTENT_WIDTH, 62 * mm))
        else:
            rows = len(chart.labels)
            story.append(bar_chart(chart, CONTENT_WIDTH, max(40, 30 + rows * 13) * 1.0))
        story.append(_spacer(4))
    if data.measures:
        current, previous = data.measures_years
        story += [PageBreak(), para("Mesures du protocole", st.title),
                  para(f"Chaque indicateur en {current}, comparé à {previous}.", st.small)]
        board_rows = [[para(text, st.small) for text in ("Mesure", "Indicateur", str(current),
                                                   str(previous))]]
        board_rows += [[para(f.measure, st.small), para(f.indicator, st.small),
                  para(f.current, st.small), para(f.previous, st.small)]
                 for f in data.measures]
        board = Table(board_rows, colWidths=[70 * mm, 66 * mm, 17 * mm, 17 * mm], repeatRows=1)
        board.setStyle(table_style(("BACKGROUND", (0, 0), (-1, 0), LIGHT_BLUE),
                                   ("GRID", (0, 0), (-1, -1), 0.3, BLUE_FRANCE)))
        story.append(board)
    if data.cases:
        story += [PageBreak(), para("Signalements examinés", st.title),
                  para(f"{len(data.cases)} signalement(s), pseudonymisés.", st.small)]
        story.append(_cases_table(data.cases))
    story += [PageBreak(), para("Actions en cours", st.title)]
    if data.actions:
        story.append(_actions_table(data.actions))
    else:
        story.append(para("Aucune action en cours.", st.body))
    letterhead = Letterhead(data.issuer.prefet_title, office_name=data.issuer.office_name,
                            logo_png=data.issuer.logo_png)
    return build_pdf(story, title=f"Dossier de séance — {m.kind} du {m.starts_at:%d/%m/%Y}",
                     subject="Comité de suivi du protocole santé-sécurité-justice",
                     letterhead=letterhead)
