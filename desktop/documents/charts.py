"""Statistics charts drawn as vector graphics with ``reportlab.graphics`` (no Qt, no display):
sharp on paper, printable from the CLI. State palette (DOMAIN.md §5).

A suppressed value (a small count) draws no bar: its place shows "< 5" instead, so that the
bar's height cannot give the count back.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ChartData:
    title: str
    labels: tuple[str, ...]
    values: tuple[int | None, ...]
    """None for a suppressed (small) count."""
    shown: tuple[str, ...]
    """The text printed for each value ("12", "< 5")."""


def bar_chart(data: ChartData, width: float, height: float) -> Any:
    """A ``Drawing`` with horizontal bars (labels readable even when long)."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib.colors import HexColor

    from desktop.documents.fonts import SANS, SANS_BOLD, register_fonts

    register_fonts()
    blue, red, light = HexColor("#000091"), HexColor("#E1000F"), HexColor("#E3E3FD")
    text = HexColor("#161616")
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=HexColor("#F6F6F6"), strokeColor=None))
    drawing.add(String(8, height - 16, data.title, fontName=SANS_BOLD, fontSize=9.5,
                       fillColor=blue))
    count = max(len(data.labels), 1)
    top, bottom = height - 26, 8
    row = min(16.0, (top - bottom) / count)
    label_width = min(150.0, width * 0.42)
    plot_left, plot_right = 8 + label_width + 6, width - 40
    peak = max([v for v in data.values if v is not None] + [1])
    size = max(6.0, min(8.0, row * 0.6))
    for index, (label, value, shown) in enumerate(
        zip(data.labels, data.values, data.shown, strict=True)
    ):
        y = top - (index + 1) * row
        short = label if len(label) <= 34 else label[:33] + "…"
        drawing.add(String(8, y + row * 0.3, short, fontName=SANS, fontSize=size,
                           fillColor=text))
        drawing.add(Rect(plot_left, y + row * 0.15, plot_right - plot_left, row * 0.7,
                         fillColor=light, strokeColor=None))
        if value is None:
            drawing.add(String(plot_left + 3, y + row * 0.3, shown, fontName=SANS_BOLD,
                               fontSize=size, fillColor=red))
            continue
        bar = (plot_right - plot_left) * value / peak
        if bar > 0:
            drawing.add(Rect(plot_left, y + row * 0.15, bar, row * 0.7, fillColor=blue,
                             strokeColor=None))
        drawing.add(String(plot_left + bar + 3, y + row * 0.3, shown, fontName=SANS,
                           fontSize=size, fillColor=text))
    drawing.add(Line(plot_left, bottom, plot_left, top, strokeColor=text, strokeWidth=0.5))
    return drawing


def column_chart(data: ChartData, width: float, height: float) -> Any:
    """Vertical columns, for a time series (cases per month)."""
    from reportlab.graphics.shapes import Drawing, Line, Rect, String
    from reportlab.lib.colors import HexColor

    from desktop.documents.fonts import SANS, SANS_BOLD, register_fonts

    register_fonts()
    blue, red, text = HexColor("#000091"), HexColor("#E1000F"), HexColor("#161616")
    drawing = Drawing(width, height)
    drawing.add(Rect(0, 0, width, height, fillColor=HexColor("#F6F6F6"), strokeColor=None))
    drawing.add(String(8, height - 16, data.title, fontName=SANS_BOLD, fontSize=9.5,
                       fillColor=blue))
    left, right, bottom, top = 12, width - 12, 30, height - 34
    count = max(len(data.labels), 1)
    step = (right - left) / count
    peak = max([v for v in data.values if v is not None] + [1])
    size = 6.5 if count <= 24 else 5
    every = 1 if count <= 18 else (count + 17) // 18
    for index, (label, value, shown) in enumerate(
        zip(data.labels, data.values, data.shown, strict=True)
    ):
        x = left + index * step
        if value is None:
            drawing.add(String(x + step / 2, bottom + 3, shown, fontName=SANS_BOLD,
                               fontSize=size, fillColor=red, textAnchor="middle"))
        else:
            bar = (top - bottom) * value / peak
            if bar > 0:
                drawing.add(Rect(x + step * 0.15, bottom, step * 0.7, bar, fillColor=blue,
                                 strokeColor=None))
            drawing.add(String(x + step / 2, bottom + bar + 2, shown, fontName=SANS,
                               fontSize=size, fillColor=text, textAnchor="middle"))
        if index % every == 0:
            drawing.add(String(x + step / 2, bottom - 10, label, fontName=SANS, fontSize=size,
                               fillColor=text, textAnchor="middle"))
    drawing.add(Line(left, bottom, right, bottom, strokeColor=text, strokeWidth=0.5))
    return drawing
