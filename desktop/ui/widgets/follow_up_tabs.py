"""Two tabs of the "Mesures" page for the cases' follow-up: the reminders ("Rappels") and the
settings the office may change ("Délais et gravité": each workflow step's delay, the labels
of the severity scales)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import CaseStatus
from desktop.services.cases import defaults, tasks
from desktop.services.cases.records import SeverityRow
from desktop.services.cases.tasks import TaskRow
from desktop.ui.context import AppContext
from desktop.ui.dialogs.follow_up_dialogs import DelayDialog, SeverityDialog, TaskDialog
from desktop.ui.dialogs.write_dialog import DateDialog
from desktop.ui.table_models.rows import RowsTableModel, short_date
from desktop.ui.widgets.row_tables import list_view


class RemindersTab(QWidget):
    loaded = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: QDialog | None = None
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")
        self.show_done = QCheckBox(self)
        self.show_done.toggled.connect(lambda _checked: self.reload())
        self.new_button = QPushButton(self)
        self.done_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_task)
        self.done_button.clicked.connect(self.mark_done)
        self.model: RowsTableModel[TaskRow] = RowsTableModel([], self)
        self.table = list_view(self.model, self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.show_done)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self.retranslate()
        self._selection_changed()

    def retranslate(self) -> None:
        self.show_done.setText(self.tr("Afficher les rappels faits"))
        self.new_button.setText(self.tr("&Nouveau rappel…"))
        self.done_button.setText(self.tr("&Fait le…"))
        self.table.setAccessibleName(self.tr("Rappels de suivi"))
        self.model.set_columns([
            (self.tr("Échéance"), lambda r: short_date(r.due_on)),
            (self.tr("Signalement"), lambda r: r.case_reference),
            (self.tr("Rappel"), lambda r: r.label),
            (self.tr("État"), lambda r: self.tr("fait le {0}").format(short_date(r.done_on))
             if r.done_on else (self.tr("en retard") if r.overdue else self.tr("à faire"))),
        ])

    def reload(self) -> None:
        include = self.show_done.isChecked()
        self.context.query(lambda db: tasks.list_tasks(db, include_done=include), self._show)

    def _show(self, rows: list[TaskRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        late = sum(1 for row in rows if row.overdue)
        self.count.setText(self.tr("{0} rappel(s), dont {1} en retard").format(
            sum(1 for row in rows if row.done_on is None), late))
        self._selection_changed()
        self.loaded.emit(len(rows))

    def selected(self) -> TaskRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.done_button.setEnabled(row is not None and row.done_on is None)

    def new_task(self) -> None:
        self.dialog = TaskDialog(self.context, self)
        self.dialog.open()

    def mark_done(self) -> None:
        row = self.selected()
        if row is None:
            return
        task_id = row.id
        self.dialog = DateDialog(
            self.context, self.tr("Rappel fait"), self.tr("Fait le :"),
            lambda on: lambda db: tasks.complete_task(db, task_id, on),
            intro=self.tr("{0} — {1}").format(row.case_reference, row.label), parent=self)
        self.dialog.open()


class FollowUpSettingsTab(QWidget):
    loaded = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: QDialog | None = None
        self.delays_title, self.scale_title = QLabel(self), QLabel(self)
        for title in (self.delays_title, self.scale_title):
            title.setProperty("role", "heading")
        self.delays: RowsTableModel[tuple[CaseStatus, int]] = RowsTableModel([], self)
        self.delays_table = list_view(self.delays, self)
        self.levels: RowsTableModel[SeverityRow] = RowsTableModel([], self)
        self.levels_table = list_view(self.levels, self)
        self.delay_button = QPushButton(self)
        self.rename_button = QPushButton(self)
        self.delay_button.clicked.connect(self.edit_delay)
        self.rename_button.clicked.connect(self.rename_level)
        self.delays_table.doubleClicked.connect(lambda _index: self.edit_delay())
        self.levels_table.doubleClicked.connect(lambda _index: self.rename_level())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        for title, table, button in ((self.delays_title, self.delays_table, self.delay_button),
                                     (self.scale_title, self.levels_table,
                                      self.rename_button)):
            row = QHBoxLayout()
            row.addWidget(title, 1)
            row.addWidget(button)
            layout.addLayout(row)
            layout.addWidget(table)
        self.retranslate()

    def retranslate(self) -> None:
        self.delays_title.setText(self.tr("Délais des étapes des signalements"))
        self.scale_title.setText(self.tr("Échelles de gravité (ONVS)"))
        self.delay_button.setText(self.tr("Modifier le &délai…"))
        self.rename_button.setText(self.tr("Renommer le &niveau…"))
        self.delays_table.setAccessibleName(self.tr("Délais des étapes"))
        self.levels_table.setAccessibleName(self.tr("Niveaux de gravité"))
        self.delays.set_columns([
            (self.tr("Étape"), lambda r: r[0].label),
            (self.tr("Délai"), lambda r: self.tr("{0} jour(s)").format(r[1])),
        ])
        self.levels.set_columns([
            (self.tr("Famille"), lambda r: r.family.label),
            (self.tr("Niveau"), lambda r: str(r.level)),
            (self.tr("Libellé"), lambda r: r.label),
        ])

    def reload(self) -> None:
        self.context.query(
            lambda db: (defaults.workflow_delays(db), defaults.severity_levels(db)), self._show)

    def _show(self, result: tuple[dict[CaseStatus, int], tuple[SeverityRow, ...]]) -> None:
        found, levels = result
        order = list(CaseStatus)
        self.delays.set_rows(sorted(found.items(), key=lambda item: order.index(item[0])))
        self.levels.set_rows(list(levels))
        self.delays_table.resizeColumnsToContents()
        self.levels_table.resizeColumnsToContents()
        self.loaded.emit()

    def _selected(self, table: object, model: RowsTableModel) -> object:  # type: ignore[type-arg]
        indexes = table.selectionModel().selectedRows()  # type: ignore[attr-defined]
        return model.row_at(indexes[0].row()) if indexes else None

    def edit_delay(self) -> None:
        row = self._selected(self.delays_table, self.delays)
        if isinstance(row, tuple):
            self.dialog = DelayDialog(self.context, row[0], row[1], self)
            self.dialog.open()

    def rename_level(self) -> None:
        row = self._selected(self.levels_table, self.levels)
        if isinstance(row, SeverityRow):
            self.dialog = SeverityDialog(self.context, row, self)
            self.dialog.open()
