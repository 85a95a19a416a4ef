""""Comité de suivi": the meetings, and for the selected one its attendance, agenda (with its
links: cases, action items, articles, statistics periods), decisions, action items and relevé
(Valider / Verrouiller); the dossier de séance and the relevé previewed as PDF; the offline
pack (``committee_offline.py``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.models.enums import MeetingStatus
from desktop.services.committee import meetings, minutes
from desktop.services.committee.meeting_detail import meeting_detail
from desktop.services.committee.records import MeetingDetail, MeetingRow
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.ui import messages
from desktop.ui.context import AppContext
from desktop.ui.pages.committee_actions import CommitteeActions
from desktop.ui.pages.committee_links import CommitteeLinks
from desktop.ui.widgets.agenda_view import AgendaTree
from desktop.ui.widgets.attendance_table import AttendanceTable


class CommitteePage(CommitteeActions, CommitteeLinks, QWidget):
    detail_shown = Signal(object)  # MeetingDetail
    meetings_shown = Signal(object)  # tuple[MeetingRow, ...]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.review_db: Database | None = None
        self.review_links: dict[str, list[str]] = {}
        self.detail: MeetingDetail | None = None
        self._stale = True
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.banner = QLabel(self)
        self.banner.setProperty("role", "demo")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.meeting_list = QListWidget(self)
        self.meeting_list.currentItemChanged.connect(lambda *_: self.load_detail())
        self.meeting_list.itemDoubleClicked.connect(lambda *_: self.edit_meeting())
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(self.new_meeting)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.held_button, self.invite_button = QPushButton(self), QPushButton(self)
        self.dossier_button, self.releve_button = QPushButton(self), QPushButton(self)
        self.offline_button, self.merge_button = QPushButton(self), QPushButton(self)
        self.review_button, self.convocation_button = QPushButton(self), QPushButton(self)
        self.ics_button = QPushButton(self)
        self.exact_words = QCheckBox(self)
        self.ics_button.clicked.connect(self._ask_ics)
        self.held_button.clicked.connect(self.mark_held)
        self.invite_button.clicked.connect(lambda: self._write(
            lambda db: meetings.invite_parties(db, self._id())))
        self.dossier_button.clicked.connect(self.preview_dossier)
        self.releve_button.clicked.connect(self.preview_minutes)
        self.convocation_button.clicked.connect(self.preview_convocation)
        from desktop.ui.committee_offline import OfflineController

        self.offline = OfflineController(self)
        self.offline_button.clicked.connect(self.offline.prepare)
        self.merge_button.clicked.connect(self.offline.merge)
        self.review_button.clicked.connect(self.offline.open_review)
        self.tabs = QTabWidget(self)
        self.attendance = AttendanceTable(self)
        self.attendance.edited.connect(self._attendance_edited)
        self.quorum = QLabel(self)
        self.agenda_tree = AgendaTree(self)
        self.add_item_button, self.link_button = QPushButton(self), QPushButton(self)
        self.unlink_button = QPushButton(self)
        self.link_menu = QMenu(self)
        self.link_actions = {name: self.link_menu.addAction("") for name in (
            "case", "action", "article", "period")}
        self.link_actions["case"].triggered.connect(self._ask_link_case)
        self.link_actions["action"].triggered.connect(self._ask_link_action)
        self.link_actions["article"].triggered.connect(self._ask_link_article)
        self.link_actions["period"].triggered.connect(self._ask_link_period)
        self.link_button.setMenu(self.link_menu)
        self.unlink_button.clicked.connect(self._ask_unlink)
        self.decision_button, self.notes_button = QPushButton(self), QPushButton(self)
        self.notes_button.clicked.connect(self._ask_notes)
        self.add_item_button.clicked.connect(self._ask_item)
        self.decision_button.clicked.connect(self._ask_decision)
        self.actions_table = QTableWidget(0, 4, self)
        self.actions_table.verticalHeader().hide()
        self.action_button, self.close_action_button = QPushButton(self), QPushButton(self)
        self.action_button.clicked.connect(self._ask_action)
        self.close_action_button.clicked.connect(self._close_action)
        self.body = QPlainTextEdit(self)
        self.minutes_state = QLabel(self)
        self.minutes_state.setWordWrap(True)
        self.draft_button, self.save_button = QPushButton(self), QPushButton(self)
        self.validate_button, self.lock_button = QPushButton(self), QPushButton(self)
        self.draft_button.clicked.connect(lambda: self._write(
            lambda db: minutes.start_minutes(db, self._id(), self.body.toPlainText())))
        self.save_button.clicked.connect(lambda: self._write(
            lambda db: minutes.save_body(db, self._id(), self.body.toPlainText())))
        self.validate_button.clicked.connect(lambda: self._write(
            lambda db: minutes.validate_minutes(db, self._id())))
        self.lock_button.clicked.connect(lambda: self._write(
            lambda db: minutes.lock_minutes(db, self._id()).changes))
        self._layout()
        context.changed.connect(self.refresh)
        self.retranslate()

    # --- layout ----------------------------------------------------------------------------

    def _tab(self, *widgets: QWidget, buttons: tuple[QPushButton, ...] = ()) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        for widget in widgets:
            layout.addWidget(widget)
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch()
        layout.addLayout(row)
        return page

    def _layout(self) -> None:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.meeting_list)
        left_layout.addWidget(self.new_button)
        self.tabs.addTab(self._tab(self.attendance, self.quorum), "")
        self.tabs.addTab(self._tab(self.agenda_tree, buttons=(
            self.add_item_button, self.link_button, self.unlink_button, self.decision_button,
            self.notes_button)), "")
        self.tabs.addTab(self._tab(self.actions_table, buttons=(
            self.action_button, self.close_action_button)), "")
        self.tabs.addTab(self._tab(self.minutes_state, self.body, buttons=(
            self.draft_button, self.save_button, self.validate_button, self.lock_button)), "")
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        for group in ((self.held_button, self.invite_button, self.convocation_button,
                       self.ics_button),
                      (self.dossier_button, self.exact_words, self.releve_button,
                       self.offline_button, self.review_button, self.merge_button)):
            row = QHBoxLayout()
            for button in group:
                row.addWidget(button)
            row.addStretch()
            right_layout.addLayout(row)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([240, 760])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Comité de suivi"))
        self.title.setText(self.tr("Comité de suivi"))
        self.meeting_list.setAccessibleName(self.tr("Séances du comité"))
        texts = {
            self.new_button: self.tr("Nouvelle séance…"),
            self.held_button: self.tr("Séance tenue"),
            self.invite_button: self.tr("Inviter les signataires"),
            self.convocation_button: self.tr("Convocation…"),
            self.ics_button: self.tr("Invitation agenda (ICS)…"),
            self.dossier_button: self.tr("Aperçu du dossier de séance"),
            self.releve_button: self.tr("Aperçu du relevé"),
            self.offline_button: self.tr("Préparer la séance hors ligne…"),
            self.review_button: self.tr("Ouvrir une séance hors ligne…"),
            self.merge_button: self.tr("Réintégrer la séance…"),
            self.add_item_button: self.tr("Ajouter un point…"),
            self.link_button: self.tr("Lier…"),
            self.unlink_button: self.tr("Retirer le lien…"),
            self.decision_button: self.tr("Ajouter une décision…"),
            self.notes_button: self.tr("Notes du point…"),
            self.exact_words: self.tr("avec les propos exacts"),
            self.action_button: self.tr("Nouvelle action…"),
            self.close_action_button: self.tr("Marquer réalisée"),
            self.draft_button: self.tr("Rédiger le relevé"),
            self.save_button: self.tr("Enregistrer"),
            self.validate_button: self.tr("Valider"),
            self.lock_button: self.tr("Verrouiller"),
        }
        for button, text in texts.items():
            button.setText(text)
        for name, text in (("case", self.tr("Un signalement…")),
                           ("action", self.tr("Une action en cours…")),
                           ("article", self.tr("Un article du protocole…")),
                           ("period", self.tr("Les statistiques d'une période…"))):
            self.link_actions[name].setText(text)
        for index, text in enumerate((self.tr("Présences"), self.tr("Ordre du jour"),
                                      self.tr("Actions"), self.tr("Relevé"))):
            self.tabs.setTabText(index, text)
        self.actions_table.setHorizontalHeaderLabels(
            [self.tr("Action"), self.tr("Pilote"), self.tr("Échéance"), self.tr("Statut")])
        self.attendance.retranslate()

    # --- data ------------------------------------------------------------------------------

    def db_call(self, fn: Callable[[Database], Any], on_success: Callable[[Any], None],
                write: bool = False) -> None:
        """On the pack in review mode, else on the vault (writes publish their Changes)."""
        failed = lambda error: messages.error(self, str(error))  # noqa: E731
        if self.review_db is not None:
            pack = self.review_db
            self.context.runner.run(lambda: fn(pack), on_success, failed, parent=self)
        elif write:
            self.context.write(fn, on_success, failed, parent=self)
        else:
            self.context.query(fn, on_success, failed)

    def _write(self, fn: Callable[[Database], Any]) -> None:
        """A write on the selected meeting; on the vault the published Changes reload the
        page (``refresh``), on a pack nothing is published, so reload here."""
        if self.detail is None:
            return
        in_review = self.review_db is not None
        self.db_call(fn, lambda _: self.reload() if in_review else None, write=True)

    def _id(self) -> int:
        assert self.detail is not None
        return self.detail.meeting.id

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._stale:
            self.reload()

    def refresh(self, changes: Changes) -> None:
        if changes & (Changes.COMMITTEE | Changes.CASES | Changes.CONTACTS):
            self._stale = True
            if self.isVisible() and self.review_db is None:
                self.reload()

    def reload(self) -> None:
        self._stale = False
        self.db_call(meetings.list_meetings, self._show_meetings)

    def _show_meetings(self, rows: tuple[MeetingRow, ...]) -> None:
        current = self.detail.meeting.id if self.detail else None
        self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        for row in rows:
            item = QListWidgetItem(f"{row.starts_at.astimezone():%d/%m/%Y %H:%M} — "
                                   f"{row.kind.label}\n{row.status.label}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.meeting_list.addItem(item)
            if row.id == current:
                self.meeting_list.setCurrentItem(item)
        self.meeting_list.blockSignals(False)
        if self.meeting_list.currentItem() is None and rows:
            self.meeting_list.setCurrentRow(0)
        elif rows:
            self.load_detail()
        self.meetings_shown.emit(rows)

    def select_meeting(self, meeting_id: int) -> None:
        for index in range(self.meeting_list.count()):
            if self.meeting_list.item(index).data(Qt.ItemDataRole.UserRole) == meeting_id:
                self.meeting_list.setCurrentRow(index)

    def load_detail(self) -> None:
        item = self.meeting_list.currentItem()
        if item is None:
            return
        meeting_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.db_call(lambda db: meeting_detail(db, meeting_id), self.show_detail)

    def show_detail(self, detail: MeetingDetail) -> None:
        self.detail = detail
        m = detail.meeting
        locked = m.status == MeetingStatus.VERROUILLEE
        self.header.setText(self.tr("<b>{0}</b> — {1:%d/%m/%Y à %H:%M} — {2}<br>Présidence : "
                                    "{3} · Statut : {4}").format(
            m.kind.label, m.starts_at.astimezone(), m.place, m.chair or "—", m.status.label))
        self.attendance.show_rows(detail.attendance, m.starts_at.astimezone().date(),
                                  editable=not locked)
        reached = detail.quorum_reached
        self.quorum.setText("" if reached is None else self.tr(
            "Quorum {0} : {1} présent(s) ou représenté(s) — {2}").format(
            m.quorum, detail.present_count,
            self.tr("atteint") if reached else self.tr("non atteint")))
        self.agenda_tree.show_agenda(detail.agenda, self.review_links)
        self.actions_table.setRowCount(len(detail.actions))
        for row, action in enumerate(detail.actions):
            values = (action.title, action.owner or "—",
                      f"{action.due_on:%d/%m/%Y}" if action.due_on else "—", action.status.label)
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, action.id)
                self.actions_table.setItem(row, column, cell)
        self.actions_table.resizeColumnsToContents()
        mins = detail.minutes
        self.body.setPlainText(mins.body if mins else "")
        self.body.setReadOnly(mins is None or str(mins.status) != "projet")
        if mins is None:
            state = self.tr("Pas encore de relevé (la séance doit être tenue).")
        elif mins.content_hash:
            state = self.tr("Relevé verrouillé le {0:%d/%m/%Y} — empreinte SHA-256 : {1}. "
                            "Les corrections iront au relevé de la séance suivante.").format(
                mins.locked_at.astimezone() if mins.locked_at else m.starts_at,
                mins.content_hash)
        else:
            state = self.tr("Relevé : {0}").format(mins.status.label)
        self.minutes_state.setText(state)
        status = m.status
        for button in (self.add_item_button, self.decision_button,
                       self.notes_button,
                       self.action_button, self.close_action_button, self.invite_button):
            button.setEnabled(not locked)
        for button in (self.link_button, self.unlink_button):
            button.setEnabled(not locked and self.review_db is None)
        self.held_button.setEnabled(status == MeetingStatus.PREPAREE)
        self.draft_button.setEnabled(status == MeetingStatus.TENUE and mins is None)
        self.save_button.setEnabled(status == MeetingStatus.RELEVE_PROJET)
        self.validate_button.setEnabled(status == MeetingStatus.RELEVE_PROJET)
        self.lock_button.setEnabled(status == MeetingStatus.RELEVE_VALIDE
                                    and self.review_db is None)
        in_review = self.review_db is not None
        for button in (self.dossier_button, self.releve_button, self.offline_button,
                       self.convocation_button, self.new_button, self.merge_button,
                       self.ics_button):
            button.setEnabled(not in_review)
        self.invite_button.setEnabled(not locked and not in_review)
        self.review_button.setEnabled(True)
        self.detail_shown.emit(detail)
