"""The "Vidéoprotection" tab: the sites listed per commune (how many, how many equipped, the
FIPD granted), each with its kind, status, funding and practitioners."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.services.measures import video
from desktop.services.measures.records import CommuneSites, VideoSiteRow
from desktop.ui.context import AppContext
from desktop.ui.dialogs.video_site_dialog import VideoSiteDialog
from desktop.ui.table_models.rows import short_date


def euros(amount: int | None) -> str:
    return "" if amount is None else f"{amount:,}".replace(",", "\u202f") + "\u00a0€"


class VideoTab(QWidget):
    loaded = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: VideoSiteDialog | None = None
        self.count = QLabel(self)
        self.count.setProperty("role", "muted")
        self.new_button = QPushButton(self)
        self.edit_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_site)
        self.edit_button.clicked.connect(self.edit_selected)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(6)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemDoubleClicked.connect(lambda _item, _column: self.edit_selected())
        top = QHBoxLayout()
        top.addWidget(self.count, 1)
        top.addWidget(self.new_button)
        bottom = QHBoxLayout()
        bottom.addStretch()
        bottom.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree)
        layout.addLayout(bottom)
        self.retranslate()
        self._selection_changed()

    def retranslate(self) -> None:
        self.new_button.setText(self.tr("&Nouveau site…"))
        self.edit_button.setText(self.tr("&Modifier…"))
        self.tree.setAccessibleName(self.tr("Sites de vidéoprotection par commune"))
        self.tree.setHeaderLabels([self.tr("Commune / site"), self.tr("Type"), self.tr("État"),
                                   self.tr("Depuis le"), self.tr("FIPD"),
                                   self.tr("Praticiens")])

    def reload(self) -> None:
        self.context.query(video.sites_per_commune, self._show)

    def _show(self, groups: list[CommuneSites]) -> None:
        self.tree.clear()
        total = 0
        for group in groups:
            parent = QTreeWidgetItem(self.tree, [
                group.commune_name,
                self.tr("{0} site(s), {1} équipé(s)").format(len(group.sites), group.installed),
                "", "", euros(group.fipd_total) if group.fipd_total else "", ""])
            for site in group.sites:
                item = QTreeWidgetItem(parent, [
                    site.name + (f" ({site.structure})" if site.structure else ""),
                    site.kind.label, site.status.label, short_date(site.status_on),
                    euros(site.fipd_amount), ", ".join(site.practitioner_names)])
                item.setData(0, 256, site)
                total += 1
        self.tree.expandAll()
        for column in range(self.tree.columnCount()):
            self.tree.resizeColumnToContents(column)
        self.count.setText(self.tr("{0} site(s) dans {1} commune(s)").format(total, len(groups)))
        self._selection_changed()
        self.loaded.emit(total)

    def selected(self) -> VideoSiteRow | None:
        items = self.tree.selectedItems()
        site = items[0].data(0, 256) if items else None
        return site if isinstance(site, VideoSiteRow) else None

    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def new_site(self) -> None:
        self.dialog = VideoSiteDialog(self.context, None, self)
        self.dialog.open()

    def edit_selected(self) -> None:
        site = self.selected()
        if site is not None:
            self.dialog = VideoSiteDialog(self.context, site, self)
            self.dialog.open()
