"""The office's desk on the home page: one card per thing to do (late cases, reminders due,
next meeting, late action items, référents to check, backup) and, on a new vault, the first
steps.

The widget only shows the ``Desk`` and says what the user asked for (``requested``, with a
name: "cases", "case:<id>", "reminders", "done:<task id>", "meeting", "convocation",
"actions", "referents", "backup", "step:communes", "step:referents", "step:protocol",
"step:case"); the page acts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.text import date_text, datetime_text
from desktop.ui.widgets.desk_lines import ReminderLines, WrappingList

if TYPE_CHECKING:  # the desk's service imports the models: not before the first data
    from desktop.services.vault.desk import Desk

STEPS = ("communes", "referents", "protocol", "case")


class DeskCard(QFrame):
    """A heading, a one-line summary, an optional list, and buttons."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setProperty("role", "card")
        self.heading = QLabel(self)
        self.heading.setProperty("role", "subtitle")
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.list = WrappingList(self)
        self.list.hide()
        self.buttons = QHBoxLayout()
        self.buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.list)
        layout.addLayout(self.buttons)

    def button(self) -> QPushButton:
        button = QPushButton(self)
        self.buttons.addWidget(button)
        return button

    def set_alert(self, alert: bool) -> None:
        self.summary.setProperty("role", "error" if alert else "")
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)

    def set_lines(self, lines: list[tuple[str, str | None]]) -> None:
        """(text, what a double-click asks, or None)."""
        self.list.clear()
        self.list.setAccessibleName(self.heading.text())  # named like its card
        for text, request in lines:
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, request)
            item.setToolTip(text)
        self.list.setVisible(bool(lines))
        self.list.fit()


class DeskCards(QWidget):
    requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk: Desk | None = None
        self.steps = DeskCard(self)
        self.step_labels = {name: QLabel(self.steps) for name in STEPS}
        self.step_buttons = {name: QPushButton(self.steps) for name in STEPS}
        grid_steps = QGridLayout()
        for row, name in enumerate(STEPS):
            self.step_labels[name].setWordWrap(True)
            grid_steps.addWidget(self.step_labels[name], row, 0)
            grid_steps.addWidget(self.step_buttons[name], row, 1)
            self.step_buttons[name].clicked.connect(
                lambda _=False, n=name: self.requested.emit(f"step:{n}"))
        grid_steps.setColumnStretch(0, 1)
        self.steps.layout().insertLayout(2, grid_steps)  # type: ignore[union-attr]
        self.cases = DeskCard(self)
        self.cases_button = self._ask(self.cases, "cases")
        self.reminders = DeskCard(self)
        self.reminder_lines = ReminderLines(self.reminders)
        self.reminder_lines.hide()
        self.reminders.layout().insertWidget(2, self.reminder_lines)  # type: ignore[union-attr]
        self.reminder_lines.open_case.connect(lambda case: self.requested.emit(f"case:{case}"))
        self.reminder_lines.done.connect(lambda task: self.requested.emit(f"done:{task}"))
        self.reminders_button = self._ask(self.reminders, "reminders")
        self.meeting = DeskCard(self)
        self.convocation_button = self._ask(self.meeting, "convocation")
        self.meeting_button = self._ask(self.meeting, "meeting")
        self.actions = DeskCard(self)
        self.actions_button = self._ask(self.actions, "actions")
        self.referents = DeskCard(self)
        self.referents_button = self._ask(self.referents, "referents")
        self.backup = DeskCard(self)
        self.backup_button = self._ask(self.backup, "backup")
        for card in (self.cases, self.actions, self.referents):
            card.list.itemActivated.connect(self._line_activated)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(12)
        grid.addWidget(self.steps, 0, 0, 1, 2)
        grid.addWidget(self.cases, 1, 0)
        grid.addWidget(self.reminders, 1, 1)
        grid.addWidget(self.meeting, 2, 0)
        grid.addWidget(self.actions, 2, 1)
        grid.addWidget(self.referents, 3, 0)
        grid.addWidget(self.backup, 3, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self.steps.hide()
        self.retranslate()

    def _ask(self, card: DeskCard, request: str) -> QPushButton:
        button = card.button()
        button.clicked.connect(lambda: self.requested.emit(request))
        return button

    def _line_activated(self, item: QListWidgetItem) -> None:
        request = item.data(Qt.ItemDataRole.UserRole)
        if request:
            self.requested.emit(request)

    def retranslate(self) -> None:
        self.steps.heading.setText(self.tr("Premiers pas"))
        self.steps.summary.setText(self.tr(
            "Le coffre est neuf : voici, dans l'ordre, ce qui le rend utile au service."))
        self.cases.heading.setText(self.tr("Signalements en retard"))
        self.cases_button.setText(self.tr("Voir les signalements en retard"))
        self.reminders.heading.setText(self.tr("Rappels du jour"))
        self.reminders_button.setText(self.tr("Voir tous les rappels"))
        self.meeting.heading.setText(self.tr("Prochaine séance"))
        self.convocation_button.setText(self.tr("Convocation…"))
        self.meeting_button.setText(self.tr("Ouvrir la séance"))
        self.actions.heading.setText(self.tr("Actions en retard"))
        self.actions_button.setText(self.tr("Voir le comité de suivi"))
        self.referents.heading.setText(self.tr("Référents à vérifier"))
        self.referents_button.setText(self.tr("Voir les référents à vérifier"))
        self.backup.heading.setText(self.tr("Sauvegarde"))
        self.backup_button.setText(self.tr("Sauvegarder maintenant"))
        buttons = {"communes": self.tr("Voir les communes"),
                   "referents": self.tr("Importer les référents…"),
                   "protocol": self.tr("Nouveau protocole…"),
                   "case": self.tr("Nouveau signalement…")}
        for name, text in buttons.items():
            self.step_buttons[name].setText(text)
            self.step_buttons[name].setAccessibleName(text.rstrip("…"))
        if self.desk is not None:
            self.show_desk(self.desk)

    def clear(self) -> None:
        """The vault was locked: nothing of the data stays on screen."""
        self.desk = None
        for card in (self.cases, self.reminders, self.meeting, self.actions, self.referents,
                     self.backup):
            card.summary.clear()
            card.set_lines([])
        self.reminder_lines.set_rows([])
        for button in (self.cases_button, self.convocation_button, self.meeting_button,
                       self.referents_button, self.reminders_button):
            button.setEnabled(False)
        self.steps.hide()

    def show_desk(self, desk: Desk) -> None:
        self.desk = desk
        self._steps(desk)
        self._cases(desk)
        self._reminders(desk)
        self._meeting(desk)
        self._actions(desk)
        self._referents(desk)
        self._backup(desk)

    def _steps(self, desk: Desk) -> None:
        steps = desk.first_steps
        self.steps.setVisible(not steps.done)
        texts = {
            "communes": (steps.communes, self.tr("1. Les communes du département ({0})")),
            "referents": (steps.referents, self.tr("2. Les référents sûreté ({0})")),
            "protocol": (steps.protocols, self.tr("3. Le protocole ({0})")),
            "case": (steps.cases, self.tr("4. Le premier signalement ({0})")),
        }
        for name, (count, text) in texts.items():
            mark = "✓ " if count else ""
            self.step_labels[name].setText(mark + text.format(count))
        self.step_buttons["communes"].setText(
            self.tr("Voir les communes") if steps.communes else self.tr("Importer les communes…"))

    def _cases(self, desk: Desk) -> None:
        count = desk.late_case_count
        self.cases.summary.setText(
            self.tr("{0} signalement(s) ont dépassé leur échéance.").format(count) if count
            else self.tr("Aucun signalement en retard."))
        self.cases.set_alert(count > 0)
        self.cases.set_lines([(self.tr("{0} — {1} — échéance le {2}").format(
            c.reference, c.step, date_text(c.due_on)), f"case:{c.id}") for c in desk.late_cases])
        self.cases_button.setEnabled(count > 0)

    def _reminders(self, desk: Desk) -> None:
        count, late = desk.reminder_count, desk.overdue_reminder_count
        if count:
            text = self.tr("{0} rappel(s) à faire aujourd'hui, dont {1} en retard.").format(
                count, late)
            if count > len(desk.reminders):
                text += " " + self.tr("Les {0} plus anciens :").format(len(desk.reminders))
        else:
            text = self.tr("Aucun rappel de suivi à faire aujourd'hui.")
        self.reminders.summary.setText(text)
        self.reminders.set_alert(late > 0)
        rows = []
        for r in desk.reminders:
            state = self.tr("EN RETARD") if r.overdue else self.tr("AUJOURD'HUI")
            line = self.tr("{0} — {1} — échéance le {2}").format(
                r.case_reference, r.label, date_text(r.due_on))
            rows.append((r.id, r.case_id, state, line, r.overdue,
                         self.tr("Rappel fait : {0} — {1}").format(r.case_reference, r.label)))
        self.reminder_lines.set_rows(rows)
        self.reminders_button.setEnabled(True)

    def _meeting(self, desk: Desk) -> None:
        meeting = desk.next_meeting
        self.convocation_button.setEnabled(meeting is not None)
        self.meeting_button.setEnabled(meeting is not None)
        due = desk.committee
        self.meeting.set_alert(due.overdue)
        if meeting is None:
            if due.due_on is None:
                text = self.tr("Aucune séance prévue : « Nouvelle séance… » dans le comité "
                               "de suivi.")
            elif due.overdue:
                text = self.tr("EN RETARD — le comité se réunit tous les {0} mois : la "
                               "séance était attendue avant le {1} (dernière le {2}).")
            else:
                text = self.tr("Aucune séance prévue. Le comité se réunit tous les {0} mois : "
                               "prochaine séance attendue avant le {1} (dernière le {2}).")
            if due.due_on is not None and due.last_meeting_on is not None:
                text = text.format(due.every_months, date_text(due.due_on),
                                   date_text(due.last_meeting_on))
            self.meeting.summary.setText(text)
            return
        # A meeting to come: who is convened, never an attendance nor a quorum not yet known.
        text = self.tr("{0} — {1}<br/>{2}<br/>{3} membre(s) convoqué(s)").format(
            meeting.kind, datetime_text(meeting.starts_at), meeting.place, meeting.invited)
        if due.due_on is not None:
            text += "<br/>" + self.tr("Comité tous les {0} mois : attendu avant le {1}.")\
                .format(due.every_months, date_text(due.due_on))
        self.meeting.summary.setText(text)

    def _actions(self, desk: Desk) -> None:
        count = desk.late_action_count
        self.actions.summary.setText(
            self.tr("{0} action(s) du comité ont dépassé leur échéance.").format(count) if count
            else self.tr("Aucune action en retard."))
        self.actions.set_alert(count > 0)
        self.actions.set_lines([(self.tr("EN RETARD — {0} — {1} — échéance le {2}").format(
            a.title, a.owner or "—", date_text(a.due_on)), "actions")
            for a in desk.late_actions])

    def _referents(self, desk: Desk) -> None:
        parts = []
        if desk.stale_referent_count:
            parts.append(self.tr("{0} référent(s) non vérifié(s) depuis {1} mois").format(
                desk.stale_referent_count, desk.stale_months))
        if desk.communes_without_referent:
            parts.append(self.tr("{0} commune(s) sans référent").format(
                desk.communes_without_referent))
        self.referents.summary.setText(" · ".join(parts) + "." if parts else self.tr(
            "Tous les référents ont été vérifiés ; chaque commune a le sien."))
        self.referents.set_lines([(self.tr("{0} — {1} — {2}").format(
            r.name, r.unit or "—", self.tr("vérifié le {0}").format(date_text(r.verified_on))
            if r.verified_on else self.tr("jamais vérifié")), "referents")
            for r in desk.stale_referents])
        self.referents_button.setEnabled(bool(parts))

    def _backup(self, desk: Desk) -> None:
        if desk.shared:
            self.backup.summary.setText(self.tr(
                "Coffre partagé : les sauvegardes sont celles du serveur PostgreSQL."))
            self.backup.set_alert(False)
            self.backup_button.hide()
            return
        if desk.last_backup_at is None:
            text = self.tr("Aucune sauvegarde : sauvegardez le coffre maintenant.")
        elif desk.backup_stale:
            text = self.tr("Dernière sauvegarde le {0} : elle date de plus d'une semaine.")\
                .format(datetime_text(desk.last_backup_at))
        else:
            text = self.tr("Dernière sauvegarde le {0} (vérifiée à l'écriture).").format(
                datetime_text(desk.last_backup_at))
        self.backup.summary.setText(text)
        self.backup.set_alert(desk.backup_stale)
