"""The demonstration vault: real communes of Seine-et-Marne, the 2018 protocol and its 2023
update as described in the seeds, the signatory functions, and fictitious people.

Each domain has its own filler module in this package (``fill(uow, rng)``); ``fillers`` lists
them in order and all run in the same unit of work.
"""

from __future__ import annotations

import random
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.services.vault import lifecycle
from desktop.services.vault.office import OfficeIdentity
from desktop.storage.meta import set_meta

DEMO_OFFICE = OfficeIdentity(
    department_code="77",
    department_name="Seine-et-Marne",
    prefecture_name="Préfecture de Seine-et-Marne",
    prefet_title="PRÉFET DE SEINE-ET-MARNE",
    address="12 rue des Saints-Pères",
    postal_code="77010",
    city="Melun",
    phone="+33164717729",
    email="pref-securite@seine-et-marne.gouv.fr",
    bureau="Cabinet du préfet\nBureau de la sécurité intérieure",
)

def fillers() -> list[Callable[[Any, random.Random], None]]:
    """Each domain's demonstration filler, in the order their data depend on each other."""
    from desktop.services.demo import (
        cases,
        committee,
        measures,
        practitioners,
        protocol,
        roster,
        signatories,
        territory,
    )

    ordered = (territory, protocol, signatories, roster, practitioners, cases, committee,
               measures)
    return [module.fill for module in ordered]


def create_demo(
    path: Path, *, passphrase: str | None = None, use_keyring: bool = False, seed: int = 77
) -> lifecycle.Created:
    """A new vault at ``path`` holding the demonstration data ("Données fictives").

    Without a passphrase and a keyring, a random passphrase is set: the vault stays encrypted
    and opens with its recovery key.
    """
    created = lifecycle.create(
        path,
        DEMO_OFFICE,
        passphrase=passphrase or (None if use_keyring else secrets.token_urlsafe(24)),
        use_keyring=use_keyring,
    )
    rng = random.Random(seed)
    with created.db.unit_of_work() as uow:
        set_meta(uow.session.connection(), "demo", "1")
        for fill in fillers():
            fill(uow, rng)
    return created
