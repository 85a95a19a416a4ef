"""Praticiens: the register, the 17's pre-registration, the alert devices."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from desktop.ui.tour.driver import Driver, TourError, click_row_enabling
from desktop.ui.tour.registry import Screen

TABS = {"list_tab": "Praticiens", "register_tab": "Pré-enregistrement 17",
        "devices_tab": "Dispositifs d'alerte"}


def _tab(driver: Driver, name: str) -> QWidget:
    page = driver.show_page("practitioners")
    driver.choose_tab(page.tabs, TABS[name])
    tab: QWidget = getattr(page, name)
    driver.wait_until(lambda: tab.model.rowCount() > 0, f"la liste « {TABS[name]} »")  # type: ignore[attr-defined]
    return tab


def button(tab_name: str, name: str, *, select: bool = False,
           kind: type[QWidget] = QDialog) -> Callable[[Driver], QWidget]:
    def open_dialog(driver: Driver) -> QWidget:
        tab = _tab(driver, tab_name)
        widget = getattr(tab, name)
        if select:
            click_row_enabling(driver, tab.table, widget)  # type: ignore[attr-defined]
        return driver.click_opens(widget, kind)

    return open_dialog


def export_17(driver: Driver) -> QWidget:
    tab = _tab(driver, "register_tab")
    actions = [a for a in tab.export_menu.actions() if a.isEnabled()]  # type: ignore[attr-defined]
    if not actions:
        raise TourError("le menu d'export est vide")
    return driver.trigger_opens(actions[0], QFileDialog)


SCREENS = [
    Screen("Nouveau praticien", "dialog", button("list_tab", "new_button")),
    Screen("Modifier le praticien", "dialog", button("list_tab", "edit_button", select=True)),
    Screen("Supprimer le praticien", "dialog",
           button("list_tab", "delete_button", select=True, kind=QMessageBox)),
    Screen("Formulaire de consentement 17", "dialog",
           button("list_tab", "form_button", select=True)),
    Screen("Demande de pré-enregistrement", "dialog", button("register_tab", "new_button")),
    Screen("Envoi à la force", "dialog", button("register_tab", "sent_button", select=True)),
    Screen("Confirmation par la force", "dialog",
           button("register_tab", "confirm_button", select=True)),
    Screen("Retrait du consentement", "dialog",
           button("register_tab", "withdraw_button", select=True)),
    Screen("Export pour la force", "dialog", export_17),
    Screen("Remise d'un dispositif d'alerte", "dialog",
           button("devices_tab", "issue_button", select=True)),
    Screen("Restitution du dispositif", "dialog",
           button("devices_tab", "return_button", select=True)),
]
