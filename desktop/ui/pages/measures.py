""""Mesures": what the protocol promises, as followed by the office: the security advice
register, the alerts and the devices' loans, the vidéoprotection sites, the measures board;
and the cases' follow-up: the reminders, the steps' delays and the severity labels.
Each tab reloads when it is shown after a change."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from desktop.services.vault.changes import Changes
from desktop.ui.context import AppContext
from desktop.ui.pages.base import RefreshingPage
from desktop.ui.widgets.advice_tab import AdviceTab
from desktop.ui.widgets.alert_log_tab import AlertLogTab
from desktop.ui.widgets.follow_up_tabs import FollowUpSettingsTab, RemindersTab
from desktop.ui.widgets.measures_board import MeasuresBoardView
from desktop.ui.widgets.video_tab import VideoTab

TABS = 6


class MeasuresPage(RefreshingPage):
    watches = Changes.CONTACTS | Changes.TERRITORY | Changes.CASES | Changes.PROTOCOL | (
        Changes.COMMITTEE)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._tabs_stale = set(range(TABS))
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.advice_tab = AdviceTab(context, self)
        self.alerts_tab = AlertLogTab(context, self)
        self.video_tab = VideoTab(context, self)
        self.board_tab = MeasuresBoardView(context, self)
        self.reminders_tab = RemindersTab(context, self)
        self.settings_tab = FollowUpSettingsTab(context, self)
        self.tabs = QTabWidget(self)
        for tab in self._tab_widgets():
            self.tabs.addTab(tab, "")
        self.tabs.currentChanged.connect(lambda _index: self.load())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.tabs)
        self.retranslate()

    def _tab_widgets(self) -> tuple[AdviceTab, AlertLogTab, VideoTab, MeasuresBoardView,
                                    RemindersTab, FollowUpSettingsTab]:
        return (self.advice_tab, self.alerts_tab, self.video_tab, self.board_tab,
                self.reminders_tab, self.settings_tab)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Mesures"))
        self.title.setText(self.tr("Mesures du protocole"))
        for index, text in enumerate((self.tr("Conseils"), self.tr("Alertes"),
                                      self.tr("Vidéoprotection"),
                                      self.tr("Tableau des mesures"), self.tr("Rappels"),
                                      self.tr("Délais et gravité"))):
            self.tabs.setTabText(index, text)
        for tab in self._tab_widgets():
            tab.retranslate()

    def mark_stale(self) -> None:
        self._tabs_stale = set(range(TABS))
        super().mark_stale()

    def load(self) -> None:
        index = self.tabs.currentIndex()
        if index in self._tabs_stale and not self.context.locked:
            self._tabs_stale.discard(index)
            self._tab_widgets()[index].reload()

    def clear(self) -> None:
        self.advice_tab.model.set_rows([])
        self.alerts_tab.model.set_rows([])
        self.alerts_tab.loans.set_rows([])
        self.video_tab.tree.clear()
        self.board_tab.table.setRowCount(0)
        self.reminders_tab.model.set_rows([])
        self.settings_tab.delays.set_rows([])
        self.settings_tab.levels.set_rows([])
        self._tabs_stale = set(range(TABS))
