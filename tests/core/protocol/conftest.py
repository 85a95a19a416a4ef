"""A vault holding the demonstration protocol of Seine-et-Marne (2018 original, 2023 update)."""

from __future__ import annotations

import random

import pytest

from desktop.services.demo import protocol
from desktop.services.protocol.protocols import list_protocols
from desktop.services.vault.database import Database


@pytest.fixture
def demo_db(db: Database) -> Database:
    with db.unit_of_work() as uow:
        protocol.fill(uow, random.Random(77))
    return db


@pytest.fixture
def protocol_id(demo_db: Database) -> int:
    return list_protocols(demo_db)[0].id
