"""One case: its facts, where it stands, ONLY the steps allowed now, and what it holds (timeline,
consents, transmissions, complaint, attachments: ``case_records.CaseRecords``)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.typography import escape
from desktop.models.enums import CaseStatus
from desktop.services.cases.records import CaseDetail
from desktop.ui.text import date_text, datetime_text
from desktop.ui.widgets.case_records import CaseRecords
from desktop.ui.widgets.flow_layout import flow_box, flow_row


class CaseView(QWidget):
    step_requested = Signal(object)  # CaseStatus, or None to reopen
    action_requested = Signal(str)  # edit, consent, transmission, complaint, attachment, ...
    withdraw_requested = Signal(object)  # ConsentRow
    form_requested = Signal()  # the consent form to print
    open_requested = Signal(object)  # AttachmentRow
    save_requested = Signal(object)  # AttachmentRow

    ACTIONS = ("edit", "consent", "transmission", "complaint", "attachment", "fiche", "summary")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setProperty("personal_data", True)  # copied text leaves the clipboard
        self.case: CaseDetail | None = None
        self.title = QLabel(self)
        self.title.setProperty("role", "title")
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.facts = QLabel(self)
        self.facts.setWordWrap(True)
        self.steps_row, self.steps = flow_box(self)  # both rows wrap on a narrow screen
        self.step_buttons: dict[CaseStatus | None, QPushButton] = {}
        self.buttons = {name: QPushButton(self) for name in self.ACTIONS}
        for name in self.ACTIONS:
            self.buttons[name].clicked.connect(lambda _=False, n=name: self.action_requested
                                               .emit(n))
        grid = flow_row(self, *self.buttons.values())
        self.records = CaseRecords(self)
        self.timeline = self.records.timeline
        self.records.withdraw_requested.connect(self.withdraw_requested)
        self.records.form_requested.connect(self.form_requested)
        self.records.open_requested.connect(self.open_requested)
        self.records.save_requested.connect(self.save_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.steps_row)
        layout.addWidget(grid)
        layout.addWidget(self.facts)
        layout.addWidget(self.records, 1)
        self.retranslate()
        self.show_case(None)

    def retranslate(self) -> None:
        texts = {"edit": self.tr("Modifier les faits"), "consent": self.tr("Consentement…"),
                 "transmission": self.tr("Transmission…"), "complaint": self.tr("Plainte…"),
                 "attachment": self.tr("Pièce jointe…"), "fiche": self.tr("Fiche PDF"),
                 "summary": self.tr("Synthèse PDF")}
        for name, button in self.buttons.items():
            button.setText(texts[name])
        self.records.retranslate()
        if self.case is not None:
            self.show_case(self.case)

    def show_case(self, case: CaseDetail | None) -> None:
        self.case = case
        for button in self.step_buttons.values():
            self.steps.removeWidget(button)
            button.deleteLater()
        self.step_buttons.clear()
        self.records.show_case(case)
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
        if case.source is not None:
            lines.append(self.tr("Source : ") + escape(case.source.label))
        if case.victim_sex is not None:
            lines.append(self.tr("Sexe de la victime : ") + escape(case.victim_sex.label))
        return "<br/>".join(lines)
