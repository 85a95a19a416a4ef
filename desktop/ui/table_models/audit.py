"""The audit trail as a table that pages lazily (Anki's browser model idea).

Pages of ``audit_log.recent_entries`` are fetched on the worker as they are shown
(``paged.PagedTableModel``): 100,000 entries never become 100,000 objects.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from desktop.services.vault import audit_log
from desktop.services.vault.audit_log import AuditRow
from desktop.ui.context import AppContext
from desktop.ui.table_models.paged import Index, PagedTableModel
from desktop.ui.text import datetime_text

if TYPE_CHECKING:
    from desktop.services.vault.database import Database

EMPTY = "—"


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


class AuditTableModel(PagedTableModel):
    page_size = 200
    max_pages = 5

    def __init__(self, context: AppContext, parent: Any = None) -> None:
        super().__init__(context, parent)
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

    def fetch_first(self) -> Callable[[Database], tuple[int, list[AuditRow]]]:
        size = self.page_size
        return lambda db: (audit_log.count_entries(db), audit_log.recent_entries(db, 0, size))

    def fetch_page(self, offset: int, limit: int) -> Callable[[Database], list[AuditRow]]:
        return lambda db: audit_log.recent_entries(db, offset, limit)

    def entry(self, row: int) -> AuditRow | None:
        entry: AuditRow | None = self.item(row)
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
