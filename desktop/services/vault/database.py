"""One unit of work per user action, over the open vault.

Following SQLAlchemy's session guidance, the session's lifecycle lives here, outside the
functions that use it: ``with db.unit_of_work() as uow:`` begins, and commits once at the end
(or rolls back on any exception). A session serves one thread at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from desktop.errors import NotAllowed
from desktop.storage.actor import current_actor
from desktop.storage.engine import lock_for_writing
from desktop.storage.shared import SharedVault
from desktop.storage.vault import Vault
from desktop.storage.versioning import explain_stale, watch_versions


@dataclass
class UnitOfWork:
    session: Session
    actor: str

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


class Database:
    """The open vault (embedded SQLCipher or shared PostgreSQL) as services see it."""

    def __init__(self, vault: Vault | SharedVault, actor: str | None = None) -> None:
        self.vault = vault
        # In shared mode the server account is who acts (the audit's "who"), not the PC login.
        self.actor = actor or getattr(vault, "db_user", None) or current_actor()
        self._sessions = sessionmaker(bind=vault.engine, expire_on_commit=False)

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """A write transaction: the vault's write lock is taken before anything is read, so
        what the action reads (the audit head above all) cannot change under it; another
        writer waits its turn (``VaultBusy`` after the busy timeout).

        A row a colleague saved meanwhile (its ``row_version`` moved on) makes the whole unit
        roll back with ``ConcurrentEdit`` naming who and when."""
        with self._sessions() as session:
            watch_versions(session)
            try:
                with session.begin():
                    lock_for_writing(session.connection())
                    yield UnitOfWork(session, self.actor)
            except StaleDataError:
                raise explain_stale(session, self.vault.engine) from None
            except DBAPIError as error:
                if getattr(error.orig, "sqlstate", None) == "42501":  # insufficient privilege
                    raise NotAllowed(self.actor) from None
                raise

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for queries only (nothing is committed; it never takes the write lock)."""
        with self._sessions() as session:
            yield session

    def rebind(self) -> None:
        """After the vault replaced its engine (a re-key): new sessions use the new one."""
        self._sessions.configure(bind=self.vault.engine)

    def close(self) -> None:
        self.vault.close()
