"""The "Signataires" tab: organisations → functions → current holder, people found by name,
organisation or function, the history of a function or of a person, and the actions on them
(new organisation, function, person; appoint; end or delete a tenure; export the contacts)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.files import write_private
from desktop.services.signatories import exports, queries
from desktop.services.signatories.records import (
    OrganisationRow,
    PositionRow,
    SearchHit,
    TenureRow,
)
from desktop.services.vault.database import Database
from desktop.ui import messages
from desktop.ui.context import AppContext
from desktop.ui.dialogs.file_dialogs import choose_save
from desktop.ui.pages.signatory_actions import SignatoryActions
from desktop.ui.widgets.flow_layout import FlowLayout
from desktop.ui.widgets.row_tables import fill_table, selected_row

ROLE_ID = Qt.ItemDataRole.UserRole


def _day(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class PeopleTab(QWidget):
    loaded = Signal()  # after the tree and the people list are shown
    history_shown = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.organisations: tuple[OrganisationRow, ...] = ()
        self.positions: tuple[PositionRow, ...] = ()
        self.hits: tuple[SearchHit, ...] = ()
        self.history: tuple[TenureRow, ...] = ()
        self.search = QLineEdit(self)
        self.search.setObjectName("signatory_search")
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.run_search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.export_button = QPushButton(self)
        self.export_button.clicked.connect(self.choose_export)
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(2)
        self.tree.itemSelectionChanged.connect(self._position_selected)
        self.people = QTableWidget(0, 4, self)
        self.people.itemSelectionChanged.connect(self._person_selected)
        self.tenures = QTableWidget(0, 4, self)
        for table in (self.people, self.tenures):
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
        self.buttons = {name: QPushButton(self) for name in (
            "new_organisation", "new_position", "edit_position", "new_person", "edit_person",
            "appoint", "end_tenure", "delete_tenure")}
        self.controller = SignatoryActions(context, self.tree, self.people, self.tenures)
        act = self.controller
        actions = {"new_organisation": act.new_organisation, "new_position": act.new_position,
                   "edit_position": act.edit_selected, "new_person": act.new_person,
                   "edit_person": act.edit_person, "appoint": act.appoint,
                   "end_tenure": act.end_tenure, "delete_tenure": act.delete_tenure}
        for name, button in self.buttons.items():
            button.clicked.connect(actions[name])
        self.history_title = QLabel(self)
        self.history_title.setProperty("role", "subtitle")
        self._build_layout()
        self.retranslate()

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.export_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree)
        row = FlowLayout()  # wraps on a narrow screen
        for name in ("new_organisation", "new_position", "edit_position"):
            row.addWidget(self.buttons[name])
        left_layout.addLayout(row)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.people)
        row = FlowLayout()
        for name in ("new_person", "edit_person", "appoint"):
            row.addWidget(self.buttons[name])
        right_layout.addLayout(row)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([560, 560])
        bottom = QHBoxLayout()
        bottom.addWidget(self.history_title)
        bottom.addStretch()
        bottom.addWidget(self.buttons["end_tenure"])
        bottom.addWidget(self.buttons["delete_tenure"])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 3)
        layout.addLayout(bottom)
        layout.addWidget(self.tenures, 2)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Rechercher un nom, une organisation, une "
                                               "fonction…"))
        self.search.setAccessibleName(self.tr("Rechercher un signataire"))
        self.export_button.setText(self.tr("Exporter les contacts…"))
        self.tree.setHeaderLabels([self.tr("Organisation / fonction"),
                                   self.tr("Titulaire actuel")])
        self.tree.setAccessibleName(self.tr("Organisations et fonctions"))
        self.people.setHorizontalHeaderLabels([self.tr("Nom"), self.tr("Fonction"),
                                               self.tr("Organisation"), self.tr("En fonction")])
        self.people.setAccessibleName(self.tr("Personnes"))
        self.tenures.setHorizontalHeaderLabels([self.tr("Titulaire"), self.tr("Fonction"),
                                                self.tr("Du"), self.tr("Au")])
        self.tenures.setAccessibleName(self.tr("Historique des fonctions"))
        self.history_title.setText(self.tr("Historique"))
        for name, text in {
            "new_organisation": self.tr("Nouvelle organisation…"),
            "new_position": self.tr("Nouvelle fonction…"),
            "edit_position": self.tr("Modifier…"),
            "new_person": self.tr("Nouvelle personne…"),
            "edit_person": self.tr("Modifier la personne…"),
            "appoint": self.tr("Nommer à une fonction…"),
            "end_tenure": self.tr("Fin de fonction…"),
            "delete_tenure": self.tr("Supprimer la période…"),
        }.items():
            self.buttons[name].setText(text)

    # --- loading -----------------------------------------------------------------------------

    def reload(self) -> None:
        def load(db: Database) -> tuple[tuple[OrganisationRow, ...], tuple[PositionRow, ...]]:
            return queries.list_organisations(db), queries.list_positions(db)

        self.context.query(load, self._show_tree)
        self.run_search()

    def _show_tree(self, data: tuple[tuple[OrganisationRow, ...], tuple[PositionRow, ...]]) -> None:
        self.organisations, self.positions = data
        self.controller.organisations, self.controller.positions = data
        self.tree.clear()
        for organisation in self.organisations:
            parent = QTreeWidgetItem([organisation.name, organisation.kind_label])
            parent.setData(0, ROLE_ID, ("organisation", organisation.id))
            self.tree.addTopLevelItem(parent)
            for position in self.positions:
                if position.organisation_id == organisation.id:
                    holder = position.holder.display_name if position.holder else \
                        self.tr("(vacant)")
                    child = QTreeWidgetItem([position.holder_title, holder])
                    child.setData(0, ROLE_ID, ("position", position.id))
                    child.setToolTip(0, position.holder_title)
                    parent.addChild(child)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self.tree.setColumnWidth(0, 330)
        self.loaded.emit()

    def run_search(self) -> None:
        text = self.search.text()
        self.context.query(lambda db: queries.search(db, text), self._show_people)

    def _show_people(self, hits: tuple[SearchHit, ...]) -> None:
        self.hits = self.controller.hits = hits
        fill_table(self.people, [
            (h.person.display_name, h.position_title or "", h.organisation_name or "",
             self.tr("oui") if h.current else "")
            for h in hits])
        self.people.resizeColumnToContents(0)
        self.people.setColumnWidth(1, 260)
        self.people.setColumnWidth(2, 200)
        self.loaded.emit()

    def _position_selected(self) -> None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE_ID) if item else None
        if data and data[0] == "position":
            position_id = data[1]
            self.context.query(lambda db: queries.position_tenures(db, position_id),
                               self._show_history)

    def _person_selected(self) -> None:
        row = selected_row(self.people)
        if row is not None:
            person_id = self.hits[row].person.id
            self.context.query(lambda db: queries.person_tenures(db, person_id),
                               self._show_history)

    def _show_history(self, tenures: tuple[TenureRow, ...]) -> None:
        self.history = self.controller.history = tenures
        fill_table(self.tenures, [(t.person.display_name, t.position_title, _day(t.started_on),
                                   _day(t.ended_on) or self.tr("en fonction"))
                                  for t in tenures])
        self.tenures.resizeColumnToContents(0)
        self.tenures.setColumnWidth(1, 420)
        self.history_shown.emit()

    def choose_export(self) -> None:
        choose_save(self, self.tr("Exporter les contacts"), Path.home() / "contacts.vcf",
                    self.tr("Carnet d'adresses vCard (*.vcf);;Classeur Excel (*.xlsx)"),
                    self.export_contacts_to)

    def export_contacts_to(self, path: Path) -> None:
        xlsx = path.suffix.lower() == ".xlsx"
        export = exports.export_xlsx if xlsx else exports.export_vcard
        self.context.query(export, lambda data: self._write_file(path, data))

    def _write_file(self, path: Path, data: bytes) -> None:
        try:
            write_private(path, data)
        except OSError as error:
            messages.error(self, self.tr("Le fichier n'a pas été enregistré : {0}")
                           .format(error.strerror or error))
