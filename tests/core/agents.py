"""Two agents working at once, each in its own process, reporting through a queue."""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable
from typing import Any

NAMES = ("agent.a", "agent.b")


def run_agents(target: Callable[..., None], *args: Any, start: str = "fork",
               timeout: float = 180) -> tuple[list[Any], list[int | None]]:
    """Run ``target(*args, name, queue)`` in one process per agent; each puts one report on
    the queue. The reports (sorted) and the processes' exit codes."""
    context = multiprocessing.get_context(start)
    out = context.Queue()
    agents = [context.Process(target=target, args=(*args, name, out)) for name in NAMES]
    for agent in agents:
        agent.start()
    reports = sorted(out.get(timeout=timeout) for _ in agents)
    for agent in agents:
        agent.join(60)
    return reports, [agent.exitcode for agent in agents]
