"""The "Dispositifs d'alerte" tab: devices, who holds them since when, issue and return."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import AlertDeviceKind
from desktop.services.practitioners import alert_devices
from desktop.services.practitioners.alert_devices import AlertDeviceRow
from desktop.ui.context import AppContext
from desktop.ui.dialogs.pick_dialogs import IssueDeviceDialog
from desktop.ui.dialogs.write_dialog import DateDialog, WriteDialog
from desktop.ui.table_models.rows import RowsTableModel, short_date
from desktop.ui.widgets.row_tables import list_view


class AlertDeviceTab(QWidget):
    loaded = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: WriteDialog | None = None
        self.kind = QComboBox(self)
        for kind in AlertDeviceKind:
            self.kind.addItem(kind.label, kind.value)
        self.identifier = QLineEdit(self)
        self.identifier.returnPressed.connect(self.register)
        self.register_button = QPushButton(self)
        self.register_button.clicked.connect(self.register)
        self.issue_button = QPushButton(self)
        self.issue_button.clicked.connect(self.issue)
        self.return_button = QPushButton(self)
        self.return_button.clicked.connect(self.give_back)
        self.model: RowsTableModel[AlertDeviceRow] = RowsTableModel([], self)
        self.table = list_view(self.model, self)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        top = QHBoxLayout()
        top.addWidget(self.kind)
        top.addWidget(self.identifier, 1)
        top.addWidget(self.register_button)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.issue_button)
        bottom.addWidget(self.return_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self.retranslate()
        self._selection_changed()

    def retranslate(self) -> None:
        self.kind.setAccessibleName(self.tr("Type de dispositif"))
        self.identifier.setPlaceholderText(self.tr("identifiant du nouveau dispositif"))
        self.identifier.setAccessibleName(self.tr("Identifiant du dispositif"))
        self.register_button.setText(self.tr("&Ajouter le dispositif"))
        self.issue_button.setText(self.tr("&Remettre à un praticien…"))
        self.return_button.setText(self.tr("Enregistrer la &restitution…"))
        self.table.setAccessibleName(self.tr("Dispositifs d'alerte"))
        self.model.set_columns([
            (self.tr("Type"), lambda r: r.kind.label),
            (self.tr("Identifiant"), lambda r: r.identifier),
            (self.tr("Détenteur"), lambda r: r.holder_name or ""),
            (self.tr("Remis le"), lambda r: short_date(r.issued_on)),
            (self.tr("Restitué le"), lambda r: short_date(r.returned_on)),
            (self.tr("État"), lambda r: self.tr("remis") if r.issued else self.tr("disponible")),
        ])

    def reload(self) -> None:
        self.context.query(alert_devices.list_devices, self._show)

    def _show(self, rows: list[AlertDeviceRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self._selection_changed()
        self.loaded.emit(len(rows))

    def selected(self) -> AlertDeviceRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def _selection_changed(self) -> None:
        row = self.selected()
        self.issue_button.setEnabled(row is not None and not row.issued)
        self.return_button.setEnabled(row is not None and row.issued)

    def register(self) -> None:
        kind = AlertDeviceKind(self.kind.currentData())
        identifier = self.identifier.text()
        self.context.write(lambda db: alert_devices.register_device(db, kind, identifier),
                           lambda _changes: self.identifier.clear(), parent=self)

    def issue(self) -> None:
        row = self.selected()
        if row is not None:
            self.dialog = IssueDeviceDialog(self.context, row.id, row.identifier, self)
            self.dialog.open()

    def give_back(self) -> None:
        row = self.selected()
        if row is None:
            return
        device = row.id
        self.dialog = DateDialog(
            self.context, self.tr("Restitution du dispositif"), self.tr("Restitué le :"),
            lambda on: lambda db: alert_devices.return_device(db, device, on),
            intro=self.tr("« {0} », remis à {1}.").format(row.identifier, row.holder_name),
            parent=self)
        self.dialog.open()
