"""Dialogs for the workflow: one step (with its comment, degree or outcome), reopening,
consent and transmission (the complaint's is ``complaint_dialog``). The service decides;
errors show inline.

``step_dialog`` opens what a next step asks (``NextStep.asks``, computed by the service from
the step table) through ``STEP_DIALOGS``: this module knows requirements, not which step
follows which."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop.errors import CaseMoved, ConcurrentEdit
from desktop.models.enums import (
    CaseStatus,
    ConsentChannel,
    ForceZone,
    RecipientKind,
    TransmissionChannel,
)
from desktop.services.cases import consent, workflow
from desktop.services.cases.records import CaseDetail, NextStep, Requirement
from desktop.ui.context import AppContext
from desktop.ui.dialogs.case_form import current, enum_combo, select_data
from desktop.ui.dialogs.write_dialog import Write, WriteDialog, date_edit, date_of
from desktop.ui.widgets.document_field import DocumentField


class CaseStepDialog(WriteDialog):
    """A step of ``case``'s workflow, saved against the step the dialog shows
    (``case.status``): when a colleague moved the case meanwhile, the service says who, when
    and to which step (``CaseMoved``), and "Recharger le dossier" closes the dialog and shows
    the case as it is now (``reloaded``)."""

    def __init__(self, context: AppContext, name: str, case: CaseDetail,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, name, parent)
        self.case = case
        self.reload_button = QPushButton(self)
        self.buttons.addButton(self.reload_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.reload_button.hide()
        self.reload_button.clicked.connect(self.reload_case)

    def retranslate(self) -> None:
        super().retranslate()
        self.reload_button.setText(self.tr("&Recharger le dossier"))

    def failed(self, error: BaseException) -> None:
        super().failed(error)
        if isinstance(error, CaseMoved | ConcurrentEdit):
            self.reload_button.show()
            self.reload_button.setFocus()

    def reload_case(self) -> None:
        """The step typed no longer applies to the case as it is: close without asking, and
        let the page show the case's current state."""
        self._changed = False
        self.reloaded.emit()
        self.reject()


class TransitionDialog(CaseStepDialog):
    """Move the case to ``target`` (``None``: reopen it): date, comment, and the degree or
    outcome when the move ``asks`` for it."""

    def __init__(self, context: AppContext, case: CaseDetail, target: CaseStatus | None,
                 parent: QWidget | None = None, *,
                 asks: Requirement = Requirement.NOTHING) -> None:
        super().__init__(context, "case_transition", case, parent)
        self.target, self.asks = target, asks
        self.day = date_edit(self)
        self.extra = QLineEdit(self)
        self.comment = QPlainTextEdit(self)
        self.comment.setMaximumHeight(80)
        self.form.addRow(self.tr("Date"), self.day)
        self.fields["on"] = self.day
        values = {Requirement.DEGREE: ("degree", self.tr("Degré retenu par l'URPS")),
                  Requirement.OUTCOME: ("outcome", self.tr("Issue du dossier"))}
        if asks in values:
            name, label = values[asks]
            self.form.addRow(label, self.extra)
            self.fields[name] = self.extra
        self.form.addRow(self.tr("Commentaire") if target else self.tr("Motif de la "
                                                                       "réouverture"),
                         self.comment)
        self.fields["comment"] = self.comment
        self.setWindowTitle(
            self.tr("{0} : {1}").format(case.reference, target.label) if target
            else self.tr("Rouvrir le dossier {0}").format(case.reference))
        self.retranslate()

    def action(self) -> Write:
        case_id, target = self.case.id, self.target
        day, text, extra = date_of(self.day), self.comment.toPlainText(), self.extra.text()
        seen = self.case.status  # the step as shown: a colleague's move since refuses it
        if target is None:
            return lambda db: workflow.reopen(db, case_id, text, day, seen_status=seen)
        degree = extra if self.asks == Requirement.DEGREE else ""
        outcome = extra if self.asks == Requirement.OUTCOME else ""
        return lambda db: workflow.transition(db, case_id, target, text, degree=degree,
                                              outcome=outcome, on=day, seen_status=seen)


class ConsentDialog(CaseStepDialog):
    def __init__(self, context: AppContext, case: CaseDetail, given: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "case_consent", case, parent)
        self.given = QComboBox(self)
        self.given.addItem(self.tr("Consentement donné"), True)
        self.given.addItem(self.tr("Consentement refusé"), False)
        select_data(self.given, given)
        self.day = date_edit(self)
        self.channel = enum_combo(self, list(ConsentChannel), empty=False)
        self.witness = QLineEdit(self)
        self.scope = {kind: QCheckBox(kind.label, self) for kind in RecipientKind
                      if kind not in (RecipientKind.URPS, RecipientKind.ORDRE)}
        scope_row = QHBoxLayout()
        for box in self.scope.values():
            scope_row.addWidget(box)
        self.document = DocumentField(self, scan=True)
        for label, field, name in ((self.tr("Réponse"), self.given, "given"),
                                   (self.tr("Date"), self.day, "decided_on"),
                                   (self.tr("Modalité"), self.channel, "channel"),
                                   (self.tr("Témoin (téléphone)"), self.witness, "witness"),
                                   (self.tr("Document signé"), self.document, "document")):
            self.form.addRow(label, field)
            self.fields[name] = field
        self.form.insertRow(2, self.tr("Destinataires"), scope_row)
        self.fields["scope"] = next(iter(self.scope.values()))
        # In the order the rows show, so the errors are listed the same way.
        self.fields = {name: self.fields[name] for name in (
            "given", "decided_on", "scope", "channel", "witness", "document")}
        self.setWindowTitle(self.tr("Consentement — dossier {0}").format(case.reference))
        self.retranslate()

    def action(self) -> Write:
        document, filename = self.document.content()
        data = consent.ConsentInput(
            given=bool(self.given.currentData()), decided_on=date_of(self.day),
            channel=current(self.channel, ConsentChannel),
            scope=tuple(k for k, box in self.scope.items() if box.isChecked()),
            witness=self.witness.text(), document=document, filename=filename)
        consent.check_consent(data)  # every problem shown at once, before the worker
        case_id, seen = self.case.id, self.case.status
        return lambda db: consent.record_consent(db, case_id, data, seen_status=seen)


class TransmissionDialog(CaseStepDialog):
    def __init__(self, context: AppContext, case: CaseDetail,
                 recipient: RecipientKind = RecipientKind.URPS,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, "case_transmission", case, parent)
        self.recipient = enum_combo(self, list(RecipientKind), empty=False)
        select_data(self.recipient, recipient)
        self.day = date_edit(self)
        self.channel = enum_combo(self, list(TransmissionChannel), empty=False)
        self.document = DocumentField(self)
        self.document.label.setText(self.tr("la fiche de signalement (générée à l'envoi)"))
        for label, field, name in ((self.tr("Destinataire"), self.recipient, "recipient"),
                                   (self.tr("Date d'envoi"), self.day, "sent_on"),
                                   (self.tr("Modalité"), self.channel, "channel"),
                                   (self.tr("Document envoyé"), self.document, "document")):
            self.form.addRow(label, field)
            self.fields[name] = field
        self.setWindowTitle(self.tr("Transmission — dossier {0}").format(case.reference))
        self.retranslate()

    def action(self) -> Write:
        document, filename = self.document.content()
        data = consent.TransmissionInput(
            recipient_kind=current(self.recipient, RecipientKind), sent_on=date_of(self.day),
            channel=current(self.channel, TransmissionChannel), document=document,
            filename=filename)
        case_id, seen = self.case.id, self.case.status
        return lambda db: consent.record_transmission(db, case_id, data, seen_status=seen)


StepDialog = Callable[[AppContext, CaseDetail, NextStep, QWidget | None], WriteDialog]


def _transition(context: AppContext, case: CaseDetail, step: NextStep,
                parent: QWidget | None) -> WriteDialog:
    return TransitionDialog(context, case, step.target, parent, asks=step.asks)


def _authorities(case: CaseDetail) -> RecipientKind:
    """The force that answers in the case's commune (the office may pick another)."""
    return RecipientKind.GENDARMERIE if case.force_zone == ForceZone.GN else RecipientKind.POLICE


STEP_DIALOGS: dict[Requirement, StepDialog] = {
    Requirement.NOTHING: _transition,
    Requirement.DEGREE: _transition,
    Requirement.OUTCOME: _transition,
    Requirement.CONSENT: lambda context, case, _step, parent: ConsentDialog(
        context, case, True, parent),
    Requirement.REFUSAL: lambda context, case, _step, parent: ConsentDialog(
        context, case, False, parent),
    Requirement.URPS_ORDRE: lambda context, case, _step, parent: TransmissionDialog(
        context, case, RecipientKind.URPS, parent),
    Requirement.AUTHORITIES: lambda context, case, _step, parent: TransmissionDialog(
        context, case, _authorities(case), parent),
}
"""What the office is asked for each requirement of a next step."""


def step_dialog(context: AppContext, case: CaseDetail, step: NextStep,
                parent: QWidget | None = None) -> WriteDialog:
    """The dialog that asks what moving ``case`` to ``step.target`` still needs."""
    return STEP_DIALOGS[step.asks](context, case, step, parent)
