"""The frame every small editing dialog shares: its content, an inline error line, and
Enregistrer / Annuler. A refused value keeps the dialog open with the French message shown.

Typed work is never lost: closing the dialog, Escape or Annuler on a form the user has changed
asks "Abandonner la saisie ?" first (``has_changes``); a form left as it opened closes silently.
The content scrolls inside the dialog when it is taller than the screen, so the error line and
the buttons stay in reach; the first field has the focus when the dialog opens.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.dialogs.guarded_dialog import GuardedDialog
from desktop.ui.geometry import preserve_geometry

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton)
"""What a user types into or ticks (a focus target at opening, a change to keep)."""


class FormDialog(GuardedDialog):
    def __init__(self, parent: QWidget | None = None, *, minimum_width: int = 520,
                 geometry_key: str | None = None) -> None:
        super().__init__(parent)
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.body = QWidget(self)
        self.body.setObjectName("form_body")
        self._content = QVBoxLayout(self.body)
        self._content.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("form_scroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.scroll.setWidget(self.body)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.scroll, 1)
        self._layout.addWidget(self.error)
        self._layout.addWidget(self.buttons)
        self.setMinimumWidth(minimum_width)
        # The width to open at when the content's own wish is wider (None: the content's).
        self.preferred_width: int | None = None
        if geometry_key:
            preserve_geometry(self, geometry_key)

    def add_content(self, content: QWidget | QLayout) -> None:
        """Inside the scrolling body, in the order added."""
        if isinstance(content, QLayout):
            self._content.addLayout(content)
        else:
            self._content.addWidget(content)

    def set_button_texts(self, ok: str, cancel: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)

    # --- opening: fit the screen, focus the first field, watch the user's edits -------------

    def watched(self) -> QWidget:
        return self.body

    def first_shown(self) -> None:
        self.fit_screen()
        first = self.first_input()
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def fit_screen(self) -> None:
        """No taller nor wider than the screen's available area: the body scrolls instead."""
        screen = self.screen() or (self.parentWidget().screen() if self.parentWidget() else None)
        if screen is None:
            return
        area = screen.availableGeometry()
        frame = self.frameGeometry().height() - self.geometry().height()
        frame = frame if 0 < frame < 80 else 40  # title bar (unknown before the first show)
        room_h = max(area.height() - frame, 200)
        room_w = max(area.width() - 16, 200)
        self.setMaximumSize(room_w, room_h)
        # The scroll area's own hint stops at about 24 lines: ask for the whole body instead.
        extra = self.sizeHint() - self.scroll.sizeHint()
        body = self.body.sizeHint()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        wish = body.width() + extra.width() + bar
        if self.preferred_width is not None:
            wish = min(wish, max(self.preferred_width, self.minimumSizeHint().width()))
        width = min(max(self.width(), wish), room_w)
        height = min(max(self.height(), body.height() + extra.height() + 4), room_h)
        self.resize(width, height)
        top = min(max(self.y(), area.top() + frame), area.bottom() - height)
        left = min(max(self.x(), area.left()), area.right() - width)
        self.move(left, top)

    def first_input(self) -> QWidget | None:
        """The first field in the tab order (not a button of the box)."""
        widget = self.body.nextInFocusChain()
        seen: set[int] = set()
        while widget is not None and id(widget) not in seen:
            seen.add(id(widget))
            if (self.body.isAncestorOf(widget) and widget.isVisibleTo(self)
                    and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and isinstance(widget, INPUTS)):
                return widget
            widget = widget.nextInFocusChain()
        return None
