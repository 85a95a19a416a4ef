"""Moving an office's data between its local vault and the shared PostgreSQL server.

``to_database`` lays the schema on an empty base and copies every row of the open vault into
it; ``to_vault`` does the reverse into a new encrypted vault file. Either way the counts are
checked table by table on both sides, the audit chain is verified on arrival, and the move is
itself recorded in the new audit trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.errors import AuditChainBroken
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.services.vault.records import Created
from desktop.storage import audit
from desktop.storage.transfer import copy_all


@dataclass(frozen=True)
class Transferred:
    counts: dict[str, int]
    """Rows per table, equal on both sides."""
    target: str
    """Where the data now are (the server without its password, or the vault's path)."""
    created: Created | None = None
    """``to_vault``: the new vault, open, with its recovery key (shown once)."""
    changes: Changes = Changes.NONE
    """Nothing the open window shows changed: the rows went elsewhere."""

    @property
    def total(self) -> int:
        return sum(self.counts.values())


def _finish(source: Database, target: Database, where_from: str,
            where_to: str) -> dict[str, int]:
    copied = copy_all(source.vault.engine, target.vault.engine)
    with target.reading() as session:
        report = audit.verify_chain(session)
    if not report.ok:
        raise AuditChainBroken("Après le transfert, le journal d'audit ne se vérifie plus : "
                               + " ; ".join(report.problems))
    with target.unit_of_work() as uow:
        uow.audit("transfer", "vault", target.vault.vault_id,
                  {"from": [None, where_from], "to": [None, where_to],
                   "rows": [None, sum(copied.values())]})
    return copied


def to_database(source: Database, url: str) -> Transferred:
    """Copy the open vault into an empty PostgreSQL base (``egide init`` not needed)."""
    from desktop.storage.shared import create_shared

    target = Database(create_shared(url), source.actor)
    try:
        shown = target.vault.display_url()  # type: ignore[union-attr]
        copied = _finish(source, target, str(source.vault.path), shown)
    finally:
        target.close()
    return Transferred(copied, shown)


def to_vault(source: Database, path: Path, *, passphrase: str | None,
             use_keyring: bool) -> Transferred:
    """Copy the shared base (or another vault) into a new encrypted vault at ``path``."""
    from desktop.storage.vault import create_vault

    made = create_vault(path, passphrase=passphrase, use_keyring=use_keyring)
    target = Database(made.vault, source.actor)
    where_from = getattr(source.vault, "display_url", lambda: str(source.vault.path))()
    try:
        copied = _finish(source, target, str(where_from), str(path))
    except BaseException:  # no half-filled vault left behind
        from desktop.storage.sidecar import sidecar_path

        target.close()
        for leftover in (path, sidecar_path(path), path.with_name(path.name + "-wal"),
                         path.with_name(path.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    return Transferred(copied, str(path), Created(target, made.recovery_key, made.in_keyring))
