"""What the buttons of the "Signataires" tab do to organisations, functions, people and
tenures (each through a dialog that saves on the worker; deleting a period asks first)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QTableWidget, QTreeWidget

from desktop.services.signatories import edits
from desktop.services.signatories.records import (
    OrganisationRow,
    PositionRow,
    SearchHit,
    TenureRow,
)
from desktop.ui import messages
from desktop.ui.context import AppContext
from desktop.ui.dialogs.confirm import confirm
from desktop.ui.dialogs.signatory_dialogs import (
    OrganisationDialog,
    PersonDialog,
    PositionDialog,
    TenureDialog,
)
from desktop.ui.dialogs.write_dialog import DateDialog
from desktop.ui.widgets.row_tables import selected_row

ROLE_ID = Qt.ItemDataRole.UserRole


class SignatoryActions(QObject):
    """Acts on what the tab's tree and tables select; the tab hands over the rows it shows
    (``organisations``, ``positions``, ``hits``, ``history``) as it shows them."""

    def __init__(self, context: AppContext, tree: QTreeWidget, people: QTableWidget,
                 tenures: QTableWidget) -> None:
        super().__init__(tree)
        self.context = context
        self.tree, self.people, self.tenures = tree, people, tenures
        self.organisations: tuple[OrganisationRow, ...] = ()
        self.positions: tuple[PositionRow, ...] = ()
        self.hits: tuple[SearchHit, ...] = ()
        self.history: tuple[TenureRow, ...] = ()

    def _selected_tree(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE_ID) if item else None
        return (str(data[0]), int(data[1])) if data else None

    def new_organisation(self) -> None:
        OrganisationDialog(self.context, None, self.tree).open()

    def new_position(self) -> None:
        selected = self._selected_tree()
        organisation_id = None
        if selected and selected[0] == "organisation":
            organisation_id = selected[1]
        elif selected:
            organisation_id = next(p.organisation_id for p in self.positions
                                   if p.id == selected[1])
        PositionDialog(self.context, self.organisations, None, organisation_id, self.tree).open()

    def edit_selected(self) -> None:
        selected = self._selected_tree()
        if selected is None:
            return
        kind, key = selected
        if kind == "organisation":
            row = next(o for o in self.organisations if o.id == key)
            OrganisationDialog(self.context, row, self.tree).open()
        else:
            position = next(p for p in self.positions if p.id == key)
            PositionDialog(self.context, self.organisations, position, None, self.tree).open()

    def new_person(self) -> None:
        PersonDialog(self.context, None, self.tree).open()

    def edit_person(self) -> None:
        row = selected_row(self.people)
        if row is not None:
            PersonDialog(self.context, self.hits[row].person, self.tree).open()

    def appoint(self) -> None:
        row = selected_row(self.people)
        if row is None:
            messages.info(self.tree, self.tr("Nommer à une fonction"),
                          self.tr("Choisissez d'abord une personne dans la liste."))
            return
        selected = self._selected_tree()
        position_id = selected[1] if selected and selected[0] == "position" else None
        TenureDialog(self.context, self.hits[row].person, self.positions, position_id,
                     self.tree).open()

    def _selected_tenure(self) -> TenureRow | None:
        row = selected_row(self.tenures)
        return self.history[row] if row is not None else None

    def end_tenure(self) -> None:
        tenure = self._selected_tenure()
        if tenure is None:
            return
        key = tenure.id
        DateDialog(self.context, self.tr("Fin de fonction"),
                   self.tr("{0} quitte la fonction le").format(tenure.person.display_name),
                   lambda day: lambda db: edits.end_tenure(db, key, day), day=tenure.ended_on,
                   event=False, parent=self.tree).open()

    def delete_tenure(self) -> None:
        tenure = self._selected_tenure()
        if tenure is None:
            return
        key = tenure.id
        confirm(self.tree, self.tr("Supprimer la période"),
                self.tr("Supprimer la période de {0} comme « {1} » (du {2}) ? Les versions "
                        "déjà signées gardent leur signataire.")
                .format(tenure.person.display_name, tenure.position_title,
                        tenure.started_on.strftime("%d/%m/%Y")), self.tr("Supprimer"),
                lambda: self.context.write(lambda db: edits.delete_tenure(db, key)))
