"""The demonstration vault: real communes of Seine-et-Marne, the 2018 protocol and its 2023
update as described in the seeds, the signatory functions, and fictitious people.

Each domain adds its own filler to ``FILLERS`` (one function per domain, same unit of work).
"""

from __future__ import annotations

import json
import random
import secrets
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desktop.resources import resource_path
from desktop.services import vaults
from desktop.services.demo_protocol import fill_protocol
from desktop.services.office import OfficeIdentity
from desktop.storage.vault import set_meta

DEMO_OFFICE = OfficeIdentity(
    department_code="77",
    department_name="Seine-et-Marne",
    prefecture_name="Préfecture de Seine-et-Marne",
    prefet_title="PRÉFET DE SEINE-ET-MARNE",
    address="12 rue des Saints-Pères, 77010 Melun Cedex",
    city="Melun",
    phone="+33164717729",
    email="pref-securite@seine-et-marne.gouv.fr",
)

Filler = Callable[[Any, random.Random], None]


def fill_territory(uow: Any, rng: random.Random) -> None:
    from desktop.io.communes import parse_etalab_json, parse_laposte_csv
    from desktop.services.communes import load_communes, load_postal_codes, refuse_if_rejected

    communes = parse_etalab_json(resource_path("demo", "communes-77-etalab-2026.json"))
    refuse_if_rejected(communes, "des communes de démonstration")
    load_communes(uow, communes.records, source="Etalab découpage administratif", vintage="2026")
    postal = parse_laposte_csv(resource_path("demo", "laposte-hexasmal-77.csv"))
    refuse_if_rejected(postal, "des codes postaux de démonstration")
    load_postal_codes(uow, postal.records)


FILLERS: list[Filler] = [fill_territory, fill_protocol]


def create_demo(
    path: Path, *, passphrase: str | None = None, use_keyring: bool = False, seed: int = 77
) -> vaults.Created:
    """A new vault at ``path`` holding the demonstration data ("Données fictives").

    Without a passphrase and a keyring, a random passphrase is set: the vault stays encrypted
    and opens with its recovery key.
    """
    created = vaults.create(
        path,
        DEMO_OFFICE,
        passphrase=passphrase or (None if use_keyring else secrets.token_urlsafe(24)),
        use_keyring=use_keyring,
    )
    rng = random.Random(seed)
    with created.db.unit_of_work() as uow:
        set_meta(uow.session.connection(), "demo", "1")
        for fill in FILLERS:
            fill(uow, rng)
    return created


def demo_manifest() -> dict[str, Any]:
    """The demonstration protocol text (reconstructed from the seeds, fictitious people)."""
    data: dict[str, Any] = json.loads(
        resource_path("demo", "protocole-77.json").read_text(encoding="utf-8")
    )
    return data
