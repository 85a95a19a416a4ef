"""The tabs of the "Protocoles" page for one version: articles (with their editor), preamble,
parties in signing order, consolidated text at a date, comparison of two versions.

Layout only, and the signals the page acts on; the page calls the services.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import VersionKind
from desktop.services.protocol.records import VersionDetail, VersionSummary
from desktop.ui.widgets.article_editor import ArticleEditor
from desktop.ui.widgets.flow_layout import FlowLayout


def _button(parent: QWidget, layout: QLayout) -> QPushButton:
    button = QPushButton(parent)
    layout.addWidget(button)
    return button


class VersionTabs(QTabWidget):
    article_selected = Signal(object)  # ArticleInfo | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.detail: VersionDetail | None = None
        # Articles
        self.articles_tab = QWidget(self)
        self.article_list = QListWidget(self.articles_tab)
        self.article_list.currentRowChanged.connect(self._row_changed)
        tools = FlowLayout()  # the button rows wrap on a narrow screen
        self.insert_button = _button(self.articles_tab, tools)
        self.up_button = _button(self.articles_tab, tools)
        self.down_button = _button(self.articles_tab, tools)
        self.delete_button = _button(self.articles_tab, tools)
        self.undo_button = _button(self.articles_tab, tools)
        self.redo_button = _button(self.articles_tab, tools)
        self.editor = ArticleEditor(self.articles_tab)
        split = QSplitter(Qt.Orientation.Horizontal, self.articles_tab)
        split.addWidget(self.article_list)
        split.addWidget(self.editor)
        split.setSizes([260, 520])
        layout = QVBoxLayout(self.articles_tab)
        layout.addLayout(tools)
        layout.addWidget(split)
        # Preamble
        self.preamble_tab = QWidget(self)
        self.preamble_hint = QLabel(self.preamble_tab)
        self.preamble_hint.setProperty("role", "muted")
        self.preamble = QPlainTextEdit(self.preamble_tab)
        row = QHBoxLayout()
        row.addStretch()
        self.preamble_button = _button(self.preamble_tab, row)
        layout = QVBoxLayout(self.preamble_tab)
        layout.addWidget(self.preamble_hint)
        layout.addWidget(self.preamble)
        layout.addLayout(row)
        # Parties
        self.parties_tab = QWidget(self)
        self.party_list = QListWidget(self.parties_tab)
        party_row = FlowLayout()
        self.party_up_button = _button(self.parties_tab, party_row)
        self.party_down_button = _button(self.parties_tab, party_row)
        self.represented_button = _button(self.parties_tab, party_row)
        self.add_party_button = _button(self.parties_tab, party_row)
        self.remove_party_button = _button(self.parties_tab, party_row)
        layout = QVBoxLayout(self.parties_tab)
        layout.addWidget(self.party_list)
        layout.addLayout(party_row)
        # Consolidated text
        self.consolidated_tab = QWidget(self)
        row = QHBoxLayout()
        self.date_label = QLabel(self.consolidated_tab)
        self.date = QDateEdit(QDate.currentDate(), self.consolidated_tab)
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        self.date_label.setBuddy(self.date)
        row.addWidget(self.date_label)
        row.addWidget(self.date)
        self.consolidate_button = _button(self.consolidated_tab, row)
        row.addStretch()
        self.consolidated = QTextBrowser(self.consolidated_tab)
        layout = QVBoxLayout(self.consolidated_tab)
        layout.addLayout(row)
        layout.addWidget(self.consolidated)
        # Comparison
        self.compare_tab = QWidget(self)
        row = QHBoxLayout()
        self.old_combo = QComboBox(self.compare_tab)
        self.new_combo = QComboBox(self.compare_tab)
        self.arrow = QLabel("→", self.compare_tab)
        row.addWidget(self.old_combo)
        row.addWidget(self.arrow)
        row.addWidget(self.new_combo)
        self.compare_button = _button(self.compare_tab, row)
        row.addStretch()
        self.comparison = QTextBrowser(self.compare_tab)
        layout = QVBoxLayout(self.compare_tab)
        layout.addLayout(row)
        layout.addWidget(self.comparison)
        for tab in (
            self.articles_tab,
            self.preamble_tab,
            self.parties_tab,
            self.consolidated_tab,
            self.compare_tab,
        ):
            self.addTab(tab, "")
        self.retranslate()

    def retranslate(self) -> None:
        for index, text in enumerate(
            (
                self.tr("&Articles"),
                self.tr("&Préambule"),
                self.tr("&Signataires"),
                self.tr("Texte &consolidé"),
                self.tr("Co&mparer"),
            )
        ):
            self.setTabText(index, text)
        self.insert_button.setText(self.tr("&Insérer"))
        self.insert_button.setToolTip(self.tr("Insérer un article après l'article choisi"))
        self.up_button.setText(self.tr("Monter"))
        self.down_button.setText(self.tr("Descendre"))
        self.delete_button.setText(self.tr("Supprimer"))
        self.undo_button.setText(self.tr("Annuler"))
        self.undo_button.setToolTip(self.tr("Annuler la dernière modification (Ctrl+Z)"))
        self.redo_button.setText(self.tr("Rétablir"))
        self.redo_button.setToolTip(self.tr("Rétablir (Ctrl+Y)"))
        self.article_list.setAccessibleName(self.tr("Articles de la version"))
        self.preamble_hint.setText(self.tr("Une clause « Vu … » par ligne."))
        self.preamble.setAccessibleName(self.tr("Clauses du préambule"))
        self.preamble_button.setText(self.tr("Enregistrer le préambule"))
        self.party_list.setAccessibleName(self.tr("Signataires dans l'ordre de signature"))
        self.party_up_button.setText(self.tr("Monter"))
        self.party_down_button.setText(self.tr("Descendre"))
        self.represented_button.setText(self.tr("Représenté par…"))
        self.add_party_button.setText(self.tr("Ajouter…"))
        self.remove_party_button.setText(self.tr("Retirer"))
        self.date_label.setText(self.tr("Texte consolidé au"))
        self.consolidate_button.setText(self.tr("Afficher"))
        self.consolidated.setAccessibleName(self.tr("Texte consolidé"))
        self.compare_button.setText(self.tr("Comparer"))
        self.old_combo.setAccessibleName(self.tr("Version de départ"))
        self.new_combo.setAccessibleName(self.tr("Version d'arrivée"))
        self.comparison.setAccessibleName(self.tr("Différences entre les deux versions"))
        self.editor.retranslate()

    # --- filling -------------------------------------------------------------------------

    def show_version(
        self,
        detail: VersionDetail,
        versions: tuple[VersionSummary, ...],
        select_article: int | None = None,
    ) -> None:
        self.detail = detail
        editable = detail.version.editable
        self.article_list.blockSignals(True)
        self.article_list.clear()
        row_to_select = 0
        changes = {a.article_number: a.change.label.lower() for a in detail.version.amended}
        for row, article in enumerate(detail.articles):
            change = changes.get(article.number)
            item = QListWidgetItem(article.heading + (f" ({change})" if change else ""))
            item.setData(Qt.ItemDataRole.UserRole, article.id)
            self.article_list.addItem(item)
            if article.id == select_article:
                row_to_select = row
        self.article_list.blockSignals(False)
        if detail.articles:
            self.article_list.setCurrentRow(row_to_select)
        self._row_changed(self.article_list.currentRow())
        self.preamble.setPlainText("\n".join(detail.preamble))
        self.preamble.setReadOnly(not editable)
        self.party_list.clear()
        for party in detail.parties:
            signer = f" — {party.signer_name}" if party.signer_name else ""
            represented = (
                self.tr(" (représenté par {0})").format(party.represented_by)
                if party.represented_by
                else ""
            )
            item = QListWidgetItem(
                f"{party.order}. {party.function_for_signer}{signer}{represented}"
            )
            item.setData(Qt.ItemDataRole.UserRole, party.id)
            self.party_list.addItem(item)
        for widget in (
            self.insert_button,
            self.up_button,
            self.down_button,
            self.delete_button,
            self.preamble_button,
            self.party_up_button,
            self.party_down_button,
            self.represented_button,
            self.add_party_button,
            self.remove_party_button,
        ):
            widget.setEnabled(editable)
        if detail.version.kind is VersionKind.AMENDMENT:  # numbered as the articles they amend
            self.up_button.setEnabled(False)
            self.down_button.setEnabled(False)
        self._fill_combos(versions, detail.version.number)

    def _fill_combos(self, versions: tuple[VersionSummary, ...], current: int) -> None:
        for combo in (self.old_combo, self.new_combo):
            combo.clear()
            for version in versions:
                combo.addItem(version.label, version.number)
        self.new_combo.setCurrentIndex(max(0, self.new_combo.findData(current)))
        self.old_combo.setCurrentIndex(max(0, self.old_combo.findData(current - 1)))

    def _row_changed(self, row: int) -> None:
        article = None
        if self.detail is not None and 0 <= row < len(self.detail.articles):
            article = self.detail.articles[row]
        editable = self.detail is not None and self.detail.version.editable
        self.editor.show_article(article, editable, keep_typing=True)
        self.article_selected.emit(article)

    def current_article_id(self) -> int | None:
        item = self.article_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def current_party_id(self) -> int | None:
        item = self.party_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None
