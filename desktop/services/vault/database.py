"""One unit of work per user action, over the open vault.

Following SQLAlchemy's session guidance, the session's lifecycle lives here, outside the
functions that use it: ``with db.unit_of_work() as uow:`` begins, and commits once at the end
(or rolls back on any exception). A session serves one thread at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.errors import NotAllowed
from desktop.services.vault.changes import Changes
from desktop.services.vault.written import watch_written, written_changes
from desktop.storage.actor import current_actor
from desktop.storage.engine import lock_for_writing
from desktop.storage.shared import SharedVault
from desktop.storage.vault import Vault
from desktop.storage.versioning import explain_stale, watch_versions


@dataclass
class UnitOfWork:
    session: Session
    actor: str
    appended: bool = False  # an audit entry was added: the anchor is rewritten after commit

    def audit(
        self,
        action: str,
        entity: str,
        entity_id: object = None,
        changes: dict[str, Any] | None = None,
    ) -> None:
        from desktop.storage import audit  # the models: not needed to open the vault

        audit.append(
            self.session, actor=self.actor, action=action, entity=entity,
            entity_id=entity_id, changes=changes,
        )
        self.appended = True


class Database:
    """The open vault (embedded SQLCipher or shared PostgreSQL) as services see it."""

    def __init__(self, vault: Vault | SharedVault, actor: str | None = None, *,
                 anchored: bool = True) -> None:
        self.vault = vault
        # In shared mode the server account is who acts (the audit's "who"), not the PC login.
        self.actor = actor or getattr(vault, "db_user", None) or current_actor()
        # The audit head written beside the vault after each commit (``storage.anchors``);
        # not for a meeting pack, which travels as its file and its key file only.
        self.anchored = anchored and isinstance(vault, Vault)
        self._sessions = sessionmaker(bind=vault.engine, expire_on_commit=False)
        # Tell the colleagues' windows after each commit, from the tables written (the CLI on
        # a shared server; the GUI announces the ``Changes`` its services return instead).
        self.announce_commits = False

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """A write transaction: the vault's write lock is taken before anything is read, so
        what the action reads (the audit head above all) cannot change under it; another
        writer waits its turn (``VaultBusy`` after the busy timeout).

        A row a colleague saved meanwhile (its ``row_version`` moved on) makes the whole unit
        roll back with ``ConcurrentEdit`` naming who and when."""
        head = None
        written = Changes.NONE
        with self._sessions() as session:
            watch_versions(session)
            if self.announce_commits:
                watch_written(session)
            try:
                with session.begin():
                    lock_for_writing(session.connection())
                    uow = UnitOfWork(session, self.actor)
                    yield uow
                    if uow.appended and self.anchored:
                        head = session.execute(text(
                            "SELECT value FROM vault_meta WHERE key = 'audit_head'")).scalar()
                    if self.announce_commits:
                        written = written_changes(session)
            except StaleDataError:
                raise explain_stale(session, self.vault.engine) from None
            except DBAPIError as error:
                if getattr(error.orig, "sqlstate", None) == "42501":  # insufficient privilege
                    raise NotAllowed(self.actor) from None
                raise
        if head is not None:
            self._anchor(str(head))
        if written:
            from desktop.storage.notify import SENDER, announce

            announce(self.vault.engine, written.value, SENDER)

    def _anchor(self, head: str) -> None:
        """After the commit: the head outside the vault. A failure here (a full disk, a
        read-only folder) never undoes or fails the user's action: the next commit retries."""
        from desktop.storage.anchors import write_anchor

        vault = self.vault
        assert isinstance(vault, Vault)
        with suppress(OSError):
            write_anchor(vault.path, vault.vault_id, head, vault.key)

    @contextmanager
    def reading(self, *, plain: bool = False) -> Iterator[Session]:
        """A session for queries only (nothing is committed; it never takes the write lock).

        ``plain``, for reads that write nothing (not even derived data): on PostgreSQL the
        statements run without a transaction around them (autocommit), saving the ``BEGIN`` and
        ``ROLLBACK`` round trips; each statement still sees the data committed when it starts,
        as in a READ COMMITTED transaction. A vault file reads as before."""
        with self._sessions() as session:
            if plain and self.vault.engine.dialect.name == "postgresql":
                session.connection(execution_options={"isolation_level": "AUTOCOMMIT"})
            yield session

    def rebind(self) -> None:
        """After the vault replaced its engine (a re-key): new sessions use the new one."""
        self._sessions.configure(bind=self.vault.engine)

    def close(self) -> None:
        self.vault.close()
