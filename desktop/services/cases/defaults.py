"""The editable reference tables of the cases domain and their first-use seeds.

The ONVS severity scales (persons 1-4, property 1-3) are "commonly quoted" and their exact
wording unconfirmed (DOMAIN.md §3): the office edits the labels. The workflow delays say how
many days a case may stay in a step before the next one is due.
"""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.errors import NotFound, ValidationError
from desktop.models.cases import SeverityLevel
from desktop.models.enums import CaseStatus, SeverityFamily
from desktop.models.settings import WorkflowDelay
from desktop.services.cases.records import SeverityRow
from desktop.services.vault.changes import Changes, no_changes
from desktop.services.vault.database import Database

DEFAULT_SEVERITY: tuple[tuple[SeverityFamily, int, str], ...] = (
    (SeverityFamily.PERSONS, 1, "Insultes, injures, propos outrageants, provocations"),
    (SeverityFamily.PERSONS, 2, "Menaces d'atteinte à l'intégrité physique ou aux biens, "
                                "menaces de mort"),
    (SeverityFamily.PERSONS, 3, "Violences volontaires, agression sexuelle"),
    (SeverityFamily.PERSONS, 4, "Violences avec arme, viol, séquestration, actes de "
                                "terrorisme"),
    (SeverityFamily.PROPERTY, 1, "Vol sans effraction, dégradations légères, tags"),
    (SeverityFamily.PROPERTY, 2, "Vol avec effraction, dégradation de locaux ou de véhicules"),
    (SeverityFamily.PROPERTY, 3, "Incendie volontaire, dégradations graves ou en réunion"),
)

DEFAULT_DELAYS: dict[CaseStatus, int] = {
    CaseStatus.RECU: 2,  # write the fiche and send it
    CaseStatus.FICHE_ENVOYEE: 7,  # the practitioner validates it
    CaseStatus.FICHE_VALIDEE: 3,  # pass it to the URPS and the Ordre
    CaseStatus.TRANSMIS_URPS_ORDRE: 15,  # their qualification
    CaseStatus.QUALIFIE: 7,  # call the practitioner to ask for consent
    CaseStatus.CONSENTEMENT_DEMANDE: 15,  # the answer
    CaseStatus.CONSENTEMENT_DONNE: 7,  # transmit to the authorities
    CaseStatus.CONSENTEMENT_REFUSE: 30,  # follow-up call
    CaseStatus.TRANSMIS_AUTORITES: 30,  # follow-up call 30 days after transmission
    CaseStatus.SUIVI: 60,  # close the case
}


def seed_defaults(session: Session) -> None:
    """Insert the default severity levels and delays that are missing (first use, demo)."""
    present = set(session.execute(sa.select(SeverityLevel.family, SeverityLevel.level)).all())
    for family, level, label in DEFAULT_SEVERITY:
        if (family, level) not in present:
            session.add(SeverityLevel(family=family, level=level, label=label))
    delays = set(session.scalars(sa.select(WorkflowDelay.status)))
    for status, days in DEFAULT_DELAYS.items():
        if status not in delays:
            session.add(WorkflowDelay(status=status, days=days))
    session.flush()


def delays(session: Session) -> dict[CaseStatus, int]:
    found = {row.status: row.days for row in session.execute(
        sa.select(WorkflowDelay.status, WorkflowDelay.days))}
    return {**DEFAULT_DELAYS, **found}


@no_changes
def severity_levels(db: Database) -> tuple[SeverityRow, ...]:
    """The scales, seeded at first use."""
    with db.unit_of_work() as uow:
        if not uow.session.scalar(sa.select(sa.func.count(SeverityLevel.id))):
            seed_defaults(uow.session)
        rows = uow.session.scalars(
            sa.select(SeverityLevel).order_by(SeverityLevel.family, SeverityLevel.level)
        )
        return tuple(SeverityRow(r.id, r.family, r.level, r.label) for r in rows)


def rename_severity(db: Database, level_id: int, label: str) -> Changes:
    label = label.strip()
    if not label:
        raise ValidationError("label", "Le libellé du niveau de gravité ne peut pas être vide.")
    with db.unit_of_work() as uow:
        row = uow.session.get(SeverityLevel, level_id)
        if row is None:
            raise NotFound("Ce niveau de gravité n'existe plus.")
        uow.audit("update", "severity_level", row.id, {"label": [row.label, label]})
        row.label = label
    return Changes.CASES


def workflow_delays(db: Database) -> dict[CaseStatus, int]:
    with db.reading() as session:
        return delays(session)


def set_delay(db: Database, status: CaseStatus, days: int) -> Changes:
    if status == CaseStatus.CLOS:
        raise ValidationError("status", "Un dossier clos n'a pas d'échéance.")
    if not 0 < days <= 365:
        raise ValidationError("days", "Le délai doit être compris entre 1 et 365 jours.")
    with db.unit_of_work() as uow:
        row = uow.session.get(WorkflowDelay, status)
        old = row.days if row else DEFAULT_DELAYS.get(status)
        if row is None:
            uow.session.add(WorkflowDelay(status=status, days=days))
        else:
            row.days = days
        uow.audit("update", "workflow_delay", str(status), {"days": [old, days]})
    return Changes.CASES
