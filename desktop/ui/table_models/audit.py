"""The audit trail as a table that pages lazily (Anki's browser model idea), in French.

Pages of ``audit_listing.page`` for the current ``AuditQuery`` are fetched on the worker as
they are shown (``paged.PagedTableModel``): 100,000 entries never become 100,000 objects. The
labels (actions, objects, changes) come from the service, the same as the CSV export's.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt

from desktop.services.vault import audit_labels, audit_listing
from desktop.services.vault.audit_listing import AuditLine, AuditQuery
from desktop.ui.context import AppContext
from desktop.ui.table_models.paged import Index, PagedTableModel
from desktop.ui.text import datetime_text

if TYPE_CHECKING:
    from desktop.services.vault.database import Database

EMPTY = "—"
CASE_COLUMN = 4


class AuditTableModel(PagedTableModel):
    page_size = 200
    max_pages = 5

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(context, parent)
        self.query = AuditQuery()
        self.retranslate()

    def retranslate(self) -> None:
        self.headers = [self.tr("Date"), self.tr("Utilisateur"), self.tr("Action"),
                        self.tr("Objet"), self.tr("Dossier"),
                        self.tr("Détail (avant → après)")]
        if self._count:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def set_query(self, query: AuditQuery) -> None:
        self.query = query
        self.reload()

    def fetch_first(self) -> Callable[[Database], tuple[int, list[AuditLine]]]:
        size, query = self.page_size, self.query
        return lambda db: audit_listing.first_page(db, query, size)

    def fetch_page(self, offset: int, limit: int) -> Callable[[Database], list[AuditLine]]:
        query = self.query
        return lambda db: audit_listing.page(db, query, offset, limit)

    def entry(self, row: int) -> AuditLine | None:
        entry: AuditLine | None = self.item(row)
        return entry

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole,
                                               Qt.ItemDataRole.ToolTipRole):
            return None
        entry = self.entry(index.row())
        if entry is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        column = index.column()
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == 5:
                details = {k: v for k, v in entry.changes.items() if k != "case"}
                return audit_labels.changes_text(details, "\n") or None
            if column == 3 and entry.entity_id:
                return f"{entry.entity_label} n° {entry.entity_id}"
            return None
        if column == 0:
            return datetime_text(entry.at)
        if column == 1:
            return entry.actor
        if column == 2:
            return entry.action_label
        if column == 3:
            return entry.entity_label
        if column == CASE_COLUMN:
            return entry.case_reference or EMPTY
        return entry.details or EMPTY
