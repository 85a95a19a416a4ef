""" "Protocoles": the protocols and their versions, the status workflow, the articles of a
draft (insert, move, delete, edit, with undo/redo), its preamble and parties, the text in force
at a date, the comparison of two versions, and the preview of the convention PDF."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import VersionKind, VersionStatus
from desktop.services.protocol import articles, comparison, consolidation, protocols, version_status
from desktop.services.protocol.convention import convention_pdf
from desktop.services.protocol.records import (
    MeasureInfo,
    ProtocolSummary,
    VersionDetail,
    VersionSummary,
)
from desktop.services.vault.changes import Changes
from desktop.ui.context import AppContext
from desktop.ui.pages.base import RefreshingPage
from desktop.ui.pages.protocol_edits import ProtocolEdits
from desktop.ui.pages.protocol_tabs import VersionTabs
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.protocol_html import comparison_html, consolidated_html

VERSION_ROLE = Qt.ItemDataRole.UserRole


class ProtocolsPage(RefreshingPage):
    watches = Changes.PROTOCOL | Changes.CONTACTS | Changes.OFFICE

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.protocols: tuple[ProtocolSummary, ...] = ()
        self.detail: VersionDetail | None = None
        self.preview_dialog: QWidget | None = None
        self.undo_stack = QUndoStack(self)
        self.tabs = VersionTabs(self)
        self.edits = ProtocolEdits(context, self.tabs, self.undo_stack)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.currentItemChanged.connect(self._tree_changed)
        self.new_protocol_button = QPushButton(self)
        self.new_protocol_button.clicked.connect(self.edits.new_protocol)
        self.new_version_button = QToolButton(self)
        self.new_version_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.version_menu = QMenu(self)
        self.update_action = self.version_menu.addAction("")
        self.update_action.triggered.connect(lambda: self.edits.new_version(VersionKind.UPDATE))
        self.amendment_action = self.version_menu.addAction("")
        self.amendment_action.triggered.connect(self.edits.new_amendment)
        self.new_version_button.setMenu(self.version_menu)
        self.import_button = QPushButton(self)
        self.import_button.clicked.connect(self.edits.import_json)
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.edits.export_json)
        self.version_label = QLabel(self)
        self.version_label.setProperty("role", "subtitle")
        self.version_label.setWordWrap(True)
        self.status_button = QPushButton(self)
        self.status_button.clicked.connect(lambda: self.edits.advance_status())
        self.properties_button = QPushButton(self)
        self.properties_button.clicked.connect(self.edits.edit_properties)
        self.draft_box = QCheckBox(self)
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self.preview)
        self._connect_tabs()
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Annuler"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        for act in (self.undo_action, self.redo_action):
            act.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(act)
        self.undo_stack.canUndoChanged.connect(self.tabs.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.tabs.redo_button.setEnabled)
        self.tabs.undo_button.setEnabled(False)
        self.tabs.redo_button.setEnabled(False)
        self._layout()
        self.retranslate()

    def _layout(self) -> None:
        left = QWidget(self)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_protocol_button)
        buttons.addWidget(self.new_version_button)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(buttons)
        column.addWidget(self.tree)
        exchange = QHBoxLayout()
        exchange.addWidget(self.import_button)
        exchange.addWidget(self.export_button)
        column.addLayout(exchange)
        right = QWidget(self)
        header = QVBoxLayout()  # the version's title above its buttons, which wrap
        header.addWidget(self.version_label)
        version_buttons = FlowLayout()
        for widget in (self.properties_button, self.status_button, self.draft_box,
                       self.preview_button):
            version_buttons.addWidget(widget)
        header.addLayout(version_buttons)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(header)
        column.addWidget(self.tabs)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([280, 800])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(split, 1)

    def _connect_tabs(self) -> None:
        t = self.tabs
        t.insert_button.clicked.connect(self.edits.insert_article)
        t.up_button.clicked.connect(lambda: self.edits.move_article(-1))
        t.down_button.clicked.connect(lambda: self.edits.move_article(+1))
        t.delete_button.clicked.connect(self.edits.delete_article)
        t.undo_button.clicked.connect(self.undo_stack.undo)
        t.redo_button.clicked.connect(self.undo_stack.redo)
        t.editor.saved.connect(self.edits.save_article)
        t.preamble_button.clicked.connect(self.edits.save_preamble)
        t.party_up_button.clicked.connect(lambda: self.edits.move_party(-1))
        t.party_down_button.clicked.connect(lambda: self.edits.move_party(+1))
        t.represented_button.clicked.connect(self.edits.set_represented_by)
        t.add_party_button.clicked.connect(self.edits.add_party)
        t.remove_party_button.clicked.connect(self.edits.remove_party)
        t.consolidate_button.clicked.connect(self.show_consolidated)
        t.compare_button.clicked.connect(self.compare)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Protocoles"))
        self.title.setText(self.tr("Protocoles"))
        self.new_protocol_button.setText(self.tr("&Nouveau protocole…"))
        self.new_version_button.setText(self.tr("Nouvelle &version"))
        self.update_action.setText(self.tr("Mise à jour (texte complet)"))
        self.amendment_action.setText(self.tr("Avenant…"))
        self.import_button.setText(self.tr("Importer (JSON)…"))
        self.import_button.setToolTip(self.tr("Créer un protocole depuis un fichier JSON"))
        self.export_button.setText(self.tr("Exporter (JSON)…"))
        self.export_button.setToolTip(self.tr("Enregistrer la version choisie en JSON"))
        self.draft_box.setText(self.tr("Pro&jet (filigrane)"))
        self.properties_button.setText(self.tr("P&ropriétés…"))
        self.properties_button.setToolTip(self.tr("Titre, lieu de signature, exemplaires"))
        self.preview_button.setText(self.tr("A&perçu"))
        self.preview_button.setToolTip(self.tr("Aperçu de la convention en PDF"))
        self.tree.setAccessibleName(self.tr("Protocoles et leurs versions"))
        self.tabs.retranslate()
        self._show_header()

    # --- loading -------------------------------------------------------------------------

    def clear(self) -> None:
        self.tree.clear()
        self.undo_stack.clear()
        self.detail = None
        self.edits.show(None, None)

    def load(self) -> None:
        self.context.query(
            lambda db: (protocols.list_protocols(db), articles.list_measures(db)),
            self._show_protocols,
        )

    def _show_protocols(
        self, loaded: tuple[tuple[ProtocolSummary, ...], tuple[MeasureInfo, ...]]
    ) -> None:
        found, measures = loaded
        self.protocols = found
        self.tabs.editor.set_measures(measures)
        self.tree.blockSignals(True)
        self.tree.clear()
        selected = None
        for protocol in found:
            top = QTreeWidgetItem([protocol.title])
            top.setToolTip(0, protocol.title)
            self.tree.addTopLevelItem(top)
            for version in protocol.versions:
                child = QTreeWidgetItem([version.label])
                child.setData(0, VERSION_ROLE, version.id)
                top.addChild(child)
                if version.id == self.edits.selected_version or (
                    self.edits.selected_version is None
                    and selected is None
                    and version is protocol.current
                ):
                    selected = child
            top.setExpanded(True)
        self.tree.blockSignals(False)
        if selected is not None:
            self.tree.setCurrentItem(selected)
            self._tree_changed(selected)
        else:
            self.detail = None
            self.edits.show(None, None)
            self._show_header()

    def _tree_changed(self, item: QTreeWidgetItem | None, _previous: object = None) -> None:
        version_id = item.data(0, VERSION_ROLE) if item is not None else None
        if version_id is None:
            return
        if version_id != self.edits.selected_version:
            self.undo_stack.clear()
            self.edits.select_article = None
        self.edits.selected_version = version_id
        self.context.query(lambda db: protocols.get_version(db, version_id), self._show_version)

    def _show_version(self, detail: VersionDetail) -> None:
        # The same version shown again (a colleague's save, or one's own) keeps the preamble's
        # unsaved typing and the clauses it was typed on (see ``ArticleEditor.show_article``).
        typed, seen = self.tabs.preamble.toPlainText(), self.edits.preamble_seen
        again = self.detail is not None and self.detail.version.id == detail.version.id
        keep = again and _clauses(typed) not in (list(seen), list(detail.preamble))
        # … and the article the user is on, unless an edit chose one.
        article = self.edits.select_article or (self.tabs.current_article_id() if again
                                                else None)
        self.detail = detail
        self.draft_box.setChecked(detail.version.status is VersionStatus.PROJET)
        protocol = self._protocol()
        self.edits.show(detail, protocol)
        self.tabs.show_version(detail, protocol.versions if protocol else (), article)
        if keep:
            self.edits.preamble_seen = seen
            self.tabs.preamble.setPlainText(typed)
        self._show_header()

    def _protocol(self) -> ProtocolSummary | None:
        if self.detail is None:
            return None
        return next((p for p in self.protocols if p.id == self.detail.version.protocol_id), None)

    def _show_header(self) -> None:
        version = self.detail.version if self.detail else None
        for widget in (self.status_button, self.preview_button, self.draft_box, self.export_button):
            widget.setEnabled(version is not None)
        if version is None:
            self.version_label.setText(self.tr("Aucune version choisie"))
            self.status_button.hide()
            self.properties_button.setEnabled(False)
            return
        self.properties_button.setEnabled(version.editable)
        dates = [
            (self.tr("signée le"), version.signed_on),
            (self.tr("en vigueur le"), version.in_force_from),
            (self.tr("remplacée le"), version.superseded_on),
        ]
        shown = ", ".join(f"{label} {day.strftime('%d/%m/%Y')}" for label, day in dates if day)
        self.version_label.setText(f"{version.label}" + (f" — {shown}" if shown else ""))
        after = version_status.NEXT_STATUS.get(version.status)
        labels = {
            VersionStatus.SIGNE: self.tr("Marquer comme signée…"),
            VersionStatus.EN_VIGUEUR: self.tr("Mettre en vigueur…"),
            VersionStatus.REMPLACE: self.tr("Marquer comme remplacée…"),
        }
        self.status_button.setVisible(after is not None)
        if after is not None:
            self.status_button.setText(labels[after])

    # --- reads -------------------------------------------------------------------------------

    def show_consolidated(self) -> None:
        protocol = self._protocol()
        if protocol is None:
            return
        picked = self.tabs.date.date()
        day = dt.date(picked.year(), picked.month(), picked.day())
        self.context.query(
            lambda db: consolidation.consolidated_at(db, protocol.id, day),
            lambda text: self.tabs.consolidated.setHtml(consolidated_html(text)),
            lambda error: self.tabs.consolidated.setPlainText(str(error)),
        )

    def compare(self) -> None:
        protocol = self._protocol()
        if protocol is None:
            return
        old, new = self.tabs.old_combo.currentData(), self.tabs.new_combo.currentData()
        self.context.query(
            lambda db: comparison.compare_versions(db, protocol.id, old, new),
            lambda result: self.tabs.comparison.setHtml(comparison_html(result)),
        )

    def preview(self) -> None:
        if self.detail is None:
            return
        version = self.detail.version
        draft = self.draft_box.isChecked()
        self.context.query(
            lambda db: convention_pdf(db, version.protocol_id, version.number, draft=draft),
            lambda pdf: self._open_preview(pdf, version),
            progress_label=self.tr("Mise en page de la convention…"),
            parent=self,
        )

    def _open_preview(self, pdf: bytes, version: VersionSummary) -> None:
        from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        name = f"convention-v{version.number}.pdf"
        dialog = PdfPreviewDialog(pdf, version.title, name, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.preview_dialog = dialog


def _clauses(text: str) -> list[str]:
    """The preamble's clauses as saved from its box (blank lines dropped)."""
    return [line.strip() for line in text.splitlines() if line.strip()]
