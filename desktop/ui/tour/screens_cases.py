"""Signalements: the case form, the buttons of a case, and one dialog per workflow step."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QPushButton, QWidget

from desktop.models.enums import CaseStatus
from desktop.services.cases import intake
from desktop.services.vault.database import Database
from desktop.ui.dialogs.case_form import CaseFormDialog
from desktop.ui.dialogs.conflict_dialog import ConflictDialog
from desktop.ui.tour.driver import Driver, TourError
from desktop.ui.tour.registry import Screen

ROWS_TRIED = 60  # cases opened, at most, to find one offering a given step


def _cases(driver: Driver) -> QWidget:
    page: QWidget = driver.show_page("cases")
    return page


def _open_first_case(driver: Driver) -> QWidget:
    page = _cases(driver)
    driver.click_row(page.table, 0)  # type: ignore[attr-defined]
    driver.wait_until(lambda: page.view.case is not None, "le dossier ne s'est pas affiché")  # type: ignore[attr-defined]
    return page


def new_case(driver: Driver) -> QWidget:
    return driver.click_opens(_cases(driver).new_button)  # type: ignore[attr-defined]


def case_button(name: str, kind: type[QWidget] | None = None) -> Callable[[Driver], QWidget]:
    def open_dialog(driver: Driver) -> QWidget:
        page = _open_first_case(driver)
        button = page.view.buttons[name]  # type: ignore[attr-defined]
        if kind is None:
            return driver.click_opens(button)
        return driver.click_opens(button, kind)

    return open_dialog


def step(target: CaseStatus | None) -> Callable[[Driver], QWidget]:
    """The first case (in the list's order) that offers the step, then its button."""

    def open_dialog(driver: Driver) -> QWidget:
        page = _cases(driver)
        table = page.table  # type: ignore[attr-defined]
        model = table.model()
        # Which row offers which step, remembered for the next step screens of the run.
        offers: dict[CaseStatus | None, int] = driver.memo.setdefault("case_steps", {})
        rows = ([offers[target]] if target in offers
                else range(min(ROWS_TRIED, model.rowCount())))
        for row in rows:
            driver.click_row(table, row)
            driver.wait_until(lambda: page.view.case is not None, "le dossier")  # type: ignore[attr-defined]
            for offered in page.view.step_buttons:  # type: ignore[attr-defined]
                offers.setdefault(offered, row)
            button: QPushButton | None = page.view.step_buttons.get(target)  # type: ignore[attr-defined]
            if button is not None:
                return driver.click_opens(button)
        raise TourError("aucun dossier de la démonstration ne propose cette étape")

    return open_dialog


def consent_form(driver: Driver) -> QWidget:
    """"Imprimer le formulaire de consentement…", on the case's consent tab."""
    page = _open_first_case(driver)
    records = page.view.records  # type: ignore[attr-defined]
    titles = [records.tabText(i) for i in range(records.count())]
    driver.choose_tab(records, next(t for t in titles if t.startswith("Consentements")))
    return driver.click_opens(records.form_button)


def third_party_complaint(driver: Driver) -> QWidget:
    """The complaint dialog for a plainte by the Ordre: the victim's written consent asked."""
    from desktop.models.enums import ComplaintKind

    dialog = case_button("complaint")(driver)
    kind = dialog.kind  # type: ignore[attr-defined]
    kind.setCurrentIndex(kind.findData(ComplaintKind.PLAINTE_BY_ORDRE))
    driver.settle()
    return dialog


def conflict(driver: Driver) -> QWidget:
    """"Modifier les faits" open, a colleague saves the same case, then the user saves."""
    form = case_button("edit")(driver)
    if not isinstance(form, CaseFormDialog) or form.case is None:
        raise TourError("le formulaire du dossier ne s'est pas ouvert")
    db = driver.context.require_db()
    colleague = Database(db.vault, actor="a.martin")
    facts = form.data()
    intake.update_case(colleague, form.case.id, replace(
        facts, narrative=facts.narrative + " Le patient est revenu le lendemain."))
    form.narrative.setPlainText(form.narrative.toPlainText() + " Témoin : la secrétaire.")
    driver.type_text(form.weapon_text, "un parapluie")
    ok = form.buttons.button(QDialogButtonBox.StandardButton.Ok)
    return driver.click_opens(ok, ConflictDialog, "le dialogue de conflit")


SCREENS = [
    Screen("Nouveau signalement", "dialog", new_case),
    Screen("Modifier les faits", "dialog", case_button("edit")),
    Screen("Modifié entre-temps", "dialog", conflict),
    Screen("Consentement", "dialog", case_button("consent")),
    Screen("Transmission", "dialog", case_button("transmission")),
    Screen("Plainte", "dialog", case_button("complaint")),
    Screen("Plainte déposée par l'Ordre", "dialog", third_party_complaint),
    Screen("Formulaire de consentement", "dialog", consent_form),
    Screen("Pièce jointe", "dialog", case_button("attachment", QFileDialog)),
    Screen("Fiche PDF", "dialog", case_button("fiche")),
    Screen("Synthèse PDF", "dialog", case_button("summary")),
    *[Screen(f"Étape « {status.label} »", "dialog", step(status))
      for status in CaseStatus if status is not CaseStatus.RECU],
    Screen("Rouvrir le dossier", "dialog", step(None)),
]
