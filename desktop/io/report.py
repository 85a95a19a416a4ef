"""What a parser returns: the records it accepted and, line by line, what it rejected and why."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class LineReject:
    """One rejected line. ``reason`` is a whole French sentence that says where and what,
    e.g. "ligne 12 : code INSEE « 7712 » invalide (5 caractères attendus)"."""

    line: int
    reason: str

    def __str__(self) -> str:
        return self.reason


@dataclass(frozen=True, slots=True)
class ParseResult(Generic[T]):
    """Accepted records, in file order, and the rejects (possibly several for one line)."""

    records: tuple[T, ...]
    rejects: tuple[LineReject, ...]
    notes: tuple[str, ...] = ()
    """What was left out on purpose, and why (e.g. the communes of the collectivités
    d'outre-mer), for the import's summary."""

    @property
    def ok(self) -> bool:
        """True when nothing was rejected."""
        return not self.rejects

    @property
    def rejected_lines(self) -> tuple[int, ...]:
        """The distinct line numbers that were rejected, ascending."""
        return tuple(sorted({reject.line for reject in self.rejects}))

    def report(self) -> list[str]:
        """The reasons, one per reject (for ``ImportRejected.report``)."""
        return [reject.reason for reject in self.rejects]


class Rejects:
    """Collects rejects while parsing; ``unit`` is "ligne" for text files, "entrée" for JSON."""

    def __init__(self, unit: str = "ligne") -> None:
        self.unit = unit
        self._items: list[LineReject] = []

    def add(self, line: int, problem: str) -> None:
        """Record ``problem`` (a French clause starting in lower case) for ``line``."""
        self._items.append(LineReject(line, f"{self.unit} {line} : {problem}"))

    def duplicate(self, line: int, what: str, first_line: int) -> None:
        """Record that ``what`` already appeared on ``first_line`` (the first one is kept)."""
        self.add(line, f"{what} en double (déjà {self.unit} {first_line})")

    def __len__(self) -> int:
        return len(self._items)

    def result(self, records: list[T], notes: tuple[str, ...] = ()) -> ParseResult[T]:
        return ParseResult(tuple(records), tuple(self._items), notes)


def as_clause(message: str) -> str:
    """Turn a stand-alone French message ("Numéro … invalide.") into a clause for a reject."""
    text = message.strip().rstrip(".")
    return text[:1].lower() + text[1:]
