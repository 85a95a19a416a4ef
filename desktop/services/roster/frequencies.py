"""How many rows of the word table each word has, kept in memory: what a commune search
needs to choose its statement without asking the database first.

A word with few rows ("montenach": 2) drives the search: its rows, each checked for the other
words, grouped by commune and sorted (``matching._driven``), every answer in one statement. A
common one ("saint": 4,800 rows, the prefix "s": 40,000) would have all its matches sorted:
the names are walked in order instead (``matching._walk``). Asking the database how common
each word is took a statement of its own before the search's, a round trip on the shared
server.

The counts are read once per engine (one grouped scan, about 60,000 words for all of France)
and read again when this process fills the word table (``words.generation``). Another
process's import leaves them stale until then: the choice of statement may be the slower one,
the answers are the same.
"""

from __future__ import annotations

import bisect
import itertools
import weakref
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from desktop.services.roster import words
from desktop.services.roster.words import WORDS


@dataclass(frozen=True)
class Frequencies:
    generation: int
    """``words.generation`` when read."""
    words: list[str]
    """Every word, in code-point order (the order of the word table's ``COLLATE "C"`` index)."""
    cumulative: list[int]
    """``cumulative[i]``: the rows of ``words[:i]``."""

    def rows(self, low: str, high: str | None = None) -> int:
        """The rows of word ``low``; with ``high``, of every word from ``low`` up to (not
        including) ``high``: a prefix's range (``matching.past``)."""
        start = bisect.bisect_left(self.words, low)
        if high is None:
            end = start + 1 if start < len(self.words) and self.words[start] == low else start
        else:
            end = bisect.bisect_left(self.words, high, lo=start)
        return self.cumulative[end] - self.cumulative[start]


_kept: weakref.WeakKeyDictionary[Engine, Frequencies] = weakref.WeakKeyDictionary()


def frequencies(connection: sa.Connection) -> Frequencies:
    """The word counts of ``connection``'s database, read on first need (see the module)."""
    engine = connection.engine
    stamp = words.generation(engine)
    kept = _kept.get(engine)
    if kept is not None and kept.generation == stamp:
        return kept
    counted = sorted((str(word), int(rows)) for word, rows in connection.execute(
        sa.select(WORDS.c.word, sa.func.count()).group_by(WORDS.c.word)))
    found = Frequencies(stamp, [word for word, _ in counted],
                        [0, *itertools.accumulate(count for _, count in counted)])
    _kept[engine] = found
    return found
