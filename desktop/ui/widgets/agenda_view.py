"""The agenda of a meeting as a tree: items, then what each points at and its decisions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from desktop.services.committee.records import AgendaRow

ITEM_ROLE = Qt.ItemDataRole.UserRole
LINK_ROLE = Qt.ItemDataRole.UserRole + 1


class AgendaTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Ordre du jour"))

    def show_agenda(self, rows: tuple[AgendaRow, ...], outside: dict[str, list[str]]) -> None:
        """``outside``: labels of links kept out of an offline pack (cases, articles)."""
        selected = self.selected_item_id()
        self.clear()
        for row in rows:
            node = QTreeWidgetItem(self, [f"{row.order}. {row.title}"])
            node.setData(0, ITEM_ROLE, row.id)
            if row.notes:
                QTreeWidgetItem(node, [self.tr("Notes : {0}").format(row.notes)])
            for link in row.links:
                child = QTreeWidgetItem(node, [f"→ {link.label}"])
                child.setData(0, LINK_ROLE, (link.id, link.label))
                child.setToolTip(0, link.label)
            for label in outside.get(str(row.id), []):
                QTreeWidgetItem(node, [f"→ {label}"])
            for _, text in row.decisions:
                QTreeWidgetItem(node, [self.tr("Décision : {0}").format(text)])
            node.setExpanded(True)
            if row.id == selected:
                self.setCurrentItem(node)

    def selected_item_id(self) -> int | None:
        node = self.currentItem()
        while node is not None and node.data(0, ITEM_ROLE) is None:
            node = node.parent()
        return int(node.data(0, ITEM_ROLE)) if node is not None else None

    def selected_link(self) -> tuple[int, str] | None:
        """(link id, label) when the current row is a link of an item."""
        node = self.currentItem()
        found = node.data(0, LINK_ROLE) if node is not None else None
        return (int(found[0]), str(found[1])) if found else None

    def select_link(self, label: str) -> None:
        wanted = f"→ {label}"
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            children = [top.child(i) for i in range(top.childCount())] if top else []
            for child in children:
                if child is not None and child.text(0) == wanted:
                    self.setCurrentItem(child)
                    return

    def texts(self) -> list[str]:
        found = []
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            found.append(top.text(0))
            found += [top.child(i).text(0) for i in range(top.childCount())]
        return found
