"""Every page of the navigation, and the tabs of the pages that have some."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.ui.tour.driver import Driver, TourError
from desktop.ui.tour.registry import Screen

HOME = "page0"  # the home page is built first, under its position


def page(key: str) -> Callable[[Driver], QWidget]:
    def open_page(driver: Driver) -> QWidget:
        shown: QWidget = driver.show_page(key)
        return shown

    return open_page


def tab(key: str, tabs: Callable[[QWidget], object], title: str) -> Callable[[Driver], QWidget]:
    def open_tab(driver: Driver) -> QWidget:
        shown = driver.show_page(key)
        widget = tabs(shown)
        driver.choose_tab(widget, title)  # type: ignore[arg-type]
        return shown  # type: ignore[no-any-return]

    return open_tab


def _protocol_tabs(key: str, title: str) -> Screen:
    return Screen(f"Protocoles — {title}", "tab", tab(key, lambda p: p.tabs, title))


def home(driver: Driver) -> QWidget:
    """The home page once its desk (late cases, next meeting…) is shown, not just its frame."""
    shown: QWidget = driver.show_page(HOME)
    driver.wait_until(lambda: getattr(shown, "_desk_loaded_once", False), "le bureau du service")
    driver.settle(50)
    return shown


def reminder_done(driver: Driver) -> QWidget:
    """"Fait…" on the first reminder of the desk."""
    shown = home(driver)
    buttons = shown.desk.reminder_lines.done_buttons  # type: ignore[attr-defined]
    if not buttons:
        raise TourError("aucun rappel à faire aujourd'hui sur l'accueil")
    return driver.click_opens(buttons[0])


SCREENS = [
    Screen("Accueil", "page", home),
    Screen("Accueil — Rappel fait", "dialog", reminder_done),
    Screen("Tableau de bord", "page", page("dashboard")),
    Screen("Signalements", "page", page("cases")),
    Screen("Référents", "page", page("referents")),
    Screen("Praticiens", "page", page("practitioners")),
    Screen("Praticiens — Pré-enregistrement 17", "tab",
           tab("practitioners", lambda p: p.tabs, "Pré-enregistrement 17")),
    Screen("Praticiens — Dispositifs d'alerte", "tab",
           tab("practitioners", lambda p: p.tabs, "Dispositifs d'alerte")),
    Screen("Protocoles", "page", page("protocols")),
    *[_protocol_tabs("protocols", title) for title in (
        "Préambule", "Signataires", "Texte consolidé", "Comparer")],
    Screen("Signataires et cérémonies", "page", page("signatories")),
    Screen("Signataires et cérémonies — Cérémonies de signature", "tab",
           tab("signatories", lambda p: p.tabs, "Cérémonies de signature")),
    Screen("Comité de suivi", "page", page("committee")),
    *[Screen(f"Comité de suivi — {title}", "tab", tab("committee", lambda p: p.tabs, title))
      for title in ("Ordre du jour", "Actions", "Relevé")],
    Screen("Journal d'audit", "page", page("audit")),
]
