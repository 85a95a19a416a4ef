""""Journal d'audit": every entry (who, when, what, old → new), paged lazily, and the
integrity check of the hash chain."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.vault import audit_log
from desktop.services.vault.audit_log import ChainReport
from desktop.services.vault.changes import Changes
from desktop.ui.context import AppContext
from desktop.ui.pages.base import RefreshingPage
from desktop.ui.table_models.audit import AuditTableModel


class AuditPage(RefreshingPage):
    """Every write adds audit entries: any change makes the page stale."""

    watches = Changes.ALL
    verified = Signal(object)  # ChainReport

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
        for column, width in enumerate((190, 110, 150, 110)):
            header.resizeSection(column, width)
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.count)
        top.addStretch()
        top.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addLayout(top)
        layout.addWidget(self.result)
        layout.addWidget(self.table)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Journal d'audit"))
        self.title.setText(self.tr("Journal d'audit"))
        self.verify_button.setText(self.tr("&Vérifier l'intégrité"))
        self.verify_button.setAccessibleName(self.tr("Vérifier l'intégrité du journal d'audit"))
        self.table.setAccessibleName(self.tr("Entrées du journal d'audit, les plus récentes "
                                             "d'abord"))
        self.model.retranslate()
        self._show_count(self.model.rowCount())

    def load(self) -> None:
        self.model.reload()

    def clear(self) -> None:
        self.model.clear()
        self.result.clear()

    def _show_count(self, count: int) -> None:
        self.count.setText(self.tr("{0} entrée(s)").format(count) if count else "")

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
