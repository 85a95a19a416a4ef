""""Signataires et cérémonies": the partners (``people_tab``: organisations → functions →
current holder, people and the history of their functions, the search) in one tab, the signing
ceremonies (``ceremonies_tab``) in the other."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from desktop.services.vault.changes import Changes
from desktop.ui.context import AppContext
from desktop.ui.pages.base import RefreshingPage
from desktop.ui.pages.ceremonies_tab import CeremoniesTab
from desktop.ui.pages.people_tab import PeopleTab


class SignatoriesPage(RefreshingPage):
    watches = Changes.CONTACTS | Changes.PROTOCOL | Changes.VAULT

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
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
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Signataires et cérémonies"))
        self.title.setText(self.tr("Signataires et cérémonies"))
        self.tabs.setTabText(0, self.tr("Signataires"))
        self.tabs.setTabText(1, self.tr("Cérémonies de signature"))
        self.people_tab.retranslate()
        self.ceremonies_tab.retranslate()

    def load(self) -> None:
        self.people_tab.reload()
        self.ceremonies_tab.reload()
