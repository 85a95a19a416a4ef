"""What the vault knows about itself and the office that uses it.

``VaultMeta`` holds the vault's own facts (its id, schema and creation data: the storage layer's
business); ``OfficeSettings`` the office identity printed on documents and the rules the
services apply; ``WorkflowDelay`` the due-date delay of each case step.
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from desktop.models.base import Base, VersionedMixin
from desktop.models.enums import CaseStatus


class VaultMeta(Base):
    __tablename__ = "vault_meta"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class OfficeSettings(VersionedMixin, Base):
    """The office's identity and rules: one row, ``id`` 1."""

    __tablename__ = "office_settings"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: Mapped[int] = mapped_column(primary_key=True, default=1)
    department_code: Mapped[str] = mapped_column(String(3))
    department_name: Mapped[str] = mapped_column(String(120))
    prefecture_name: Mapped[str] = mapped_column(String(200))
    prefet_title: Mapped[str] = mapped_column(String(200))
    """As printed in the bloc-marque, e.g. "PRÉFET DE SEINE-ET-MARNE"."""
    bureau: Mapped[str | None] = mapped_column(Text)
    """The office within the préfecture, one line per level ("Cabinet du préfet" /
    "Bureau de la sécurité intérieure"); the documents' default when empty."""
    address: Mapped[str | None] = mapped_column(Text)
    """The street address ("12 rue des Saints-Pères"), without postal code nor town."""
    postal_code: Mapped[str | None] = mapped_column(String(5))
    city: Mapped[str | None] = mapped_column(String(120))
    """The town: of the postal address, and for "Fait à Melun"."""
    phone: Mapped[str | None] = mapped_column(String(16))
    email: Mapped[str | None] = mapped_column(String(254))
    stale_referent_months: Mapped[int] = mapped_column(default=12)
    """A référent not verified for longer is flagged."""
    small_count_threshold: Mapped[int] = mapped_column(default=5)
    """Counts below it leave the application as "< N"."""
    retention_active_years: Mapped[int] = mapped_column(default=2)
    """Years a closed case stays in the active file, counted from its closure."""
    retention_intermediate_years: Mapped[int] = mapped_column(default=6)
    """Years from the closure after which the personal data are erased (6: the prescription
    of a délit); between the two the case is in the restricted intermediate archive."""
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    """An optional image the office supplies for documents (PNG or JPEG)."""


class WorkflowDelay(Base):
    """Days allowed for the step that starts when a case enters ``status``."""

    __tablename__ = "workflow_delay"

    status: Mapped[CaseStatus] = mapped_column(primary_key=True)
    days: Mapped[int]


class Setting(Base):
    """A generic key/value setting, for what does not deserve a column yet."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
