""""Comité de suivi": the meetings, and for the selected one its attendance, agenda (with its
links: cases, action items, articles, statistics periods), decisions, action items and relevé
(Valider / Verrouiller); the dossier de séance and the relevé previewed as PDF; the offline
pack (``committee_offline.py``).

The page lays out and shows; what its buttons do is in controllers that share a
``MeetingSession`` (the meeting shown, the vault or the pack in review): ``actions``
(``committee_actions.py``), ``links`` (``committee_links.py``) and ``offline``."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHeaderView,
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
from desktop.ui import clock, messages
from desktop.ui.committee_offline import OfflineController
from desktop.ui.context import AppContext
from desktop.ui.pages.base import RefreshingPage
from desktop.ui.pages.committee_actions import CommitteeActions
from desktop.ui.pages.committee_links import CommitteeLinks
from desktop.ui.pages.committee_minutes import MinutesEditor
from desktop.ui.pages.committee_session import MeetingSession
from desktop.ui.widgets.agenda_view import AgendaTree
from desktop.ui.widgets.attendance_table import AttendanceTable
from desktop.ui.widgets.flow_layout import flow_row


class CommitteePage(RefreshingPage):
    watches = Changes.COMMITTEE | Changes.CASES | Changes.CONTACTS
    detail_shown = Signal(object)  # MeetingDetail
    meetings_shown = Signal(object)  # tuple[MeetingRow, ...]

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.banner = QLabel(self)
        self.banner.setProperty("role", "demo")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.meeting_list = QListWidget(self)
        self.session = MeetingSession(context, self.meeting_list)
        self.session.reload_wanted.connect(self.reload)
        self.tabs = QTabWidget(self)
        self.agenda_tree = AgendaTree(self)
        self.actions_table = QTableWidget(0, 4, self)
        self.exact_words = QCheckBox(self)
        self.actions = CommitteeActions(self.session, self.agenda_tree, self.actions_table,
                                        self.exact_words)
        self.links = CommitteeLinks(self.session, self.agenda_tree, self.actions.selected_item)
        self.offline = OfflineController(self.session, self.tabs, self.exact_words)
        self.offline.review_opened.connect(self._review_opened)
        self.offline.review_closed.connect(self._review_closed)
        act, links = self.actions, self.links
        self.meeting_list.currentItemChanged.connect(lambda *_: self.load_detail())
        self.meeting_list.itemDoubleClicked.connect(lambda *_: act.edit_meeting())
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(act.new_meeting)
        self.header = QLabel(self)
        self.header.setWordWrap(True)
        self.held_button, self.invite_button = QPushButton(self), QPushButton(self)
        self.dossier_button, self.releve_button = QPushButton(self), QPushButton(self)
        self.offline_button, self.merge_button = QPushButton(self), QPushButton(self)
        self.review_button, self.convocation_button = QPushButton(self), QPushButton(self)
        self.ics_button = QPushButton(self)
        self.ics_button.clicked.connect(act.ask_ics)
        self.held_button.clicked.connect(act.mark_held)
        write, meeting_id = self.session.write, self.session.meeting_id
        self.invite_button.clicked.connect(lambda: write(
            lambda db: meetings.invite_parties(db, meeting_id())))
        self.dossier_button.clicked.connect(act.preview_dossier)
        self.releve_button.clicked.connect(act.preview_minutes)
        self.convocation_button.clicked.connect(act.preview_convocation)
        self.offline_button.clicked.connect(self.offline.prepare)
        self.merge_button.clicked.connect(self.offline.merge)
        self.review_button.clicked.connect(self.offline.open_review)
        self.attendance = AttendanceTable(self)
        self.attendance.edited.connect(act.attendance_edited)
        self.attendance.refused.connect(lambda text: messages.error(self, text))
        self.quorum = QLabel(self)
        self.quorum.setWordWrap(True)
        self.add_item_button, self.link_button = QPushButton(self), QPushButton(self)
        self.unlink_button = QPushButton(self)
        self.link_menu = QMenu(self)
        self.link_actions = {name: self.link_menu.addAction("") for name in (
            "case", "action", "article", "period")}
        self.link_actions["case"].triggered.connect(links.ask_link_case)
        self.link_actions["action"].triggered.connect(links.ask_link_action)
        self.link_actions["article"].triggered.connect(links.ask_link_article)
        self.link_actions["period"].triggered.connect(links.ask_link_period)
        self.link_button.setMenu(self.link_menu)
        self.unlink_button.clicked.connect(links.ask_unlink)
        self.decision_button, self.notes_button = QPushButton(self), QPushButton(self)
        self.edit_decision_button = QPushButton(self)
        self.notes_button.clicked.connect(act.ask_notes)
        self.add_item_button.clicked.connect(act.ask_item)
        self.decision_button.clicked.connect(act.ask_decision)
        self.edit_decision_button.clicked.connect(act.edit_decision)
        self.agenda_tree.itemDoubleClicked.connect(self._agenda_double_clicked)
        self.actions_table.verticalHeader().hide()
        self.actions_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.actions_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.action_button, self.close_action_button = QPushButton(self), QPushButton(self)
        self.edit_action_button = QPushButton(self)
        self.action_button.clicked.connect(act.ask_action)
        self.close_action_button.clicked.connect(act.close_action)
        self.edit_action_button.clicked.connect(act.edit_action)
        self.actions_table.cellDoubleClicked.connect(self._action_double_clicked)
        self.body = QPlainTextEdit(self)
        self.minutes_state = QLabel(self)
        self.minutes_state.setWordWrap(True)
        self.draft_button, self.save_button = QPushButton(self), QPushButton(self)
        self.validate_button, self.lock_button = QPushButton(self), QPushButton(self)
        self.verify_button = QPushButton(self)
        self.verify_button.clicked.connect(act.verify_minutes)
        self.verify_result = QLabel(self)
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        act.verified.connect(lambda check: self.verify_result.setText(check.summary))
        self.draft_button.clicked.connect(lambda: write(
            lambda db: minutes.start_minutes(db, meeting_id(), self.body.toPlainText())))
        self.minutes = MinutesEditor(self.session, self.body)
        self.save_button.clicked.connect(self.minutes.save)
        self.validate_button.clicked.connect(self.minutes.validate)
        self.lock_button.clicked.connect(self.minutes.lock)
        self._layout()
        self.retranslate()

    # --- layout ----------------------------------------------------------------------------

    def _tab(self, *widgets: QWidget, buttons: tuple[QPushButton, ...] = ()) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        for widget in widgets:
            layout.addWidget(widget)
        layout.addWidget(flow_row(page, *buttons))  # wraps on a narrow screen
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
            self.edit_decision_button, self.notes_button)), "")
        self.tabs.addTab(self._tab(self.actions_table, buttons=(
            self.action_button, self.edit_action_button, self.close_action_button)), "")
        self.tabs.addTab(self._tab(self.minutes_state, self.body, self.verify_result, buttons=(
            self.draft_button, self.save_button, self.validate_button, self.lock_button,
            self.verify_button)), "")
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.header)
        for group in ((self.held_button, self.invite_button, self.convocation_button,
                       self.ics_button),
                      (self.dossier_button, self.exact_words, self.releve_button,
                       self.offline_button, self.review_button, self.merge_button)):
            right_layout.addWidget(flow_row(right, *group))
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
            self.edit_decision_button: self.tr("Modifier la décision…"),
            self.edit_action_button: self.tr("Modifier l'action…"),
            self.verify_button: self.tr("Vérifier le relevé"),
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
        self.actions_table.setAccessibleName(self.tr("Actions suivies à cette séance"))
        self.body.setAccessibleName(self.tr("Texte du relevé de décisions"))
        self.attendance.retranslate()

    # --- review mode (the offline pack) -----------------------------------------------------

    def _review_opened(self, file_name: str) -> None:
        self.banner.setText(self.tr(
            "MODE REVUE HORS LIGNE — fichier « {0} ». Les signalements sont en lecture "
            "seule ; présences, décisions, actions et notes sont enregistrées dans ce "
            "fichier, à réintégrer au retour.").format(file_name))
        self.banner.show()
        self.review_button.setText(self.tr("Fermer la séance hors ligne"))
        self.review_button.setEnabled(True)
        self.reload()

    def _review_closed(self) -> None:
        self.banner.hide()
        self.retranslate()

    # --- data ------------------------------------------------------------------------------

    @property
    def detail(self) -> MeetingDetail | None:
        return self.session.detail

    def may_reload(self) -> bool:
        return not self.session.in_review  # the pack is not the vault that changed

    def reload(self) -> None:
        """In review mode the pack is read even while the vault is locked."""
        if self.session.in_review:
            self._stale = False
            self.load()
        else:
            super().reload()

    def load(self) -> None:
        self.session.call(meetings.list_meetings, self._show_meetings)

    def _show_meetings(self, rows: tuple[MeetingRow, ...]) -> None:
        current = self.detail.meeting.id if self.detail else None
        self.meeting_list.blockSignals(True)
        self.meeting_list.clear()
        for row in rows:
            item = QListWidgetItem(f"{clock.local(row.starts_at):%d/%m/%Y %H:%M} — "
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

    def _agenda_double_clicked(self) -> None:
        tree = self.agenda_tree
        if tree.selected_decision() is not None and self.edit_decision_button.isEnabled():
            self.actions.edit_decision()

    def _action_double_clicked(self) -> None:
        if self.edit_action_button.isEnabled():
            self.actions.edit_action()

    def select_meeting(self, meeting_id: int) -> None:
        for index in range(self.meeting_list.count()):
            if self.meeting_list.item(index).data(Qt.ItemDataRole.UserRole) == meeting_id:
                self.meeting_list.setCurrentRow(index)

    def load_detail(self) -> None:
        item = self.meeting_list.currentItem()
        if item is None:
            return
        meeting_id = int(item.data(Qt.ItemDataRole.UserRole))
        self.session.call(lambda db: meeting_detail(db, meeting_id), self.show_detail)

    def show_detail(self, detail: MeetingDetail) -> None:
        self.session.detail = detail
        m = detail.meeting
        locked = m.status == MeetingStatus.VERROUILLEE
        self.header.setText(self.tr("<b>{0}</b> — {1:%d/%m/%Y à %H:%M} — {2}<br>Présidence : "
                                    "{3} · Statut : {4}").format(
            m.kind.label, clock.local(m.starts_at), m.place, m.chair or "—", m.status.label))
        self.attendance.show_rows(detail.attendance, clock.local(m.starts_at).date(),
                                  editable=not locked,
                                  upcoming=m.starts_at > dt.datetime.now(dt.UTC))
        reached = detail.quorum_reached
        self.quorum.setText("" if reached is None else self.tr(
            "Quorum {0} : {1} présent(s) ou représenté(s) au cours de la séance — {2}. Le "
            "quorum de chaque décision, compté à son heure, est indiqué à l'ordre du jour."
        ).format(
            m.quorum, detail.present_count,
            self.tr("atteint") if reached else self.tr("non atteint")))
        self.agenda_tree.show_agenda(detail.agenda, self.session.review_links,
                                     detail.decision_quorum)
        self.actions_table.setRowCount(len(detail.actions))
        for row, action in enumerate(detail.actions):
            values = (action.title, action.owner or "—",
                      f"{action.due_on:%d/%m/%Y}" if action.due_on else "—", action.status.label)
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                cell.setData(Qt.ItemDataRole.UserRole, action.id)
                cell.setToolTip(value)
                self.actions_table.setItem(row, column, cell)
        self.actions_table.resizeColumnsToContents()
        # The status stays in sight on a small screen: the action's text gives way (its
        # whole text in the tooltip).
        self.actions_table.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.Stretch)
        mins = detail.minutes
        self.minutes.show(m.id, mins)
        self.body.setReadOnly(mins is None or str(mins.status) != "projet")
        if mins is None:
            state = self.tr("Pas encore de relevé (la séance doit être tenue).")
        elif mins.content_hash:
            state = self.tr("Relevé verrouillé le {0:%d/%m/%Y} — empreinte SHA-256 : {1}. "
                            "Les corrections iront au relevé de la séance suivante.").format(
                clock.local(mins.locked_at) if mins.locked_at else m.starts_at,
                mins.content_hash)
        else:
            state = self.tr("Relevé : {0}").format(mins.status.label)
        self.minutes_state.setText(state)
        status = m.status
        for button in (self.add_item_button, self.decision_button, self.edit_decision_button,
                       self.notes_button, self.action_button, self.edit_action_button,
                       self.close_action_button, self.invite_button):
            button.setEnabled(not locked)
        if self.verify_result.property("meeting") != m.id:
            self.verify_result.clear()  # an answer about another meeting
        self.verify_result.setProperty("meeting", m.id)
        self.verify_button.setEnabled(bool(mins and mins.content_hash)
                                      and not self.session.in_review)
        for button in (self.link_button, self.unlink_button):
            button.setEnabled(not locked and not self.session.in_review)
        self.held_button.setEnabled(status == MeetingStatus.PREPAREE)
        self.draft_button.setEnabled(status == MeetingStatus.TENUE and mins is None)
        self.save_button.setEnabled(status == MeetingStatus.RELEVE_PROJET)
        self.validate_button.setEnabled(status == MeetingStatus.RELEVE_PROJET)
        self.lock_button.setEnabled(status == MeetingStatus.RELEVE_VALIDE
                                    and not self.session.in_review)
        in_review = self.session.in_review
        for button in (self.dossier_button, self.releve_button, self.offline_button,
                       self.convocation_button, self.new_button, self.merge_button,
                       self.ics_button):
            button.setEnabled(not in_review)
        self.invite_button.setEnabled(not locked and not in_review)
        self.review_button.setEnabled(True)
        self.detail_shown.emit(detail)
