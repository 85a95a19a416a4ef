"""Fixtures: a vault holding the demonstration signatories and protocol (``demo_db``), plus a
draft version whose four parties have not signed yet (``draft``)."""

from __future__ import annotations

import pytest

from desktop.services.vault.database import Database
from tests.core.signatories.helpers import DRAFT_POSITIONS, Draft, add_draft, fill_demo


@pytest.fixture
def demo_db(db: Database) -> Database:
    fill_demo(db)
    return db


@pytest.fixture
def draft(demo_db: Database) -> Draft:
    return add_draft(demo_db, DRAFT_POSITIONS)
