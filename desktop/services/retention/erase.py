"""What erasing clears, inside the caller's unit of work.

A case keeps what the statistics count (dates, commune, zone, place, types, severity, ITT,
weapon yes/no, motive, authors' kinds, victims' professions, complaint kinds, the timeline's
steps and dates, transmissions' recipients and dates); it loses every free text and every file.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from desktop.models.cases import Attachment, Case
from desktop.models.contacts import Practitioner

ERASED_TASK = "(effacé)"


def erase_case(session: Session, case: Case, now: dt.datetime) -> None:
    case.exact_words = None
    case.narrative = ""
    case.weapon_text = None
    case.outcome = None
    for author in case.authors:
        author.description = None
        author.impairment_cause = None
    for event in case.events:
        event.comment = None
    for complaint in case.complaints:
        complaint.service = None
        complaint.pv_number = None
        complaint.parquet_outcome = None
        complaint.declared_address_text = None
        complaint.victim_consent_attachment_id = None
    for consent in case.consents:
        consent.witness = None
        consent.attachment_id = None
    for transmission in case.transmissions:
        transmission.attachment_id = None
    for task in case.tasks:
        task.label = ERASED_TASK
    session.flush()
    for attachment in session.scalars(select(Attachment).where(Attachment.case_id == case.id)):
        session.delete(attachment)
    case.archived_at = case.archived_at or now
    case.erased_at = now


def load_case(session: Session, case_id: int) -> Case:
    return session.scalars(
        select(Case).where(Case.id == case_id).options(
            selectinload(Case.authors), selectinload(Case.events),
            selectinload(Case.complaints), selectinload(Case.consents),
            selectinload(Case.transmissions), selectinload(Case.tasks))
    ).one()


def erase_practitioner(practitioner: Practitioner, now: dt.datetime) -> None:
    """The identity goes, and the numbers given to the 17; the profession, specialty and
    commune stay, and the register entries' dates (statistics)."""
    for entry in practitioner.preregistrations:
        entry.phone = ""
        entry.withdrawal_reason = None
    practitioner.civility = None
    practitioner.first_name = ""
    practitioner.last_name = f"Praticien effacé n° {practitioner.id}"
    practitioner.rpps = None
    practitioner.practice_address = None
    practitioner.phone = None
    practitioner.mobile_phone = None
    practitioner.email = None
    practitioner.erased_at = now
    drop_signed_forms(practitioner)


def drop_signed_forms(practitioner: Practitioner) -> None:
    """The signed 17 consent forms name the practitioner: they go with the identity."""
    from sqlalchemy.orm import object_session

    session = object_session(practitioner)
    if session is None:
        return
    ids = {row.consent_attachment_id for row in practitioner.preregistrations
           if row.consent_attachment_id is not None}
    for row in practitioner.preregistrations:
        row.consent_attachment_id = None
    session.flush()
    for attachment_id in ids:
        found = session.get(Attachment, attachment_id)
        if found is not None:
            session.delete(found)
