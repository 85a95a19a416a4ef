"""Référents: units and référents, assignment, departure, the decision for a mixed commune,
the import with its column mapping, the export, the printed directory."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QFileDialog, QWidget

from desktop.ui.tour.driver import Driver, TourError
from desktop.ui.tour.registry import Screen

SHEET = ("Nom;Prénom;Fonction;Unité;Téléphone;Courriel;Communes;Vérifié le\n"
         "Lambert;Claire;Référente sûreté;Brigade de Meaux;01 60 00 00 00;"
         "claire.lambert@example.fr;Meaux;01/09/2026\n")


def _referents(driver: Driver) -> QWidget:
    page: QWidget = driver.show_page("referents")
    return page


def _select_first_commune(driver: Driver, page: QWidget) -> None:
    driver.wait_until(lambda: page.model.rowCount() > 0, "la liste des communes")  # type: ignore[attr-defined]
    driver.click_row(page.table, 0)  # type: ignore[attr-defined]


def button(name: str, kind: type[QWidget] | None = None, *,
           select: bool = True) -> Callable[[Driver], QWidget]:
    def open_dialog(driver: Driver) -> QWidget:
        page = _referents(driver)
        driver.click(page.filter_buttons["all"])  # type: ignore[attr-defined]
        if select:
            _select_first_commune(driver, page)
        widget = getattr(page.actions, name)  # type: ignore[attr-defined]
        return driver.click_opens(widget) if kind is None else driver.click_opens(widget, kind)

    return open_dialog


def in_people(name: str, tab: str, table: str = "") -> Callable[[Driver], QWidget]:
    """A button of "Unités et référents…" (``table``: the row to edit is chosen first)."""

    def open_dialog(driver: Driver) -> QWidget:
        people = button("people_button")(driver)
        driver.settle(100)
        driver.choose_tab(people.tabs, tab)  # type: ignore[attr-defined]
        if table:
            view = getattr(people, table)
            driver.wait_until(lambda: view.model().rowCount() > 0, "la liste")
            driver.click_row(view, 0)
        return driver.click_opens(getattr(people, name))

    return open_dialog


def decide(driver: Driver) -> QWidget:
    page = _referents(driver)
    driver.click(page.filter_buttons["mixte"])  # type: ignore[attr-defined]
    _select_first_commune(driver, page)
    driver.wait_until(lambda: page.actions.decide_button.isEnabled(),  # type: ignore[attr-defined]
                      "« Trancher » ne s'est pas activé")
    dialog = driver.click_opens(page.actions.decide_button)  # type: ignore[attr-defined]
    driver.click(page.filter_buttons["all"])  # type: ignore[attr-defined]
    return dialog


def import_mapping(driver: Driver) -> QWidget:
    """The import of a référents sheet, at its column-mapping step."""
    dialog = button("import_button", select=False)(driver)
    kind: QComboBox = dialog.kind  # type: ignore[attr-defined]
    kind.setCurrentIndex(kind.findData("referents"))
    sheet = driver.folder / "referents.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    driver.type_text(dialog.path, str(sheet))  # type: ignore[attr-defined]
    QTest.keyClick(dialog.path, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    driver.settle(100)
    if not dialog.mapping_box.isVisible():  # type: ignore[attr-defined]
        raise TourError("l'étape des colonnes ne s'est pas affichée")
    return dialog


def import_communes(driver: Driver) -> QWidget:
    """The import of a communes file, with the choice for the communes of the COM."""
    dialog = button("import_button", select=False)(driver)
    kind: QComboBox = dialog.kind  # type: ignore[attr-defined]
    kind.setCurrentIndex(kind.findData("communes"))
    driver.settle(100)
    if not dialog.overseas.isVisible():  # type: ignore[attr-defined]
        raise TourError("le choix pour l'outre-mer ne s'est pas affiché")
    return dialog


def print_directory(driver: Driver) -> QWidget:
    page = _referents(driver)
    menu = page.actions.print_menu  # type: ignore[attr-defined]
    actions = [a for a in (menu.aboutToShow.emit(), menu.actions())[1] if not a.isSeparator()]
    if not actions:
        raise TourError("le menu d'impression est vide")
    return driver.trigger_opens(actions[0])


SCREENS = [
    Screen("Unités et référents", "dialog", button("people_button")),
    Screen("Nouveau référent", "dialog",
           in_people("add_referent_button", "Référents et correspondants")),
    Screen("Modifier le référent", "dialog",
           in_people("edit_referent_button", "Référents et correspondants", "referent_table")),
    Screen("Nouvelle unité", "dialog", in_people("add_unit_button", "Unités")),
    Screen("Modifier l'unité", "dialog", in_people("edit_unit_button", "Unités", "unit_table")),
    Screen("Affecter un référent", "dialog", button("assign_button")),
    Screen("Départ d'un référent", "dialog", button("departure_button")),
    Screen("Trancher (commune mixte)", "dialog", decide),
    Screen("Importer dans le référentiel", "dialog", button("import_button", select=False)),
    Screen("Importer — colonnes de la feuille des référents", "dialog", import_mapping),
    Screen("Importer — communes et outre-mer", "dialog", import_communes),
    Screen("Exporter les référents", "dialog", button("export_button", QFileDialog,
                                                        select=False)),
    Screen("Annuaire des référents", "dialog", print_directory),
]
