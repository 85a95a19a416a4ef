"""The declarative base shared by every mapped class, and the column types declared once."""

from __future__ import annotations

import datetime as dt
import enum
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column
from sqlalchemy.types import TypeDecorator


def utc_now() -> dt.datetime:
    """Current time, timezone-aware UTC (pass the function, not its call, as a default)."""
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timezone-aware UTC timestamp, on SQLite (which keeps no zone) as on PostgreSQL."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given where a UTC timestamp is expected")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if isinstance(value, str):  # pragma: no cover - SQLite returns str on some paths
            value = dt.datetime.fromisoformat(value)
        moment: dt.datetime = value
        if moment.tzinfo is None:
            return moment.replace(tzinfo=dt.UTC)
        return moment.astimezone(dt.UTC)


def byte_ordered(length: int) -> sa.types.TypeEngine[str]:
    """A string compared byte by byte on both engines: ``COLLATE "C"`` on PostgreSQL (SQLite
    always compares bytes).

    For the keys searched by prefix range (``roster.matching.past``) or listed in order: on a
    server database created with a linguistic collation (fr_FR), the ranges and the orders
    would differ from the local vault's (migration 0004 sets it on existing servers)."""
    return sa.String(length).with_variant(sa.String(length, collation="C"), "postgresql")


NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Every table of the vault. Enums are stored as their string values (portable, readable)."""

    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        dt.datetime: UTCDateTime(),
        enum.StrEnum: sa.Enum(
            enum.StrEnum,
            native_enum=False,
            length=40,
            values_callable=lambda members: [m.value for m in members],
        ),
    }


class IdMixin:
    """Integer surrogate key."""

    id: Mapped[int] = mapped_column(primary_key=True)


class TimestampMixin:
    """Creation and last-change times (UTC)."""

    created_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(default=utc_now, onupdate=utc_now)


class VersionedMixin:
    """A row that people edit: ``row_version`` counts its saves (SQLAlchemy's
    ``version_id_col``), so the second of two agents saving the same row from an older reading
    updates nothing and gets ``StaleDataError`` (``ConcurrentEdit`` for the user) instead of
    silently overwriting the first one's work."""

    row_version: Mapped[int] = mapped_column(nullable=False, server_default="1")

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a declared_attr takes the class
        return {"version_id_col": cls.row_version}
