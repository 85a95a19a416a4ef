"""Which kinds of data a write changed, so each page refreshes only what it shows.

Every public service function that opens a unit of work returns its ``Changes`` or a frozen
result carrying them as ``.changes`` (``tests/core/test_writes_return_changes.py`` holds it).
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

F = TypeVar("F", bound=Callable[..., Any])


class Changes(enum.Flag):
    NONE = 0
    OFFICE = enum.auto()
    TERRITORY = enum.auto()
    CONTACTS = enum.auto()
    PROTOCOL = enum.auto()
    CASES = enum.auto()
    COMMITTEE = enum.auto()
    AUDIT = enum.auto()
    VAULT = enum.auto()
    ALL = OFFICE | TERRITORY | CONTACTS | PROTOCOL | CASES | COMMITTEE | AUDIT | VAULT


@dataclass(frozen=True)
class Saved:
    """A write that created (or saved) one row: its id, and what changed.

    The convention for every write: it returns its ``Changes``, or, when it also returns data,
    a frozen result that carries them as ``.changes``.
    """

    id: int
    changes: Changes


def no_changes(fn: F) -> F:
    """Mark a service function that opens a unit of work yet changes nothing a page shows:
    an access written to the audit log (CNIL), derived data or default scales created on
    first use. The one exemption from returning ``Changes``; the test lists who uses it."""
    fn.no_changes = True  # type: ignore[attr-defined]
    return fn
