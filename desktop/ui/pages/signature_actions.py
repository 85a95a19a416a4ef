"""What the signing buttons of the ceremonies tab do: who attends, signed at the ceremony,
sent for signature, signed copies returned, signature undone (after confirmation)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QTableWidget

from desktop.services.signatories import signatures
from desktop.services.signatories.records import CeremonyRow, PartyStatus
from desktop.ui import messages
from desktop.ui.context import AppContext
from desktop.ui.dialogs.ceremony_dialogs import AttendanceDialog
from desktop.ui.dialogs.confirm import confirm
from desktop.ui.dialogs.write_dialog import DateDialog, Write
from desktop.ui.widgets.row_tables import selected_row


class SignatureActions(QObject):
    """Acts on the party selected in ``parties`` of the ceremony the tab shows (``show``)."""

    def __init__(self, context: AppContext, parties: QTableWidget) -> None:
        super().__init__(parties)
        self.context = context
        self.parties = parties
        self.current: CeremonyRow | None = None

    def show(self, ceremony: CeremonyRow | None) -> None:
        self.current = ceremony

    def selected_party(self) -> PartyStatus | None:
        row = selected_row(self.parties)
        if self.current is None or row is None:
            messages.info(self.parties, self.tr("Signature"),
                          self.tr("Choisissez d'abord une partie dans le tableau."))
            return None
        return self.current.parties[row]

    def edit_attendance(self) -> None:
        party = self.selected_party()
        if party is not None and self.current is not None:
            AttendanceDialog(self.context, self.current.id, party, self.parties).open()

    def _date_dialog(self, title: str, label: str, day: dt.date | None,
                     make: Callable[[dt.date], Write]) -> None:
        DateDialog(self.context, title, label, make, day=day, parent=self.parties).open()

    def sign_at_ceremony(self) -> None:
        party = self.selected_party()
        if party is None or self.current is None:
            return
        key = party.party_id
        day = min(self.current.starts_at.date(), dt.date.today())

        def make(signed_on: dt.date) -> Write:
            return lambda db: signatures.sign_at_ceremony(db, key, signed_on)

        self._date_dialog(self.tr("Signé en cérémonie"),
                          self.tr("{0} a signé le").format(party.title), day, make)

    def send_for_signature(self) -> None:
        party = self.selected_party()
        if party is None:
            return
        key = party.party_id

        def make(sent_on: dt.date) -> Write:
            return lambda db: signatures.send_for_signature(db, key, sent_on)

        self._date_dialog(self.tr("Envoi pour signature"),
                          self.tr("Exemplaires envoyés à : {0}, le").format(party.title),
                          None, make)

    def record_return(self) -> None:
        party = self.selected_party()
        if party is None:
            return
        key = party.party_id

        def make(returned_on: dt.date) -> Write:
            return lambda db: signatures.record_return(db, key, returned_on)

        self._date_dialog(self.tr("Retour signé"),
                          self.tr("Exemplaires signés revenus de : {0}, le").format(party.title),
                          None, make)

    def undo_signature(self) -> None:
        party = self.selected_party()
        if party is None:
            return
        key = party.party_id
        confirm(self.parties, self.tr("Annuler la signature"),
                self.tr("Effacer la signature de « {0} » et ses dates d'envoi et de retour ?")
                .format(party.title), self.tr("Effacer la signature"),
                lambda: self.context.write(lambda db: signatures.undo_signature(db, key)))
