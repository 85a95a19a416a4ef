"""The case list as a table that pages lazily (like ``table_models/audit.py``).

Pages come from ``cases.queries`` on the worker as they are shown (``paged.PagedTableModel``);
the filter and the sort order are the service's: 100,000 cases never become 100,000 objects.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from desktop.services.cases import queries
from desktop.services.cases.records import CaseFilter, CaseRow
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.table_models.paged import Index, PagedTableModel
from desktop.ui.text import date_text, datetime_text

SORT_KEYS = ("reference", "occurred_at", None, "force_zone", None, None, "status", "due_on")
LATE = QColor("#B34000")


class CasesTableModel(PagedTableModel):
    page_size = queries.PAGE_SIZE  # what benchmarks/cases_list.py times
    max_pages = 6

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(context, parent)
        self.filter = CaseFilter()
        self.sort_key = "reference"
        self.descending = True
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

    def fetch_first(self) -> Callable[[Database], tuple[int, list[CaseRow]]]:
        chosen = dataclasses.replace(self.filter)
        key, descending, size = self.sort_key, self.descending, self.page_size

        def first(db: Database) -> tuple[int, list[CaseRow]]:  # one read: count and rows
            page = queries.first_page(db, chosen, key, descending, size)
            return page.total, list(page.rows)

        return first

    def fetch_page(self, offset: int, limit: int) -> Callable[[Database], list[CaseRow]]:
        chosen, key, descending = self.filter, self.sort_key, self.descending
        return lambda db: list(queries.page_rows(db, chosen, key, descending, offset, limit))

    def case(self, row: int) -> CaseRow | None:
        case: CaseRow | None = self.item(row)
        return case

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
