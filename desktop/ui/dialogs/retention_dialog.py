"""Outils > Conservation des données…: what the retention rules archive and erase as of a
date, and why; applied after a confirmation (the service writes a verified backup first)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.services.retention import apply as retention_apply
from desktop.services.retention import preview as retention_preview
from desktop.services.retention.records import RetentionApplied, RetentionPlan
from desktop.ui.context import AppContext
from desktop.ui.dialogs.confirm import confirm
from desktop.ui.geometry import preserve_geometry


def plan_text(plan: RetentionPlan) -> str:
    rules = plan.rules
    lines = [
        f"Règles : dossier actif {rules.active_years} an(s) après la clôture, puis archive "
        f"intermédiaire à accès restreint ; données personnelles effacées "
        f"{rules.erase_years} ans après la clôture (noms, coordonnées, propos exacts, récit, "
        "pièces jointes, documents de consentement ; les champs statistiques restent).",
        "",
        f"À archiver : {len(plan.to_archive)}",
        *(f"  {c.reference}  {c.reason}" for c in plan.to_archive),
        f"À effacer : {len(plan.to_erase)}",
        *(f"  {c.reference}  {c.reason}" for c in plan.to_erase),
        f"Praticiens à effacer : {len(plan.practitioners)}",
        *(f"  {p.label}  {p.reason}" for p in plan.practitioners),
    ]
    return "\n".join(lines)


class RetentionDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("retention_dialog")
        self.context = context
        self.plan: RetentionPlan | None = None
        self.applied: RetentionApplied | None = None
        self.as_of = QDateEdit(QDate.currentDate(), self)
        self.as_of.setObjectName("retention_as_of")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("dd/MM/yyyy")
        self.as_of.dateChanged.connect(self.refresh)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("retention_plan")
        self.text.setReadOnly(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.apply_button = QPushButton(self)
        self.apply_button.setObjectName("retention_apply")
        self.apply_button.setAutoDefault(False)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.ask)
        form = QFormLayout()
        self.as_of_label = QLabel(self)
        form.addRow(self.as_of_label, self.as_of)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(720, 480)
        preserve_geometry(self, "retention_dialog")
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conservation des données"))
        self.as_of_label.setText(self.tr("Règles appliquées au :"))
        self.apply_button.setText(self.tr("Archiver et effacer…"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Fermer"))

    def _date(self) -> dt.date:
        day = self.as_of.date()
        return dt.date(day.year(), day.month(), day.day())

    def refresh(self) -> None:
        self.apply_button.setEnabled(False)
        as_of = self._date()
        self.context.query(lambda db: retention_preview.preview(db, as_of), self._show,
                           self._failed)

    def _show(self, plan: RetentionPlan) -> None:
        self.plan = plan
        self.text.setPlainText(plan_text(plan))
        self.apply_button.setEnabled(not plan.empty)
        self.status.setText(self.tr("Rien à archiver ni à effacer à cette date.")
                            if plan.empty else "")

    def _failed(self, error: BaseException) -> None:
        self.status.setText(str(error))

    def ask(self) -> None:
        plan = self.plan
        if plan is None or plan.empty:
            return
        confirm(self, self.tr("Conservation des données"),
                self.tr("Archiver {0} signalement(s), effacer les données personnelles de {1} "
                        "signalement(s) et de {2} praticien(s) ? Une sauvegarde vérifiée est "
                        "écrite d'abord ; l'effacement est définitif dans le coffre.").format(
                    len(plan.to_archive), len(plan.to_erase), len(plan.practitioners)),
                self.tr("Archiver et effacer"), self._apply)

    def _apply(self) -> None:
        preferences, as_of = self.context.preferences, self._date()
        self.apply_button.setEnabled(False)
        self.status.setText(self.tr("Sauvegarde puis application des règles…"))
        self.context.query(lambda db: retention_apply.apply(db, preferences, as_of),
                           self._applied, self._failed,
                           progress_label=self.tr("Conservation des données…"), parent=self)

    def _applied(self, done: RetentionApplied) -> None:
        self.applied = done
        self.context.publish(done.changes)
        backup = f" Sauvegarde préalable : {done.backup}." if done.backup else ""
        self.status.setText(self.tr("Fait : {0} archivé(s), {1} effacé(s), {2} praticien(s) "
                                    "effacé(s).").format(
            len(done.plan.to_archive), len(done.plan.to_erase), len(done.plan.practitioners))
            + backup)
        self.refresh()
