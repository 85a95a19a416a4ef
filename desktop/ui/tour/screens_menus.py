"""The window's menus: Fichier, Outils, Aide."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from desktop.ui.dialogs.about_dialog import AboutDialog
from desktop.ui.guide import GuideWindow
from desktop.ui.main_window import MainWindow
from desktop.ui.tour.driver import Driver
from desktop.ui.tour.registry import Screen


def menu(action: Callable[[MainWindow], QAction], kind: type[QWidget] | None = None,
         ) -> Callable[[Driver], QWidget]:
    def open_dialog(driver: Driver) -> QWidget:
        if kind is None:
            return driver.trigger_opens(action(driver.window))
        return driver.trigger_opens(action(driver.window), kind)

    return open_dialog


def preferences_protocol(driver: Driver) -> QWidget:
    """Préférences on its "Protocole" tab, once the vault's rules are read."""
    dialog = driver.trigger_opens(driver.window.preferences_action)
    driver.choose_tab(dialog.tabs, "Protocole")  # type: ignore[attr-defined]
    driver.wait_until(lambda: dialog.protocol.rules is not None,  # type: ignore[attr-defined]
                      "les règles du protocole")
    return dialog


SCREENS = [
    Screen("Sauvegardes", "dialog", menu(lambda w: w.backups_action)),
    Screen("Ouvrir des données", "dialog", menu(lambda w: w.open_action)),
    Screen("Conservation des données", "dialog", menu(lambda w: w.retention_action)),
    Screen("Changer la phrase de passe", "dialog", menu(lambda w: w.passphrase_action)),
    Screen("Nouvelle clé de secours", "dialog", menu(lambda w: w.rekey_action)),
    Screen("Préférences", "dialog", menu(lambda w: w.preferences_action)),
    Screen("Préférences — Protocole", "dialog", preferences_protocol),
    Screen("À propos d'Égide", "dialog", menu(lambda w: w.about_action, AboutDialog)),
    Screen("Guide de l'utilisateur", "dialog", menu(lambda w: w.guide_action, GuideWindow)),
]
