"""The status workflow of a protocol version: projet → signé → en vigueur → remplacé, one step
forward at a time, each dated.

Putting an original or an update in force supersedes the text in force before it (and the
avenants that amended it) on the same date; an avenant in force amends its base and supersedes
nothing. The signature tracking (``signatures.py``) may also set "signé" once every party
has signed.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from desktop.errors import TransitionRefused, ValidationError
from desktop.models.enums import VersionKind, VersionStatus
from desktop.models.protocol import ProtocolVersion
from desktop.services.protocol.protocols import version_row
from desktop.services.protocol.records import short_date
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database, UnitOfWork

NEXT_STATUS = {
    VersionStatus.PROJET: VersionStatus.SIGNE,
    VersionStatus.SIGNE: VersionStatus.EN_VIGUEUR,
    VersionStatus.EN_VIGUEUR: VersionStatus.REMPLACE,
}
"""The only transitions allowed: one step forward."""


def set_status(
    db: Database, version_id: int, status: VersionStatus, on: dt.date | None = None
) -> Changes:
    """Move a version one step along its workflow, dated ``on`` (today by default)."""
    with db.unit_of_work() as uow:
        version = version_row(uow.session, version_id)
        apply_status(uow, version, status, on or dt.date.today())
    return Changes.PROTOCOL


def apply_status(
    uow: UnitOfWork, version: ProtocolVersion, status: VersionStatus, on: dt.date
) -> None:
    """Within a unit of work (the signature tracking uses it when the last party signs)."""
    old = version.status
    if NEXT_STATUS.get(old) is not status:
        allowed = NEXT_STATUS.get(old)
        hint = f" ; étape suivante possible : « {allowed.label} »" if allowed else ""
        raise TransitionRefused(
            f"La version {version.number} est « {old.label} » : elle ne peut pas passer à "
            f"« {status.label} »{hint}."
        )
    changes: dict[str, list[object]] = {"status": [old.value, status.value]}
    if status is VersionStatus.SIGNE:
        if not version.parties:
            raise TransitionRefused(f"La version {version.number} n'a aucun signataire.")
        changes["signed_on"] = [_iso(version.signed_on), on.isoformat()]
        version.signed_on = on
    elif status is VersionStatus.EN_VIGUEUR:
        if version.signed_on and on < version.signed_on:
            raise ValidationError(
                "in_force_from",
                (
                    f"La date d'entrée en vigueur ({short_date(on)}) précède la signature "
                    f"({short_date(version.signed_on)})."
                ),
            )
        changes["in_force_from"] = [_iso(version.in_force_from), on.isoformat()]
        version.in_force_from = on
        if version.kind is not VersionKind.AMENDMENT:
            _supersede_previous(uow, version, on)
    else:
        changes["superseded_on"] = [_iso(version.superseded_on), on.isoformat()]
        version.superseded_on = on
    version.status = status
    uow.audit("update", "protocol_version", version.id, changes)


def _supersede_previous(uow: UnitOfWork, version: ProtocolVersion, on: dt.date) -> None:
    earlier = uow.session.scalars(
        sa.select(ProtocolVersion).where(
            ProtocolVersion.protocol_id == version.protocol_id,
            ProtocolVersion.number < version.number,
            ProtocolVersion.status == VersionStatus.EN_VIGUEUR,
        )
    )
    for row in earlier:
        uow.audit(
            "update",
            "protocol_version",
            row.id,
            {
                "status": [row.status.value, VersionStatus.REMPLACE.value],
                "superseded_on": [_iso(row.superseded_on), on.isoformat()],
            },
        )
        row.status = VersionStatus.REMPLACE
        row.superseded_on = on


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None
