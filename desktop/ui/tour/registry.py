"""The screens of the tour: one ``Screen`` per page, tab or dialog, in the order shown.

To add a screen, add a ``Screen`` to the ``SCREENS`` list of the area's ``screens_*`` module
(or a new module named in ``AREAS``): its French name (used when the window has no title), its
kind, and ``open``, which drives the window as a user would (clicks on the navigation, the tab,
the button, the menu) and returns the widget to photograph: the page or the dialog.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop.ui.tour.driver import Driver

Kind = Literal["page", "tab", "dialog"]

AREAS = (
    "desktop.ui.tour.screens_pages",
    "desktop.ui.tour.screens_menus",
    "desktop.ui.tour.screens_cases",
    "desktop.ui.tour.screens_roster",
    "desktop.ui.tour.screens_practitioners",
    "desktop.ui.tour.screens_signatories",
    "desktop.ui.tour.screens_committee",
    "desktop.ui.tour.screens_measures",
    "desktop.ui.tour.screens_creation",
    "desktop.ui.tour.screens_report",
)


@dataclass(frozen=True)
class Screen:
    name: str
    kind: Kind
    open: Callable[[Driver], QWidget]
    note: str = ""  # why a known failure is left (shown in index.json's "error" when it fails)
    close: Callable[[Driver], None] | None = None  # after the shot, when closing is not Annuler


def all_screens() -> list[Screen]:
    screens: list[Screen] = []
    for area in AREAS:
        screens.extend(importlib.import_module(area).SCREENS)
    return screens
