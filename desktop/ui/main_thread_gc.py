"""Python's cyclic garbage collector, run on the GUI thread only.

Left automatic, the collector runs in whichever thread happens to allocate: a worker thread of
the runner then destroys Qt objects caught in reference cycles (a closed dialog, its menus).
Destroying a QObject takes a Qt lock and then asks for the GIL to look for a Python override,
while the GUI thread, holding the GIL, waits for that lock to delete widgets of its own: both
wait for ever (seen as the whole suite idling at 0 % CPU, the worker inside ``gc_collect_main``
under ``QObject::~QObject``). So the automatic collector is turned off once a GUI runs, and a
timer on the GUI thread collects each generation when Python's own thresholds say it would.
"""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500

_installed: QTimer | None = None


class _Collector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()

    def collect(self) -> None:
        young, middle, old = gc.get_count()
        first, second, third = self.thresholds
        if young > first:
            gc.collect(0)
            if middle > second:
                gc.collect(1)
                if old > third:
                    gc.collect(2)


def collect_on_gui_thread() -> None:
    """Idempotent; does nothing outside the GUI thread or before the application exists."""
    global _installed
    app = QCoreApplication.instance()
    if app is None or threading.current_thread() is not threading.main_thread():
        return
    if _installed is not None:
        try:
            if _installed.isActive():
                return
        except RuntimeError:  # its application was destroyed (a test made a new one)
            pass
    collector = _Collector(app)
    timer = QTimer(collector)
    timer.setInterval(INTERVAL_MS)
    timer.timeout.connect(collector.collect)
    timer.start()
    gc.disable()
    _installed = timer
