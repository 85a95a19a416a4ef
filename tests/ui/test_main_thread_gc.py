"""Reference cycles are collected on the GUI thread only, never on a worker (where destroying
a Qt object caught in a cycle deadlocked the whole application: see main_thread_gc)."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from desktop.ui.runner import Runner


class _Cycle:
    collected_in: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.collected_in.append(threading.current_thread().name)


def _allocate_a_lot() -> list[list[int]]:
    """Far above the young generation's threshold: an automatic collector would run here.

    The lists are returned, not dropped: CPython counts allocations net of deallocations, so
    200,000 lists freed before the timer fires leave the count where it was, and whether the
    cycles were then collected within the wait depended on what else the process allocated
    (the CI failure of stop 25). Kept alive, they hold the count above the threshold until the
    GUI thread's timer sees it."""
    return [[index] for index in range(200_000)]


def test_cycles_are_collected_on_the_gui_thread_not_on_the_worker(qtbot: QtBot) -> None:
    runner = Runner()
    assert not gc.isenabled()
    _Cycle.collected_in.clear()
    for _ in range(50):
        _Cycle()
    done: list[list[list[int]]] = []
    runner.run(_allocate_a_lot, done.append)
    qtbot.waitUntil(lambda: bool(done))
    qtbot.waitUntil(lambda: len(_Cycle.collected_in) == 50)
    assert set(_Cycle.collected_in) == {threading.main_thread().name}
    runner.shutdown()
