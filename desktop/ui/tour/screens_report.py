"""The dashboard's yearly documents: the year dialogs of "Rapport annuel…" and "Axes
nationaux (CSV)…"."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop.ui.tour.driver import Driver
from desktop.ui.tour.registry import Screen


def dashboard_button(name: str) -> Callable[[Driver], QWidget]:
    def open_dialog(driver: Driver) -> QWidget:
        return driver.click_opens(getattr(driver.show_page("dashboard"), name))

    return open_dialog


SCREENS = [
    Screen("Rapport annuel", "dialog", dashboard_button("report_button")),
    Screen("Axes nationaux (CSV)", "dialog", dashboard_button("axes_csv_button")),
]
