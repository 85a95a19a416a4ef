"""The attendance of a meeting: one row per invited member, the presence chosen in a combo,
"représenté par", arrival and departure times ("14:20"); each change is saved at once. A time
that cannot be read is not saved: the cell gets its stored value back and ``refused`` says
what was wrong, in one French line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop.models.enums import AttendanceStatus
from desktop.services.committee.records import AttendanceRow
from desktop.ui import clock

COLUMNS = 6


class AttendanceTable(QTableWidget):
    edited = Signal(int, object, str, object, object)
    """attendance id, status, represented by, arrival, departure (aware datetimes or None)."""
    refused = Signal(str)
    """A time typed in a form it cannot read: the message to show (nothing was saved)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, COLUMNS, parent)
        self.rows: list[AttendanceRow] = []
        self.day = dt.date.today()
        self._loading = False
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.itemChanged.connect(self._item_changed)
        self.retranslate()

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Membre"), self.tr("Nom"), self.tr("Présence"),
                                        self.tr("Représenté par"), self.tr("Arrivée"),
                                        self.tr("Départ")])
        self.setAccessibleName(self.tr("Présences à la séance"))

    def show_rows(self, rows: tuple[AttendanceRow, ...], day: dt.date, editable: bool,
                  upcoming: bool = False) -> None:
        """``upcoming``: the meeting is still to come, so nobody is absent yet; a member
        not yet excused is "Convoqué" (stored as absent until the meeting is held)."""
        self._loading = True
        self.rows, self.day = list(rows), day
        self.setRowCount(len(rows))
        for index, row in enumerate(rows):
            member = QTableWidgetItem(row.member + (f" ({row.organisation})"
                                                   if row.organisation else ""))
            member.setFlags(member.flags() & ~Qt.ItemFlag.ItemIsEditable)
            name = QTableWidgetItem(row.person_name)
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.setItem(index, 0, member)
            self.setItem(index, 1, name)
            combo = QComboBox(self)
            for status in AttendanceStatus:
                label = (self.tr("Convoqué") if upcoming and status is AttendanceStatus.ABSENT
                         else status.label)
                combo.addItem(label, status)
            combo.setCurrentIndex(combo.findData(row.status))
            combo.setEnabled(editable)
            combo.setAccessibleName(self.tr("Présence de {0}").format(row.member))
            combo.currentIndexChanged.connect(lambda _=0, i=index: self._save(i))
            self.setCellWidget(index, 2, combo)
            for column, value in ((3, row.represented_by), (4, _hm(row.arrived_at)),
                                  (5, _hm(row.left_at))):
                item = QTableWidgetItem(value)
                if not editable:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.setItem(index, column, item)
        self.resizeColumnsToContents()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._loading = False

    def combo(self, index: int) -> QComboBox:
        widget = self.cellWidget(index, 2)
        assert isinstance(widget, QComboBox)
        return widget

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if not self._loading and item.column() >= 3:
            self._save(item.row())

    def _save(self, index: int) -> None:
        if self._loading:
            return
        status = self.combo(index).currentData()

        def text(column: int) -> str:
            item = self.item(index, column)
            return item.text().strip() if item else ""

        row = self.rows[index]
        times = []
        for column, stored, what in ((4, row.arrived_at, self.tr("d'arrivée")),
                                     (5, row.left_at, self.tr("de départ"))):
            typed = text(column)
            try:
                times.append(self._time(typed))
            except ValueError:
                self._loading = True  # put the stored value back without saving it
                self.item(index, column).setText(_hm(stored))
                self._loading = False
                self.refused.emit(self.tr(
                    "Heure {0} de {1} illisible : « {2} ». Tapez-la ainsi : 14:20 ; "
                    "rien n'a été enregistré.").format(what, row.member, typed))
                return
        self.edited.emit(row.id, status, text(3), times[0], times[1])

    def _time(self, text: str) -> dt.datetime | None:
        """``ValueError`` for a text that is not a time of day ("14:20", "14h20", "9h")."""
        if not text:
            return None
        hours, _, minutes = text.lower().replace("h", ":").partition(":")
        if not hours.strip().isdigit() or not (minutes.strip().isdigit() or not minutes):
            raise ValueError(text)
        moment = dt.datetime.combine(self.day, dt.time(int(hours), int(minutes or 0)))
        return clock.to_utc(moment)


def _hm(moment: dt.datetime | None) -> str:
    return clock.local(moment).strftime("%H:%M") if moment else ""
