"""Signataires et cérémonies: organisations, positions, people, tenures; the ceremonies and
their signatures."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.ui.tour.driver import Driver, TourError
from desktop.ui.tour.registry import Screen


def _people(driver: Driver) -> QWidget:
    page = driver.show_page("signatories")
    driver.choose_tab(page.tabs, "Signataires")
    tab: QWidget = page.people_tab
    driver.wait_until(lambda: tab.tree.topLevelItemCount() > 0, "les signataires")  # type: ignore[attr-defined]
    return tab


def people_button(name: str, select: str = "") -> Callable[[Driver], QWidget]:
    """``select``: "organisation", "position", "person" or "tenure" before the click."""

    def open_dialog(driver: Driver) -> QWidget:
        tab = _people(driver)
        tree = tab.tree  # type: ignore[attr-defined]
        model = tree.model()
        if select == "organisation":
            driver.click_index(tree, model.index(0, 0))
        elif select == "position":
            parent = next((model.index(r, 0) for r in range(model.rowCount())
                           if model.rowCount(model.index(r, 0))), None)
            if parent is None:
                raise TourError("aucune fonction dans l'arbre des signataires")
            tree.expand(parent)
            driver.click_index(tree, model.index(0, 0, parent))
        elif select in ("person", "tenure"):
            tab.search.setText("")  # type: ignore[attr-defined]
            driver.wait_until(lambda: tab.people.rowCount() > 0, "les personnes")  # type: ignore[attr-defined]
            driver.click_row(tab.people, 0)  # type: ignore[attr-defined]
            if select == "tenure":
                driver.wait_until(lambda: tab.tenures.rowCount() > 0, "les fonctions tenues")  # type: ignore[attr-defined]
                driver.click_row(tab.tenures, 0)  # type: ignore[attr-defined]
        return driver.click_opens(tab.buttons[name])  # type: ignore[attr-defined]

    return open_dialog


def export_people(driver: Driver) -> QWidget:
    return driver.click_opens(_people(driver).export_button, QFileDialog)  # type: ignore[attr-defined]


def _ceremonies(driver: Driver) -> QWidget:
    page = driver.show_page("signatories")
    driver.choose_tab(page.tabs, "Cérémonies de signature")
    tab: QWidget = page.ceremonies_tab
    return tab


def ceremony_button(name: str, *, party: bool = False,
                    kind: type[QWidget] | None = None) -> Callable[[Driver], QWidget]:
    def open_dialog(driver: Driver) -> QWidget:
        tab = _ceremonies(driver)
        if name != "new":
            driver.wait_until(lambda: tab.list.count() > 0, "les cérémonies")  # type: ignore[attr-defined]
            driver.click_row(tab.list, 0)  # type: ignore[attr-defined]
            driver.wait_until(lambda: tab.current is not None, "la cérémonie")  # type: ignore[attr-defined]
        if party:
            driver.wait_until(lambda: tab.parties.rowCount() > 0, "les parties")  # type: ignore[attr-defined]
            driver.click_row(tab.parties, 0)  # type: ignore[attr-defined]
        button = tab.buttons[name]  # type: ignore[attr-defined]
        return driver.click_opens(button) if kind is None else driver.click_opens(button, kind)

    return open_dialog


SCREENS = [
    Screen("Nouvelle organisation", "dialog", people_button("new_organisation")),
    Screen("Modifier l'organisation", "dialog", people_button("edit_position", "organisation")),
    Screen("Nouvelle fonction", "dialog", people_button("new_position", "organisation")),
    Screen("Modifier la fonction", "dialog", people_button("edit_position", "position")),
    Screen("Nouvelle personne", "dialog", people_button("new_person")),
    Screen("Modifier la personne", "dialog", people_button("edit_person", "person")),
    Screen("Nommer à une fonction", "dialog", people_button("appoint", "person")),
    Screen("Fin de fonction", "dialog", people_button("end_tenure", "tenure")),
    Screen("Exporter les signataires", "dialog", export_people),
    Screen("Nouvelle cérémonie", "dialog", ceremony_button("new")),
    Screen("Modifier la cérémonie", "dialog", ceremony_button("edit")),
    Screen("Présence à la cérémonie", "dialog", ceremony_button("attendance", party=True)),
    Screen("Supprimer la cérémonie", "dialog", ceremony_button("delete", kind=QMessageBox)),
    Screen("Retour signé", "dialog", ceremony_button("returned", party=True)),
    Screen("Annuler la signature", "dialog", ceremony_button("undo", party=True)),
    Screen("Signé en cérémonie", "dialog", ceremony_button("sign", party=True)),
    Screen("Envoyé pour signature", "dialog", ceremony_button("send", party=True)),
    Screen("Invitation presse", "dialog", ceremony_button("invitation")),
    Screen("Exporter la cérémonie (.ics)", "dialog", ceremony_button("ics", kind=QFileDialog)),
]
