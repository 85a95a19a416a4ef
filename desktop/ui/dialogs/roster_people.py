""""Unités et référents…": the two lists, with add / edit (and "Vérifié aujourd'hui")."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.services.roster import editing
from desktop.services.roster.records import ReferentRow, UnitRow
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.roster_dialogs import ReferentDialog, UnitDialog
from desktop.ui.geometry import preserve_geometry
from desktop.ui.table_models.roster import (
    ReferentTableModel,
    UnitTableModel,
    referent_columns,
    unit_columns,
)


def _table(parent: QWidget, model: object) -> QTableView:
    table = QTableView(parent)
    table.setModel(model)  # type: ignore[arg-type]
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    table.horizontalHeader().setStretchLastSection(True)
    return table


class PeopleDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.units: list[UnitRow] = []
        self.referent_model = ReferentTableModel(self)
        self.unit_model = UnitTableModel(self)
        self.referent_table = _table(self, self.referent_model)
        self.unit_table = _table(self, self.unit_model)
        self.referent_table.doubleClicked.connect(lambda _i: self.edit_referent())
        self.unit_table.doubleClicked.connect(lambda _i: self.edit_unit())
        self.add_referent_button, self.edit_referent_button = QPushButton(self), QPushButton(self)
        self.verified_button = QPushButton(self)
        self.add_unit_button, self.edit_unit_button = QPushButton(self), QPushButton(self)
        self.add_referent_button.clicked.connect(lambda: self.edit_referent(new=True))
        self.edit_referent_button.clicked.connect(lambda: self.edit_referent())
        self.verified_button.clicked.connect(self.mark_verified)
        self.add_unit_button.clicked.connect(lambda: self.edit_unit(new=True))
        self.edit_unit_button.clicked.connect(lambda: self.edit_unit())
        self.tabs = QTabWidget(self)
        for table, buttons in (
            (self.referent_table, (self.add_referent_button, self.edit_referent_button,
                                   self.verified_button)),
            (self.unit_table, (self.add_unit_button, self.edit_unit_button)),
        ):
            tab = QWidget(self)
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch()
            box = QVBoxLayout(tab)
            box.addLayout(row)
            box.addWidget(table)
            self.tabs.addTab(tab, "")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self.resize(900, 560)
        preserve_geometry(self, "roster_people_dialog")
        context.changed.connect(self._changed)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Unités et référents"))
        self.tabs.setTabText(0, self.tr("Référents et correspondants"))
        self.tabs.setTabText(1, self.tr("Unités"))
        self.add_referent_button.setText(self.tr("&Nouveau référent…"))
        self.edit_referent_button.setText(self.tr("&Modifier…"))
        self.verified_button.setText(self.tr("&Vérifié aujourd'hui"))
        self.add_unit_button.setText(self.tr("Nouvelle &unité…"))
        self.edit_unit_button.setText(self.tr("M&odifier…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        self.referent_model.set_columns(referent_columns())
        self.unit_model.set_columns(unit_columns())

    def _changed(self, changes: Changes) -> None:
        if changes & Changes.TERRITORY:
            self.reload()

    def reload(self) -> None:
        def load(db: Database) -> tuple[list[ReferentRow], list[UnitRow]]:
            return editing.list_referents(db), editing.list_units(db)

        self.context.query(load, self._loaded)

    def _loaded(self, result: tuple[list[ReferentRow], list[UnitRow]]) -> None:
        if not isValid(self.referent_model):  # closed before the worker answered
            return
        referents, self.units = result
        self.referent_model.set_rows(referents)
        self.unit_model.set_rows(self.units)

    def _current(self, table: QTableView, model: object) -> object:
        index = table.currentIndex()
        return model.row_at(index.row()) if index.isValid() else None  # type: ignore[attr-defined]

    def edit_referent(self, new: bool = False) -> ReferentDialog | None:
        row = None if new else self._current(self.referent_table, self.referent_model)
        if not new and row is None:
            return None
        dialog = ReferentDialog(self.context, self.units, row, self)  # type: ignore[arg-type]
        dialog.open()
        return dialog

    def edit_unit(self, new: bool = False) -> UnitDialog | None:
        row = None if new else self._current(self.unit_table, self.unit_model)
        if not new and row is None:
            return None
        dialog = UnitDialog(self.context, self.units, row, self)  # type: ignore[arg-type]
        dialog.open()
        return dialog

    def mark_verified(self) -> None:
        row = self._current(self.referent_table, self.referent_model)
        if isinstance(row, ReferentRow):
            referent_id = row.id
            self.context.write(lambda db: editing.mark_verified(db, referent_id), parent=self)
