""""Praticiens": the practitioners (search, create, edit, delete), the 17 pre-registration
register and the alert devices, one tab each. Each tab reloads when shown after a change."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.services.practitioners import directory
from desktop.services.practitioners.directory import PractitionerDetail, PractitionerSummary
from desktop.services.vault.changes import Changes
from desktop.ui.context import AppContext
from desktop.ui.dialogs.confirm import confirm
from desktop.ui.dialogs.practitioner_dialog import PractitionerDialog
from desktop.ui.dialogs.preregistration_form import print_preregistration_form
from desktop.ui.pages.base import RefreshingPage
from desktop.ui.table_models.rows import RowsTableModel
from desktop.ui.widgets.alert_device_tab import AlertDeviceTab
from desktop.ui.widgets.preregistration_tab import PreregistrationTab
from desktop.ui.widgets.row_tables import list_view

LIMIT = 500
REFRESH_ON = Changes.CONTACTS | Changes.TERRITORY


class PractitionerListTab(QWidget):
    loaded = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: PractitionerDialog | None = None
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.reload)
        self.search.textChanged.connect(lambda _text: self.reload())
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")
        self.new_button, self.edit_button = QPushButton(self), QPushButton(self)
        self.delete_button = QPushButton(self)
        self.access_button = QPushButton(self)
        self.access_button.setObjectName("personal_data_button")
        self.access_button.clicked.connect(self.personal_data)
        self.form_button = QPushButton(self)
        self.form_button.setObjectName("preregistration_form_button")
        self.form_button.clicked.connect(self.preregistration_form)
        self.preview: QWidget | None = None
        self.new_button.clicked.connect(self.new_practitioner)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.model: RowsTableModel[PractitionerSummary] = RowsTableModel([], self)
        self.table = list_view(self.model, self)
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.count)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.access_button)
        bottom.addWidget(self.form_button)
        bottom.addStretch()
        bottom.addWidget(self.edit_button)
        bottom.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addLayout(bottom)
        self.retranslate()
        self._selection_changed()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Rechercher : nom, commune ou n° RPPS…"))
        self.search.setAccessibleName(self.tr("Rechercher un praticien"))
        self.new_button.setText(self.tr("&Nouveau praticien…"))
        self.edit_button.setText(self.tr("&Modifier…"))
        self.delete_button.setText(self.tr("&Supprimer…"))
        self.access_button.setText(self.tr("Données d'une &personne…"))
        self.access_button.setToolTip(self.tr(
            "Tout ce que le coffre contient sur ce praticien, en un PDF (demande d'accès RGPD)"))
        self.form_button.setText(self.tr("&Formulaire de consentement 17…"))
        self.form_button.setToolTip(self.tr(
            "Le formulaire de consentement au pré-enregistrement 17 à faire signer : numéros, "
            "ce que voient les forces, retrait"))
        self.table.setAccessibleName(self.tr("Praticiens"))
        self.model.set_columns([
            (self.tr("Nom"), lambda s: s.display_name),
            (self.tr("Profession"), lambda s: s.profession_text),
            (self.tr("Commune d'exercice"), lambda s: s.commune_name or ""),
            (self.tr("Zone"), lambda s: s.force_zone.label if s.force_zone else ""),
            (self.tr("Téléphone"), lambda s: s.phone_text),
            (self.tr("RPPS"), lambda s: s.rpps or ""),
        ])

    def reload(self) -> None:
        text = self.search.text()
        self.context.query(lambda db: directory.search_practitioners(db, text, LIMIT),
                           self._show)

    def _show(self, rows: list[PractitionerSummary]) -> None:
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        shown = len(rows)
        self.count.setText(self.tr("{0} praticien(s)").format(shown) if shown < LIMIT
                           else self.tr("{0} premiers : précisez la recherche").format(LIMIT))
        self._selection_changed()
        self.loaded.emit(shown)

    def selected(self) -> PractitionerSummary | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.row_at(indexes[0].row()) if indexes else None

    def select_row(self, row: int) -> None:
        self.table.selectRow(row)

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)
        self.access_button.setEnabled(chosen)
        self.form_button.setEnabled(chosen)

    def preregistration_form(self) -> None:
        """"Formulaire de consentement 17…": previewed, then printed or saved."""
        summary = self.selected()
        if summary is not None:
            print_preregistration_form(self.context, self, summary.id)

    def personal_data(self) -> None:
        """"Données d'une personne…": the right-of-access PDF, previewed, saved on request."""
        from desktop.services.practitioners.personal_data import personal_data_pdf
        from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        summary = self.selected()
        if summary is None:
            return

        def done(pdf: bytes) -> None:
            self.preview = PdfPreviewDialog(pdf, self.tr("Données d'une personne"),
                                            f"donnees-praticien-{summary.id}.pdf", self)
            self.preview.setProperty("shows_data", True)
            self.preview.open()  # type: ignore[attr-defined]

        self.context.query(lambda db: personal_data_pdf(db, summary.id), done,
                           lambda error: self.context.runner.show_failure(error, self),
                           progress_label=self.tr("Données de la personne…"), parent=self)

    def new_practitioner(self) -> None:
        self._open(None)

    def edit_selected(self, _index: QModelIndex | None = None) -> None:
        summary = self.selected()
        if summary is not None:
            self.context.query(lambda db: directory.view_practitioner(db, summary.id),
                               self._open)

    def _open(self, detail: PractitionerDetail | None) -> None:
        self.dialog = PractitionerDialog(self.context, detail, self)
        self.dialog.open()

    def delete_selected(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        confirm(self, self.tr("Supprimer le praticien"),
                self.tr("Supprimer la fiche de {0} et ses demandes de pré-enregistrement au "
                        "17 ? Cette action est définitive (elle reste tracée dans le journal "
                        "d'audit).").format(summary.display_name),
                self.tr("&Supprimer"),
                lambda: self.context.write(
                    lambda db: directory.delete_practitioner(db, summary.id), parent=self))


class PractitionersPage(RefreshingPage):
    """Each tab reloads when it is shown after a change (``_tabs_stale``)."""

    watches = REFRESH_ON

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._tabs_stale = {0, 1, 2}
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.list_tab = PractitionerListTab(context, self)
        self.register_tab = PreregistrationTab(context, self)
        self.devices_tab = AlertDeviceTab(context, self)
        self.tabs = QTabWidget(self)
        for tab in (self.list_tab, self.register_tab, self.devices_tab):
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(lambda _index: self.load())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Praticiens"))
        self.title.setText(self.tr("Praticiens"))
        self.tabs.setTabText(0, self.tr("Praticiens"))
        self.tabs.setTabText(1, self.tr("Pré-enregistrement 17"))
        self.tabs.setTabText(2, self.tr("Dispositifs d'alerte"))
        for tab in (self.list_tab, self.register_tab, self.devices_tab):
            tab.retranslate()

    def mark_stale(self) -> None:
        self._tabs_stale = {0, 1, 2}
        super().mark_stale()

    def load(self) -> None:
        """The tab shown, if a change came since it was last loaded."""
        index = self.tabs.currentIndex()
        if index in self._tabs_stale and not self.context.locked:
            self._tabs_stale.discard(index)
            (self.list_tab, self.register_tab, self.devices_tab)[index].reload()

    def clear(self) -> None:
        for tab in (self.list_tab, self.register_tab, self.devices_tab):
            tab.model.set_rows([])
        self._tabs_stale = {0, 1, 2}
