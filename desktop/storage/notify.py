"""Other agents' saves, told by the server: ``NOTIFY egide_changes`` after a save, and one
listening connection per open window (PostgreSQL only; a vault file has no colleagues).

The payload is ``"<flags>:<sender>"``: the ``Changes`` flags as an integer, and who sent it
(so a window ignores its own saves, which it has already shown).
"""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

CHANNEL = "egide_changes"

SENDER = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
"""This process, as its notifications name it."""


def announce(engine: Engine, flags: int, sender: str) -> None:
    """Tell the other windows on the same server (delivered when this commits)."""
    if engine.dialect.name != "postgresql" or not flags:
        return
    with engine.begin() as connection:
        connection.execute(sa.text("SELECT pg_notify(:c, :p)"),
                           {"c": CHANNEL, "p": f"{flags}:{sender}"})


class Listener:
    """A thread on its own connection, calling ``on_change(flags)`` for each colleague's save
    (on that thread: the caller hands it to its own loop)."""

    def __init__(self, engine: Engine, sender: str, on_change: Callable[[int], None]) -> None:
        import psycopg

        url = engine.url.set(drivername="postgresql")
        self._connection: Any = psycopg.connect(url.render_as_string(hide_password=False),
                                                autocommit=True)
        self._connection.execute(f"LISTEN {CHANNEL}")
        self._sender = sender
        self._on_change = on_change
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="egide-listen", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            while not self._stopping.is_set():
                for note in self._connection.notifies(timeout=0.5):
                    flags, _, sender = str(note.payload).partition(":")
                    if sender != self._sender and flags.isdigit():
                        self._on_change(int(flags))
        except Exception:  # noqa: BLE001 - the server went away: no more live refreshes
            return
        finally:
            self._connection.close()

    def stop(self) -> None:
        self._stopping.set()
        self._thread.join(2)
