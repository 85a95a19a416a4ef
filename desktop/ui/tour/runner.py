"""Walk the registry on an open window: open each screen, photograph it, measure it, close it.

A screen ``fits`` when its window lies inside the screen's available geometry and, for a page
or a tab, the page shows no horizontal scroll bar. An exception raised while opening, even in a
slot Qt called (where PySide6 only prints it), is the screen's ``error``.
"""

from __future__ import annotations

import json
import re
import sys
import traceback
import unicodedata
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget, QWizard

from desktop.ui.tour.driver import Driver
from desktop.ui.tour.registry import Screen


@dataclass(frozen=True)
class Shot:
    name: str
    kind: str
    width: int
    height: int
    fits: bool
    error: str
    file: str = ""


def slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:60] or "ecran"


@contextmanager
def slot_errors() -> Iterator[list[str]]:
    """Exceptions raised in slots during the block (PySide6 hands them to ``sys.excepthook``)."""
    errors: list[str] = []
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException,
             trace: TracebackType | None) -> None:
        errors.append(f"{kind.__name__}: {error}")
        traceback.print_exception(kind, error, trace, file=sys.stderr)

    sys.excepthook = hook
    try:
        yield errors
    finally:
        sys.excepthook = previous


def available(widget: QWidget) -> QRect:
    screen = widget.screen() or QApplication.primaryScreen()
    return screen.availableGeometry()


def measure(driver: Driver, screen: Screen, widget: QWidget) -> tuple[int, int, bool, str]:
    """Size, fit, and why it does not fit."""
    window = widget.window()
    frame = window.frameGeometry()
    room = available(window)
    problems = []
    if not room.contains(frame):
        problems.append(f"fenêtre {frame.width()}×{frame.height()} en ({frame.x()}, "
                        f"{frame.y()}) hors de l'écran {room.width()}×{room.height()}")
    if screen.kind != "dialog":
        page = driver.page_area()
        for area in [page, *page.findChildren(QScrollArea)]:  # a tab's own scroll area too
            bar = area.horizontalScrollBar()
            if area.isVisible() and bar.isVisible() and bar.maximum() > 0:
                problems.append(f"défilement horizontal de {bar.maximum()} px")
                break
    size = frame.size() if screen.kind == "dialog" else window.frameGeometry().size()
    return size.width(), size.height(), not problems, " ; ".join(problems)


def take(driver: Driver, screen: Screen, number: int, folder: Path) -> Shot:
    before = driver.windows()
    width = height = 0
    fits = False
    error = ""
    file = ""
    try:
        with slot_errors() as errors:
            widget = screen.open(driver)
            driver.settle(20)
            name = (widget.windowTitle() if screen.kind == "dialog" else "") or screen.name
            if isinstance(widget, QWizard) and widget.currentPage() is not None:
                name = f"{name} — {widget.currentPage().title()}"
            shot = widget if screen.kind == "dialog" else driver.window
            file = f"{number:02d}-{slug(name)}.png"
            shot.grab().save(str(folder / file))
            width, height, fits, why = measure(driver, screen, widget)
        if errors:
            error = errors[0]
            fits = False
        elif not fits:
            error = why
    except Exception as failure:  # noqa: BLE001 - every failure is reported, the tour goes on
        name = screen.name
        error = f"{type(failure).__name__}: {failure}"
        traceback.print_exc(file=sys.stderr)
    finally:
        try:
            driver.close_new_windows(before)
            if screen.close is not None:
                screen.close(driver)
        except Exception:  # noqa: BLE001
            traceback.print_exc(file=sys.stderr)
    if error and screen.note:
        error = f"{error} ({screen.note})"
    return Shot(name, screen.kind, width, height, fits and not error, error, file)


def run_tour(driver: Driver, screens: Sequence[Screen], folder: Path,
             progress: Callable[[Shot], None] | None = None) -> list[Shot]:
    folder.mkdir(parents=True, exist_ok=True)
    shots = []
    for number, screen in enumerate(screens, start=1):
        shot = take(driver, screen, number, folder)
        shots.append(shot)
        if progress is not None:
            progress(shot)
    index = [{key: value for key, value in asdict(shot).items()} for shot in shots]
    (folder / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1),
                                       encoding="utf-8")
    return shots
