"""The plain inputs and results of the measures services, and the choices their forms offer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.models.enums import (
    AdviceKind,
    LabelledEnum,
    MeasureKind,
    ReferentRole,
    VideoSiteKind,
    VideoSiteStatus,
)
from desktop.models.territory import Assignment, Commune, Referent, Unit
from desktop.services.vault.database import Database


class AdviceStatus(LabelledEnum):
    REQUESTED = "requested", "Demandé"
    ASSIGNED = "assigned", "Référent désigné"
    DONE = "done", "Réalisé"


@dataclass(frozen=True)
class AdviceInput:
    kind: AdviceKind
    requested_on: dt.date
    commune_code: str
    """INSEE code of the practice's commune."""
    practitioner_id: int | None = None
    structure: str = ""
    """A structure's name when no practitioner asked (maison de santé, pharmacie…)."""


@dataclass(frozen=True)
class AdviceRow:
    id: int
    kind: AdviceKind
    requester: str
    practitioner_id: int | None
    structure: str | None
    commune_name: str | None
    requested_on: dt.date
    referent_id: int | None
    referent_name: str | None
    assigned_on: dt.date | None
    done_on: dt.date | None
    outcome: str | None
    commune_id: int | None = None
    row_version: int = 1
    """The request's save counter as read: a form hands it back so that a colleague's save
    in between refuses this one (``ConcurrentEdit``)."""

    @property
    def status(self) -> AdviceStatus:
        if self.done_on is not None:
            return AdviceStatus.DONE
        if self.referent_id is not None:
            return AdviceStatus.ASSIGNED
        return AdviceStatus.REQUESTED


@dataclass(frozen=True)
class ReferentChoice:
    id: int
    name: str
    role: ReferentRole
    unit_name: str | None
    assigned_here: bool
    """Assigned to the request's commune in the roster today."""

    @property
    def text(self) -> str:
        unit = f", {self.unit_name}" if self.unit_name else ""
        mark = " ★" if self.assigned_here else ""
        return f"{self.name} ({self.role.label}{unit}){mark}"


@dataclass(frozen=True)
class VideoSiteInput:
    name: str
    kind: VideoSiteKind
    commune_code: str
    status: VideoSiteStatus
    status_on: dt.date
    structure: str = ""
    fipd_amount: int | None = None
    practitioner_ids: tuple[int, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class VideoSiteRow:
    id: int
    name: str
    kind: VideoSiteKind
    commune_id: int
    commune_name: str
    structure: str | None
    status: VideoSiteStatus
    status_on: dt.date
    fipd_amount: int | None
    practitioner_names: tuple[str, ...]
    notes: str | None
    commune_insee: str = ""
    practitioner_ids: tuple[int, ...] = ()
    row_version: int = 1
    """The site's save counter as read (see ``AdviceRow.row_version``)."""


@dataclass(frozen=True)
class CommuneSites:
    """One commune's sites, for the list per commune."""

    commune_name: str
    sites: tuple[VideoSiteRow, ...]
    installed: int
    fipd_total: int


@dataclass(frozen=True)
class Indicator:
    """One figure of a measure: ``label`` in French, this year and the year before."""

    label: str
    current: int
    previous: int

    @property
    def evolution(self) -> int:
        return self.current - self.previous


@dataclass(frozen=True)
class MeasureLine:
    kind: MeasureKind
    label: str
    articles: tuple[int, ...]
    """The articles of the protocol in force that set it up."""
    indicators: tuple[Indicator, ...]


@dataclass(frozen=True)
class MeasuresBoard:
    year: int
    protocol_title: str | None
    """None when no version is in force: every kind of measure is shown then."""
    lines: tuple[MeasureLine, ...]


def referent_choices(db: Database, commune_id: int | None,
                     on: dt.date | None = None) -> list[ReferentChoice]:
    """The active référents and correspondants sûreté, those assigned to the commune first."""
    day = on or dt.date.today()
    with db.reading() as session:
        here: set[int] = set()
        if commune_id is not None:
            here = set(session.scalars(
                sa.select(Assignment.referent_id).where(
                    Assignment.commune_id == commune_id, Assignment.valid_from <= day,
                    sa.or_(Assignment.valid_to.is_(None), Assignment.valid_to >= day))
            ))
        rows = session.execute(
            sa.select(Referent.id, Referent.first_name, Referent.last_name, Referent.role,
                      Unit.name.label("unit_name"))
            .outerjoin(Unit, Referent.unit_id == Unit.id)
            .where(Referent.active.is_(True))
            .order_by(Referent.last_name, Referent.first_name)
        ).all()
    choices = [ReferentChoice(r.id, f"{r.first_name} {r.last_name.upper()}", r.role,
                              r.unit_name, r.id in here) for r in rows]
    return sorted(choices, key=lambda c: (not c.assigned_here, c.role != ReferentRole.REFERENT))


def commune_by_code(session: Session, code: str) -> Commune | None:
    code = code.strip().upper()
    if not code:
        return None
    return session.scalar(sa.select(Commune).where(Commune.insee_code == code))
