"""Spin boxes keep visible up/down arrows under the house style sheet (issue 12: the
bordered QSpinBox had lost them)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QSpinBox, QStyle, QStyleOptionSpinBox
from pytestqt.qtbot import QtBot

from desktop.ui import style


def _arrow_rows(spin: QSpinBox, control: QStyle.SubControl) -> tuple[int, list[int]]:
    """The button's width, and how many dark pixels each row holds away from its edges (a
    frame line is not an arrow)."""
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    rect = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, control, spin)
    image = spin.grab().toImage()
    rows = [sum(1 for x in range(rect.left() + 1, rect.right())
                if QColor(image.pixel(x, y)).lightness() < 90)
            for y in range(rect.top() + 1, rect.bottom())]
    return rect.width(), [n for n in rows if n]


def test_spin_box_arrows_are_drawn_and_clickable(qtbot: QtBot) -> None:
    spin = QSpinBox()
    qtbot.addWidget(spin)
    spin.setStyleSheet(style.stylesheet())
    spin.setRange(0, 10)
    spin.resize(160, 34)
    spin.show()
    qtbot.waitExposed(spin)
    width, up_rows = _arrow_rows(spin, QStyle.SubControl.SC_SpinBoxUp)
    assert width >= 14, "the button is too narrow to click"
    assert len(up_rows) >= 3 and up_rows[0] < up_rows[-1], f"no up arrow: {up_rows}"
    width, down_rows = _arrow_rows(spin, QStyle.SubControl.SC_SpinBoxDown)
    assert len(down_rows) >= 3 and down_rows[0] > down_rows[-1], f"no down arrow: {down_rows}"
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    up = spin.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                                     QStyle.SubControl.SC_SpinBoxUp, spin)
    qtbot.mouseClick(spin, Qt.MouseButton.LeftButton, pos=up.center())
    assert spin.value() == 1
