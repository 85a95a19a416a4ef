""""Journal d'audit" for an inspector: every entry in French (who, when, what, which case,
old → new), filtered by period, action, user and case, searched, paged lazily; exported as CSV;
and the integrity check of the hash chain."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.vault import audit_listing, audit_log
from desktop.services.vault.audit_listing import AuditChoices, AuditQuery
from desktop.services.vault.audit_log import ChainReport
from desktop.services.vault.changes import Changes
from desktop.ui import clock
from desktop.ui.context import AppContext
from desktop.ui.dialogs.file_dialogs import choose_save
from desktop.ui.pages.base import RefreshingPage
from desktop.ui.saved import announce_saved
from desktop.ui.table_models.audit import AuditTableModel
from desktop.ui.widgets.date_field import date_edit, date_of


class AuditPage(RefreshingPage):
    """Every write adds audit entries: any change makes the page stale."""

    watches = Changes.ALL
    verified = Signal(object)  # ChainReport
    exported = Signal(object)  # the CSV file's Path

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = AuditTableModel(context, self)
        self.model.loaded.connect(self._show_count)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")
        self.verify_button = QPushButton(self)
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.export)
        self.notice = QLabel(self)  # "Enregistré : <path>" after an export
        self.notice.setProperty("role", "muted")
        self.notice.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice.hide()
        self._build_filters()
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((180, 100, 140, 150, 110)):
            header.resizeSection(column, width)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.count)
        top.addStretch()
        top.addWidget(self.export_button)
        top.addWidget(self.verify_button)
        first = QHBoxLayout()
        first.addWidget(self.search, 2)
        first.addWidget(self.case_field, 1)
        second = QHBoxLayout()
        for widget in (self.period, self.date_from, self.to_label, self.date_to):
            second.addWidget(widget)
        second.addWidget(self.action, 1)
        second.addWidget(self.actor, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.result)
        layout.addWidget(self.notice)
        layout.addLayout(first)
        layout.addLayout(second)
        layout.addWidget(self.table)
        self.retranslate()

    def _build_filters(self) -> None:
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.case_field = QLineEdit(self)
        self.case_field.setClearButtonEnabled(True)
        self.period = QCheckBox(self)
        today = clock.today()  # the entries' times are shown, and filtered, in the office's zone
        self.date_from = date_edit(self, today - dt.timedelta(days=30), today=today)
        self.date_to = date_edit(self, today, today=today)
        self.to_label = QLabel(self)
        self.action = QComboBox(self)
        self.action.addItem("", None)
        self.actor = QComboBox(self)
        self.actor.addItem("", None)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.apply_filter)
        for field in (self.search, self.case_field):
            field.textChanged.connect(lambda _t: self._timer.start())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda _d: self._period_changed())
        self.period.toggled.connect(lambda _c: self._period_changed())
        for combo in (self.action, self.actor):
            combo.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self._period_changed(apply=False)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Journal d'audit"))
        self.title.setText(self.tr("Journal d'audit"))
        self.verify_button.setText(self.tr("&Vérifier l'intégrité"))
        self.verify_button.setAccessibleName(self.tr("Vérifier l'intégrité du journal d'audit"))
        self.export_button.setText(self.tr("E&xporter en CSV…"))
        self.export_button.setAccessibleName(self.tr("Exporter les entrées affichées en CSV"))
        self.search.setPlaceholderText(self.tr("Rechercher (utilisateur, action, objet, "
                                               "valeur…)"))
        self.search.setAccessibleName(self.tr("Recherche dans le journal d'audit"))
        self.case_field.setPlaceholderText(self.tr("Dossier (référence, ou une partie)"))
        self.case_field.setAccessibleName(self.tr("Référence du dossier, ou une partie"))
        self.case_field.setToolTip(self.tr(
            "La référence entière (2026-0042), une partie (2026-00) ou le numéro seul (42)."))
        self.period.setText(self.tr("Du"))
        self.period.setAccessibleName(self.tr("Limiter à une période"))
        self.date_from.setAccessibleName(self.tr("Premier jour de la période"))
        self.date_to.setAccessibleName(self.tr("Dernier jour de la période"))
        self.to_label.setText(self.tr("au"))
        self.action.setItemText(0, self.tr("Toutes les actions"))
        self.action.setAccessibleName(self.tr("Action"))
        self.actor.setItemText(0, self.tr("Tous les utilisateurs"))
        self.actor.setAccessibleName(self.tr("Utilisateur"))
        self.table.setAccessibleName(self.tr("Entrées du journal d'audit, les plus récentes "
                                             "d'abord"))
        self.model.retranslate()
        self._show_count(self.model.rowCount())

    # --- filters ---------------------------------------------------------------------------

    def current_query(self) -> AuditQuery:
        dated = self.period.isChecked()
        return AuditQuery(
            date_from=date_of(self.date_from) if dated else None,
            date_to=date_of(self.date_to) if dated else None,
            action=self.action.currentData(), actor=self.actor.currentData(),
            case_reference=self.case_field.text().strip() or None, text=self.search.text())

    @property
    def filter_pending(self) -> bool:
        """Typed text waits for the typing pause before the entries are searched again."""
        return self._timer.isActive()

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_query(self.current_query())

    def _period_changed(self, apply: bool = True) -> None:
        for widget in (self.date_from, self.date_to):
            widget.setEnabled(self.period.isChecked())
        if apply:
            self.apply_filter()

    def _show_choices(self, choices: AuditChoices) -> None:
        for combo, items in ((self.action, choices.actions),
                             (self.actor, tuple((a, a) for a in choices.actors))):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for code, label in items:
                combo.addItem(label, code)
            index = combo.findData(chosen) if chosen is not None else 0
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    def load(self) -> None:
        self.context.query(audit_listing.choices, self._show_choices)
        self.model.set_query(self.current_query())

    # --- export ----------------------------------------------------------------------------

    def export(self) -> None:
        """The entries the filters select, as CSV where the user chooses."""
        name = f"journal-audit-{clock.today():%Y-%m-%d}.csv"
        choose_save(self, self.tr("Exporter le journal d'audit"), Path.home() / name,
                    self.tr("Fichier CSV (*.csv)"), self.export_to)

    def export_to(self, path: Path) -> None:
        if path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
        query = self.current_query()
        self.context.query(lambda db: audit_listing.export_csv(db, query, path),
                           lambda _written: self._exported(path),
                           lambda error: self.context.runner.show_failure(error, self))

    def _exported(self, path: Path) -> None:
        announce_saved(self, path, self.notice)
        self.model.reload()  # the export itself is an entry
        self.exported.emit(path)

    def clear(self) -> None:
        self.model.clear()
        self.result.clear()

    def _show_count(self, count: int) -> None:
        reference = self.model.query.case_reference
        if not reference:
            self.count.setText(self.tr("{0} entrée(s)").format(count) if count else "")
            return
        self.context.query(lambda db: audit_listing.matching_cases(db, reference),
                           lambda cases: self._show_matches(reference, count, cases))

    def _show_matches(self, reference: str, entries: int, cases: int) -> None:
        """With the case filter: how many entries, on how many cases the text matched."""
        if reference != self.model.query.case_reference:
            return  # typed on since: the next count comes
        self.count.setText(self.tr("{0} entrée(s) sur {1} dossier(s) correspondant à « {2} »")
                           .format(entries, cases, reference))

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.context.query(audit_log.verify, self._verified, self._verify_failed,
                           progress_label=self.tr("Vérification du journal d'audit…"),
                           parent=self)

    def _verified(self, report: ChainReport) -> None:
        self.verify_button.setEnabled(True)
        if report.ok:
            self.result.setProperty("role", "")
            self.result.setText(self.tr("Journal intègre : {0} entrée(s) vérifiée(s), aucune "
                                        "modification ni suppression détectée.")
                                .format(report.entries))
        else:
            self.result.setProperty("role", "error")
            self.result.setText(self.tr("Le journal a été altéré ({0} problème(s)) :\n{1}")
                                .format(len(report.problems), "\n".join(report.problems)))
        self.result.style().unpolish(self.result)
        self.result.style().polish(self.result)
        self.verified.emit(report)

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.context.runner.show_failure(error, self)
