""""Accueil", the office's desk: what needs doing today (late cases, the follow-up reminders
due, the next meeting and its convocation, late action items, référents to check, the last
backup), the first steps on a new vault, then the office identity printed on documents and the
state of the vault."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.vault import lifecycle, office
from desktop.services.vault.changes import Changes
from desktop.ui.context import AppContext
from desktop.ui.text import datetime_text
from desktop.ui.widgets.desk_cards import DeskCards

if TYPE_CHECKING:
    from desktop.services.vault.database import Database
    from desktop.services.vault.desk import Desk

OFFICE_ROWS = ("prefecture", "prefet", "department", "address")
VAULT_ROWS = ("path", "encryption", "schema", "backup", "keyring", "passphrase")
NAME_WIDTH = 150
DESK_WATCHES = (Changes.CASES | Changes.COMMITTEE | Changes.TERRITORY | Changes.CONTACTS
                | Changes.PROTOCOL | Changes.VAULT)
DESK_DELAY_MS = 300
"""The desk's first read waits for the window to paint (it imports the models)."""


class _Card(QFrame):
    """A white box with a heading and label/value rows."""

    def __init__(self, rows: tuple[str, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.heading = QLabel(self)
        self.heading.setProperty("role", "subtitle")
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(24)
        self.form.setVerticalSpacing(8)
        self.names = {row: QLabel(self) for row in rows}
        self.values = {row: QLabel(self) for row in rows}
        for row in rows:
            self.names[row].setProperty("role", "muted")
            self.names[row].setMinimumWidth(NAME_WIDTH)  # both cards' values line up
            self.values[row].setWordWrap(True)
            self.values[row].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.form.addRow(self.names[row], self.values[row])
        self.buttons = QHBoxLayout()
        self.buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addLayout(self.buttons)


class HomePage(QWidget):
    data_shown = Signal()  # after each load of the office and vault state
    desk_shown = Signal()  # after each load of the desk

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.identity: office.OfficeIdentity | None = None
        self.status: lifecycle.VaultStatus | None = None
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.demo = QLabel(self)
        self.demo.setProperty("role", "demo")
        self.demo.hide()
        self.office_card = _Card(OFFICE_ROWS, self)
        self.edit_button = QPushButton(self.office_card)
        self.edit_button.clicked.connect(self.edit_office)
        self.office_card.buttons.addWidget(self.edit_button)
        self.vault_card = _Card(VAULT_ROWS, self)
        self.desk = DeskCards(self)
        self.desk.requested.connect(self.act)
        self.dialog: Any = None
        self._desk_loaded_once = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.demo)
        layout.addWidget(self.desk)
        layout.addWidget(self.office_card)
        layout.addWidget(self.vault_card)
        layout.addStretch()
        context.changed.connect(self.refresh)
        context.lock_changed.connect(self._lock_changed)
        self.retranslate()
        self.load()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Accueil"))
        self.title.setText(self.tr("Accueil"))
        self.demo.setText(self.tr("Coffre de démonstration : toutes les données sont fictives."))
        self.office_card.heading.setText(self.tr("Le service"))
        self.vault_card.heading.setText(self.tr("Le coffre"))
        names = {
            "prefecture": self.tr("Préfecture"), "prefet": self.tr("Titre du préfet"),
            "department": self.tr("Département"), "address": self.tr("Adresse"),
            "path": self.tr("Emplacement"), "encryption": self.tr("Chiffrement"),
            "schema": self.tr("Version du schéma"), "backup": self.tr("Dernière sauvegarde"),
            "keyring": self.tr("Trousseau du système"), "passphrase": self.tr("Phrase de passe"),
        }
        for card in (self.office_card, self.vault_card):
            for row, label in card.names.items():
                label.setText(names[row])
                card.values[row].setAccessibleName(names[row])
        self.edit_button.setText(self.tr("&Modifier l'identité du service…"))
        self.edit_button.setAccessibleName(self.tr("Modifier l'identité du service"))
        self.desk.retranslate()
        self._show()

    def refresh(self, changes: Changes) -> None:
        if changes & (Changes.OFFICE | Changes.VAULT):
            self.load()
        elif changes & DESK_WATCHES and self._desk_loaded_once:
            self.load_desk()

    def _lock_changed(self, locked: bool) -> None:
        if locked:  # the unlock publishes every change: the desk reloads then
            self.desk.clear()

    def _first_desk(self) -> None:
        if self.window().isVisible():  # not after the window closed (and its worker stopped)
            self.load_desk()

    def load_desk(self) -> None:
        self.context.query(_read_desk, self._desk_loaded)

    def _desk_loaded(self, desk: Desk) -> None:
        self._desk_loaded_once = True
        self.desk.show_desk(desk)
        self.desk_shown.emit()

    def load(self) -> None:
        self.context.query(lambda db: (office.get_office(db), lifecycle.status(db)), self._loaded)

    def _loaded(self, result: tuple[office.OfficeIdentity | None, lifecycle.VaultStatus]) -> None:
        self.identity, self.status = result
        self._show()
        self.data_shown.emit()
        if self._desk_loaded_once:
            self.load_desk()
        else:  # after the window has painted its first data
            QTimer.singleShot(DESK_DELAY_MS, self, self._first_desk)

    def _show(self) -> None:
        values = self.office_card.values
        identity = self.identity
        if identity is not None:
            values["prefecture"].setText(identity.prefecture_name)
            values["prefet"].setText(identity.prefet_title)
            values["department"].setText(
                f"{identity.department_code} — {identity.department_name}")
            address = ", ".join(filter(None, (identity.address, identity.city)))
            values["address"].setText(address or self.tr("non renseignée"))
        status = self.status
        if status is None:
            return
        values = self.vault_card.values
        if status.server:  # shared mode: a PostgreSQL server, no local key slots
            values["path"].setText(status.server)
            values["encryption"].setText(self.tr("serveur PostgreSQL partagé (connexion TLS)"))
        else:
            values["path"].setText(str(status.path))
            values["encryption"].setText(self.tr("SQLCipher 4, clé de 256 bits"))
        values["schema"].setText(str(status.schema_version))
        values["backup"].setText(datetime_text(status.last_backup_at) if status.last_backup_at
                                 else self.tr("aucune"))
        values["keyring"].setText(self.tr("la clé y est conservée") if status.in_keyring
                                  else self.tr("non utilisé"))
        values["passphrase"].setText(self.tr("définie") if status.has_passphrase
                                     else self.tr("aucune"))
        self.demo.setVisible(status.demo or self.context.demo)

    def edit_office(self) -> None:
        from desktop.ui.dialogs.office_dialog import OfficeDialog

        OfficeDialog(self.context, self.identity, self).open()

    # --- the desk's buttons ----------------------------------------------------------------

    def open_page(self, key: str) -> Any:
        """Show another page of the main window (``None`` outside one, as in some tests)."""
        window = self.window()
        if not hasattr(window, "page"):
            return None
        page = window.page(key)
        window.navigation.setCurrentRow(window.pages.index(page))
        return page

    def act(self, request: str) -> None:
        desk = self.desk.desk
        if request.startswith("step:"):
            self.first_step(request.removeprefix("step:"))
        elif request == "cases":
            page = self.open_page("cases")
            if page is not None:
                page.overdue_only.setChecked(True)
        elif request.startswith("case:"):
            page = self.open_page("cases")
            if page is not None:
                page.open_case(int(request.removeprefix("case:")))
        elif request.startswith("done:"):
            self.mark_reminder_done(int(request.removeprefix("done:")))
        elif request == "reminders":
            page = self.open_page("measures")
            if page is not None:
                page.tabs.setCurrentWidget(page.reminders_tab)
        elif request in ("meeting", "actions"):
            page = self.open_page("committee")
            if page is not None and request == "meeting" and desk and desk.next_meeting:
                page.select_meeting(desk.next_meeting.id)
        elif request == "referents":
            page = self.open_page("referents")
            if page is not None:
                page.set_filter("stale" if desk and desk.stale_referent_count else "uncovered")
        elif request == "convocation" and desk is not None and desk.next_meeting is not None:
            self.print_convocation(desk.next_meeting.id)
        elif request == "backup":
            action = getattr(self.window(), "backup_action", None)
            if action is not None:
                action.trigger()

    def mark_reminder_done(self, task_id: int) -> None:
        """"Fait…" on a reminder of the desk: the day it was done (today by default)."""
        from desktop.services.cases import tasks
        from desktop.ui.dialogs.write_dialog import DateDialog

        desk = self.desk.desk
        found = [r for r in desk.reminders if r.id == task_id] if desk else []
        intro = (self.tr("{0} — {1}").format(found[0].case_reference, found[0].label)
                 if found else "")
        self.dialog = DateDialog(
            self.context, self.tr("Rappel fait"), self.tr("Fait le :"),
            lambda on: lambda db: tasks.complete_task(db, task_id, on), intro=intro,
            parent=self)
        self.dialog.open()

    def print_convocation(self, meeting_id: int) -> None:
        from desktop.services.committee.convocation import convocation_pdf

        self.context.query(lambda db: convocation_pdf(db, meeting_id), self._show_convocation,
                           lambda error: self.context.runner.show_failure(error, self))

    def _show_convocation(self, pdf: bytes) -> None:
        from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        self.dialog = PdfPreviewDialog(pdf, self.tr("Convocation à la prochaine séance"),
                                       "convocation.pdf", self)
        self.dialog.open()

    def first_step(self, step: str) -> None:
        """Each first step opens the page, and the dialog, that does it."""
        if step == "communes":
            page = self.open_page("referents")
            if page is not None and self.desk.desk and not self.desk.desk.first_steps.communes:
                page.actions.open_import()
                page.actions.last_dialog.set_kind("communes")
        elif step == "referents":
            page = self.open_page("referents")
            if page is not None:
                page.actions.open_import()
                page.actions.last_dialog.set_kind("referents")
        elif step == "protocol":
            page = self.open_page("protocols")
            if page is not None:
                page.edits.new_protocol()
        elif step == "case":
            page = self.open_page("cases")
            if page is not None:
                page.new_case()


def _read_desk(db: Database) -> Desk:
    """The desk, read on the worker: its service imports the models (and the first use of
    the models configures their mappers), which the GUI thread need not wait for."""
    from desktop.services.vault.desk import desk

    return desk(db)
