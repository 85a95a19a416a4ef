"""The agenda of a meeting as a tree: items, then what each points at and its decisions."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from desktop.services.committee.records import AgendaRow, DecisionQuorum, DecisionRow
from desktop.ui import clock

ITEM_ROLE = Qt.ItemDataRole.UserRole
LINK_ROLE = Qt.ItemDataRole.UserRole + 1
DECISION_ROLE = Qt.ItemDataRole.UserRole + 2
NOT_REACHED = QColor("#E1000F")  # rouge Marianne


class AgendaTree(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setAccessibleName(self.tr("Ordre du jour"))

    def show_agenda(self, rows: tuple[AgendaRow, ...], outside: dict[str, list[str]],
                    quorum: Callable[[DecisionRow], DecisionQuorum | None] | None = None
                    ) -> None:
        """``outside``: labels of links kept out of an offline pack (cases, articles);
        ``quorum``: each decision's quorum (who was present at its time)."""
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
            for decision in row.decisions:
                self._decision(node, decision, quorum(decision) if quorum else None)
            node.setExpanded(True)
            if row.id == selected:
                self.setCurrentItem(node)

    def _decision(self, node: QTreeWidgetItem, decision: DecisionRow,
                  quorum: DecisionQuorum | None) -> None:
        """"Décision à 14:45 : … — présents : 3 / quorum : 5, non atteint" (red when not)."""
        if decision.decided_at is not None:
            text = self.tr("Décision à {0} : {1}").format(
                clock.local(decision.decided_at).strftime("%H:%M"), decision.text)
        else:
            text = self.tr("Décision : {0}").format(decision.text)
        if quorum is not None:
            text += self.tr(" — présents : {0} / quorum : {1}, {2}").format(
                quorum.present, quorum.quorum,
                self.tr("atteint") if quorum.reached else self.tr("non atteint"))
        child = QTreeWidgetItem(node, [text])
        child.setData(0, DECISION_ROLE, decision)
        tip = self.tr("Double-cliquez pour modifier le texte ou l'heure de la décision.")
        if quorum is not None and not quorum.timed:
            tip = self.tr("Heure non indiquée : le quorum compte les membres présents à un "
                          "moment de la séance. ") + tip
        child.setToolTip(0, tip)
        if quorum is not None and not quorum.reached:
            child.setForeground(0, QBrush(NOT_REACHED))

    def selected_decision(self) -> DecisionRow | None:
        node = self.currentItem()
        found = node.data(0, DECISION_ROLE) if node is not None else None
        return found if isinstance(found, DecisionRow) else None

    def select_decision(self, decision_id: int) -> None:
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            for child in (top.child(i) for i in range(top.childCount())):
                found = child.data(0, DECISION_ROLE)
                if isinstance(found, DecisionRow) and found.id == decision_id:
                    self.setCurrentItem(child)
                    return

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
