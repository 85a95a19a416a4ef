"""Which kinds of data a unit of work wrote, told from the rows it touched: what a save made
outside the GUI (the CLI on a shared server) announces to the colleagues' windows.

The GUI announces the ``Changes`` its services return; a command of the CLI calls the same
services but drops their result, so the unit of work itself notes the tables it inserted,
updated or deleted (its statements, as they go to the driver) and maps each to the
flag its domain's services return (``desktop/models/<domain>.py`` → ``Changes``).
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.services.vault.changes import Changes

_NOTED = "egide_written"

DOMAIN_FLAGS = {
    "cases": Changes.CASES,
    "committee": Changes.COMMITTEE,
    "contacts": Changes.CONTACTS,
    "measures": Changes.CONTACTS,  # the measures' services say CONTACTS (practitioners' page)
    "protocol": Changes.PROTOCOL,
    "territory": Changes.TERRITORY,
    "settings": Changes.OFFICE,
}
"""A models module's last name → the flag its services return (``audit``: none of its own)."""

BOOKKEEPING = {"vault_meta", "setting"}
"""Tables written beside the data (the audit head, remembered choices): no page shows them."""


def _table_flags() -> dict[str, Changes]:
    from desktop.models.base import Base

    flags: dict[str, Changes] = {}
    for mapper in Base.registry.mappers:
        domain = mapper.class_.__module__.rsplit(".", 1)[-1]
        table = getattr(mapper.local_table, "name", None)
        if table and domain in DOMAIN_FLAGS and table not in BOOKKEEPING:
            flags[str(table)] = DOMAIN_FLAGS[domain]
    return flags


def _tables(session: Session) -> set[str]:
    noted: set[str] = session.info.setdefault(_NOTED, set())
    return noted


_WRITE = re.compile(r'^\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)"?', re.IGNORECASE)


def watch_written(session: Session) -> None:
    """Note the tables this session's statements write: every statement, the ORM's flushes
    and the bulk inserts sent straight to the driver alike, passes its connection."""

    @sa.event.listens_for(session, "after_begin")
    def _begun(begun: Session, _transaction: Any, connection: sa.Connection) -> None:
        noted = _tables(begun)

        @sa.event.listens_for(connection, "before_cursor_execute")
        def _statement(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
            found = _WRITE.match(statement)
            if found:
                noted.add(found.group(1))


def written_changes(session: Session) -> Changes:
    """The flags of what the session wrote (``Changes.NONE`` for an audited read only)."""
    flags = _table_flags()
    found = Changes.NONE
    for table in _tables(session):
        found |= flags.get(table, Changes.NONE)
    return found
