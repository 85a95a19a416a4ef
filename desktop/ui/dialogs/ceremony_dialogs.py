"""Dialogs of the "Cérémonies" tab: the ceremony itself (date, time, place, press contacts)
and who attends for a party."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDateTimeEdit, QLineEdit, QPlainTextEdit, QWidget

from desktop.errors import NotFound
from desktop.services.signatories import ceremonies
from desktop.services.signatories.records import CeremonyRow, PartyStatus
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.dialogs.write_dialog import Write, WriteDialog

DEFAULT_PLACE = "Salon jaune de l'hôtel préfectoral"


class CeremonyDialog(WriteDialog):
    def __init__(self, context: AppContext, version_id: int, row: CeremonyRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "ceremony_dialog", parent)
        self.version_id = version_id
        self.row = row
        self.starts_at = QDateTimeEdit(self)
        self.starts_at.setCalendarPopup(True)
        self.starts_at.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.place = QLineEdit(self)
        self.press_contacts = QPlainTextEdit(self)
        self.press_contacts.setMaximumHeight(80)
        if row is not None:
            self.fill(row)
        else:
            self.starts_at.setDateTime(QDateTime(dt.datetime.combine(
                dt.date.today() + dt.timedelta(days=14), dt.time(10, 45))))
            self.place.setText(DEFAULT_PLACE)
        for field, widget in (("starts_at", self.starts_at), ("place", self.place),
                              ("press_contacts", self.press_contacts)):
            self.add_row(field, widget)
        self.retranslate()

    def fill(self, row: Any) -> None:
        self.starts_at.setDateTime(QDateTime(row.starts_at.replace(tzinfo=None)))
        self.place.setText(row.place)
        self.press_contacts.setPlainText(row.press_contacts or "")

    def reread(self) -> Callable[[Database], Any] | None:
        ceremony_id = self.row.id
        return lambda db: ceremonies.get_ceremony(db, ceremony_id)

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Cérémonie de signature") if self.row else
                            self.tr("Nouvelle cérémonie de signature"))
        self.label_rows({"starts_at": self.tr("&Date et heure"), "place": self.tr("&Lieu"),
                         "press_contacts": self.tr("&Contacts presse")})
        self.press_contacts.setPlaceholderText(self.tr(
            "Bureau de la communication interministérielle — 01 64 71 75 29 — "
            "pref-communication@…"))

    def action(self) -> Write:
        moment = self.starts_at.dateTime().toPython()
        assert isinstance(moment, dt.datetime)
        place, press = self.place.text(), self.press_contacts.toPlainText()
        if self.row is None:
            version = self.version_id
            return lambda db: ceremonies.create_ceremony(db, version, moment, place, press)
        key, seen = self.row.id, self.seen_version
        return lambda db: ceremonies.update_ceremony(db, key, moment, place, press,
                                                     seen_version=seen)


class AttendanceDialog(WriteDialog):
    def __init__(self, context: AppContext, ceremony_id: int, party: PartyStatus,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "attendance_dialog", parent)
        self.ceremony_id = ceremony_id
        self.party = party
        self.row = party
        self.attending = QLineEdit(self)
        self.represented_by = QLineEdit(self)
        self.fill(party)
        if not party.attending_person and not party.attendance_represented_by and party.signer:
            self.attending.setPlaceholderText(party.signer.display_name)
        self.add_row("attending_person", self.attending)
        self.add_row("represented_by", self.represented_by)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.setWindowTitle(self.tr("Présence : {0}").format(self.party.title))
        self.label_rows({"attending_person": self.tr("&Présent(e)"),
                         "represented_by": self.tr("&Représenté(e) par")})

    @property
    def seen_version(self) -> int | None:
        """Who attends as the form showed it (0: nobody recorded then)."""
        return int(self.row.attendance_version)

    def fill(self, row: Any) -> None:
        self.attending.setText(row.attending_person or "")
        self.represented_by.setText(row.attendance_represented_by or "")

    def reread(self) -> Callable[[Database], Any] | None:
        ceremony_id, party_id = self.ceremony_id, self.party.party_id

        def party(db: Database) -> PartyStatus:
            for found in ceremonies.get_ceremony(db, ceremony_id).parties:
                if found.party_id == party_id:
                    return found
            raise NotFound(self.tr("Cette partie ne signe plus la version."))

        return party

    def action(self) -> Write:
        ceremony, party = self.ceremony_id, self.party.party_id
        attending, represented = self.attending.text(), self.represented_by.text()
        seen = self.seen_version
        return lambda db: ceremonies.set_attendance(db, ceremony, party, attending, represented,
                                                    seen_version=seen)
