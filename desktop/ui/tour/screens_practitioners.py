"""practitioners screens (filled in below)."""

from desktop.ui.tour.registry import Screen

SCREENS: list[Screen] = []
