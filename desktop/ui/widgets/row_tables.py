"""Small read-only tables filled from rows of text (a few dozen rows: no lazy model needed),
and the list view the pages share."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            item = QTableWidgetItem(value)
            item.setToolTip(value)
            table.setItem(r, c, item)


def selected_row(table: QTableWidget) -> int | None:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return rows[0].row() if rows else None


def list_view(model: QAbstractItemModel, parent: QWidget, *, single: bool = True) -> QTableView:
    """A list of records as the pages show them: whole rows selected, alternating colours,
    no row numbers, columns resizable, the last one stretched."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view
