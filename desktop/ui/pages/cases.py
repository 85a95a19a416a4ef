""""Signalements": the case list (filters, full-text search, sortable, paged lazily), the
selected case with ONLY the steps allowed now, and the dialogs that act on it. The overdue
count shows in the navigation label ("Signalements · 3 en retard")."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import CaseStatus, ForceZone, IncidentType, Profession, RecipientKind
from desktop.services.cases import attachments, defaults, printing, queries, workflow
from desktop.services.cases.records import AttachmentRow, CaseDetail, CaseFilter, ConsentRow
from desktop.services.vault.changes import Changes
from desktop.ui.context import AppContext
from desktop.ui.dialogs.case_form import CaseFormDialog, current, enum_combo
from desktop.ui.dialogs.case_steps import (
    CaseStepDialog,
    ConsentDialog,
    TransitionDialog,
    TransmissionDialog,
    step_dialog,
)
from desktop.ui.dialogs.complaint_dialog import ComplaintDialog
from desktop.ui.dialogs.file_dialogs import choose_open, choose_save
from desktop.ui.pages.base import RefreshingPage
from desktop.ui.table_models.cases import CasesTableModel
from desktop.ui.widgets.case_view import CaseView
from desktop.ui.widgets.flow_layout import flow_row

PERIODS = (None, 30, 365, "year")


class CasesPage(RefreshingPage):
    watches = Changes.CASES

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.overdue = 0
        self.dialog: QWidget | None = None
        self.model = CasesTableModel(context, self)
        self.model.loaded.connect(self._show_count)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")
        self.saved_path: Path | None = None
        self.notice = QLabel(self)  # "Enregistré : <path>" after a copy is saved
        self.notice.setProperty("role", "muted")
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_case)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.status = enum_combo(self, list(CaseStatus))
        self.force = enum_combo(self, list(ForceZone))
        self.kind = enum_combo(self, list(IncidentType))
        self.profession = enum_combo(self, list(Profession))
        self.period = QComboBox(self)
        self.overdue_only = QCheckBox(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        for combo in (self.status, self.force, self.kind, self.profession, self.period):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.overdue_only.toggled.connect(lambda _c: self.apply_filter())
        self.archived_only = QCheckBox(self)
        self.archived_only.setObjectName("archived_only")
        self.archived_only.toggled.connect(lambda _c: self.apply_filter())
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((90, 150, 130, 90, 160, 150, 150)):
            header.resizeSection(column, width)
        self.table.clicked.connect(self._row_clicked)
        self.view = CaseView(self)
        self.view.step_requested.connect(self.step)
        self.view.action_requested.connect(self.act)
        self.view.withdraw_requested.connect(self.withdraw)
        self.view.form_requested.connect(self.print_consent_form)
        self.view.open_requested.connect(self.open_attachment)
        self.view.save_requested.connect(self.save_attachment)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.count)
        top.addStretch()
        top.addWidget(self.new_button)
        first_row = QHBoxLayout()
        first_row.addWidget(self.search, 1)
        first_row.addWidget(self.period)
        first_row.addWidget(self.overdue_only)
        filters = flow_row(self, self.status, self.force, self.kind, self.profession,
                           self.archived_only)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(first_row)
        left_layout.addWidget(filters)
        left_layout.addWidget(self.table)
        self.splitter = QSplitter(self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.view)
        self.splitter.setSizes([700, 500])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        title = self.tr("Signalements")
        self.setWindowTitle(self.navigation_title(self.overdue))
        self._update_navigation()
        self.title.setText(title)
        self.new_button.setText(self.tr("&Nouveau signalement"))
        self.search.setPlaceholderText(self.tr("Rechercher dans les faits, propos, noms…"))
        self.search.setAccessibleName(self.tr("Recherche dans les signalements"))
        for combo, text in ((self.status, self.tr("Toutes les étapes")),
                            (self.force, self.tr("Toutes les zones")),
                            (self.kind, self.tr("Tous les types")),
                            (self.profession, self.tr("Toutes les professions"))):
            combo.setItemText(0, text)
            combo.setAccessibleName(text)
        index = max(self.period.currentIndex(), 0)
        self.period.blockSignals(True)
        self.period.clear()
        self.period.addItems([self.tr("Toutes les dates"), self.tr("30 derniers jours"),
                              self.tr("12 derniers mois"), self.tr("Cette année")])
        self.period.setCurrentIndex(index)
        self.period.blockSignals(False)
        self.period.setAccessibleName(self.tr("Période"))
        self.overdue_only.setText(self.tr("En retard"))
        self.archived_only.setText(self.tr("Archives"))
        self.archived_only.setToolTip(self.tr(
            "Les signalements clos passés en archive intermédiaire (accès restreint, chaque "
            "consultation est journalisée)"))
        self.table.setAccessibleName(self.tr("Liste des signalements"))
        self.model.retranslate()
        self.view.retranslate()

    # --- list ------------------------------------------------------------------------------

    def current_filter(self) -> CaseFilter:
        today = dt.date.today()
        period = PERIODS[max(self.period.currentIndex(), 0)]
        start = None
        if period == "year":
            start = dt.date(today.year, 1, 1)
        elif isinstance(period, int):
            start = today - dt.timedelta(days=period)
        return CaseFilter(status=current(self.status, CaseStatus),
                          force_zone=current(self.force, ForceZone),
                          incident_type=current(self.kind, IncidentType),
                          profession=current(self.profession, Profession), date_from=start,
                          overdue=self.overdue_only.isChecked(), text=self.search.text(),
                          archived=self.archived_only.isChecked(),
                          today=today)

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def refresh(self, changes: Changes) -> None:
        """The overdue count shows in the navigation: counted even while hidden."""
        if changes & self.watches and not self.isVisible():
            self._count_overdue()
        super().refresh(changes)

    def load(self) -> None:
        self.model.set_filter(dataclasses.replace(self.current_filter()))
        self._count_overdue()
        kept, self._kept_case = self._kept_case, None
        if self.view.case is not None:
            self._show_again(self.view.case.id)
        elif kept is not None:  # the case open when the vault was locked
            self._show_again(kept)

    def _count_overdue(self) -> None:
        self.context.query(workflow.overdue_count, self._show_overdue)

    def _show_overdue(self, count: int) -> None:
        self.overdue = count
        self.setWindowTitle(self.navigation_title(count))
        self._update_navigation()

    def navigation_title(self, overdue: int) -> str:
        """"Signalements · 7 en retard": the count says what it counts."""
        title = self.tr("Signalements")
        return self.tr("{0} · {1} en retard").format(title, overdue) if overdue else title

    def _update_navigation(self) -> None:
        """The navigation item of this page shows the overdue count."""
        window = self.window()
        pages = getattr(window, "pages", None)
        navigation = getattr(window, "navigation", None)
        if pages is not None and navigation is not None and self in pages:
            navigation.item(pages.index(self)).setText(self.windowTitle())

    _kept_case: int | None = None

    def clear(self) -> None:
        if self.view.case is not None:
            self._kept_case = self.view.case.id
        self.model.clear()
        self.view.show_case(None)

    def _show_count(self, count: int) -> None:
        unfiltered = dataclasses.replace(self.current_filter(), today=dt.date.today()) == \
            CaseFilter(today=dt.date.today())
        if self.current_filter().text.strip() and count >= queries.COUNT_CAP:
            # the search stopped counting there: say so, rather than a wrong exact number
            self.count.setText(self.tr("{0} signalements ou plus : précisez la recherche")
                               .format(f"{count:,}".replace(",", "\u202f")))
        else:
            self.count.setText(self.tr("{0} signalement(s)").format(count))
        if count == 0 and unfiltered:  # a new vault, or every case archived: say which
            self.context.query(
                lambda db: queries.count_cases(db, CaseFilter(archived=True,
                                                              today=dt.date.today())),
                self._show_empty)

    def _show_empty(self, archived: int) -> None:
        if self.model.rowCount():
            return  # a case came in meanwhile
        if archived:
            self.count.setText(self.tr("Aucun signalement en cours ; {0} archivé(s) : "
                                       "cochez « Archives » pour les consulter.").format(archived))
        else:
            self.count.setText(self.tr("Aucun signalement enregistré : « Nouveau signalement » "
                                       "consigne le premier, dès l'appel du praticien."))

    def search_text(self, text: str) -> int:
        self.search.setText(text)
        self.apply_filter()
        return 0

    # --- one case --------------------------------------------------------------------------

    def _row_clicked(self, index: QModelIndex) -> None:
        case_id = index.data(Qt.ItemDataRole.UserRole)
        if case_id is not None:
            self.open_case(case_id)

    def open_case(self, case_id: int) -> None:
        """The user opens a case (list, search): the one read the access log records."""
        self.context.query(lambda db: queries.get_case(db, case_id), self.view.show_case)

    def _show_again(self, case_id: int) -> None:
        """After a write: the same case read again, without an audited "view"."""
        self.context.query(lambda db: queries.reload_case(db, case_id), self.view.show_case)

    def new_case(self) -> None:
        self.context.query(defaults.severity_levels, self._open_form)

    def _open_form(self, severity: tuple, case: CaseDetail | None = None) -> None:
        dialog = CaseFormDialog(self.context, severity, case, self)
        dialog.accepted.connect(lambda: self._form_saved(dialog))
        self._show_dialog(dialog)

    def _form_saved(self, dialog: CaseFormDialog) -> None:
        if dialog.created is not None:  # shown as just recorded: not a consultation
            self._show_again(dialog.created.id)

    def _show_dialog(self, dialog: QWidget) -> None:
        self.dialog = dialog
        if isinstance(dialog, CaseStepDialog):  # a colleague moved the case: show it as it is
            case_id = dialog.case.id
            dialog.reloaded.connect(lambda: self._show_again(case_id))
        dialog.open()  # type: ignore[attr-defined]

    def step(self, target: CaseStatus | None) -> None:
        """Open what the chosen next step asks (the case detail says it), or reopening."""
        case = self.view.case
        if case is None:
            return
        if target is None:
            self._show_dialog(TransitionDialog(self.context, case, None, self))
        else:
            self._show_dialog(step_dialog(self.context, case, case.next_step(target), self))

    def act(self, name: str) -> None:
        case = self.view.case
        if case is None:
            return
        if name == "edit":
            self.context.query(defaults.severity_levels,
                               lambda severity: self._open_form(severity, case))
        elif name == "consent":
            self._show_dialog(ConsentDialog(self.context, case, True, self))
        elif name == "transmission":
            self._show_dialog(TransmissionDialog(self.context, case, RecipientKind.URPS, self))
        elif name == "complaint":
            self._show_dialog(ComplaintDialog(self.context, case, self))
        elif name == "attachment":
            choose_open(self, self.tr("Pièce jointe"),
                        lambda path: self.attach(case.id, path))
        elif name in ("fiche", "summary"):
            render = printing.fiche_pdf if name == "fiche" else printing.summary_pdf
            self.context.query(lambda db: render(db, case.id),
                               lambda pdf: self._preview(pdf, case, name),
                               lambda error: self.context.runner.show_failure(error, self))

    def attach(self, case_id: int, path: Path) -> None:
        content = path.read_bytes()
        self.context.write(lambda db: attachments.add_attachment(db, case_id, path.name,
                                                                 content),
                           on_failure=lambda error: self.context.runner.show_failure(error,
                                                                                     self))

    def _preview(self, pdf: bytes, case: CaseDetail, name: str) -> None:
        from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        title = (self.tr("Fiche de signalement {0}") if name == "fiche"
                 else self.tr("Synthèse du dossier {0}")).format(case.reference)
        prefix = "fiche" if name == "fiche" else "synthese"
        self._show_dialog(PdfPreviewDialog(pdf, title, f"{prefix}-{case.reference}.pdf", self))

    # --- consents and attachments ----------------------------------------------------------

    def withdraw(self, row: ConsentRow) -> None:
        """"Retirer le consentement…": the dialog confirms, with the date of the withdrawal."""
        from desktop.ui.dialogs.consent_withdrawal import WithdrawConsentDialog

        case = self.view.case
        if case is not None:
            self._show_dialog(WithdrawConsentDialog(self.context, case.reference, row, self))

    def print_consent_form(self) -> None:
        """"Imprimer le formulaire de consentement…": previewed, then printed or saved."""
        case = self.view.case
        if case is None:
            return
        from desktop.services.cases import consent_forms

        self.context.query(lambda db: consent_forms.transmission_consent_pdf(db, case.id),
                           lambda pdf: self._preview_form(pdf, case),
                           lambda error: self.context.runner.show_failure(error, self))

    def _preview_form(self, pdf: bytes, case: CaseDetail) -> None:
        from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        self._show_dialog(PdfPreviewDialog(
            pdf, self.tr("Formulaire de consentement — dossier {0}").format(case.reference),
            f"consentement-{case.reference}.pdf", self))

    def open_attachment(self, row: AttachmentRow) -> None:
        """Read from the vault (the reading is logged) and shown in the application's viewer:
        no plaintext copy is written anywhere."""
        self.context.query(lambda db: attachments.read_attachment(db, row.id),
                           lambda found: self._view_attachment(*found),
                           lambda error: self.context.runner.show_failure(error, self))

    def _view_attachment(self, row: AttachmentRow, content: bytes) -> None:
        from desktop.ui import messages

        if row.media_type == "application/pdf" or content.startswith(b"%PDF"):
            from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

            self._show_dialog(PdfPreviewDialog(content, row.filename, row.filename, self))
        elif row.media_type.startswith("image/"):
            from desktop.ui.dialogs.image_preview import ImagePreviewDialog

            dialog = ImagePreviewDialog(content, row.filename, self)
            dialog.save_requested.connect(lambda: self.save_attachment(row, dialog))
            self._show_dialog(dialog)
        else:
            messages.info(self, self.tr("Pièce jointe"), self.tr(
                "« {0} » ne s'affiche pas dans Égide : « Enregistrer une copie… » l'enregistre "
                "où vous le choisissez, pour l'ouvrir avec le logiciel adapté.")
                .format(row.filename))

    def save_attachment(self, row: AttachmentRow, parent: QWidget | None = None) -> None:
        """"Enregistrer une copie…": the user chooses where; the copy is logged as an export."""
        owner = parent or self
        choose_save(owner, self.tr("Enregistrer une copie de la pièce jointe"),
                    Path.home() / row.filename, self.tr("Tous les fichiers (*)"),
                    lambda path: self._copy_to(row, path, owner))

    def _copy_to(self, row: AttachmentRow, path: Path, owner: QWidget) -> None:
        self.context.query(lambda db: attachments.copy_attachment(db, row.id)[1],
                           lambda content: self._write_copy(content, path, owner),
                           lambda error: self.context.runner.show_failure(error, self))

    def _write_copy(self, content: bytes, path: Path, owner: QWidget) -> None:
        from desktop.files import write_private
        from desktop.ui import messages
        from desktop.ui.saved import announce_saved

        try:
            write_private(path, content)
        except OSError as error:
            messages.error(owner, self.tr("La copie n'a pas été enregistrée : {0}").format(
                error.strerror or error))
            return
        self.saved_path = path
        announce_saved(owner, path, self.notice)
