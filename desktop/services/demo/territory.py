"""Demonstration filler: the 507 real communes of Seine-et-Marne and La Poste's postal codes."""

from __future__ import annotations

import random

from desktop.resources import resource_path
from desktop.services.vault.database import UnitOfWork


def fill(uow: UnitOfWork, rng: random.Random) -> None:
    from desktop.io.communes import parse_etalab_json, parse_laposte_csv
    from desktop.services.roster.communes import (
        load_communes,
        load_postal_codes,
        refuse_if_rejected,
    )

    communes = parse_etalab_json(resource_path("demo", "communes-77-etalab-2026.json"))
    refuse_if_rejected(communes, "des communes de démonstration")
    load_communes(uow, communes.records, source="Etalab découpage administratif", vintage="2026")
    postal = parse_laposte_csv(resource_path("demo", "laposte-hexasmal-77.csv"))
    refuse_if_rejected(postal, "des codes postaux de démonstration")
    load_postal_codes(uow, postal.records)
