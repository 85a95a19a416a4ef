"""Sizes that never exceed the screen: a window's wished size, cut to the room the screen has
(its available geometry: without the task bar), so that its buttons stay within reach."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ALLOWANCE = (16, 48)  # a window manager's borders and title bar


def room(widget: QWidget) -> QSize:
    """The largest window the screen shows whole (the parent's screen, else the primary)."""
    anchor = widget.parentWidget() or widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    return QSize(area.width() - FRAME_ALLOWANCE[0], area.height() - FRAME_ALLOWANCE[1])


def resize_within_screen(widget: QWidget, width: int, height: int) -> None:
    space = room(widget)
    widget.resize(min(width, space.width()), min(height, space.height()))
