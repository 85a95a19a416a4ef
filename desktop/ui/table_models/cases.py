"""The case list as a table that pages lazily (like ``table_models/audit.py``).

The model knows the number of matching cases and holds at most ``MAX_PAGES`` pages of
``PAGE_SIZE`` rows, each fetched on the worker from ``cases.queries`` when first shown. The
filter and the sort order are the service's: 100,000 cases never become 100,000 objects.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from desktop.services.cases import queries
from desktop.services.cases.records import CaseFilter, CaseRow
from desktop.services.database import Database
from desktop.ui.context import AppContext
from desktop.ui.text import date_text, datetime_text

PAGE_SIZE = 100
MAX_PAGES = 6
Index = QModelIndex | QPersistentModelIndex
SORT_KEYS = ("reference", "occurred_at", None, "force_zone", None, None, "status", "due_on")
LATE = QColor("#B34000")


class CasesTableModel(QAbstractTableModel):
    loaded = Signal(int)  # the number of matching cases, after each reload

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.filter = CaseFilter()
        self.sort_key = "reference"
        self.descending = True
        self._count = 0
        self._pages: OrderedDict[int, list[CaseRow]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self.retranslate()

    def retranslate(self) -> None:
        self.headers = [self.tr("Référence"), self.tr("Date des faits"), self.tr("Commune"),
                        self.tr("Zone"), self.tr("Types"), self.tr("Victime(s)"),
                        self.tr("Étape"), self.tr("Échéance")]
        if self._count:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    # --- loading ---------------------------------------------------------------------------

    def set_filter(self, chosen: CaseFilter) -> None:
        self.filter = chosen
        self.reload()

    def reload(self) -> None:
        """Count, and fetch the first page in the same trip (what is shown first)."""
        self._generation += 1
        generation = self._generation
        chosen = dataclasses.replace(self.filter)
        key, descending = self.sort_key, self.descending

        def first(db: Database) -> tuple[int, list[CaseRow]]:
            ids = queries.case_ids(db, chosen, key, descending, 0, PAGE_SIZE)
            return queries.count_cases(db, chosen), queries.case_rows(db, ids, chosen.today)

        self.context.query(first, lambda result: self._counted(generation, *result))

    def clear(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._count = 0
        self._pages.clear()
        self._requested.clear()
        self.endResetModel()

    def _counted(self, generation: int, count: int, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._count = count
        self._pages.clear()
        self._requested.clear()
        self._pages[0] = rows
        self.endResetModel()
        self.loaded.emit(count)

    def _request(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        generation = self._generation
        chosen, key, descending = self.filter, self.sort_key, self.descending
        self.context.query(
            lambda db: queries.case_rows(
                db, queries.case_ids(db, chosen, key, descending, page * PAGE_SIZE, PAGE_SIZE),
                chosen.today),
            lambda rows: self._arrived(generation, page, rows),
        )

    def _arrived(self, generation: int, page: int, rows: list[CaseRow]) -> None:
        if generation != self._generation:
            return
        self._requested.discard(page)
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(first + PAGE_SIZE, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.headers) - 1))

    @property
    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def case(self, row: int) -> CaseRow | None:
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            self._request(row // PAGE_SIZE)
            return None
        self._pages.move_to_end(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    # --- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else None
        if key is None:
            return
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.case(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ForegroundRole and row.overdue and index.column() == 7:
            return QBrush(LATE)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        values = (
            row.reference, datetime_text(row.occurred_at), row.commune_name or "—",
            row.force_zone.label if row.force_zone else "—",
            ", ".join(t.label for t in row.types), row.victims or "—", row.status.label,
            (date_text(row.due_on) + (self.tr(" (en retard)") if row.overdue else ""))
            if row.due_on else "—",
        )
        return values[column]
