""""Référents": who do I call? Search a commune as you type, read its answer card (force,
unit chain, référents valid today, "à jour au"), copy it in one click; coverage filters with
their counts; the roster's actions (edit, assign, departure, imports, export, annuaire) are in
``referents_actions``."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from desktop.services.roster import coverage, listing, lookup
from desktop.services.roster.records import (
    AnswerCard,
    CommuneRow,
    CommuneSearch,
    CoverageCounts,
)
from desktop.services.vault.changes import Changes
from desktop.ui.context import AppContext
from desktop.ui.pages.base import RefreshingPage
from desktop.ui.pages.referents_actions import ReferentsActions
from desktop.ui.pages.referents_card import card_html, nothing_html
from desktop.ui.table_models.roster import CommuneTableModel, commune_columns
from desktop.ui.widgets.flow_layout import FlowLayout

SEARCH_DELAY_MS = 120


class ReferentsPage(RefreshingPage):
    watches = Changes.TERRITORY | Changes.OFFICE

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.card: AnswerCard | None = None
        self.counts: CoverageCounts | None = None
        self._search_seq = 0
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._schedule_search)
        self.search.returnPressed.connect(self._search_now)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self._search_now)
        self.filters = QButtonGroup(self)
        self.filters.setExclusive(True)
        self.filter_buttons: dict[str, QPushButton] = {}
        filter_row = FlowLayout()  # wraps on a narrow screen
        for which in listing.FILTERS:
            button = QPushButton(self)
            button.setCheckable(True)
            button.setProperty("filter", which)
            self.filters.addButton(button)
            self.filter_buttons[which] = button
            filter_row.addWidget(button)
        self.filter_buttons["all"].setChecked(True)
        self.filters.buttonClicked.connect(lambda _button: self._search_now())
        self.model = CommuneTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for column, width in enumerate((190, 60, 110, 150, 220)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show(
            self.model.row_at(current.row())))
        self.result_count = QLabel(self)
        self.result_count.setProperty("role", "muted")
        self.card_view = QTextBrowser(self)
        self.card_view.setOpenExternalLinks(False)
        self.card_view.setOpenLinks(False)
        self.card_view.anchorClicked.connect(self._link_clicked)
        self.suggestion: str | None = None
        self._matched: dict[int, str] = {}
        """What the search matched, by commune id, for the card ("lieu-dit « … »")."""
        self.copy_button = QPushButton(self)
        self.copy_button.clicked.connect(self.copy_card)
        self.copy_button.setEnabled(False)
        self.copied = QLabel(self)
        self.copied.setProperty("role", "muted")
        self.actions = ReferentsActions(context, self.table, self.model)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table)
        left_layout.addWidget(self.result_count)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.card_view)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy_button)
        copy_row.addWidget(self.copied)
        copy_row.addStretch()
        right_layout.addLayout(copy_row)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([560, 440])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.search)
        layout.addLayout(filter_row)
        layout.addLayout(self.actions.toolbar)
        layout.addWidget(self.splitter, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Référents"))
        self.title.setText(self.tr("Référents sûreté : qui appeler ?"))
        self.search.setPlaceholderText(self.tr("Commune, code postal ou code INSEE…"))
        self.search.setAccessibleName(self.tr("Rechercher une commune"))
        self.table.setAccessibleName(self.tr("Communes trouvées"))
        self.card_view.setAccessibleName(self.tr("Fiche réponse de la commune"))
        self.copy_button.setText(self.tr("&Copier la réponse"))
        self.copy_button.setAccessibleName(self.tr("Copier la fiche réponse dans le "
                                                   "presse-papiers"))
        self.model.set_columns(commune_columns())
        self._show_counts()
        self.actions.retranslate()
        if self.card is None:
            self.card_view.setHtml(self.tr("<p>Choisissez une commune dans la liste.</p>"))

    def alive(self, callback: Callable[[Any], None]) -> Callable[[Any], None]:
        """``callback``, skipped when the page was deleted before the worker answered."""

        def call(value: Any) -> None:
            if isValid(self):
                callback(value)

        return call

    # --- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        self.context.query(coverage.coverage_counts, self.alive(self._counted))
        self._search_now()
        if self.card is not None:
            self.show_commune(self.card.commune_id)

    def clear(self) -> None:
        self.model.set_rows([])
        self.card = None
        self.actions.card_changed(None)
        self.card_view.clear()

    def _counted(self, counts: CoverageCounts) -> None:
        self.counts = counts
        self._show_counts()

    def _show_counts(self) -> None:
        counts = self.counts
        texts = {
            "all": self.tr("Toutes ({0})").format(counts.communes if counts else "…"),
            "uncovered": self.tr("Sans référent ({0})").format(
                counts.without_referent if counts else "…"),
            "stale": self.tr("Non vérifiés depuis {0} mois ({1})").format(
                counts.stale_months if counts else 12, counts.stale_referents if counts else "…"),
            "mixte": self.tr("Mixtes à trancher ({0})").format(counts.mixte if counts else "…"),
        }
        for which, text in texts.items():
            self.filter_buttons[which].setText(text)

    # --- search ----------------------------------------------------------------------------

    @property
    def current_filter(self) -> listing.Filter:
        button = self.filters.checkedButton()
        return button.property("filter") if button is not None else "all"  # type: ignore[no-any-return]

    def set_filter(self, which: listing.Filter) -> None:
        self.filter_buttons[which].setChecked(True)
        self._search_now()

    def _schedule_search(self) -> None:
        self.timer.start()

    def _search_now(self) -> None:
        """Run the search on the worker; an answer to an older text is dropped."""
        self.timer.stop()
        self._search_seq += 1
        seq, text, which = self._search_seq, self.search.text(), self.current_filter
        self.context.query(lambda db: listing.page_search(db, text, which),
                           self.alive(lambda found: self._found(seq, found)))

    def _found(self, seq: int, found: CommuneSearch) -> None:
        if seq != self._search_seq:
            return
        rows = list(found.rows)
        self.model.set_rows(rows)
        self._matched = {row.id: row.matched for row in rows}
        self.suggestion = found.suggestion
        if not rows:
            self.result_count.setText(self.tr("Aucune commune ne correspond."))
            self._show_nothing(found)
            return
        self.result_count.setText(found.count_text)
        if (self.card is None or len(rows) == 1
                     or all(r.id != self.card.commune_id for r in rows)):
            self.table.selectRow(0)

    # --- the answer card -------------------------------------------------------------------

    def _show(self, row: CommuneRow | None) -> None:
        if row is not None:
            self.show_commune(row.id)

    def show_commune(self, commune_id: int) -> None:
        self.context.query(lambda db: lookup.answer(db, commune_id),
                           self.alive(self._card_loaded))

    def _show_nothing(self, found: CommuneSearch) -> None:
        """No commune: the card is cleared (never the previous commune's), the text says so
        and offers the close spelling as a link."""
        self.card = None
        self.copy_button.setEnabled(False)
        self.copied.clear()
        self.card_view.setHtml(nothing_html(found.text, found.suggestion))

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "suggestion" and self.suggestion:
            self.search.setText(self.suggestion)
            self._search_now()

    def _card_loaded(self, card: AnswerCard) -> None:
        if not self._matched and self.search.text().strip():
            return  # the search found nothing meanwhile: the card stays cleared
        self.card = card
        self.card_view.setHtml(card_html(card, self.counts.stale_months if self.counts else 12,
                                         self._matched.get(card.commune_id, "")))
        self.copy_button.setEnabled(True)
        self.copied.clear()
        self.actions.card_changed(card)

    def copy_card(self) -> None:
        if self.card is None:
            return
        QGuiApplication.clipboard().setText(lookup.card_text(self.card))
        self.copied.setText(self.tr("Copié."))
