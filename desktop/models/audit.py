"""The audit trail: who did what to which record, when; append-only and hash-chained.

Each entry's ``hash`` covers its own fields and ``prev_hash`` (the previous entry's hash), so
that editing or deleting an entry breaks the chain; the storage layer computes and verifies it.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, utc_now


class AuditEntry(Base):
    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    actor: Mapped[str] = mapped_column(String(120))
    """The OS user name."""
    action: Mapped[str] = mapped_column(String(40))
    """create, update, delete, view, export, transition…"""
    entity: Mapped[str] = mapped_column(String(60))
    entity_id: Mapped[str | None] = mapped_column(String(60))
    changes: Mapped[str | None] = mapped_column(Text)
    """JSON: ``{"field": [old, new], …}``."""
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)
