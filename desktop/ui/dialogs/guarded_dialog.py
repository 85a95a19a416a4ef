"""A dialog that never loses typed work: closing it, Escape or Annuler after the user changed
something asks "Abandonner la saisie ?" (Oui abandons, Non goes back); a dialog left as it
opened closes silently. ``FormDialog`` is one; dialogs with a layout of their own (a meeting,
an action item) inherit it directly. What the user changes counts from the first showing on:
values the program filled in before it are not "typed work"."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from desktop.ui.dialogs.confirm import confirm


class GuardedDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._changed = False
        self._asking = False
        self._watching = False

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._watching:
            self._watching = True
            self._watch(self.watched())
            self.first_shown()

    def watched(self) -> QWidget:
        """Where the fields are (the whole dialog by default)."""
        return self

    def first_shown(self) -> None:
        """Once, after the first showing (a form fits the screen and focuses a field)."""

    def _watch(self, root: QWidget) -> None:
        """Connect what only the user does (typing, choosing, ticking) to ``edited``."""
        for widget in root.findChildren(QWidget):
            if isinstance(widget, QLineEdit):
                widget.textEdited.connect(lambda _t, w=widget: self.edited(w))
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                widget.textChanged.connect(lambda w=widget: self.edited(w))
            elif isinstance(widget, QComboBox):
                widget.activated.connect(lambda _i, w=widget: self.edited(w))
            elif isinstance(widget, QDateTimeEdit):
                widget.dateTimeChanged.connect(lambda _d, w=widget: self.edited(w))
            elif isinstance(widget, QSpinBox | QDoubleSpinBox):
                widget.valueChanged.connect(lambda _v, w=widget: self.edited(w))
            elif isinstance(widget, QAbstractButton) and widget.isCheckable():
                widget.clicked.connect(lambda _c, w=widget: self.edited(w))

    def edited(self, widget: QWidget) -> None:
        """The user changed ``widget`` (subclasses clear its error)."""
        self._changed = True

    def mark_changed(self) -> None:
        """A change the watched widgets do not see (a row added to a list, a file chosen)."""
        self._changed = True

    def has_changes(self) -> bool:
        return self._changed

    # --- closing: never lose typed work without asking ---------------------------------------

    def reject(self) -> None:
        if self._asking:
            return
        if not self.has_changes():
            super().reject()
            return
        self._asking = True

        def abandon() -> None:
            self._changed = False
            super(GuardedDialog, self).reject()

        question = self.tr("Abandonner la saisie ?")
        box = confirm(self, question, question, self.tr("Oui"), abandon, no_text=self.tr("Non"))
        box.setInformativeText(self.tr("Ce que vous avez saisi dans « {0} » n'est pas "
                                       "enregistré et sera perdu.").format(self.windowTitle()))
        box.setObjectName("abandon_box")
        box.finished.connect(self._asked)

    def _asked(self) -> None:
        self._asking = False
