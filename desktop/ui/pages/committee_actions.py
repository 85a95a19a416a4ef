"""What the buttons of the "Comité de suivi" page do: create a meeting, mark it held, record
attendance, add agenda items, add and edit decisions (with their time) and action items (any
status, a note), verify a locked relevé, preview the documents, export the ICS (the links of
agenda items: ``committee_links.py``). The page holds the layout and wires its buttons here;
what is shown and where it is stored is the ``MeetingSession``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QTableWidget

from desktop.files import write_private
from desktop.models.enums import MeetingStatus
from desktop.services.committee import action_items, agenda, meetings
from desktop.services.committee.records import ActionRow
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui import messages
from desktop.ui.dialogs.file_dialogs import choose_save
from desktop.ui.dialogs.prompt import ask_notes, ask_text
from desktop.ui.pages.committee_session import MeetingSession
from desktop.ui.widgets.agenda_view import AgendaTree


class CommitteeActions(QObject):
    verified = Signal(object)  # ReleveCheck: "Vérifier le relevé" answered
    def __init__(self, session: MeetingSession, agenda_tree: AgendaTree,
                 actions_table: QTableWidget, exact_words: QCheckBox) -> None:
        super().__init__(session)
        self.session = session
        self.context = session.context
        self.anchor = session.anchor
        self.agenda_tree = agenda_tree
        self.actions_table = actions_table
        self.exact_words = exact_words

    def _id(self) -> int:
        return self.session.meeting_id()

    def new_meeting(self) -> None:
        from desktop.services.vault.office_rules import proposed_meeting_day
        from desktop.ui.dialogs.meeting_dialog import MeetingDialog

        def open_dialog(found: tuple[tuple[tuple[int, str], ...], dt.date]) -> None:
            protocols, proposed = found  # the day by the comité's frequency (Préférences)
            dialog = MeetingDialog(protocols, parent=self.anchor, proposed=proposed)
            dialog.accepted.connect(lambda: self.create_meeting(**dialog.values()))
            dialog.open()

        self.context.query(lambda db: (meetings.protocol_choices(db), proposed_meeting_day(db)),
                           open_dialog)

    def create_meeting(self, **values: Any) -> None:
        self.session.call(lambda db: meetings.create_meeting(db, **values).changes,
                     lambda _: None, write=True)

    def edit_meeting(self) -> None:
        """Double-click on a meeting: its date, place, chair, kind, quorum."""
        from desktop.ui.dialogs.meeting_dialog import MeetingDialog

        if self.session.detail is None or self.session.in_review:
            return
        current = self.session.detail.meeting

        def open_dialog(protocols: tuple[tuple[int, str], ...]) -> None:
            dialog = MeetingDialog(protocols, current, parent=self.anchor)
            dialog.save_itself(self.context, lambda: self.update_meeting(
                current.id, dialog.values(), dialog.seen_version))
            dialog.open()

        self.context.query(meetings.protocol_choices, open_dialog)

    def update_meeting(self, meeting_id: int, values: dict[str, Any],
                       seen: int | None) -> Callable[[Database], Changes]:
        """The write of "Séance du comité" (the protocol followed is not changed here); a
        colleague's save since the dialog opened (``seen``) opens the conflict dialog."""
        values.pop("protocol_id", None)
        return lambda db: meetings.update_meeting(db, meeting_id, seen_version=seen, **values)

    def mark_held(self) -> None:
        self.session.write(lambda db: meetings.set_status(db, self._id(), MeetingStatus.TENUE))

    def attendance_edited(self, attendance_id: int, status: Any, represented: str,
                           arrived: Any, left: Any) -> None:
        self.session.write(lambda db: meetings.record_attendance(
            db, attendance_id, status, represented_by=represented, arrived_at=arrived,
            left_at=left))

    def add_agenda_item(self, title: str) -> None:
        self.session.write(lambda db: agenda.add_item(db, self._id(), title).changes)

    def add_decision(self, item_id: int, text: str, decided_at: Any = None) -> None:
        self.session.write(
            lambda db: agenda.add_decision(db, item_id, text, decided_at).changes)

    def set_notes(self, item_id: int, notes: str) -> None:
        assert self.session.detail is not None
        title = next(i.title for i in self.session.detail.agenda if i.id == item_id)
        self.session.write(lambda db: agenda.update_item(db, item_id, title=title, notes=notes))

    def ask_notes(self) -> None:
        if self.session.detail is None or (item_id := self.selected_item()) is None:
            return
        current = next(i.notes for i in self.session.detail.agenda if i.id == item_id)
        ask_notes(self.anchor, self.tr("Notes du point"), self.tr("Notes prises en séance :"),
                  current, lambda text: self.set_notes(item_id, text))

    def add_action(self, title: str, owner_organisation_id: int | None = None,
                   due_on: Any = None) -> None:
        self.session.write(lambda db: action_items.create_action(
            db, title, owner_organisation_id=owner_organisation_id, due_on=due_on,
            meeting_id=self._id()).changes)

    def ask(self, title: str, label: str, then: Callable[[str], None]) -> None:
        ask_text(self.anchor, title, label, then)

    def ask_item(self) -> None:
        self.ask(self.tr("Ordre du jour"), self.tr("Intitulé du point :"), self.add_agenda_item)

    def selected_item(self) -> int | None:
        item_id = self.agenda_tree.selected_item_id()
        if item_id is None:
            messages.info(self.anchor, self.tr("Ordre du jour"),
                          self.tr("Choisissez d'abord un point."))
        return item_id

    def ask_decision(self) -> None:
        """"Ajouter une décision…": its text and the time it was taken."""
        from desktop.ui.dialogs.decision_dialog import DecisionDialog

        if self.session.detail is None or (item_id := self.selected_item()) is None:
            return
        dialog = DecisionDialog(self.session.detail.meeting.starts_at, parent=self.anchor)
        dialog.accepted.connect(lambda: self.add_decision(item_id, **dialog.values()))
        dialog.open()

    def edit_decision(self) -> None:
        """"Modifier la décision…" (or a double-click on it): its text and its time."""
        from desktop.ui.dialogs.decision_dialog import DecisionDialog

        decision = self.agenda_tree.selected_decision()
        if self.session.detail is None:
            return
        if decision is None:
            messages.info(self.anchor, self.tr("Ordre du jour"),
                          self.tr("Choisissez d'abord une décision (ligne « Décision … »)."))
            return
        dialog = DecisionDialog(self.session.detail.meeting.starts_at, decision,
                                parent=self.anchor)

        def write() -> Callable[[Database], Changes]:
            values, seen = dialog.values(), dialog.seen_version  # a colleague's save since
            return lambda db: agenda.update_decision(  # ... opens the conflict dialog
                db, decision.id, str(values["text"]), values["decided_at"],  # type: ignore[arg-type]
                seen_version=seen)

        if self.session.in_review:
            dialog.accepted.connect(lambda: self.session.write(write()))
        else:
            dialog.save_itself(self.context, write)
        dialog.open()

    def ask_action(self) -> None:
        from desktop.ui.dialogs.action_dialog import ActionDialog

        def open_dialog(organisations: tuple[tuple[int, str], ...]) -> None:
            dialog = ActionDialog(organisations, self.anchor)
            dialog.accepted.connect(lambda: self.add_action(**dialog.values()))  # type: ignore[arg-type]
            dialog.open()

        self.session.call(meetings.organisation_choices, open_dialog)

    def _selected_action(self) -> ActionRow | None:
        cell = self.actions_table.item(self.actions_table.currentRow(), 0)
        if cell is None or self.session.detail is None:
            return None
        action_id = int(cell.data(Qt.ItemDataRole.UserRole))
        return next((a for a in self.session.detail.actions if a.id == action_id), None)

    def close_action(self) -> None:
        from desktop.models.enums import ActionStatus

        action = self._selected_action()
        if action is None:
            return
        self.session.write(lambda db: action_items.change_status(
            db, action.id, ActionStatus.DONE, meeting_id=self._id()))

    def edit_action(self) -> None:
        """"Modifier l'action…" (or a double-click on its row): text, pilot, due date, any
        status and a note, saved at once; refused if a colleague saved it meanwhile."""
        from desktop.ui.dialogs.action_dialog import ActionDialog

        action = self._selected_action()
        if action is None:
            messages.info(self.anchor, self.tr("Actions"),
                          self.tr("Choisissez d'abord une action dans la liste."))
            return

        def open_dialog(organisations: tuple[tuple[int, str], ...]) -> None:
            dialog = ActionDialog(organisations, self.anchor, action)
            if self.session.in_review:  # the pack: no colleague's save to meet
                dialog.accepted.connect(lambda: self.session.write(
                    self.save_action(action.id, action.row_version, dialog.values())))
            else:
                dialog.save_itself(self.context, lambda: self.save_action(
                    action.id, dialog.seen_version, dialog.values()))
            dialog.open()

        self.session.call(meetings.organisation_choices, open_dialog)

    def save_action(self, action_id: int, seen: int | None,
                    values: dict[str, Any]) -> Callable[[Database], Changes]:
        meeting_id = self._id()
        return lambda db: action_items.edit_action(
            db, action_id, meeting_id=meeting_id, seen_version=seen, **values)

    def verify_minutes(self) -> None:
        """"Vérifier le relevé": the hash recomputed from the vault, said in one French line
        (in the tab and in a message)."""
        from desktop.services.committee.minutes import ReleveCheck, verify_releve

        meeting_id = self._id()

        def show(check: ReleveCheck) -> None:
            self.verified.emit(check)
            if check.ok:
                messages.info(self.anchor, self.tr("Vérifier le relevé"), check.message)
            else:
                messages.error(self.anchor, check.message)

        self.context.query(lambda db: verify_releve(db, meeting_id), show,
                           lambda error: messages.failure(self.anchor, error))

    def _preview(self, fn: Callable[..., bytes], title: str, name: str,
                 cancellable: bool = False) -> None:
        """``fn(db)``, or ``fn(db, token)`` for a long document with an "Annuler" button."""
        from desktop.ui.dialogs.pdf_preview import PdfPreviewDialog

        def show(pdf: bytes) -> None:
            PdfPreviewDialog(pdf, title, name, self.anchor).open()

        self.context.query(fn, show, lambda error: messages.failure(self.anchor, error),
                           progress_label=self.tr("Préparation du document…"),
                           parent=self.anchor, cancellable=cancellable)

    def preview_dossier(self) -> None:
        from desktop.services.committee.printing import dossier_pdf

        meeting_id, words = self._id(), self.exact_words.isChecked()
        self._preview(lambda db, token: dossier_pdf(db, meeting_id, exact_words=words,
                                                    cancelled=lambda: token.requested),
                      self.tr("Dossier de séance"),
                      f"dossier-seance-{meeting_id}.pdf", cancellable=True)

    def preview_minutes(self) -> None:
        from desktop.services.committee.printing import minutes_pdf

        meeting_id = self._id()
        self._preview(lambda db: minutes_pdf(db, meeting_id), self.tr("Relevé de décisions"),
                      f"releve-{meeting_id}.pdf")

    def preview_convocation(self) -> None:
        from desktop.services.committee.convocation import convocation_pdf

        meeting_id = self._id()
        self._preview(lambda db: convocation_pdf(db, meeting_id), self.tr("Convocation"),
                      f"convocation-{meeting_id}.pdf")

    def ask_ics(self) -> None:
        if self.session.detail is None:
            return
        choose_save(self.anchor, self.tr("Invitation agenda"), f"seance-{self._id()}.ics",
                    self.tr("Calendrier (*.ics)"), lambda path: self.save_ics(str(path)))

    def save_ics(self, path: str) -> None:
        from pathlib import Path

        from desktop.services.committee.convocation import convocation_ics

        meeting_id = self._id()
        self.context.query(lambda db: convocation_ics(db, meeting_id),
                           lambda data: write_private(Path(path), data),
                           lambda error: messages.error(self.anchor, str(error)))
