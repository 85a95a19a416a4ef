"""Sizes that never exceed the screen: a window's wished size, cut to the room the screen has
(its available geometry: without the task bar), so that its buttons stay within reach."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

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


def keep_on_screen(window: QWidget) -> None:
    """Move a top-level window back inside its screen's available geometry (shrinking it
    first if it is larger). A dialog is centred on its parent at its first size; one that then
    grows (a second step, a longer list) would otherwise hang past the screen's edge with its
    buttons out of reach."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    area = screen.availableGeometry()
    frame = window.frameGeometry()
    extra_w, extra_h = frame.width() - window.width(), frame.height() - window.height()
    if frame.width() > area.width() or frame.height() > area.height():
        window.resize(min(window.width(), area.width() - extra_w),
                      min(window.height(), area.height() - extra_h))
        frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.x() + area.width() - frame.width())
    y = min(max(frame.y(), area.y()), area.y() + area.height() - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


class KeepDialogsOnScreen(QObject):
    """Application-wide: every dialog shown or resized is kept inside its screen."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() in (QEvent.Type.Show, QEvent.Type.Resize)
                and isinstance(watched, QDialog) and watched.isWindow()
                and watched.isVisible()):
            keep_on_screen(watched)
        return False


def install_keep_on_screen(app: QApplication) -> None:
    """Once per application (``run_gui``, the tour, the tests)."""
    if getattr(app, "_egide_keep_on_screen", None) is None:
        keeper = KeepDialogsOnScreen(app)
        app.installEventFilter(keeper)
        app._egide_keep_on_screen = keeper  # type: ignore[attr-defined]
