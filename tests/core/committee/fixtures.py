"""Model rows for the committee tests: a known set of cases, practitioners, a protocol."""

from __future__ import annotations

import datetime as dt
import random

from desktop.models.cases import Case, CaseAuthor, CaseEvent, CaseType, CaseVictim, Complaint
from desktop.models.contacts import AlertDevice, Practitioner, Preregistration
from desktop.models.enums import (
    AlertDeviceKind,
    AuthorKind,
    CaseEventKind,
    CaseStatus,
    ComplaintKind,
    Force,
    ForceZone,
    IncidentType,
    Place,
    Profession,
)
from desktop.models.territory import Commune
from desktop.services.vault.database import Database

UTC = dt.UTC
NAMES = ("Dupont-Lagarde", "Zébulon", "Martinez-Oyarzabal")
PHONES = ("+33164717729", "+33612345678", "+33698765432")


def at(y: int, m: int, d: int, h: int = 10) -> dt.datetime:
    return dt.datetime(y, m, d, h, tzinfo=UTC)


def add_protocol(db: Database) -> int:
    from desktop.models.protocol import Protocol
    from desktop.services.demo import protocol

    with db.unit_of_work() as uow:
        protocol.fill(uow, random.Random(1))
    with db.reading() as session:
        from sqlalchemy import select

        return int(session.scalars(select(Protocol.id)).first() or 0)


def add_cases(db: Database) -> dict[str, int]:
    """12 cases in 2026 (Jan: 7, Feb: 4, Mar: 1), known axes; returns reference -> id."""
    with db.unit_of_work() as uow:
        s = uow.session
        melun = Commune(insee_code="77288", name="Melun", search_key="melun", department="77",
                        arrondissement="772", force_zone=ForceZone.PN)
        provins = Commune(insee_code="77379", name="Provins", search_key="provins",
                          department="77", arrondissement="774", force_zone=ForceZone.GN)
        s.add_all([melun, provins])
        doctors = [
            Practitioner(first_name="Anne", last_name=NAMES[0],
                         profession=Profession.MEDECIN_GENERALISTE, commune=melun,
                         phone=PHONES[0], mobile_phone=PHONES[1]),
            Practitioner(first_name="Paul", last_name=NAMES[1],
                         profession=Profession.INFIRMIER, commune=provins, phone=PHONES[2]),
            Practitioner(first_name="Inès", last_name=NAMES[2],
                         profession=Profession.PHARMACIEN, commune=melun),
        ]
        s.add_all(doctors)
        s.add(Preregistration(practitioner=doctors[0], force=Force.PN, phone=PHONES[1],
                              consent_on=dt.date(2025, 12, 1), confirmed_on=dt.date(2025, 12, 5)))
        s.add(Preregistration(practitioner=doctors[1], force=Force.GN, phone=PHONES[2],
                              consent_on=dt.date(2025, 6, 1), withdrawn_on=dt.date(2025, 9, 1)))
        s.add(AlertDevice(kind=AlertDeviceKind.PUSH_BUTTON, identifier="SM-1",
                          holder=doctors[0], issued_on=dt.date(2025, 11, 1)))
        ids = {}
        plan = [  # (month, day, commune, victim, type, place, author, status, plainte)
            (1, 3, melun, 0, IncidentType.VERBAL, Place.PRACTICE, AuthorKind.PATIENT, "clos", 1),
            (1, 5, melun, 0, IncidentType.VERBAL, Place.PRACTICE, AuthorKind.PATIENT, "suivi", 1),
            (1, 9, melun, 0, IncidentType.PHYSICAL, Place.PRACTICE, AuthorKind.COMPANION,
             "recu", 0),
            (1, 12, provins, 1, IncidentType.VERBAL, Place.PATIENT_HOME, AuthorKind.PATIENT,
             "recu", 0),
            (1, 15, provins, 1, IncidentType.THEFT, Place.PATIENT_HOME, AuthorKind.UNKNOWN,
             "clos", 1),
            (1, 20, melun, 2, IncidentType.FALSIFICATION, Place.PHARMACY, AuthorKind.PATIENT,
             "suivi", 0),
            (1, 28, melun, 2, IncidentType.VERBAL, Place.PHARMACY, AuthorKind.OTHER, "recu", 0),
            (2, 2, melun, 0, IncidentType.VERBAL, Place.PRACTICE, AuthorKind.PATIENT, "recu", 0),
            (2, 9, provins, 1, IncidentType.VANDALISM, Place.PUBLIC_ROAD, AuthorKind.UNKNOWN,
             "recu", 1),
            (2, 14, melun, 0, IncidentType.VERBAL, Place.PRACTICE, AuthorKind.PATIENT, "clos", 0),
            (2, 20, provins, 1, IncidentType.PHYSICAL, Place.PATIENT_HOME, AuthorKind.PATIENT,
             "suivi", 1),
            (3, 1, melun, 2, IncidentType.THEFT, Place.PHARMACY, AuthorKind.UNKNOWN, "recu", 0),
        ]
        for seq, (month, day, commune, victim, kind, place, author, status, plainte) in \
                enumerate(plan, start=1):
            occurred = at(2026, month, day)
            case = Case(
                reference=f"2026-{seq:04d}", year=2026, seq=seq, occurred_at=occurred,
                commune=commune, force_zone=commune.force_zone, place=place,
                status=CaseStatus(status), created_at=occurred + dt.timedelta(days=1),
                due_on=dt.date(2026, 2, 1) if status == "recu" else None,
                narrative=f"Le Dr {doctors[victim].last_name} a été menacé.",
                exact_words="Je vais te tuer",
            )
            case.victims.append(CaseVictim(practitioner=doctors[victim]))
            case.types.append(CaseType(incident_type=kind))
            case.authors.append(CaseAuthor(kind=author))
            case.events.append(CaseEvent(at=occurred + dt.timedelta(days=1), actor="t",
                                         kind=CaseEventKind.CREATED,
                                         to_status=CaseStatus.RECU))
            if status != "recu":
                case.events.append(CaseEvent(
                    at=occurred + dt.timedelta(days=5), actor="t",
                    kind=CaseEventKind.TRANSITION, from_status=CaseStatus.RECU,
                    to_status=CaseStatus.FICHE_ENVOYEE))
            if plainte:
                case.complaints.append(Complaint(kind=ComplaintKind.PLAINTE,
                                                 filed_on=occurred.date()))
            s.add(case)
            s.flush()
            ids[case.reference] = case.id
    return ids
