"""A table model that pages lazily (Anki's browser model idea), shared by the long lists.

The model knows how many rows match and keeps at most ``max_pages`` pages of ``page_size``
rows. The count and the first page come in one trip to the worker; any other page is fetched
when one of its rows is first shown, and the least recently used page is dropped. Answers to
an older reload (the filter changed meanwhile) are ignored.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop.ui.context import AppContext

if TYPE_CHECKING:
    from desktop.services.vault.database import Database

Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    loaded = Signal(int)  # the number of matching rows, after each reload
    page_size = 100
    max_pages = 6
    headers: list[str]

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self.headers = []
        self._count = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0

    # --- what a subclass provides (plain functions run on the worker) ----------------------

    def fetch_first(self) -> Callable[[Database], tuple[int, list[Any]]]:
        """The number of matching rows and the first page, for the current filter."""
        raise NotImplementedError

    def fetch_page(self, offset: int, limit: int) -> Callable[[Database], list[Any]]:
        raise NotImplementedError

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.context.query(self.fetch_first(),
                           lambda result: self._counted(generation, *result))

    def clear(self) -> None:
        """Forget every row (the vault is locked)."""
        self._generation += 1
        self.beginResetModel()
        self._count = 0
        self._pages.clear()
        self._requested.clear()
        self.endResetModel()

    def _counted(self, generation: int, count: int, rows: list[Any]) -> None:
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
        self.context.query(self.fetch_page(page * self.page_size, self.page_size),
                           lambda rows: self._arrived(generation, page, rows))

    def _arrived(self, generation: int, page: int, rows: list[Any]) -> None:
        if generation != self._generation:
            return
        self._requested.discard(page)
        self._pages[page] = rows
        while len(self._pages) > self.max_pages:
            self._pages.popitem(last=False)
        first = page * self.page_size
        last = min(first + self.page_size, self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.headers) - 1))

    @property
    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def item(self, row: int) -> Any | None:
        """The row's record, or None while its page is on its way (it is then requested)."""
        page = self._pages.get(row // self.page_size)
        if page is None:
            self._request(row // self.page_size)
            return None
        self._pages.move_to_end(row // self.page_size)
        offset = row % self.page_size
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
