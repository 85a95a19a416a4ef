"""The "Cérémonies de signature" tab: for a protocol version, its ceremonies; for a ceremony,
the checklist, the parties with who attends and where each signature stands, the press
invitation preview and the ICS export."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.typography import french_datetime
from desktop.files import write_private
from desktop.services.signatories import ceremonies, ceremony_documents
from desktop.services.signatories.records import CeremonyRow, PartyStatus, VersionChoice
from desktop.ui import messages
from desktop.ui.context import AppContext
from desktop.ui.dialogs.ceremony_dialogs import CeremonyDialog
from desktop.ui.dialogs.confirm import confirm
from desktop.ui.dialogs.file_dialogs import choose_save
from desktop.ui.pages.signature_actions import SignatureActions
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.row_tables import fill_table

ROLE_ID = Qt.ItemDataRole.UserRole


class CeremoniesTab(QWidget):
    loaded = Signal()  # versions and ceremonies shown
    detail_shown = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.versions: tuple[VersionChoice, ...] = ()
        self.ceremonies: tuple[CeremonyRow, ...] = ()
        self.current: CeremonyRow | None = None
        self._filling = False
        self.version = QComboBox(self)
        self.version.currentIndexChanged.connect(lambda _i: self._load_ceremonies())
        self.version_label = QLabel(self)
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._show_detail)
        self.heading = QLabel(self)
        self.heading.setProperty("role", "subtitle")
        self.heading.setWordWrap(True)
        self.checklist_label = QLabel(self)
        self.checklist = QListWidget(self)
        self.checklist.setObjectName("ceremony_checklist")
        self.checklist.itemChanged.connect(self._checklist_changed)
        self.parties = QTableWidget(0, 4, self)
        self.parties.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.parties.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.parties.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.parties.verticalHeader().hide()
        self.parties.horizontalHeader().setStretchLastSection(True)
        names = ("new", "edit", "delete", "attendance", "sign", "send", "returned", "undo",
                 "invitation", "ics")
        self.buttons = {name: QPushButton(self) for name in names}
        self.signing = SignatureActions(context, self.parties)
        actions = {"new": self.new_ceremony, "edit": self.edit_ceremony,
                   "delete": self.delete_ceremony, "attendance": self.signing.edit_attendance,
                   "sign": self.signing.sign_at_ceremony,
                   "send": self.signing.send_for_signature,
                   "returned": self.signing.record_return, "undo": self.signing.undo_signature,
                   "invitation": self.preview_invitation, "ics": self.choose_ics}
        for name, button in self.buttons.items():
            button.clicked.connect(actions[name])
        self._build_layout()
        self.retranslate()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.version_label)
        top.addWidget(self.version, 1)
        left = QVBoxLayout()
        left.addWidget(self.list)
        for name in ("new", "edit", "delete"):
            left.addWidget(self.buttons[name])
        signing = FlowLayout()  # wraps on a narrow screen
        for name in ("attendance", "sign", "send", "returned", "undo"):
            signing.addWidget(self.buttons[name])
        documents = QVBoxLayout()
        documents.addWidget(self.buttons["invitation"])
        documents.addWidget(self.buttons["ics"])
        documents.addStretch()
        below = QGridLayout()
        below.addWidget(self.checklist_label, 0, 0)
        below.addWidget(self.checklist, 1, 0)
        below.addLayout(documents, 1, 1)
        below.setColumnStretch(0, 1)
        right = QVBoxLayout()
        right.addWidget(self.heading)
        right.addWidget(self.parties, 3)
        right.addLayout(signing)
        right.addLayout(below, 2)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(body)

    def retranslate(self) -> None:
        self.version_label.setText(self.tr("Version du protocole"))
        self.version.setAccessibleName(self.tr("Version du protocole"))
        self.list.setAccessibleName(self.tr("Cérémonies de la version"))
        self.checklist_label.setText(self.tr("À préparer"))
        self.checklist.setAccessibleName(self.tr("Liste des préparatifs"))
        self.parties.setHorizontalHeaderLabels([self.tr("Fonction"), self.tr("Signataire"),
                                                self.tr("Présence"), self.tr("Signature")])
        self.parties.setAccessibleName(self.tr("Parties attendues et signatures"))
        for name, text in {
            "new": self.tr("Nouvelle cérémonie…"), "edit": self.tr("Modifier…"),
            "delete": self.tr("Supprimer…"), "attendance": self.tr("Présence…"),
            "sign": self.tr("Signé en cérémonie…"), "send": self.tr("Envoyé pour signature…"),
            "returned": self.tr("Retour signé…"), "undo": self.tr("Annuler la signature…"),
            "invitation": self.tr("Aperçu de l'invitation presse"),
            "ics": self.tr("Exporter (.ics)…"),
        }.items():
            self.buttons[name].setText(text)
        self._update_buttons()

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        self.context.query(ceremonies.list_versions, self._show_versions)

    def _show_versions(self, versions: tuple[VersionChoice, ...]) -> None:
        chosen = self.version.currentData()
        self.versions = versions
        self._filling = True
        self.version.clear()
        for version in versions:
            self.version.addItem(version.label, version.id)
        index = self.version.findData(chosen)
        self.version.setCurrentIndex(index if index >= 0 else 0)
        self._filling = False
        self._load_ceremonies()

    def _load_ceremonies(self) -> None:
        if self._filling:
            return
        version_id = self.version.currentData()
        if version_id is None:
            self._show_ceremonies(())
            return
        self.context.query(lambda db: ceremonies.list_ceremonies(db, version_id),
                           self._show_ceremonies)

    def _show_ceremonies(self, rows: tuple[CeremonyRow, ...]) -> None:
        chosen = self.current.id if self.current else None
        self.ceremonies = rows
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.starts_at.strftime('%d/%m/%Y %H:%M')}\n{row.place}")
            item.setData(ROLE_ID, row.id)
            self.list.addItem(item)
        ids = [row.id for row in rows]
        self.list.blockSignals(False)
        self.list.setCurrentRow(ids.index(chosen) if chosen in ids else (0 if ids else -1))
        if not ids:
            self._show_detail(-1)
        self.loaded.emit()

    def _show_detail(self, index: int) -> None:
        self.current = self.ceremonies[index] if 0 <= index < len(self.ceremonies) else None
        self.signing.show(self.current)
        row = self.current
        self._filling = True
        self.checklist.clear()
        if row is None:
            self.heading.setText(self.tr("Aucune cérémonie pour cette version."))
            fill_table(self.parties, [])
        else:
            when = french_datetime(row.starts_at, weekday=True)
            self.heading.setText(self.tr("{0} — {1} — {2}/{3} signature(s)").format(
                when[:1].upper() + when[1:], row.place, row.signed_count, len(row.parties)))
            for entry in row.checklist:
                item = QListWidgetItem(entry.label)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if entry.done
                                   else Qt.CheckState.Unchecked)
                item.setData(ROLE_ID, entry.id)
                self.checklist.addItem(item)
            fill_table(self.parties, [self._party_cells(p) for p in row.parties])
            self.parties.setColumnWidth(0, 360)
            self.parties.setColumnWidth(1, 170)
            self.parties.setColumnWidth(2, 170)
            self.parties.resizeRowsToContents()
        self._filling = False
        self._update_buttons()
        self.detail_shown.emit()

    def _party_cells(self, party: PartyStatus) -> tuple[str, str, str, str]:
        signer = party.signer.display_name if party.signer else ""
        if party.attendance_represented_by:
            presence = self.tr("représenté(e) par {0}").format(party.attendance_represented_by)
        else:
            presence = party.attending_person or ""
        return party.title, signer, presence, party.status_label

    def _update_buttons(self) -> None:
        has = self.current is not None
        for name in ("edit", "delete", "attendance", "sign", "send", "returned", "undo",
                     "invitation", "ics"):
            self.buttons[name].setEnabled(has)
        self.buttons["new"].setEnabled(self.version.currentData() is not None)

    # --- actions -----------------------------------------------------------------------------

    def _checklist_changed(self, item: QListWidgetItem) -> None:
        if self._filling:
            return
        key = int(item.data(ROLE_ID))
        done = item.checkState() == Qt.CheckState.Checked
        self.context.write(lambda db: ceremonies.set_checklist_item(db, key, done))

    def new_ceremony(self) -> None:
        version_id = self.version.currentData()
        if version_id is not None:
            CeremonyDialog(self.context, version_id, None, self).open()

    def edit_ceremony(self) -> None:
        if self.current is not None:
            CeremonyDialog(self.context, self.current.version.id, self.current, self).open()

    def delete_ceremony(self) -> None:
        if self.current is None:
            return
        key = self.current.id
        confirm(self, self.tr("Supprimer la cérémonie"),
                self.tr("Supprimer la cérémonie du {0} (liste des préparatifs et présences) ? "
                        "Les signatures déjà enregistrées sont conservées.")
                .format(french_datetime(self.current.starts_at)), self.tr("Supprimer"),
                lambda: self.context.write(lambda db: ceremonies.delete_ceremony(db, key)))

    def preview_invitation(self) -> None:
        if self.current is None:
            return
        key = self.current.id
        self.context.query(lambda db: ceremony_documents.render_invitation(db, key),
                           self._show_preview,
                           progress_label=self.tr("Préparation de l'invitation presse…"),
                           parent=self)

    def _show_preview(self, pdf: bytes) -> None:
        from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        self.preview = PdfPreviewDialog(pdf, self.tr("Invitation presse"),
                                        "invitation-presse.pdf", self)
        self.preview.open()

    def choose_ics(self) -> None:
        if self.current is None:
            return
        choose_save(self, self.tr("Exporter la cérémonie"), Path.home() / "ceremonie.ics",
                    self.tr("Agenda iCalendar (*.ics)"), self.export_ics_to)

    def export_ics_to(self, path: Path) -> None:
        if self.current is None:
            return
        key = self.current.id
        if path.suffix.lower() != ".ics":
            path = path.with_suffix(".ics")
        self.context.query(lambda db: ceremony_documents.export_ics(db, key),
                           lambda data: self._write_file(path, data))

    def _write_file(self, path: Path, data: bytes) -> None:
        try:
            write_private(path, data)
        except OSError as error:
            messages.error(self, self.tr("Le fichier n'a pas été enregistré : {0}")
                           .format(error.strerror or error))
