"""The audit trail as a table that pages lazily (Anki's browser model idea).

The model knows the number of entries and holds at most ``MAX_PAGES`` pages of ``PAGE_SIZE``
rows: a page is fetched from ``audit_log.recent_entries`` on the worker when a row of it is
first shown, and the least recently used page is dropped. 100,000 entries never become
100,000 objects.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from desktop.services import audit_log
from desktop.services.audit_log import AuditRow
from desktop.ui.context import AppContext
from desktop.ui.text import datetime_text

PAGE_SIZE = 200
MAX_PAGES = 5
EMPTY = "—"

Index = QModelIndex | QPersistentModelIndex


def value_text(value: object) -> str:
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return QCoreApplication.translate("audit", "oui" if value else "non")
    return str(value)


def changes_text(changes: dict[str, Any], separator: str = " ; ") -> str:
    parts = []
    for name, change in changes.items():
        if isinstance(change, list | tuple) and len(change) == 2:
            old, new = change
            parts.append(f"{name} : {value_text(old)} → {value_text(new)}")
        else:
            parts.append(f"{name} : {value_text(change)}")
    return separator.join(parts)


class AuditTableModel(QAbstractTableModel):
    loaded = Signal(int)  # the number of entries, after each reload

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.context = context
        self._count = 0
        self._pages: OrderedDict[int, list[AuditRow]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0  # answers to an older reload are dropped
        self.retranslate()

    def retranslate(self) -> None:
        self.headers = [self.tr("Date"), self.tr("Utilisateur"), self.tr("Action"),
                        self.tr("Objet"), self.tr("Modifications (avant → après)")]
        self.actions = {
            "create": self.tr("Création"), "update": self.tr("Modification"),
            "delete": self.tr("Suppression"), "backup": self.tr("Sauvegarde"),
            "restore": self.tr("Restauration"), "restore_access": self.tr("Accès rétabli"),
            "change_passphrase": self.tr("Phrase de passe changée"),
            "import": self.tr("Import"), "export": self.tr("Export"),
        }
        self.entities = {"vault": self.tr("Coffre"), "office_settings": self.tr("Service")}
        if self._count:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        self._generation += 1
        generation = self._generation
        self.context.query(audit_log.count_entries,
                           lambda count: self._counted(generation, count))

    def clear(self) -> None:
        """Forget every row (the vault is locked)."""
        self._generation += 1
        self.beginResetModel()
        self._count = 0
        self._pages.clear()
        self._requested.clear()
        self.endResetModel()

    def _counted(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return
        self.beginResetModel()
        self._count = count
        self._pages.clear()
        self._requested.clear()
        self.endResetModel()
        self.loaded.emit(count)

    def _request(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        generation = self._generation
        self.context.query(
            lambda db: audit_log.recent_entries(db, page * PAGE_SIZE, PAGE_SIZE),
            lambda rows: self._arrived(generation, page, rows),
        )

    def _arrived(self, generation: int, page: int, rows: list[AuditRow]) -> None:
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

    def entry(self, row: int) -> AuditRow | None:
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

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entry(index.row())
        if entry is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 4:
                return changes_text(entry.changes, "\n") or None
            if column == 3 and entry.entity_id:
                return f"{entry.entity} {entry.entity_id}"
            return None
        if column == 0:
            return datetime_text(entry.at)
        if column == 1:
            return entry.actor
        if column == 2:
            return self.actions.get(entry.action, entry.action)
        if column == 3:
            return self.entities.get(entry.entity, entry.entity)
        return changes_text(entry.changes)
