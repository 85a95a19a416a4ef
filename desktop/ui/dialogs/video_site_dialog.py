"""A vidéoprotection site, new or changed: name, kind, commune, structure, status and its
date, the FIPD amount, the practitioners who work there."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import ValidationError
from desktop.models.enums import VideoSiteKind, VideoSiteStatus
from desktop.services.measures import video
from desktop.services.measures.records import VideoSiteInput, VideoSiteRow
from desktop.services.practitioners.records import CommuneChoice
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.form_state import mark_transient
from desktop.ui.dialogs.write_dialog import Write, WriteDialog, date_edit, date_of
from desktop.ui.widgets.commune_field import CommuneField
from desktop.ui.widgets.practitioner_picker import PractitionerPicker


class VideoSiteDialog(WriteDialog):
    def __init__(self, context: AppContext, site: VideoSiteRow | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "video_site_dialog", parent, minimum_width=600)
        self.site_id = site.id if site else None
        self.row = site
        self.name = QLineEdit(self)
        self.kind = QComboBox(self)
        for kind in VideoSiteKind:
            self.kind.addItem(kind.label, kind.value)
        self.commune = CommuneField(context, self)
        self.structure = QLineEdit(self)
        self.status = QComboBox(self)
        for status in VideoSiteStatus:
            self.status.addItem(status.label, status.value)
        self.status_on = date_edit(self, site.status_on if site else None)
        self.amount = QLineEdit(self)
        self.picker = PractitionerPicker(context, self)
        self.link_button = QPushButton(self)
        self.unlink_button = QPushButton(self)
        self.linked = QListWidget(self)
        self.linked.setMaximumHeight(90)
        self.link_button.clicked.connect(self.link_selected)
        self.unlink_button.clicked.connect(self.unlink_selected)
        people = QWidget(self)
        people_layout = QVBoxLayout(people)
        people_layout.setContentsMargins(0, 0, 0, 0)
        people_layout.addWidget(self.picker)
        buttons = QHBoxLayout()
        buttons.addWidget(self.link_button)
        buttons.addWidget(self.unlink_button)
        buttons.addStretch()
        people_layout.addLayout(buttons)
        people_layout.addWidget(self.linked)
        for field, widget in (("name", self.name), ("kind", self.kind),
                              ("commune", self.commune), ("structure", self.structure),
                              ("status", self.status), ("status_on", self.status_on),
                              ("fipd_amount", self.amount), ("practitioners", people)):
            self.add_row(field, widget)
        self.setWindowTitle(self.tr("Site de vidéoprotection"))
        self.label_rows({
            "name": self.tr("&Nom du site :"), "kind": self.tr("&Type :"),
            "commune": self.tr("&Commune :"), "structure": self.tr("&Structure :"),
            "status": self.tr("É&tat :"), "status_on": self.tr("&Depuis le :"),
            "fipd_amount": self.tr("Montant &FIPD (€) :"),
            "practitioners": self.tr("&Praticiens :"),
        })
        self.link_button.setText(self.tr("&Lier le praticien choisi"))
        self.unlink_button.setText(self.tr("&Retirer"))
        self.linked.setAccessibleName(self.tr("Praticiens liés au site"))
        self.retranslate()
        mark_transient(self.picker)  # it helps to choose; the linked list holds the choice
        mark_transient(self.commune.search)
        if site is not None:
            self._fill(site)
        self.picker.refresh()

    def reread(self) -> Callable[[Database], Any] | None:
        site_id = self.site_id
        return None if site_id is None else (lambda db: video.get_site(db, site_id))

    def fill(self, row: Any) -> None:
        self.linked.clear()
        self._fill(row)

    def _fill(self, site: VideoSiteRow) -> None:
        self.name.setText(site.name)
        self.kind.setCurrentIndex(self.kind.findData(site.kind.value))
        self.commune.set_choices([CommuneChoice(site.commune_id, site.commune_insee,
                                                site.commune_name, None, None)])
        self.structure.setText(site.structure or "")
        self.status.setCurrentIndex(self.status.findData(site.status.value))
        self.status_on.setDate(site.status_on)
        self.amount.setText("" if site.fipd_amount is None else str(site.fipd_amount))
        for practitioner_id, name in zip(site.practitioner_ids, site.practitioner_names,
                                         strict=True):
            self._add_linked(practitioner_id, name)

    def _add_linked(self, practitioner_id: int, name: str) -> None:
        if practitioner_id in self.linked_ids():
            return
        item = QListWidgetItem(name, self.linked)
        item.setData(256, practitioner_id)

    def linked_ids(self) -> tuple[int, ...]:
        return tuple(self.linked.item(i).data(256) for i in range(self.linked.count()))

    def link_selected(self) -> None:
        summary = self.picker.selected()
        if summary is not None:
            self._add_linked(summary.id, summary.display_name)

    def unlink_selected(self) -> None:
        row = self.linked.currentRow()
        if row >= 0:
            self.linked.takeItem(row)

    def action(self) -> Write:
        text = self.amount.text().replace(" ", "").replace("\u202f", "").replace("€", "")
        if text and not text.isdigit():
            raise ValidationError("fipd_amount", self.tr("Montant FIPD : un nombre d'euros."))
        data = VideoSiteInput(
            self.name.text(), VideoSiteKind(self.kind.currentData()), self.commune.code(),
            VideoSiteStatus(self.status.currentData()), date_of(self.status_on),
            structure=self.structure.text(), fipd_amount=int(text) if text else None,
            practitioner_ids=self.linked_ids(),
        )
        site_id, seen = self.site_id, self.seen_version  # a colleague's save since
        return lambda db: video.save_site(db, data, site_id, seen_version=seen).changes
