"""Alembic environment: always run programmatically on a connection Égide already opened."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context

from desktop.models import Base
from desktop.models.base import UTCDateTime


def render_item(type_: str, obj: Any, autogen_context: Any) -> str | Literal[False]:
    """Migrations must not depend on model code: UTC timestamps are plain DateTime columns."""
    if type_ == "type" and isinstance(obj, UTCDateTime):
        return "sa.DateTime(timezone=True)"
    return False


connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only reached through desktop.storage.migrate
    raise RuntimeError("Égide migrations run through desktop.storage.migrate, on an open vault")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    render_item=render_item,
)
with context.begin_transaction():
    context.run_migrations()
