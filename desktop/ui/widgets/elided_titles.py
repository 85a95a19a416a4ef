"""Long titles shortened with "…" when the page is narrow, the whole title in a tooltip.

A title label (property ``role`` = ``title`` or ``subtitle``, plain text, one line) may then
shrink below its text's width instead of widening the page; its text is painted elided."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QLabel, QWidget

ROLES = ("title", "subtitle")


class _ElideOnPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QLabel):
            return False
        label = watched
        text = label.text()
        if label.wordWrap() or "<" in text or "\n" in text:  # rich or multi-line: as is
            return False
        rect = label.contentsRect()
        shown = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
        label.setToolTip(text if shown != text else "")
        painter = QPainter(label)
        label.style().drawItemText(painter, rect, int(label.alignment()), label.palette(),
                                   label.isEnabled(), shown, QPalette.ColorRole.WindowText)
        painter.end()
        return True


def elide_titles(root: QWidget) -> None:
    keeper = _ElideOnPaint(root)
    for label in root.findChildren(QLabel):
        if label.property("role") in ROLES and not label.wordWrap():
            label.setMinimumWidth(24)  # may shrink below its text; elided when it does
            label.installEventFilter(keeper)
