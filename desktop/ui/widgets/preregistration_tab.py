"""The "Pré-enregistrement 17" tab: the register filtered by state and force, new requests,
the export of the pending requests for a force, the force's confirmation, withdrawals."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QMenu,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.io.phones import display_phone
from desktop.io.preregistration_export import FORMATS, save_export
from desktop.models.enums import Force
from desktop.services.practitioners import preregistrations
from desktop.services.practitioners.preregistration_exports import ExportResult, export_pending
from desktop.services.practitioners.preregistrations import PreregistrationRow
from desktop.services.practitioners.preregistrations import PreregistrationStatus as Status
from desktop.ui import messages
from desktop.ui.context import AppContext
from desktop.ui.dialogs.file_dialogs import choose_save
from desktop.ui.dialogs.pick_dialogs import PreregistrationRequestDialog
from desktop.ui.dialogs.register_dialogs import WithdrawalDialog
from desktop.ui.dialogs.write_dialog import DateDialog, WriteDialog
from desktop.ui.table_models.rows import RowsTableModel, short_date
from desktop.ui.widgets.flow_layout import FlowLayout, flow_row
from desktop.ui.widgets.row_tables import list_view


class PreregistrationTab(QWidget):
    loaded = Signal(int)
    exported = Signal(object)  # ExportResult

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: WriteDialog | None = None
        self.status = QComboBox(self)
        self.force = QComboBox(self)
        self.status.currentIndexChanged.connect(self.reload)
        self.force.currentIndexChanged.connect(self.reload)
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_request)
        self.organisation_button = QPushButton(self)
        self.organisation_button.clicked.connect(self.new_organisation_request)
        self.export_button = QPushButton(self)
        self.export_menu = QMenu(self)
        self.export_actions = {force: self.export_menu.addAction("") for force in Force}
        for force, action in self.export_actions.items():
            action.triggered.connect(lambda _checked=False, f=force: self.ask_export(f))
        self.export_button.setMenu(self.export_menu)
        self.mark_sent = QCheckBox(self)
        self.mark_sent.setChecked(True)
        self.sent_button = QPushButton(self)
        self.sent_button.clicked.connect(self.record_sent)
        self.confirm_button = QPushButton(self)
        self.confirm_button.clicked.connect(self.record_confirmed)
        self.withdraw_button = QPushButton(self)
        self.withdraw_button.clicked.connect(self.withdraw)
        self.model: RowsTableModel[PreregistrationRow] = RowsTableModel([], self)
        self.table = list_view(self.model, self, single=False)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Wraps on a narrow screen: the organisations' button made the row wider than 1024 px.
        filters = flow_row(self, self.status, self.force, self.new_button,
                           self.organisation_button, self.export_button)
        actions = FlowLayout()  # wraps on a narrow screen
        actions.addWidget(self.mark_sent)
        actions.addWidget(self.sent_button)
        actions.addWidget(self.confirm_button)
        actions.addWidget(self.withdraw_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(filters)
        layout.addWidget(self.table)
        layout.addLayout(actions)
        self.retranslate()
        self._selection_changed()

    def retranslate(self) -> None:
        self.status.blockSignals(True)
        self.force.blockSignals(True)
        status_index, force_index = self.status.currentIndex(), self.force.currentIndex()
        self.status.clear()
        self.status.addItem(self.tr("Tous les états"), None)
        for state in Status:
            self.status.addItem(state.label, state.value)
        self.force.clear()
        self.force.addItem(self.tr("Police et gendarmerie"), None)
        for each in Force:
            self.force.addItem(each.label, each.value)
        self.status.setCurrentIndex(max(status_index, 0))
        self.force.setCurrentIndex(max(force_index, 0))
        self.status.blockSignals(False)
        self.force.blockSignals(False)
        self.status.setAccessibleName(self.tr("Filtrer par état"))
        self.force.setAccessibleName(self.tr("Filtrer par force"))
        self.new_button.setText(self.tr("&Nouvelle demande…"))
        self.organisation_button.setText(self.tr("Numéro d'un &organisme…"))
        self.export_button.setText(self.tr("E&xporter les demandes en attente…"))
        for target, action in self.export_actions.items():
            action.setText(self.tr("pour la {0}…").format(target.label.lower()))
        self.mark_sent.setText(self.tr("Enregistrer les demandes exportées comme envoyées"))
        self.mark_sent.setToolTip(self.tr("Le fichier exporté est celui qu'on envoie à la "
                                          "force : décochez pour un export d'essai."))
        self.sent_button.setText(self.tr("&Envoyé le…"))
        self.sent_button.setToolTip(self.tr("Pour une liste envoyée sans passer par l'export "
                                            "(ou après un export d'essai)."))
        self.confirm_button.setText(self.tr("&Confirmé par la force le…"))
        self.withdraw_button.setText(self.tr("&Retrait du consentement…"))
        self.table.setAccessibleName(self.tr("Registre des pré-enregistrements au 17"))
        self.model.set_columns([
            (self.tr("État"), lambda r: r.status.label),
            (self.tr("Praticien ou organisme"), lambda r: r.practitioner_name),
            (self.tr("Profession"), lambda r: r.profession_text),
            (self.tr("Commune"), lambda r: r.commune_name or ""),
            (self.tr("Force"), lambda r: r.force.label),
            (self.tr("Numéro"), lambda r: display_phone(r.phone)),
            (self.tr("Consentement"), lambda r: short_date(r.consent_on)),
            (self.tr("Envoyé le"), lambda r: short_date(r.sent_on)),
            (self.tr("Confirmé le"), lambda r: short_date(r.confirmed_on)),
            (self.tr("Retrait"), lambda r: f"{short_date(r.withdrawn_on)} : "
             f"{r.withdrawal_reason}" if r.withdrawn_on else ""),
            (self.tr("Formulaire signé"),
             lambda r: self.tr("joint") if r.consent_form_id else "—"),
        ])

    # --- loading ---------------------------------------------------------------------------

    def reload(self) -> None:
        status = Status(self.status.currentData()) if self.status.currentData() else None
        force = Force(self.force.currentData()) if self.force.currentData() else None
        self.context.query(
            lambda db: preregistrations.list_preregistrations(db, force=force, status=status),
            self._show,
        )

    def _show(self, rows: list[PreregistrationRow]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        if self.table.columnWidth(2) > 220:
            self.table.setColumnWidth(2, 220)
        self._selection_changed()
        self.loaded.emit(len(rows))

    def selected_rows(self) -> list[PreregistrationRow]:
        indexes = self.table.selectionModel().selectedRows()
        return [row for index in indexes if (row := self.model.row_at(index.row())) is not None]

    def _selection_changed(self) -> None:
        rows = self.selected_rows()
        self.sent_button.setEnabled(bool(rows) and all(
            r.status is Status.PENDING for r in rows))
        self.confirm_button.setEnabled(bool(rows) and all(
            r.status in (Status.SENT, Status.CONFIRMED) for r in rows))
        self.withdraw_button.setEnabled(bool(rows) and all(
            r.status is not Status.WITHDRAWN for r in rows))

    # --- actions ---------------------------------------------------------------------------

    def _open(self, dialog: WriteDialog) -> None:
        self.dialog = dialog
        dialog.open()

    def new_request(self) -> None:
        self._open(PreregistrationRequestDialog(self.context, self))

    def new_organisation_request(self) -> None:
        from desktop.ui.dialogs.organisation_number_dialog import OrganisationNumberDialog

        self._open(OrganisationNumberDialog(self.context, self))

    def record_confirmed(self) -> None:
        ids = [row.id for row in self.selected_rows()]
        self._open(DateDialog(
            self.context, self.tr("Confirmation par la force"), self.tr("Confirmé le :"),
            lambda on: lambda db: preregistrations.record_confirmed(db, ids, on),
            intro=self.tr("{0} numéro(s) sélectionné(s).").format(len(ids)), parent=self))

    def record_sent(self) -> None:
        ids = [row.id for row in self.selected_rows()]
        self._open(DateDialog(
            self.context, self.tr("Envoi à la force"), self.tr("Envoyé le :"),
            lambda on: lambda db: preregistrations.record_sent(db, ids, on),
            intro=self.tr("{0} numéro(s) sélectionné(s).").format(len(ids)), parent=self))

    def withdraw(self) -> None:
        rows = self.selected_rows()
        ids = [row.id for row in rows]
        names = ", ".join(sorted({row.practitioner_name for row in rows}))
        intro = self.tr("Le consentement de {0} est retiré pour {1} numéro(s) : ils ne "
                        "figureront plus dans aucun export. Si la demande a déjà été envoyée, "
                        "prévenez la force pour qu'elle efface le numéro.").format(names, len(ids))
        self._open(WithdrawalDialog(
            self.context,
            lambda on, reason: lambda db: preregistrations.withdraw_consent(db, ids, reason, on),
            intro, self))

    def ask_export(self, force: Force) -> None:
        choose_save(
            self, self.tr("Exporter les demandes en attente ({0})").format(force.label),
            Path.home() / f"pre-enregistrement-17-{force.value}-{dt.date.today()}.xlsx",
            self.tr("Classeur Excel (*.xlsx);;Fichier CSV (*.csv)"),
            lambda path: self.export_to(force, path),
        )

    def export_to(self, force: Force, path: Path) -> None:
        if path.suffix.lower() not in FORMATS:
            path = path.with_suffix(".xlsx")
        fmt, mark = FORMATS[path.suffix.lower()], self.mark_sent.isChecked()
        self.context.query(
            lambda db: export_pending(
                db, force, fmt, lambda data: save_export(path, data), mark_sent=mark),
            lambda result: self._exported(result, path), parent=self,
            progress_label=self.tr("Export des demandes en attente…"),
        )

    def _exported(self, result: ExportResult, path: Path) -> None:
        self.context.publish(result.changes)
        sent = (self.tr("Elles sont enregistrées comme envoyées aujourd'hui.")
                if result.marked_sent else self.tr("Export d'essai : elles restent en attente."))
        messages.info(self, self.tr("Export terminé"),
                      self.tr("{0} ligne(s) ({1} numéro(s)) écrite(s) dans « {2} ». {3}")
                      .format(result.lines, len(result.ids), path, sent))
        self.exported.emit(result)
