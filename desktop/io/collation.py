"""French sorting: the Unicode Collation Algorithm (pyuca, DUCET), so "Bargème" comes
before "Bargemon" and "Évenos" sits among the E, not after "Toulon"."""

from __future__ import annotations

from functools import cache
from typing import Any


@cache
def _collator() -> Any:
    from pyuca import Collator  # loads its table once (about half a second)

    return Collator()


def french_key(text: str) -> tuple[int, ...]:
    """A sort key: ``sorted(names, key=french_key)``."""
    key: tuple[int, ...] = _collator().sort_key(text)
    return key
