"""The Mesures page: its tabs, and the dialog each "Nouveau…" button opens."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.ui.tour.driver import Driver
from desktop.ui.tour.registry import Screen
from desktop.ui.tour.screens_pages import page, tab

TABS = ("Conseils", "Alertes", "Vidéoprotection", "Tableau des mesures", "Rappels",
        "Délais et gravité")


def button_of(tab_title: str, button: Callable[[Any], QWidget]) -> Callable[[Driver], QWidget]:
    """The tab chosen, then its button clicked: the dialog it opens."""
    def open_dialog(driver: Driver) -> QWidget:
        shown = driver.show_page("measures")
        driver.choose_tab(shown.tabs, tab_title)  # type: ignore[attr-defined]
        return driver.click_opens(button(shown))

    return open_dialog


SCREENS = [
    Screen("Mesures", "page", page("measures")),
    *[Screen(f"Mesures — {title}", "tab", tab("measures", lambda p: p.tabs, title))
      for title in TABS[1:]],
    Screen("Nouvelle demande de conseil", "dialog",
           button_of("Conseils", lambda p: p.advice_tab.new_button)),
    Screen("Nouvelle alerte", "dialog",
           button_of("Alertes", lambda p: p.alerts_tab.new_button)),
    Screen("Nouveau site de vidéoprotection", "dialog",
           button_of("Vidéoprotection", lambda p: p.video_tab.new_button)),
    Screen("Nouveau rappel", "dialog",
           button_of("Rappels", lambda p: p.reminders_tab.new_button)),
]
