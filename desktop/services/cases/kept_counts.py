"""A table of counts the shared server keeps itself, by triggers (``tally``, ``term_counts``).

Each is derived data laid by the base's owner beside the search index (``search``): a table,
its functions and triggers, filled from the rows already there while those rows are locked for
writing. Whether a base has it is looked up once per engine: a base laid by an earlier version
has none until its owner next opens it, and the services count by reading meanwhile.
"""

from __future__ import annotations

import weakref

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session


def trigger(name: str, when: str, table: str, function: str, *,
            each: str = "ROW") -> tuple[str, str]:
    """The statements that (re)create a trigger: ``when`` as "AFTER INSERT OR DELETE"."""
    return (f"DROP TRIGGER IF EXISTS {name} ON {table}",
            f"CREATE TRIGGER {name} {when} ON {table} FOR EACH {each} "
            f"EXECUTE FUNCTION {function}()")


class KeptCounts:
    def __init__(self, table: str, locked: str, setup: tuple[str, ...]) -> None:
        self.table = table
        self._locked = locked
        self._setup = setup
        self._present: weakref.WeakKeyDictionary[Engine, bool] = weakref.WeakKeyDictionary()

    def lay(self, session: Session) -> None:
        """Create (or re-create) the table, its functions and triggers, and fill it, the rows
        it counts locked for writing meanwhile (none written in between escapes it)."""
        session.execute(sa.text(f"LOCK TABLE {self._locked} IN SHARE ROW EXCLUSIVE MODE"))
        for statement in self._setup:
            session.execute(sa.text(statement))
        engine = session.get_bind()
        if isinstance(engine, Engine):
            self._present[engine] = True

    def present(self, session: Session) -> bool:
        """Whether this base has the table (looked up once per engine)."""
        engine = session.get_bind()
        known = self._present.get(engine) if isinstance(engine, Engine) else None
        if known is None:
            known = bool(session.scalar(sa.text("SELECT to_regclass(:t) IS NOT NULL"),
                                        {"t": self.table}))
            if isinstance(engine, Engine):
                self._present[engine] = known
        return known

    def forget(self) -> None:
        """Look again next time (a test that drops the table)."""
        self._present.clear()
