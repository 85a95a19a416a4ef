"""The offline meeting pack: a SEPARATE SQLCipher vault (own key, own passphrase slot, own
recovery key) holding one meeting for a laptop without network.

Why a full-schema vault rather than a small dedicated schema: the same storage code creates,
encrypts, migrates and opens it, and the review mode runs the very same meeting services on
it (attendance, decisions, action items, notes). What it holds:

- the meeting, its attendance, agenda items, decisions, and the action items followed at it
  (with their history), under the SAME ids as in the source vault (the merge maps by id);
- the organisations and positions (functions, no persons) those rows point at;
- in ``setting`` rows, as JSON: the manifest (pack id, source vault id, ids present at
  export), the pseudonymised cases on the agenda (read-only in review), the labels of the
  links that point outside the pack (cases, articles), and the statistics already suppressed.

No practitioner, no case row, no person, no phone: only what the dossier de séance shows.
The pack is the file plus its ``.keys`` sidecar (the passphrase slot), as every vault.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from desktop.errors import Cancelled, Conflict, NotAVault, PackDamaged, VaultDamaged, stop_if
from desktop.models.committee import (
    ActionItem,
    ActionItemEvent,
    AgendaItem,
    AgendaLink,
    Attendance,
    Decision,
    Meeting,
    Minutes,
)
from desktop.models.contacts import Organisation, Position
from desktop.models.settings import Setting
from desktop.services.committee.action_items import followed_at
from desktop.services.committee.guard import writable_meeting
from desktop.services.committee.meeting_detail import link_row
from desktop.services.committee.printing import agenda_case_ids, default_period
from desktop.services.committee.pseudonymise import pseudonymised_cases
from desktop.services.committee.statistics import Filters, compute_in
from desktop.services.committee.suppression import export_rows
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.storage.sidecar import ScryptParams, sidecar_path
from desktop.storage.vault import ByPassphrase, create_vault, open_vault

MANIFEST = "pack.manifest"
CASES = "pack.cases"
LINKS = "pack.links"
STATISTICS = "pack.statistics"


@dataclass(frozen=True)
class PackExported:
    path: Path
    pack_id: str
    recovery_key: str
    changes: Changes = Changes.AUDIT


@dataclass(frozen=True)
class PackInfo:
    pack_id: str
    source_vault_id: str
    meeting_id: int
    exported_at: str
    cases: tuple[dict[str, Any], ...]
    links: dict[str, list[str]]
    """Agenda item id (as text) → labels of links to things outside the pack."""
    statistics: tuple[tuple[str, str, str], ...]


def _copy(row: Any, **override: Any) -> Any:
    """A detached copy of a mapped row, columns only (same id)."""
    cls = type(row)
    values = {c.key: getattr(row, c.key) for c in cls.__mapper__.column_attrs}
    values.update(override)
    return cls(**values)


def export_pack(
    db: Database, meeting_id: int, path: Path, passphrase: str, *, exact_words: bool = False,
    scrypt: ScryptParams | None = None, today: dt.date | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> PackExported:
    """Write the meeting's offline pack at ``path``. ``cancelled`` is asked between the steps
    (read, create the file, each kind of row): ``Cancelled`` then removes the unfinished file;
    the vault itself is written to only at the end (the audit entry)."""
    pack_id = str(uuid.uuid4())
    stop_if(cancelled)
    with db.reading() as session:
        meeting = writable_meeting(session, meeting_id)
        actions = followed_at(session, meeting)
        start, end = default_period(meeting, session)
        stats = compute_in(session, Filters(start, end), today or dt.date.today())
        cases = pseudonymised_cases(session, agenda_case_ids(meeting), exact_words=exact_words)
        links: dict[str, list[str]] = {}
        for item in meeting.agenda:
            for link in item.links:
                if link.case_id is not None and link.case is not None:
                    links.setdefault(str(item.id), []).append(
                        f"Signalement {link.case.reference}")
                elif link.article_id is not None and link.article is not None:
                    links.setdefault(str(item.id), []).append(link_row(link).label)
        org_ids = {a.organisation_id for a in meeting.attendances} | {
            a.owner_organisation_id for a in actions}
        position_ids = [a.position_id for a in meeting.attendances if a.position_id]
        positions = session.scalars(select(Position).where(Position.id.in_(position_ids))).all()
        org_ids |= {p.organisation_id for p in positions}
        organisations = session.scalars(
            select(Organisation).where(Organisation.id.in_([i for i in org_ids if i]))).all()
        rows: list[Any] = [_copy(o) for o in organisations] + [_copy(p) for p in positions]
        rows.append(_copy(meeting, protocol_id=None))
        rows += [_copy(a) for a in meeting.attendances]
        rows += [_copy(i) for i in meeting.agenda]
        rows += [_copy(d) for i in meeting.agenda for d in i.decisions]
        rows += [_copy(a, case_id=None, article_id=None,
                      origin_meeting_id=a.origin_meeting_id
                      if a.origin_meeting_id == meeting.id else None) for a in actions]
        rows += [_copy(e, meeting_id=e.meeting_id if e.meeting_id == meeting.id else None)
                 for a in actions for e in a.history]
        action_ids = {a.id for a in actions}
        rows += [_copy(link) for i in meeting.agenda for link in i.links
                 if link.period_from is not None or link.action_item_id in action_ids]
        if meeting.minutes is not None:
            rows.append(_copy(meeting.minutes))
        manifest = {
            "pack_id": pack_id, "source_vault_id": db.vault.vault_id, "meeting_id": meeting.id,
            "exported_at": dt.datetime.now(dt.UTC).isoformat(),
            "baseline": {
                "attendance": [a.id for a in meeting.attendances],
                "agenda_item": [i.id for i in meeting.agenda],
                "decision": [d.id for i in meeting.agenda for d in i.decisions],
                "action_item": sorted(action_ids),
                "action_item_event": [e.id for a in actions for e in a.history],
            },
            # Which decisions had a time when the pack left: a time cleared offline is then
            # told from a pack made before decision times existed (all None, nothing cleared).
            "timed_decisions": [d.id for i in meeting.agenda for d in i.decisions
                                if d.decided_at is not None],
        }
    stop_if(cancelled)
    made = create_vault(path, passphrase=passphrase, use_keyring=False, scrypt=scrypt)
    pack = Database(made.vault, anchored=False)
    try:
        with pack.unit_of_work() as uow:
            order = (Organisation, Position, Meeting, Attendance, AgendaItem, Decision,
                     ActionItem, ActionItemEvent, AgendaLink, Minutes)
            for cls in order:
                stop_if(cancelled)
                for row in rows:
                    if type(row) is cls:
                        uow.session.add(row)
                uow.session.flush()
            for key, value in ((MANIFEST, manifest),
                               (CASES, [_case_json(c) for c in cases]),
                               (LINKS, links), (STATISTICS, export_rows(stats))):
                uow.session.add(Setting(key=key, value=json.dumps(value, ensure_ascii=False)))
            uow.audit("create", "meeting_pack", pack_id, {"meeting": [None, meeting_id]})
            stop_if(cancelled)
    except Cancelled:
        pack.close()
        _remove_pack(path)
        raise
    finally:
        pack.close()
    with db.unit_of_work() as uow:
        uow.audit("export", "meeting_pack", pack_id,
                  {"meeting": [None, meeting_id], "path": [None, str(path)],
                   "cases": [None, len(cases)]})
    return PackExported(path, pack_id, made.recovery_key)


def _remove_pack(path: Path) -> None:
    """An unfinished pack (its writing cancelled): the file, its journal and its key file."""
    for leftover in (path, sidecar_path(path), path.with_name(path.name + "-wal"),
                     path.with_name(path.name + "-shm"), path.with_name(path.name + "-journal")):
        leftover.unlink(missing_ok=True)


def _case_json(case: Any) -> dict[str, Any]:
    data = dataclasses.asdict(case)
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in data.items()}


def open_pack(path: Path, passphrase: str) -> Database:
    """The pack as a ``Database`` (review mode); ``NotAVault`` when it is not a pack.

    Every page is checked first (SQLCipher's HMACs, then SQLite's own check, and a file cut
    on a page boundary told by its header): ``PackDamaged`` before anything is read."""
    try:
        vault = open_vault(Path(path), ByPassphrase(passphrase), verify=True)
    except VaultDamaged as damaged:
        raise PackDamaged(path, damaged.detail) from None
    pack = Database(vault, anchored=False)
    try:
        pack_info(pack)
    except BaseException:
        pack.close()
        raise
    return pack


def pack_info(pack: Database) -> PackInfo:
    with pack.reading() as session:
        values = {s.key: json.loads(s.value) for s in session.scalars(
            select(Setting).where(Setting.key.like("pack.%")))}
    if MANIFEST not in values:
        raise NotAVault(pack.vault.path, "Ce coffre n'est pas un dossier de séance hors ligne.")
    manifest = values[MANIFEST]
    return PackInfo(
        pack_id=manifest["pack_id"], source_vault_id=manifest["source_vault_id"],
        meeting_id=int(manifest["meeting_id"]), exported_at=manifest["exported_at"],
        cases=tuple(values.get(CASES, [])), links=values.get(LINKS, {}),
        statistics=tuple(tuple(r) for r in values.get(STATISTICS, [])),
    )


def is_pack(db: Database) -> bool:
    with db.reading() as session:
        return session.get(Setting, MANIFEST) is not None


def manifest(pack: Database) -> dict[str, Any]:
    with pack.reading() as session:
        row = session.get(Setting, MANIFEST)
        if row is None:
            raise Conflict("Ce coffre n'est pas un dossier de séance hors ligne.")
        data: dict[str, Any] = json.loads(row.value)
        return data
