"""Comité de suivi, Protocoles, and the buttons of Accueil and Tableau de bord."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.ui.tour.driver import Driver, TourError, click_item_enabling
from desktop.ui.tour.registry import Screen
from desktop.ui.tour.screens_pages import HOME


def _committee(driver: Driver, tab: str = "") -> QWidget:
    page = driver.show_page("committee")
    driver.wait_until(lambda: page.detail is not None, "la séance")
    if tab:
        driver.choose_tab(page.tabs, tab)
    if tab == "Ordre du jour" and page.agenda_tree.topLevelItemCount():
        driver.click_index(page.agenda_tree, page.agenda_tree.model().index(0, 0))
    return page  # type: ignore[no-any-return]


def committee(name: str, tab: str = "", kind: type[QWidget] | None = None
              ) -> Callable[[Driver], QWidget]:
    def open_dialog(driver: Driver) -> QWidget:
        button = getattr(_committee(driver, tab), name)
        return driver.click_opens(button) if kind is None else driver.click_opens(button, kind)

    return open_dialog


def edit_meeting(driver: Driver) -> QWidget:
    page = _committee(driver)
    return driver.double_click_row(page.meeting_list, 0)  # type: ignore[attr-defined]


def _meeting_in(driver: Driver, status: str, tab: str) -> QWidget:
    """The page on the demo's meeting of that status ("Verrouillée", "Relevé validé")."""
    page = _committee(driver)
    rows = [i for i in range(page.meeting_list.count())  # type: ignore[attr-defined]
            if page.meeting_list.item(i).text().endswith(status)]  # type: ignore[attr-defined]
    if not rows:
        raise TourError(f"pas de séance « {status} »")
    driver.click_row(page.meeting_list, rows[0])  # type: ignore[attr-defined]
    driver.wait_until(lambda: page.detail.meeting.status.label == status,  # type: ignore[attr-defined]
                      f"la séance « {status} »")
    driver.choose_tab(page.tabs, tab)  # type: ignore[attr-defined]
    return page


def edit_decision(driver: Driver) -> QWidget:
    """A decision of the held meeting (with its time and quorum), then "Modifier"."""
    page = _meeting_in(driver, "Relevé validé", "Ordre du jour")
    tree = page.agenda_tree  # type: ignore[attr-defined]
    top = tree.topLevelItem(0)
    node = next((top.child(i) for i in range(top.childCount())
                 if top.child(i).text(0).startswith("Décision")), None) if top else None
    if node is None:
        raise TourError("pas de décision à l'ordre du jour")
    driver.click_index(tree, tree.indexFromItem(node))
    return driver.click_opens(page.edit_decision_button)  # type: ignore[attr-defined]


def edit_action(driver: Driver) -> QWidget:
    page = _committee(driver, "Actions")
    driver.click_row(page.actions_table, 0)  # type: ignore[attr-defined]
    return driver.click_opens(page.edit_action_button)  # type: ignore[attr-defined]


def verify_releve(driver: Driver) -> QWidget:
    page = _meeting_in(driver, "Verrouillée", "Relevé")
    return driver.click_opens(page.verify_button, QMessageBox)  # type: ignore[attr-defined]


def link(name: str) -> Callable[[Driver], QWidget]:
    """An entry of the "Lier…" menu of the agenda."""

    def open_dialog(driver: Driver) -> QWidget:
        page = _committee(driver, "Ordre du jour")
        if not page.link_button.isEnabled():  # type: ignore[attr-defined]
            raise TourError("« Lier… » est inactif")
        return driver.trigger_opens(page.link_actions[name])  # type: ignore[attr-defined]

    return open_dialog


def protocols(name: str, kind: type[QWidget] | None = None, *,
              tab: str = "", draft: bool = False) -> Callable[[Driver], QWidget]:
    """``draft``: on a version still being written (the signed ones are read-only)."""

    def open_dialog(driver: Driver) -> QWidget:
        page = driver.show_page("protocols")
        driver.wait_until(lambda: page.detail is not None, "la version du protocole")
        owner = page
        if draft and not page.properties_button.isEnabled():
            _draft_version(driver, page)
        if tab:
            driver.choose_tab(page.tabs, tab)
            owner = page.tabs
            if name == "represented_button":
                driver.click_row(page.tabs.party_list, 0)
        button = getattr(owner, name)
        return driver.click_opens(button) if kind is None else driver.click_opens(button, kind)

    return open_dialog


def _draft_version(driver: Driver, page: QWidget) -> None:
    """A version being written: the demo's are signed, so "Nouvelle version › Mise à jour"
    makes one (in the throwaway copy) the first time."""
    try:
        click_item_enabling(driver, page.tree, page.properties_button)  # type: ignore[attr-defined]
    except TourError:
        page.update_action.trigger()  # type: ignore[attr-defined]
        driver.settle(100)
        driver.wait_until(lambda: page.properties_button.isEnabled(),  # type: ignore[attr-defined]
                          "la nouvelle version")


def amendment(driver: Driver) -> QWidget:
    page = driver.show_page("protocols")
    driver.wait_until(lambda: page.detail is not None, "la version du protocole")
    return driver.trigger_opens(page.amendment_action)


def page_button(key: str, name: str, kind: type[QWidget] | None = None
                ) -> Callable[[Driver], QWidget]:
    def open_dialog(driver: Driver) -> QWidget:
        button = getattr(driver.show_page(key), name)
        return driver.click_opens(button) if kind is None else driver.click_opens(button, kind)

    return open_dialog


SCREENS = [
    Screen("Identité du bureau", "dialog", page_button(HOME, "edit_button")),
    Screen("Exporter les statistiques (CSV)", "dialog",
           page_button("dashboard", "export_csv", QFileDialog)),
    Screen("Nouveau protocole", "dialog", protocols("new_protocol_button")),
    Screen("Nouvel avenant", "dialog", amendment),
    Screen("Importer un protocole", "dialog", protocols("import_button", QFileDialog)),
    Screen("Exporter le protocole", "dialog", protocols("export_button", QFileDialog)),
    Screen("Propriétés de la version", "dialog", protocols("properties_button", draft=True)),
    Screen("Aperçu du protocole", "dialog", protocols("preview_button")),
    Screen("Changer le statut de la version", "dialog", protocols("status_button")),
    Screen("Représenté par", "dialog", protocols("represented_button", tab="Signataires",
                                                    draft=True)),
    Screen("Ajouter une partie", "dialog", protocols("add_party_button", tab="Signataires",
                                                         draft=True)),
    Screen("Séance du comité", "dialog", committee("new_button")),
    Screen("Modifier la séance", "dialog", edit_meeting),
    Screen("Convocation", "dialog", committee("convocation_button")),
    Screen("Invitation agenda (ICS)", "dialog", committee("ics_button", kind=QFileDialog)),
    Screen("Dossier de séance", "dialog", committee("dossier_button")),
    Screen("Relevé de décisions", "dialog", committee("releve_button")),
    Screen("Préparer la séance hors ligne", "dialog",
           committee("offline_button", kind=QFileDialog)),
    Screen("Ouvrir une séance hors ligne", "dialog",
           committee("review_button", kind=QFileDialog)),
    Screen("Réintégrer la séance", "dialog", committee("merge_button", kind=QFileDialog)),
    Screen("Ajouter un point", "dialog", committee("add_item_button", "Ordre du jour")),
    Screen("Lier un signalement", "dialog", link("case")),
    Screen("Lier une action", "dialog", link("action")),
    Screen("Lier un article", "dialog", link("article")),
    Screen("Lier les statistiques d'une période", "dialog", link("period")),
    Screen("Ajouter une décision", "dialog", committee("decision_button", "Ordre du jour")),
    Screen("Retirer le lien", "dialog", committee("unlink_button", "Ordre du jour")),
    Screen("Notes du point", "dialog", committee("notes_button", "Ordre du jour")),
    Screen("Nouvelle action", "dialog", committee("action_button", "Actions")),
    Screen("Modifier la décision", "dialog", edit_decision),
    Screen("Modifier l'action", "dialog", edit_action),
    Screen("Vérifier le relevé", "dialog", verify_releve),
]
