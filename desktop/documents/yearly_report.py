"""The yearly report of the protocol on the national observatories' axes: each axis as a
paired chart (the year in blue, the year before in light blue) above its table, then the
measures board, the security advice, the alerts and the vidéoprotection. Every count arrives
already suppressed ("< 5", "s."): the document only lays out text. Pages numbered by the shared
layout ("Page x / y")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.documents.committee_data import Issuer, MeasureFigure


@dataclass(frozen=True)
class ReportRow:
    label: str
    current: str
    previous: str
    current_value: int | None = None
    """For the chart's bar: None for a masked count (no bar, its text instead)."""
    previous_value: int | None = None


@dataclass(frozen=True)
class ReportTable:
    title: str
    rows: tuple[ReportRow, ...]
    note: str = ""
    chart: bool = True


@dataclass(frozen=True)
class YearlyReportData:
    issuer: Issuer
    department: str
    """The département joined by "de": "de Seine-et-Marne", "du Var"."""
    year: int
    threshold: int
    summary: tuple[ReportRow, ...]
    axes: tuple[ReportTable, ...]
    measures: tuple[MeasureFigure, ...]
    protocol_title: str | None
    sections: tuple[ReportTable, ...]
    """Security advice, alerts, vidéoprotection."""
    audit_head: str = ""


def paired_chart(table: ReportTable, years: tuple[int, int], width: float) -> Any:
    """Horizontal bars, two per row: the year (bleu France) and the year before (light
    blue); a masked count draws no bar but its text in red."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib.colors import HexColor

    from desktop.documents.fonts import SANS, SANS_BOLD, register_fonts

    register_fonts()
    blue, light, red = HexColor("#000091"), HexColor("#9A9AFF"), HexColor("#E1000F")
    text, grey = HexColor("#161616"), HexColor("#F6F6F6")
    pair = 20.0
    height = 24 + pair * len(table.rows) + 8
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=grey, strokeColor=None))
    for n, (year, colour) in enumerate(zip(years, (blue, light), strict=True)):
        x = width - 150 + n * 70
        drawing.add(Rect(x, height - 14, 9, 7, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 12, height - 14, str(year), fontName=SANS, fontSize=7.5,
                           fillColor=text))
    label_width = min(190.0, width * 0.42)
    left, right = 8 + label_width + 6, width - 44
    peak = max([v for r in table.rows for v in (r.current_value, r.previous_value)
                if v is not None] + [1])
    top = height - 24
    for index, row in enumerate(table.rows):
        y = top - (index + 1) * pair
        short = row.label if len(row.label) <= 46 else row.label[:45] + "…"
        drawing.add(String(8, y + pair * 0.4, short, fontName=SANS, fontSize=7, fillColor=text))
        for k, (value, shown, colour) in enumerate((
                (row.current_value, row.current, blue),
                (row.previous_value, row.previous, light))):
            bar_y = y + pair * 0.5 - k * pair * 0.42
            if value is None:
                drawing.add(String(left + 3, bar_y + 1, shown, fontName=SANS_BOLD,
                                   fontSize=6.5, fillColor=red))
                continue
            length = (right - left) * value / peak
            if length > 0:
                drawing.add(Rect(left, bar_y, length, pair * 0.36, fillColor=colour,
                                 strokeColor=None))
            drawing.add(String(left + length + 3, bar_y + 1, shown, fontName=SANS,
                               fontSize=6.5, fillColor=text))
    return drawing


def _table(table: ReportTable, years: tuple[int, int]) -> Any:
    from reportlab.lib.units import mm
    from reportlab.platypus import Table

    from desktop.documents.layout import BLUE_FRANCE, LIGHT_BLUE, para, styles, table_style

    st = styles()
    rows = [[para(text, st.small) for text in (table.title, str(years[0]), str(years[1]))]]
    rows += [[para(r.label, st.small), r.current, r.previous] for r in table.rows]
    grid = Table(rows, colWidths=[120 * mm, 25 * mm, 25 * mm], repeatRows=1)
    grid.setStyle(table_style(
        ("FONT", (1, 1), (-1, -1), st.small.fontName, 8, 10),
        ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
        ("BACKGROUND", (0, 0), (-1, 0), LIGHT_BLUE), ("TEXTCOLOR", (0, 0), (-1, 0), BLUE_FRANCE),
        ("GRID", (0, 0), (-1, -1), 0.3, BLUE_FRANCE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
    ))
    return grid


def render_yearly_report(data: YearlyReportData) -> bytes:
    from reportlab.lib.units import mm
    from reportlab.platypus import KeepTogether, PageBreak, Spacer, Table

    from desktop.documents.layout import (
        BLUE_FRANCE,
        CONTENT_WIDTH,
        LIGHT_BLUE,
        Letterhead,
        build_pdf,
        para,
        styles,
        table_style,
    )

    st = styles()
    years = (data.year, data.year - 1)
    t = data.threshold
    story: list[Any] = [
        Spacer(1, 24 * mm),
        para(f"Rapport annuel {data.year}", st.title),
        para(f"Protocole santé-sécurité-justice {data.department}", st.heading),
        para(f"Les atteintes aux professionnels de santé signalées en {data.year}, sur les axes "
             "des observatoires nationaux (Observatoire de la sécurité des médecins de l'Ordre, "
             f"ONVS), comparées à {data.year - 1} ; les mesures du protocole et leur mise en "
             "œuvre.", st.body),
        Spacer(1, 4 * mm),
        para(f"Les effectifs inférieurs à {t} sont masqués (« < {t} »), avec assez d'autres "
             "cases (« s. ») pour qu'aucun ne puisse être recalculé à partir des totaux. Un "
             "signalement est compté l'année où les faits ont eu lieu. Sur les axes marqués "
             "« plusieurs réponses », un signalement peut compter sur plusieurs lignes.",
             st.small),
    ]
    if data.audit_head:
        story.append(para(f"Journal d'audit à l'impression : {data.audit_head}", st.small))
    story += [Spacer(1, 4 * mm), para("Synthèse", st.heading), _table(
        ReportTable("Indicateur", data.summary), years)]
    story += [PageBreak(), para("Les signalements sur les axes nationaux", st.title)]
    for table in data.axes:
        block: list[Any] = [para(table.title, st.heading)]
        if table.note:
            block.append(para(table.note, st.small))
        if table.chart:
            block += [paired_chart(table, years, CONTENT_WIDTH), Spacer(1, 2 * mm)]
        block += [_table(table, years), Spacer(1, 3 * mm)]
        story.append(KeepTogether(block))
    story += [PageBreak(), para("Mesures du protocole", st.title),
              para(f"Protocole en vigueur : {data.protocol_title}." if data.protocol_title
                   else "Aucune version du protocole n'est en vigueur : toutes les mesures "
                        "suivies sont présentées.", st.small)]
    if data.measures:
        rows = [[para(text, st.small) for text in ("Mesure", "Indicateur", str(years[0]),
                                                   str(years[1]))]]
        rows += [[para(f.measure, st.small), para(f.indicator, st.small), f.current,
                  f.previous] for f in data.measures]
        board = Table(rows, colWidths=[65 * mm, 65 * mm, 20 * mm, 20 * mm], repeatRows=1)
        board.setStyle(table_style(
            ("FONT", (2, 1), (-1, -1), st.small.fontName, 8, 10),
            ("ALIGN", (2, 0), (-1, -1), "RIGHT"),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT_BLUE),
            ("TEXTCOLOR", (0, 0), (-1, 0), BLUE_FRANCE),
            ("GRID", (0, 0), (-1, -1), 0.3, BLUE_FRANCE), ("VALIGN", (0, 0), (-1, -1), "TOP")))
        story.append(board)
    for table in data.sections:
        block = [para(table.title, st.heading)]
        if table.note:
            block.append(para(table.note, st.small))
        block.append(_table(table, years))
        story.append(KeepTogether(block))
    letterhead = Letterhead(data.issuer.prefet_title, office_name=data.issuer.office_name,
                            logo_png=data.issuer.logo_png)
    return build_pdf(story, title=f"Rapport annuel {data.year} — protocole santé-sécurité-"
                                  f"justice {data.department}",
                     subject="Statistiques sur les axes des observatoires nationaux",
                     letterhead=letterhead)
