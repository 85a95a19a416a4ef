"""One case: its facts, where it stands, ONLY the steps allowed now, and its timeline."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.typography import escape
from desktop.models.enums import CaseStatus
from desktop.services.cases.records import CaseDetail
from desktop.ui.text import date_text, datetime_text


class CaseView(QWidget):
    step_requested = Signal(object)  # CaseStatus, or None to reopen
    action_requested = Signal(str)  # edit, consent, transmission, complaint, attachment, ...

    ACTIONS = ("edit", "consent", "transmission", "complaint", "attachment", "fiche", "summary")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case: CaseDetail | None = None
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.steps = QHBoxLayout()
        self.step_buttons: dict[CaseStatus | None, QPushButton] = {}
        self.buttons = {name: QPushButton(self) for name in self.ACTIONS}
        grid = QGridLayout()
        for n, name in enumerate(self.ACTIONS):
            self.buttons[name].clicked.connect(lambda _=False, n=name: self.action_requested
                                               .emit(n))
            grid.addWidget(self.buttons[name], n // 4, n % 4)
        self.timeline = QTreeWidget(self)
        self.timeline.setRootIsDecorated(False)
        self.timeline.setColumnCount(4)
        self.timeline.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addLayout(self.steps)
        layout.addLayout(grid)
        layout.addWidget(self.facts)
        layout.addWidget(self.timeline, 1)
        self.retranslate()
        self.show_case(None)

    def retranslate(self) -> None:
        texts = {"edit": self.tr("Modifier les faits"), "consent": self.tr("Consentement…"),
                 "transmission": self.tr("Transmission…"), "complaint": self.tr("Plainte…"),
                 "attachment": self.tr("Pièce jointe…"), "fiche": self.tr("Fiche PDF"),
                 "summary": self.tr("Synthèse PDF")}
        for name, button in self.buttons.items():
            button.setText(texts[name])
        self.timeline.setHeaderLabels([self.tr("Date"), self.tr("Étape"), self.tr("Par"),
                                       self.tr("Commentaire")])
        self.timeline.setAccessibleName(self.tr("Chronologie du dossier"))
        if self.case is not None:
            self.show_case(self.case)

    def show_case(self, case: CaseDetail | None) -> None:
        self.case = case
        for button in self.step_buttons.values():
            self.steps.removeWidget(button)
            button.deleteLater()
        self.step_buttons.clear()
        self.timeline.clear()
        for button in self.buttons.values():
            button.setEnabled(case is not None)
        if case is None:
            self.title.setText(self.tr("Aucun dossier choisi"))
            self.state.clear()
            self.facts.clear()
            return
        self.title.setText(self.tr("Dossier {0}").format(case.reference))
        due = ""
        if case.due_on:
            late = case.overdue(dt.date.today())
            due = self.tr(" — échéance le {0}{1}").format(
                date_text(case.due_on), self.tr(" (EN RETARD)") if late else "")
        self.state.setText(self.tr("Étape : {0}{1}").format(case.status.label, due))
        targets: list[CaseStatus | None] = list(case.allowed)
        if case.reopenable:
            targets.append(None)
        for target in targets:
            text = ("→ " + target.label) if target else self.tr("Rouvrir le dossier")
            button = QPushButton(text, self)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _=False, t=target: self.step_requested.emit(t))
            self.steps.addWidget(button)
            self.step_buttons[target] = button
        self.facts.setText(self._facts_html(case))
        for event in case.events:
            label = event.to_status.label if event.to_status else event.kind.label
            if event.kind.value == "reopened":
                label = self.tr("Réouverture → {0}").format(label)
            # The date given for the step; when it was typed, in the tooltip.
            when = date_text(event.dated_on) if event.dated_on else datetime_text(event.at)
            item = QTreeWidgetItem(self.timeline, [when, label, event.actor,
                                                   event.comment or ""])
            item.setToolTip(0, self.tr("Enregistré le {0}").format(datetime_text(event.at)))
        for column in range(3):
            self.timeline.resizeColumnToContents(column)

    def _facts_html(self, case: CaseDetail) -> str:
        lines = [
            f"<b>{escape(datetime_text(case.occurred_at))}</b> — "
            f"{escape(case.commune_name or '—')}"
            + (f" ({escape(case.force_zone.label)})" if case.force_zone else ""),
            escape(", ".join(t.label for t in case.types)),
            self.tr("Victime(s) : ") + escape(", ".join(v.name for v in case.victims)),
            escape(case.narrative),
        ]
        if case.exact_words:
            lines.append(f"<i>« {escape(case.exact_words)} »</i>")
        extra = [f"{len(case.consents)} consentement(s)", f"{len(case.transmissions)} "
                 "transmission(s)", f"{len(case.complaints)} suite(s) judiciaire(s)",
                 f"{len(case.attachments)} pièce(s) jointe(s)"]
        lines.append(escape(" · ".join(extra)))
        return "<br/>".join(lines)
