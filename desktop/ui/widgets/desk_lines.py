"""The lines of the desk's cards: a list whose lines wrap (a long référent's unit never makes
a card scroll sideways), and the follow-up reminders, each a button that opens its case and a
"Fait…" button beside it."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QWidget,
)

MAX_LIST_HEIGHT = 240
"""Past this a card's list scrolls (down, never sideways)."""


class WrappingList(QListWidget):
    """Lines that wrap at the card's width; the list is as tall as its lines."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setSpacing(1)

    def fit(self) -> None:
        self.doItemsLayout()
        rows = sum(self.visualItemRect(self.item(i)).height() + 2 * self.spacing()
                   for i in range(self.count()))
        self.setFixedHeight(min(rows + 2 * self.frameWidth() + 2, MAX_LIST_HEIGHT))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(80, super().minimumSizeHint().height())


class LineButton(QPushButton):
    """A button whose text wraps (a QPushButton's does not): a flat line of a card that
    opens what it names on a click, Enter or Space."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setAutoDefault(True)  # Enter clicks it, as Space does
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.label)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_line(self, text: str) -> None:
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setToolTip(text)
        self.updateGeometry()

    def text_shown(self) -> str:
        return self.label.text()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.layout().sizeHint()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return self.layout().minimumSize()

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self.layout().totalHeightForWidth(width)


class ReminderLines(QWidget):
    """One row per reminder: its state in words, the line that opens the case, "Fait…"."""

    open_case = Signal(int)
    done = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.states: list[QLabel] = []
        self.lines: list[LineButton] = []
        self.done_buttons: list[QPushButton] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(8)
        self.grid.setVerticalSpacing(2)
        self.grid.setColumnStretch(1, 1)

    def set_rows(self, rows: list[tuple[int, int, str, str, bool, str]]) -> None:
        """(task id, case id, state text, line text, overdue, "Fait" accessible name)."""
        for widget in (*self.states, *self.lines, *self.done_buttons):
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self.states, self.lines, self.done_buttons = [], [], []
        for index, (task_id, case_id, state, text, overdue, done_name) in enumerate(rows):
            badge = QLabel(state, self)
            badge.setProperty("role", "error" if overdue else "muted")
            line = LineButton(self)
            line.set_line(text)
            line.setAccessibleName(f"{state} — {text}")
            line.clicked.connect(lambda _=False, c=case_id: self.open_case.emit(c))
            button = QPushButton(self.tr("Fait…"), self)
            button.setAutoDefault(True)
            button.setAccessibleName(done_name)
            button.setToolTip(done_name)
            button.clicked.connect(lambda _=False, t=task_id: self.done.emit(t))
            self.grid.addWidget(badge, index, 0, Qt.AlignmentFlag.AlignTop)
            self.grid.addWidget(line, index, 1)
            self.grid.addWidget(button, index, 2, Qt.AlignmentFlag.AlignTop)
            self.states.append(badge)
            self.lines.append(line)
            self.done_buttons.append(button)
        self.setVisible(bool(rows))
