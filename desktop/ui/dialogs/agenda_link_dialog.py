"""Link an agenda item: pick one entry from a list (an open action item, a protocol article),
or give a statistics period (two dates). Opened with ``open()``; the page reads ``value()``
once accepted."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from desktop.ui.widgets.date_field import date_edit, date_of


class _LinkDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout(self)


class ChoiceDialog(_LinkDialog):
    """One entry among ``choices`` ((id, label) pairs); OK is disabled when there is none."""

    def __init__(self, title: str, label: str, choices: tuple[tuple[int, str], ...],
                 empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(label)
        for choice_id, text in choices:
            self.choice.addItem(text, choice_id)
        if choices:
            self.form.addRow(label, self.choice)
        else:
            self.choice.hide()
            self.form.addRow(QLabel(empty_text, self))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(choices))
        self.form.addRow(self.buttons)

    def select(self, choice_id: int) -> None:
        self.choice.setCurrentIndex(self.choice.findData(choice_id))

    def value(self) -> int | None:
        data = self.choice.currentData()
        return int(data) if data is not None else None


class PeriodDialog(_LinkDialog):
    """The statistics of a period: from … to … (both included)."""

    def __init__(self, start: dt.date, end: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Lier les statistiques d'une période"), parent)
        self.start: QDateEdit = date_edit(self, start, event=False)
        self.end: QDateEdit = date_edit(self, end, event=False)
        self.start.setAccessibleName(self.tr("Début de la période"))
        self.end.setAccessibleName(self.tr("Fin de la période"))
        self.form.addRow(self.tr("Du :"), self.start)
        self.form.addRow(self.tr("Au :"), self.end)
        self.form.addRow(self.buttons)

    def value(self) -> tuple[dt.date, dt.date]:
        return date_of(self.start), date_of(self.end)
