"""Outils > Conservation des données…: what the retention rules archive and erase as of a
date, and why; applied after a confirmation (the service writes a verified backup first)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.services.retention import apply as retention_apply
from desktop.services.retention import preview as retention_preview
from desktop.services.retention import rules as retention_rules
from desktop.services.retention.records import RetentionApplied, RetentionPlan, RetentionRules
from desktop.services.vault.changes import Changes
from desktop.ui.context import AppContext
from desktop.ui.dialogs.confirm import confirm
from desktop.ui.geometry import preserve_geometry


def plan_text(plan: RetentionPlan) -> str:
    rules = plan.rules
    lines = [
        f"Règles : dossier actif {rules.active_years} an(s) après la clôture, puis archive "
        f"intermédiaire à accès restreint ; données personnelles effacées "
        f"{rules.erase_years} ans après la clôture (noms, coordonnées, propos exacts, récit, "
        "pièces jointes, documents de consentement ; les champs statistiques restent)"
        + (", après versement aux Archives départementales." if rules.archives_export else "."),
        "",
        f"À archiver : {len(plan.to_archive)}",
        *(f"  {c.reference}  {c.reason}" for c in plan.to_archive),
        f"À effacer : {len(plan.to_erase)}",
        *(f"  {c.reference}  {c.reason}" for c in plan.to_erase),
        f"Praticiens à effacer : {len(plan.practitioners)}",
        *(f"  {p.label}  {p.reason}" for p in plan.practitioners),
        f"Praticiens gardés pour un registre (pré-enregistrement 17, dispositif d'alerte ; "
        f"effacés {rules.register_years} an(s) après la fin de l'inscription) : "
        f"{len(plan.kept_for_registers)}",
        *(f"  {p.label}  {p.reason}" for p in plan.kept_for_registers),
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
        self.active_years = QSpinBox(self)
        self.active_years.setObjectName("retention_active_years")
        self.active_years.setRange(1, 30)
        self.erase_years = QSpinBox(self)
        self.erase_years.setObjectName("retention_erase_years")
        self.erase_years.setRange(1, 50)
        self.register_years = QSpinBox(self)
        self.register_years.setObjectName("retention_register_years")
        self.register_years.setRange(1, 10)
        self.archives_export = QCheckBox(self)
        self.archives_export.setObjectName("retention_archives_export")
        self.save_rules_button = QPushButton(self)
        self.save_rules_button.setObjectName("retention_save_rules")
        self.save_rules_button.setAutoDefault(False)
        self.save_rules_button.clicked.connect(self.save_rules)
        form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(3)]
        form.addRow(self.labels[0], self.active_years)
        form.addRow(self.labels[1], self.erase_years)
        form.addRow(self.labels[2], self.register_years)
        form.addRow("", self.archives_export)
        form.addRow("", self.save_rules_button)
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
        self.context.query(retention_rules.read_rules, self._show_rules)
        self.refresh()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Conservation des données"))
        self.labels[0].setText(self.tr("Dossier actif après la clôture :"))
        self.labels[1].setText(self.tr("Effacement des données personnelles après la clôture :"))
        self.labels[2].setText(self.tr("Registres (17, dispositifs d'alerte), après leur fin :"))
        self.register_years.setToolTip(self.tr(
            "Un praticien pré-enregistré au 17 ou qui détient un dispositif d'alerte est gardé "
            "tant que l'inscription court ; ce délai après son retrait (ou le retour du "
            "dispositif), il est effacé comme les autres si aucun signalement ne le garde."))
        for spin in (self.active_years, self.erase_years, self.register_years):
            spin.setSuffix(self.tr(" an(s)"))
        for label, spin in zip(self.labels, (self.active_years, self.erase_years,
                                             self.register_years), strict=True):
            label.setBuddy(spin)
            spin.setAccessibleName(label.text().rstrip(" :"))
        self.archives_export.setText(self.tr(
            "Verser aux Archives départementales avant l'effacement"))
        self.save_rules_button.setText(self.tr("Enregistrer les règles"))
        self.as_of_label.setText(self.tr("Règles appliquées au :"))
        self.apply_button.setText(self.tr("Archiver et effacer…"))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        if close is not None:
            close.setText(self.tr("Fermer"))

    def _show_rules(self, rules: RetentionRules) -> None:
        if self.closed:
            return
        self.active_years.setValue(rules.active_years)
        self.erase_years.setValue(rules.erase_years)
        self.register_years.setValue(rules.register_years)
        self.archives_export.setChecked(rules.archives_export)

    def save_rules(self) -> None:
        rules = RetentionRules(self.active_years.value(), self.erase_years.value(),
                               self.archives_export.isChecked(), self.register_years.value())

        def saved(changes: Changes) -> None:
            if self.closed:
                return
            self.status.setText(self.tr("Règles enregistrées."))
            self.refresh()

        self.context.write(lambda db: retention_rules.save_rules(db, rules), saved,
                           self._failed, parent=self)

    def _date(self) -> dt.date:
        day = self.as_of.date()
        return dt.date(day.year(), day.month(), day.day())

    def refresh(self) -> None:
        self.apply_button.setEnabled(False)
        as_of = self._date()
        self.context.query(lambda db: retention_preview.preview(db, as_of), self._show,
                           self._failed)

    def done(self, result: int) -> None:
        self.closed = True  # work still running reports to nobody
        super().done(result)

    closed = False

    def _show(self, plan: RetentionPlan) -> None:
        if self.closed:
            return
        self.plan = plan
        nothing = "\n\n" + self.tr("Rien à archiver ni à effacer à cette date.")
        self.text.setPlainText(plan_text(plan) + (nothing if plan.empty else ""))
        self.apply_button.setEnabled(not plan.empty)

    def _failed(self, error: BaseException) -> None:
        if self.closed:
            return
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
        plan = self.plan
        if plan is not None and plan.rules.archives_export and plan.to_erase:
            from desktop.ui.dialogs.file_dialogs import choose_save

            self.file_dialog = choose_save(
                self, self.tr("Versement aux Archives départementales"),
                f"versement-archives-{plan.as_of:%Y%m%d}.json", self.tr("JSON (*.json)"),
                self._run)
            return
        self._run(None)

    def _run(self, archives_to: Path | None) -> None:
        preferences, as_of = self.context.preferences, self._date()
        self.apply_button.setEnabled(False)
        self.status.setText(self.tr("Sauvegarde puis application des règles…"))
        self.context.query(lambda db: retention_apply.apply(db, preferences, as_of,
                                                            archives_to=archives_to),
                           self._applied, self._failed,
                           progress_label=self.tr("Conservation des données…"), parent=self)

    def _applied(self, done: RetentionApplied) -> None:
        self.applied = done
        self.context.publish(done.changes)
        if self.closed:
            return
        backup = f" Sauvegarde préalable : {done.backup}." if done.backup else ""
        self.status.setText(self.tr("Fait : {0} archivé(s), {1} effacé(s), {2} praticien(s) "
                                    "effacé(s).").format(
            len(done.plan.to_archive), len(done.plan.to_erase), len(done.plan.practitioners))
            + backup)
        self.refresh()
