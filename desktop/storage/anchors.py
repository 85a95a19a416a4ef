"""Anchors of the audit trail outside the vault: its head (last hash, number of entries) kept
in a small file beside the vault after each commit, and in each backup's catalog entry.

Whoever holds the key can delete the last entries of the trail and rewrite the head inside the
vault, or recompute every hash: the chain then verifies. An anchor written earlier, outside
the vault, no longer matches: the anchored hash is not in the trail any more. Verifying
"against" an anchor is checking that its hash is still one of the trail's entries (the chain
check proves that everything after it descends from it).

The anchor file carries an HMAC under a key derived from the vault key, so that it cannot be
edited or made up without the key, and a short fingerprint of that key: an anchor written
before a re-key (a kill between the re-key and the next commit) is still compared by its hash,
its HMAC left unchecked rather than reported as an edit.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import os
import threading
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.errors import VaultError
from desktop.files import write_private
from desktop.storage.backup_catalog import meta_path

ANCHOR_SUFFIX = ".ancre"


@dataclass(frozen=True)
class Anchor:
    vault_id: str | None
    hash: str
    entries: int
    at: dt.datetime | None
    source: Path
    authentic: bool | None  # None: nothing to check it with (a backup's catalog entry)


def anchor_path(vault_path: Path) -> Path:
    return vault_path.with_name(vault_path.name + ANCHOR_SUFFIX)


def _mac_key(key: bytes) -> bytes:
    return hmac.new(key, b"egide-audit-anchor-v1", hashlib.sha256).digest()


def _key_id(key: bytes) -> str:
    return hashlib.sha256(_mac_key(key)).hexdigest()[:16]


def _signed_text(vault_id: str, head_hash: str, entries: int, at: str) -> bytes:
    return json.dumps([vault_id, head_hash, entries, at], separators=(",", ":")).encode()


def write_anchor(vault_path: Path, vault_id: str, head: str, key: bytes) -> None:
    """Record ``head`` (``hash:count``) beside the vault (atomic, synced)."""
    head_hash, _, count = head.partition(":")
    at = dt.datetime.now(dt.UTC).isoformat()
    mac = hmac.new(_mac_key(key), _signed_text(vault_id, head_hash, int(count), at),
                   hashlib.sha256).hexdigest()
    data = {"format": 1, "vault_id": vault_id, "hash": head_hash, "entries": int(count),
            "at": at, "key_id": _key_id(key), "hmac": mac}
    target = anchor_path(vault_path)
    # Several processes commit to one vault: each writes its own file, then renames it over
    # the anchor (one shared temporary name would let a writer rename another's half file).
    own = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}")
    try:
        write_private(own, json.dumps(data, indent=2).encode())
        os.replace(own, target)
    finally:
        own.unlink(missing_ok=True)


def read_anchor(path: Path, key: bytes | None = None) -> Anchor:
    """An anchor from an anchor file, a backup (its catalog entry) or that entry itself;
    ``VaultError`` in French when the file holds none."""
    path = Path(path)
    source = path
    if path.suffix != ANCHOR_SUFFIX and not path.name.endswith(".json"):
        path = meta_path(path)  # a backup: its catalog entry beside it
    if not path.is_file():
        raise VaultError(f"Aucune ancre du journal d'audit dans « {source} ».")
    data = _read_json(path)
    if "audit_head" in data:  # a backup's catalog entry
        head = data.get("audit_head")
        if not isinstance(head, str) or ":" not in head:
            raise VaultError(f"La sauvegarde « {source} » n'enregistre pas la tête du journal.")
        backup_hash, _, count = head.partition(":")
        return Anchor(_text(data.get("vault_id")), backup_hash, _int(count, source),
                      _when(data.get("written_at")), source, None)
    head_hash, entries = data.get("hash"), data.get("entries")
    if not isinstance(head_hash, str) or not isinstance(entries, int):
        raise VaultError(f"« {source} » n'est pas une ancre du journal d'audit d'Égide.")
    authentic = None
    if key is not None and data.get("key_id") == _key_id(key):
        expected = hmac.new(
            _mac_key(key),
            _signed_text(str(data.get("vault_id")), head_hash, entries, str(data.get("at"))),
            hashlib.sha256,
        ).hexdigest()
        authentic = hmac.compare_digest(expected, str(data.get("hmac", "")))
    return Anchor(_text(data.get("vault_id")), head_hash, entries, _when(data.get("at")),
                  source, authentic)


def problems_against(session: Session, vault_id: str, anchor: Anchor) -> list[str]:
    """What is wrong with the trail in ``session`` given ``anchor`` (French; empty if
    nothing): the anchored entry must still be there."""
    from desktop.models.audit import AuditEntry

    where = f"l'ancre « {anchor.source.name} »"
    if anchor.vault_id is not None and anchor.vault_id != vault_id:
        return [f"{where.capitalize()} appartient à un autre coffre."]
    problems = []
    if anchor.authentic is False:
        problems.append(
            f"{where.capitalize()} ne se vérifie pas avec la clé du coffre (modifiée, ou "
            "écrite avant un rechiffrement)."
        )
    found = session.scalar(sa.select(AuditEntry.id).where(AuditEntry.hash == anchor.hash))
    if found is None:
        when = f" du {anchor.at:%d/%m/%Y à %H:%M} UTC" if anchor.at else ""
        problems.append(
            f"Le journal ne contient plus l'entrée enregistrée par {where}{when} "
            f"({anchor.entries} entrées alors) : des entrées ont été supprimées ou réécrites "
            "depuis."
        )
    return problems


def _read_json(path: Path) -> dict[str, object]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise VaultError(f"L'ancre « {path} » est illisible.") from None
    if not isinstance(data, dict):
        raise VaultError(f"« {path} » n'est pas une ancre du journal d'audit d'Égide.")
    return data


def _int(text: str, source: Path) -> int:
    try:
        return int(text)
    except ValueError:
        raise VaultError(f"La tête du journal enregistrée dans « {source} » est illisible.") \
            from None


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _when(value: object) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.datetime.fromisoformat(value)
    except ValueError:
        return None
