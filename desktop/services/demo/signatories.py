"""Demonstration filler, after the protocol's: the fictitious signatories get
plain ASCII e-mail addresses (as real mailboxes have) and a fictitious office phone, so that
the contact exports and the ceremony's calendar invitations show complete cards."""

from __future__ import annotations

import random
import unicodedata

import sqlalchemy as sa

from desktop.models.contacts import Person
from desktop.services.vault.database import UnitOfWork


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).encode(
        "ascii", "ignore").decode()


def fill(uow: UnitOfWork, rng: random.Random) -> None:
    people = uow.session.scalars(sa.select(Person).order_by(Person.id))
    for index, person in enumerate(people):
        if person.email:
            person.email = _ascii(person.email).lower()
        # 01 99 00 xx xx: a range ARCEP keeps for fiction, never assigned to a subscriber.
        person.phone = f"+331990{index // 100:01d}{index % 100:02d}{rng.randrange(100):02d}"
    uow.audit("update", "demo", None, {"signatories": [None, "e-mails et téléphones"]})
