""""Signataires et cérémonies": the partners (``people_tab``: organisations → functions →
current holder, people and the history of their functions, the search) in one tab, the signing
ceremonies (``ceremonies_tab``) in the other."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop.services.vault.changes import Changes
from desktop.ui.context import AppContext
from desktop.ui.pages.ceremonies_tab import CeremoniesTab
from desktop.ui.pages.people_tab import PeopleTab


class SignatoriesPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.tabs = QTabWidget(self)
        self.people_tab = PeopleTab(context, self)
        self.ceremonies_tab = CeremoniesTab(context, self)
        for tab in (self.people_tab, self.ceremonies_tab):
            # Scrolls rather than widen the main window when it is narrow (a laptop).
            scroll = QScrollArea(self.tabs)
            scroll.setWidget(tab)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.tabs.addTab(scroll, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs)
        context.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Signataires et cérémonies"))
        self.title.setText(self.tr("Signataires et cérémonies"))
        self.tabs.setTabText(0, self.tr("Signataires"))
        self.tabs.setTabText(1, self.tr("Cérémonies de signature"))
        self.people_tab.retranslate()
        self.ceremonies_tab.retranslate()

    def refresh(self, changes: Changes) -> None:
        if changes & (Changes.CONTACTS | Changes.PROTOCOL | Changes.VAULT):
            self._stale = True
            if self.isVisible():
                self._reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._reload()

    def _reload(self) -> None:
        if self.context.locked:
            return
        self._stale = False
        self.people_tab.reload()
        self.ceremonies_tab.reload()
