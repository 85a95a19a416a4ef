"""The domain model: SQLAlchemy 2.0 mapped classes, one module per domain.

- ``base``: the declarative ``Base`` (UTC timestamps, enums stored as their values), mixins;
- ``enums``: every enumeration, each member with its French ``label``;
- ``territory``: communes, postal codes, police/gendarmerie units, référents, assignments;
- ``contacts``: organisations, positions, persons, tenures, practitioners, 17
  pre-registrations, alert devices;
- ``protocol``: protocols, versions, parties, preamble, articles, measures, avenants,
  ceremonies, signatures;
- ``cases``: incident cases and their victims, authors, types, timeline, consents,
  transmissions, complaints, tasks, attachments; the editable severity scales;
- ``committee``: meetings, attendance, agenda, decisions, action items, minutes;
- ``measures``: the protocol's measures as followed: advice requests, alert loans and
  alerts, vidéoprotection sites;
- ``audit``: the hash-chained audit trail;
- ``settings``: vault metadata, office settings, workflow delays, generic settings.

Importing this package imports every module, so ``Base.metadata`` holds every table (alembic
and ``create_all`` rely on it). Only services write through these classes.
"""

from desktop.models import (
    audit,
    cases,
    committee,
    contacts,
    enums,
    measures,
    protocol,
    settings,
    territory,
)
from desktop.models.base import Base

__all__ = [
    "Base",
    "audit",
    "cases",
    "committee",
    "contacts",
    "enums",
    "measures",
    "protocol",
    "settings",
    "territory",
]
