"""The main window: left navigation, a stack of pages, the global search, menus, status bar.

It lays out pages and routes actions; it holds no domain logic. The shell (title, empty
navigation, "Ouverture du coffre…") is built from Qt alone so that it paints before any service
is imported; ``attach(context)`` then adds the pages and the controllers once the vault is open.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
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
from desktop.ui.widgets.elided_titles import elide_titles

if TYPE_CHECKING:
    from pathlib import Path

    from desktop.services.vault.database import Database
    from desktop.ui.context import AppContext



@dataclass(frozen=True)
class SearchProvider:
    """One section of the global search (a page's domain)."""

    section: str
    page: QWidget | Callable[[], QWidget]  # the page, or how to get it (built on first use)
    find: Callable[[Database, str], list[Any]]  # -> [global_search.SearchResult]
    reveal: Callable[[Any], None]

    def widget(self) -> QWidget:
        return self.page if isinstance(self.page, QWidget) else self.page()


class PageList(Sequence[QWidget | None]):
    """A live view of the pages: ``pages.index(window.audit_page)`` works whichever side is
    evaluated first, though reading ``audit_page`` may build the page."""

    def __init__(self, slots: list[PageSlot]) -> None:
        self._slots = slots

    def __getitem__(self, index: int) -> QWidget | None:  # type: ignore[override]
        return self._slots[index].page

    def __len__(self) -> int:
        return len(self._slots)

    def index(self, page: object, start: int = 0, stop: int | None = None) -> int:
        for position, slot in enumerate(self._slots):
            if slot.page is page and page is not None:
                return position
        raise ValueError("not a page of this window")

    def __contains__(self, page: object) -> bool:
        return any(slot.page is page for slot in self._slots if page is not None)


@dataclass
class PageSlot:
    """A navigation entry and its page, which may not be built yet."""

    key: str
    base_title: str
    build: Callable[[], QWidget] | None = None
    page: QWidget | None = None
    area: QScrollArea = field(init=False)
    pending_title: str | None = None  # e.g. the overdue count, before the page exists

    def title(self) -> str:
        if self.page is not None:
            return self.page.windowTitle() or self.base_title
        return self.pending_title or self.base_title

NAVIGATION_MAX_WIDTH = 280
NAVIGATION_MIN_WIDTH = 120
NAVIGATION_SHARE = 0.15  # of the window's width: the sidebar narrows on a small screen
COMBO_MINIMUM_CHARACTERS = 12
WARM_UP_DELAY_MS = 800


def _shrinkable_combos(page: QWidget) -> None:
    """A page's drop-down lists may narrow below their longest entry (the list that opens
    shows it whole), so that they never push the page wider than a laptop screen."""
    for combo in page.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(COMBO_MINIMUM_CHARACTERS)


class MainWindow(QMainWindow):
    painted = Signal()  # every paint of the window (app.py waits for the first one)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.context: AppContext | None = None
        self._slots: list[PageSlot] = []
        self._search_providers: list[SearchProvider] = []
        self.search_menu: QMenu | None = None
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(NAVIGATION_MIN_WIDTH)
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
        self.navigation.currentRowChanged.connect(self.show_row)
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
        self.backups_action = action()
        self.open_action = action(QKeySequence("Ctrl+O"))
        self.lock_action = action(QKeySequence("Ctrl+L"))
        self.quit_action = action(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        self.verify_action = action()
        self.passphrase_action = action()
        self.rekey_action = action()
        self.retention_action = action()
        self.preferences_action = action()
        self.about_action = action()
        self.guide_action = action(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self.open_guide)
        self.addAction(self.guide_action)
        self.guide: QWidget | None = None
        # Ctrl+1 … Ctrl+9, Ctrl+0: the pages in navigation order, from the keyboard alone.
        self.page_actions = []
        for number in range(1, 11):
            go = action(QKeySequence(f"Ctrl+{number % 10}"))
            go.triggered.connect(lambda _checked=False, row=number - 1: self.show_page_row(row))
            self.addAction(go)
            self.page_actions.append(go)
        self.search_action = action(QKeySequence("Ctrl+F"))
        self.search_action.triggered.connect(self.focus_search)
        self.addAction(self.search_action)
        # What touches the vault's data: disabled while locked (and before the vault opens).
        self.data_actions = [self.backup_action, self.backups_action, self.lock_action,
                             self.verify_action, self.passphrase_action, self.rekey_action,
                             self.retention_action, self.search_action, *self.page_actions]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.file_menu.addAction(self.open_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.backup_action, self.backups_action, self.lock_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.tools_menu = bar.addMenu("")
        self.tools_menu.addActions([self.verify_action, self.passphrase_action,
                                    self.rekey_action, self.retention_action])
        self.tools_menu.addSeparator()
        self.tools_menu.addAction(self.preferences_action)
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.guide_action)
        self.help_menu.addSeparator()
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
        self.backups_action.setText(self.tr("Sauve&gardes…"))
        self.open_action.setText(self.tr("&Ouvrir…"))
        self.lock_action.setText(self.tr("&Verrouiller"))
        self.lock_action.setToolTip(self.tr("Verrouiller le coffre (Ctrl+L)"))
        self.quit_action.setText(self.tr("&Quitter"))
        self.verify_action.setText(self.tr("&Vérifier le journal d'audit"))
        self.passphrase_action.setText(self.tr("&Changer la phrase de passe…"))
        self.rekey_action.setText(self.tr("&Nouvelle clé de secours…"))
        self.retention_action.setText(self.tr("&Conservation des données…"))
        self.preferences_action.setText(self.tr("&Préférences…"))
        self.about_action.setText(self.tr("À &propos d'Égide"))
        self.guide_action.setText(self.tr("&Guide de l'utilisateur"))
        self.guide_action.setToolTip(self.tr("Le guide, à la section de la page affichée (F1)"))
        self.search_action.setText(self.tr("Rechercher"))
        self.search.setPlaceholderText(self.tr("Rechercher… (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Recherche globale"))
        self.navigation.setAccessibleName(self.tr("Navigation entre les pages"))
        self.status.retranslate()
        for index, slot in enumerate(self._slots):
            if slot.page is not None and hasattr(slot.page, "retranslate"):
                slot.page.retranslate()
            self.navigation.item(index).setText(slot.title())

    # --- pages and controllers -------------------------------------------------------------

    def attach(self, context: AppContext) -> None:
        """Once the vault is open: the pages, the menu controllers and the lock.

        Only the home page is built now; every other page is built the first time it is shown
        (or asked for), so the window shows its data without importing every domain first.
        """
        from desktop.ui.lock import LockController
        from desktop.ui.pages.home import HomePage
        from desktop.ui.window_actions import WindowActions

        self.context = context
        self.home_page = HomePage(context, self)
        self.add_page(self.home_page)
        for key, title, build in self._page_builders(context):
            self.add_lazy_page(key, title, build)
        self.navigation.setCurrentRow(0)
        self._register_searches()
        actions = self.actions_controller = WindowActions(context, self.status)
        self.backup_action.triggered.connect(actions.backup)
        self.backups_action.triggered.connect(actions.show_backups)
        self.open_action.triggered.connect(actions.open_other)
        self.verify_action.triggered.connect(self.verify_audit)
        self.passphrase_action.triggered.connect(actions.change_passphrase)
        self.rekey_action.triggered.connect(actions.new_recovery_key)
        self.preferences_action.triggered.connect(actions.edit_preferences)
        self.retention_action.triggered.connect(actions.retention)
        self.about_action.triggered.connect(actions.about)
        self.lock = LockController(context, self, self.status, self.lock_action)
        self.lock.locked_changed.connect(lambda locked: self.set_data_enabled(not locked))
        actions.preferences_changed.connect(self.lock.apply_preferences)
        actions.vault_closed.connect(self.lock.lock)
        self.set_data_enabled(True)
        context.changed.connect(self._count_overdue)
        # After the home page has shown its data: this first ORM query also warms the models
        # up on the worker, so that the first page opened is quick.
        self.home_page.data_shown.connect(self._first_count)

    def _first_count(self) -> None:
        self.home_page.data_shown.disconnect(self._first_count)
        # A moment later: the worker's imports would hold the GIL while the window paints.
        QTimer.singleShot(WARM_UP_DELAY_MS, self, self._warm_up)

    def _warm_up(self) -> None:
        if self.isVisible():  # not after the window closed (and its worker stopped)
            self._count_overdue(None)

    def _page_builders(
        self, context: AppContext
    ) -> list[tuple[str, str, Callable[[], QWidget]]]:
        def dashboard() -> QWidget:
            from desktop.ui.pages.dashboard import DashboardPage
            return DashboardPage(context, self)

        def cases() -> QWidget:
            from desktop.ui.pages.cases import CasesPage
            return CasesPage(context, self)

        def referents() -> QWidget:
            from desktop.ui.pages.referents import ReferentsPage
            return ReferentsPage(context, self)

        def practitioners() -> QWidget:
            from desktop.ui.pages.practitioners import PractitionersPage
            return PractitionersPage(context, self)

        def protocols() -> QWidget:
            from desktop.ui.pages.protocols import ProtocolsPage
            return ProtocolsPage(context, self)

        def signatories() -> QWidget:
            from desktop.ui.pages.signatories import SignatoriesPage
            return SignatoriesPage(context, self)

        def committee() -> QWidget:
            from desktop.ui.pages.committee import CommitteePage
            return CommitteePage(context, self)

        def audit() -> QWidget:
            from desktop.ui.pages.audit import AuditPage
            return AuditPage(context, self)

        def measures() -> QWidget:
            from desktop.ui.pages.measures import MeasuresPage
            return MeasuresPage(context, self)

        return [
            ("dashboard", self.tr("Tableau de bord"), dashboard),
            ("cases", self.tr("Signalements"), cases),
            ("referents", self.tr("Référents"), referents),
            ("practitioners", self.tr("Praticiens"), practitioners),
            ("protocols", self.tr("Protocoles"), protocols),
            ("signatories", self.tr("Signataires et cérémonies"), signatories),
            ("committee", self.tr("Comité de suivi"), committee),
            ("measures", self.tr("Mesures"), measures),
            ("audit", self.tr("Journal d'audit"), audit),
        ]

    # The pages by name (built on first use).
    dashboard_page = property(lambda self: self.page("dashboard"))
    cases_page = property(lambda self: self.page("cases"))
    referents_page = property(lambda self: self.page("referents"))
    practitioners_page = property(lambda self: self.page("practitioners"))
    protocols_page = property(lambda self: self.page("protocols"))
    signatories_page = property(lambda self: self.page("signatories"))
    committee_page = property(lambda self: self.page("committee"))
    audit_page = property(lambda self: self.page("audit"))
    measures_page = property(lambda self: self.page("measures"))

    @property
    def pages(self) -> PageList:
        """The pages in navigation order (None for one not built yet), read live."""
        return PageList(self._slots)

    def page(self, key: str) -> Any:
        for index, slot in enumerate(self._slots):
            if slot.key == key:
                return self._built(index)
        raise KeyError(key)

    def _built(self, index: int) -> QWidget:
        slot = self._slots[index]
        if slot.page is None:
            assert slot.build is not None
            slot.page = slot.build()
            _shrinkable_combos(slot.page)
            elide_titles(slot.page)
            slot.area.setWidget(slot.page)
            slot.page.windowTitleChanged.connect(
                lambda _title, row=index: self.navigation.item(row).setText(
                    self._slots[row].title()))
            self.navigation.item(index).setText(slot.title())
        return slot.page

    def show_row(self, row: int) -> None:
        if 0 <= row < len(self._slots):
            self._built(row)
        self.stack.setCurrentIndex(row)

    def _count_overdue(self, changes: object) -> None:
        """The overdue count in the navigation, before the Signalements page is ever built."""
        from desktop.services.vault.changes import Changes

        slot = next((s for s in self._slots if s.key == "cases"), None)
        if slot is None or slot.page is not None or self.context is None:
            return
        if changes is not None and not (isinstance(changes, Changes) and Changes.CASES & changes):
            return

        def count(db: Database) -> int:
            from desktop.services.cases.workflow import overdue_count
            return overdue_count(db)

        def show(value: int) -> None:
            slot.pending_title = (self.tr("{0} · {1} en retard").format(slot.base_title, value)
                                  if value else slot.base_title)
            self.navigation.item(self._slots.index(slot)).setText(slot.title())

        self.context.query(count, show)

    def _register_searches(self) -> None:
        from desktop.services.search import global_search

        def typed(search_field: Callable[[], QLineEdit]) -> Callable[[Any], None]:
            return lambda key: search_field().setText(str(key))

        for provider in (
            SearchProvider(self.tr("Communes"), lambda: self.referents_page,
                           global_search.communes,
                           lambda key: self.referents_page.show_commune(key)),
            SearchProvider(self.tr("Signalements"), lambda: self.cases_page, global_search.cases,
                           lambda key: self.cases_page.open_case(key)),
            SearchProvider(self.tr("Praticiens"), lambda: self.practitioners_page,
                           global_search.practitioners,
                           typed(lambda: self.practitioners_page.list_tab.search)),
            SearchProvider(self.tr("Signataires"), lambda: self.signatories_page,
                           global_search.people,
                           typed(lambda: self.signatories_page.people_tab.search)),
        ):
            self.register_search(provider)

    def add_page(self, page: QWidget) -> None:
        """A page built now (the home page, or one a test adds)."""
        self._add_slot(PageSlot(key=page.objectName() or f"page{len(self._slots)}",
                                base_title=page.windowTitle(), page=page))
        _shrinkable_combos(page)
        elide_titles(page)
        self._slots[-1].area.setWidget(page)

    def add_lazy_page(self, key: str, title: str, build: Callable[[], QWidget]) -> None:
        self._add_slot(PageSlot(key=key, base_title=title, build=build))

    def _add_slot(self, slot: PageSlot) -> None:
        # In a scroll area: a page wider than a small laptop screen scrolls instead of forcing
        # the whole window past the screen's edge.
        slot.area = QScrollArea(self.stack)
        slot.area.setWidgetResizable(True)
        slot.area.setFrameShape(QFrame.Shape.NoFrame)
        self._slots.append(slot)
        self.stack.addWidget(slot.area)
        item = QListWidgetItem(slot.title())
        item.setData(Qt.ItemDataRole.AccessibleTextRole, slot.base_title)
        item.setToolTip(slot.base_title)
        self.navigation.addItem(item)
        self._fit_navigation()

    def _fit_navigation(self) -> None:
        """Wide enough for the longest title, within a share of the window: on a small screen
        the sidebar narrows and elides its titles (each has its full title as a tooltip)."""
        wanted = self.navigation.sizeHintForColumn(0) + 2 * self.navigation.frameWidth() + 12
        width = max(NAVIGATION_MIN_WIDTH,
                    min(wanted, int(self.width() * NAVIGATION_SHARE), NAVIGATION_MAX_WIDTH))
        total = sum(self.splitter.sizes())
        if total > width:
            self.splitter.setSizes([width, total - width])

    def resizeEvent(self, event: object) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit_navigation()

    def show_page_row(self, row: int) -> None:
        if 0 <= row < self.navigation.count():
            self.navigation.setCurrentRow(row)

    def current_page_key(self) -> str:
        row = self.navigation.currentRow()
        if not 0 <= row < len(self._slots):
            return ""
        return "home" if row == 0 else self._slots[row].key

    def open_guide(self) -> None:
        """Aide > Guide (F1): the guide's window, at the section of the page on screen."""
        from desktop.ui.guide import GuideWindow, section_for

        if self.guide is None:
            self.guide = GuideWindow(self)
        assert isinstance(self.guide, GuideWindow)
        self.guide.show_section(section_for(self.current_page_key()))
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def open_meeting_pack(self, path: Path) -> None:
        """A meeting pack double-clicked in the file manager: the committee page offers to
        review it or merge it back."""
        page = self.committee_page
        self.navigation.setCurrentRow(self.pages.index(page))
        page.offline.open_file(path)

    def verify_audit(self) -> None:
        """Outils > Vérifier le journal d'audit: the audit page, checking the chain."""
        page = self.audit_page
        self.navigation.setCurrentRow(self.pages.index(page))
        page.verify()

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
        self.navigation.setCurrentRow(self.pages.index(provider.widget()))
        provider.reveal(key)

    # --- events ----------------------------------------------------------------------------

    def paintEvent(self, event: object) -> None:
        super().paintEvent(event)  # type: ignore[arg-type]
        self.painted.emit()

    def closeEvent(self, event: object) -> None:
        if self.context is not None and hasattr(self, "lock"):
            self.lock.stop()
        super().closeEvent(event)  # type: ignore[arg-type]
