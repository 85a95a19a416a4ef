"""The "Alertes" tab: the alerts actually raised, and every loan of the alert devices."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.services.practitioners import alert_devices, alerts
from desktop.services.practitioners.alert_devices import LoanRow
from desktop.services.practitioners.alerts import AlertRow
from desktop.ui.context import AppContext
from desktop.ui.dialogs.alert_dialog import AlertDialog
from desktop.ui.table_models.rows import RowsTableModel, short_date
from desktop.ui.widgets.row_tables import list_view


class AlertLogTab(QWidget):
    loaded = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: AlertDialog | None = None
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_alert)
        self.model: RowsTableModel[AlertRow] = RowsTableModel([], self)
        self.table = list_view(self.model, self)
        self.loans_title = QLabel(self)
        self.loans_title.setProperty("role", "heading")
        self.loans: RowsTableModel[LoanRow] = RowsTableModel([], self)
        self.loans_table = list_view(self.loans, self)
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 3)
        layout.addWidget(self.loans_title)
        layout.addWidget(self.loans_table, 2)
        self.retranslate()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&Enregistrer une alerte…"))
        self.table.setAccessibleName(self.tr("Alertes déclenchées"))
        self.loans_title.setText(self.tr("Historique des remises de dispositifs"))
        self.loans_table.setAccessibleName(self.tr("Historique des remises"))
        self.model.set_columns([
            (self.tr("Date et heure"), lambda r: r.raised_at.astimezone().strftime(
                "%d/%m/%Y %H:%M")),
            (self.tr("Dispositif"), lambda r: r.device_text or ""),
            (self.tr("Praticien"), lambda r: r.practitioner_name or ""),
            (self.tr("Régulation"), lambda r: self.tr("oui") if r.relayed_by_regulation
             else self.tr("non")),
            (self.tr("Délai (min)"), lambda r: "" if r.response_minutes is None
             else str(r.response_minutes)),
            (self.tr("Signalement"), lambda r: r.case_reference or ""),
        ])
        self.loans.set_columns([
            (self.tr("Dispositif"), lambda r: r.device_text),
            (self.tr("Praticien"), lambda r: r.practitioner_name or ""),
            (self.tr("Remis le"), lambda r: short_date(r.issued_on)),
            (self.tr("Restitué le"), lambda r: short_date(r.returned_on)),
        ])

    def reload(self) -> None:
        self.context.query(lambda db: (alerts.list_alerts(db), alert_devices.list_loans(db)),
                           self._show)

    def _show(self, result: tuple[list[AlertRow], list[LoanRow]]) -> None:
        rows, loans = result
        self.model.set_rows(rows)
        self.loans.set_rows(loans)
        self.table.resizeColumnsToContents()
        self.loans_table.resizeColumnsToContents()
        relayed = sum(1 for row in rows if row.relayed_by_regulation)
        self.count.setText(self.tr("{0} alerte(s), dont {1} relayée(s) par la régulation")
                           .format(len(rows), relayed))
        self.loaded.emit(len(rows))

    def new_alert(self) -> None:
        self.dialog = AlertDialog(self.context, self)
        self.dialog.open()
