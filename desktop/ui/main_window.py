"""The main window: left navigation, a stack of pages, the global search, menus, status bar.

It lays out pages and routes actions; it holds no domain logic. The shell (title, empty
navigation, "Ouverture du coffre…") is built from Qt alone so that it paints before any service
is imported; ``attach(context)`` then adds the pages and the controllers once the vault is open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop.ui.geometry import preserve_geometry
from desktop.ui.status_bar import VaultStatusBar

if TYPE_CHECKING:
    from desktop.services.database import Database
    from desktop.ui.context import AppContext



@dataclass(frozen=True)
class SearchProvider:
    """One section of the global search (a page's domain)."""

    section: str
    page: QWidget
    find: Callable[[Database, str], list[Any]]  # -> [global_search.SearchResult]
    reveal: Callable[[Any], None]

NAVIGATION_MAX_WIDTH = 280


class MainWindow(QMainWindow):
    painted = Signal()  # every paint of the window (app.py waits for the first one)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.context: AppContext | None = None
        self.pages: list[QWidget] = []
        self._search_providers: list[SearchProvider] = []
        self.search_menu: QMenu | None = None
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(180)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.stack = QStackedWidget(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 800])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self.status = VaultStatusBar(self)
        self.setStatusBar(self.status)
        self.resize(1100, 720)
        preserve_geometry(self, "main_window", [self.splitter])
        self.retranslate()
        self.set_data_enabled(False)

    # --- layout ----------------------------------------------------------------------------

    def _build_actions(self) -> None:
        def action(shortcut: QKeySequence | QKeySequence.StandardKey | None = None) -> QAction:
            act = QAction(self)
            if shortcut is not None:
                act.setShortcut(shortcut)
            return act

        self.backup_action = action(QKeySequence("Ctrl+S"))
        self.lock_action = action(QKeySequence("Ctrl+L"))
        self.quit_action = action(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.verify_action = action()
        self.passphrase_action = action()
        self.rekey_action = action()
        self.preferences_action = action()
        self.about_action = action()
        self.search_action = action(QKeySequence("Ctrl+F"))
        self.search_action.triggered.connect(self.focus_search)
        self.addAction(self.search_action)
        # What touches the vault's data: disabled while locked (and before the vault opens).
        self.data_actions = [self.backup_action, self.lock_action, self.verify_action,
                             self.passphrase_action, self.rekey_action,
                             self.search_action]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addActions([self.backup_action, self.lock_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addActions([self.verify_action, self.passphrase_action,
                                    self.rekey_action])
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.preferences_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.search = QLineEdit(self.toolbar)
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(360)
        self.search.returnPressed.connect(self.run_search)
        self.search_result = QLabel(self.toolbar)
        self.search_result.setProperty("role", "muted")
        self.toolbar.addWidget(self.search)
        self.toolbar.addWidget(self.search_result)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(spacer.sizePolicy().Policy.Expanding,
                             spacer.sizePolicy().Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addAction(self.lock_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Égide"))
        self.file_menu.setTitle(self.tr("&Fichier"))
        self.tools_menu.setTitle(self.tr("&Outils"))
        self.help_menu.setTitle(self.tr("&Aide"))
        self.backup_action.setText(self.tr("&Sauvegarder maintenant"))
        self.lock_action.setText(self.tr("&Verrouiller"))
        self.lock_action.setToolTip(self.tr("Verrouiller le coffre (Ctrl+L)"))
        self.quit_action.setText(self.tr("&Quitter"))
        self.verify_action.setText(self.tr("&Vérifier le journal d'audit"))
        self.passphrase_action.setText(self.tr("&Changer la phrase de passe…"))
        self.rekey_action.setText(self.tr("&Nouvelle clé de secours…"))
        self.preferences_action.setText(self.tr("&Préférences…"))
        self.about_action.setText(self.tr("À &propos d'Égide"))
        self.search_action.setText(self.tr("Rechercher"))
        self.search.setPlaceholderText(self.tr("Rechercher… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Recherche globale"))
        self.navigation.setAccessibleName(self.tr("Navigation entre les pages"))
        self.status.retranslate()
        for index, page in enumerate(self.pages):
            if hasattr(page, "retranslate"):
                page.retranslate()
            self.navigation.item(index).setText(page.windowTitle())

    # --- pages and controllers -------------------------------------------------------------

    def attach(self, context: AppContext) -> None:
        """Once the vault is open: the pages, the menu controllers and the lock."""
        from desktop.ui.lock import LockController
        from desktop.ui.pages.audit import AuditPage
        from desktop.ui.pages.cases import CasesPage
        from desktop.ui.pages.committee import CommitteePage
        from desktop.ui.pages.dashboard import DashboardPage
        from desktop.ui.pages.home import HomePage
        from desktop.ui.pages.practitioners import PractitionersPage
        from desktop.ui.pages.protocols import ProtocolsPage
        from desktop.ui.pages.referents import ReferentsPage
        from desktop.ui.pages.signatories import SignatoriesPage
        from desktop.ui.window_actions import WindowActions

        self.context = context
        self.home_page = HomePage(context, self)
        self.audit_page = AuditPage(context, self)
        self.cases_page = CasesPage(context, self)
        self.practitioners_page = PractitionersPage(context, self)
        self.protocols_page = ProtocolsPage(context, self)
        self.signatories_page = SignatoriesPage(context, self)
        self.dashboard_page = DashboardPage(context, self)
        self.committee_page = CommitteePage(context, self)
        self.referents_page = ReferentsPage(context, self)
        for page in (self.home_page, self.dashboard_page, self.cases_page, self.referents_page,
                     self.practitioners_page, self.protocols_page, self.signatories_page,
                     self.committee_page, self.audit_page):
            self.add_page(page)
        self.navigation.setCurrentRow(0)
        self._register_searches()
        self.actions_controller = WindowActions(self, context)
        self.lock = LockController(self, context)
        self.set_data_enabled(True)

    def _register_searches(self) -> None:
        from desktop.services import global_search

        def typed(line_edit: QLineEdit) -> Callable[[Any], None]:
            return lambda key: line_edit.setText(str(key))

        for provider in (
            SearchProvider(self.tr("Communes"), self.referents_page, global_search.communes,
                           self.referents_page.show_commune),
            SearchProvider(self.tr("Signalements"), self.cases_page, global_search.cases,
                           self.cases_page.open_case),
            SearchProvider(self.tr("Praticiens"), self.practitioners_page,
                           global_search.practitioners,
                           typed(self.practitioners_page.list_tab.search)),
            SearchProvider(self.tr("Signataires"), self.signatories_page, global_search.people,
                           typed(self.signatories_page.people_tab.search)),
        ):
            self.register_search(provider)

    def add_page(self, page: QWidget) -> None:
        self.pages.append(page)
        # In a scroll area: a page wider than a small laptop screen scrolls instead of forcing
        # the whole window past the screen's edge.
        area = QScrollArea(self.stack)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(page)
        self.stack.addWidget(area)
        item = QListWidgetItem(page.windowTitle())
        item.setData(Qt.ItemDataRole.AccessibleTextRole, page.windowTitle())
        item.setToolTip(page.windowTitle())
        self.navigation.addItem(item)
        # Wide enough for the longest title (within reason: longer ones are elided).
        wanted = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 12
        self.navigation.setMinimumWidth(min(max(wanted, 180), NAVIGATION_MAX_WIDTH))

    def set_data_enabled(self, enabled: bool) -> None:
        for act in self.data_actions:
            act.setEnabled(enabled)
        self.search.setEnabled(enabled)

    # --- search ----------------------------------------------------------------------------

    def register_search(self, provider: SearchProvider) -> None:
        """A section of the global search: ``find`` runs on the worker, ``reveal`` shows a hit
        on its page."""
        self._search_providers.append(provider)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def run_search(self) -> None:
        text = self.search.text().strip()
        providers = list(self._search_providers)
        if not text:
            self.search_result.clear()
            return
        if not providers or self.context is None or self.context.db is None:
            self._show_hits(text, [])
            return
        self.search_result.setText(self.tr("Recherche…"))
        self.context.query(
            lambda db: [(provider, provider.find(db, text)) for provider in providers],
            lambda results: self._show_hits(text, results),
        )

    def _show_hits(self, text: str, results: list[tuple[SearchProvider, list[Any]]]) -> None:
        if text != self.search.text().strip():
            return  # the user typed on: a newer search is coming
        found = sum(len(hits) for _provider, hits in results)
        self.search_result.setText(
            self.tr("Aucun résultat") if not found else self.tr("{0} résultat(s)").format(found)
        )
        if not found:
            return
        menu = QMenu(self)
        menu.setObjectName("search_results")
        for provider, hits in results:
            if not hits:
                continue
            menu.addSection(provider.section)
            for hit in hits:
                action = menu.addAction(hit.label)
                action.triggered.connect(
                    lambda _checked=False, p=provider, key=hit.key: self.reveal(p, key))
        self.search_menu = menu
        menu.popup(self.search.mapToGlobal(self.search.rect().bottomLeft()))

    def reveal(self, provider: SearchProvider, key: Any) -> None:
        self.navigation.setCurrentRow(self.pages.index(provider.page))
        provider.reveal(key)

    # --- events ----------------------------------------------------------------------------

    def paintEvent(self, event: object) -> None:
        super().paintEvent(event)  # type: ignore[arg-type]
        self.painted.emit()

    def closeEvent(self, event: object) -> None:
        if self.context is not None and hasattr(self, "lock"):
            self.lock.stop()
        super().closeEvent(event)  # type: ignore[arg-type]
