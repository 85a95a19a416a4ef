"""Accessibility of the style (RGAA): contrast, the system's font size, high contrast."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from desktop.ui import style


def test_every_text_colour_reaches_4_5_to_1() -> None:
    weak = [(fg, bg, round(style.contrast_ratio(fg, bg), 2))
            for fg, bg in style.CONTRASTED_PAIRS if style.contrast_ratio(fg, bg) < 4.5]
    assert weak == []
    assert round(style.contrast_ratio("#777777", "#FFFFFF"), 2) == 4.48  # the formula bites


@pytest.fixture
def restored_style(qapp: QApplication) -> Iterator[QApplication]:
    font, sheet, palette = qapp.font(), qapp.styleSheet(), qapp.palette()
    yield qapp
    qapp.setFont(font)
    qapp.setStyleSheet(sheet)
    qapp.setPalette(palette)


def test_font_sizes_follow_the_system_font(restored_style: QApplication) -> None:
    app = restored_style
    large = QFont(app.font())
    large.setPointSizeF(14.0)
    app.setFont(large)
    style.apply(app)
    assert "font-size: 24.5pt" in app.styleSheet()  # titles: 1.75 × the system's 14 pt
    assert "font-size: 16.8pt" in app.styleSheet()  # navigation: 1.2 ×
    assert "16pt" not in app.styleSheet().replace("16.8pt", "")  # no fixed size is left
