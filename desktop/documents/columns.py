"""Column widths that never cut a word: each column at least as wide as its longest word (plus
the cell's padding), the room taken from the widest column."""

from __future__ import annotations

from collections.abc import Sequence

CELL_PADDING = 12.0
"""ReportLab's default left and right padding of a table cell (6 pt each), in points."""


def fit_columns(texts: Sequence[Sequence[str]], widths: Sequence[float], font: str,
                size: float, padding: float = CELL_PADDING) -> list[float]:
    """``texts``: the rows of the table as plain text; ``widths`` in points. A column whose
    longest word does not fit is widened just enough, at the expense of the widest column
    (which keeps at least its own longest word). The total width is unchanged."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    needed = [0.0] * len(widths)
    for row in texts:
        for column, text in enumerate(row):
            for word in text.split():
                needed[column] = max(needed[column], stringWidth(word, font, size) + padding)
    result = list(widths)
    donor = max(range(len(result)), key=lambda i: result[i])
    for column, need in enumerate(needed):
        if column != donor and result[column] < need:
            spare = result[donor] - max(needed[donor], 0.0)
            grow = min(need - result[column], max(spare, 0.0))
            result[column] += grow
            result[donor] -= grow
    return result
