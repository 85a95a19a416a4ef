"""Shared fixtures: a private EGIDE_HOME, an in-memory keyring, fast scrypt, real SQLCipher vaults.

The user's own keyring is never touched: every test gets ``memory_keyring`` unless it asks for
the real Secret Service (tests/core/test_secret_service.py).
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The computer's clock in its office's zone, as on an office PC (the tests' office is in
# Seine-et-Marne), and in the processes the tests start. On a CI machine left in UTC the
# computer's "today" was the day before the office's between 23:00 and midnight UTC in winter,
# and five tests comparing the two failed in that hour only. Tests of an office in another
# zone set it on the office (``OfficeIdentity.time_zone``).
os.environ["TZ"] = "Europe/Paris"
time.tzset()

from keyring.backend import KeyringBackend  # noqa: E402

from desktop.storage import keyring_slot  # noqa: E402
from desktop.storage import sidecar as sidecar_module  # noqa: E402
from tests.postgres_server import postgres_server, postgres_url  # noqa: E402, F401

FAST_SCRYPT = sidecar_module.ScryptParams(n=2**12, r=8, p=1)
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
DATA = SHARED / "data"


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in a dict (priority is irrelevant: installed explicitly)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture(autouse=True)
def private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("egide-home")
    monkeypatch.setenv("EGIDE_HOME", str(home))
    monkeypatch.delenv("EGIDE_PASSPHRASE", raising=False)
    return home


@pytest.fixture(autouse=True)
def no_automatic_backups_after() -> Iterator[None]:
    """A window enables the backups before imports for the process: never past its test."""
    yield
    from desktop.services.vault import auto_backup

    auto_backup.disable()


@pytest.fixture(autouse=True)
def memory_keyring(request: pytest.FixtureRequest) -> Iterator[MemoryKeyring | None]:
    """Every test runs on an in-memory keyring, except those marked ``secret_service``."""
    if request.node.get_closest_marker("secret_service"):
        keyring_slot.reset_backend()
        yield None
        keyring_slot.reset_backend()
        return
    backend = MemoryKeyring()
    keyring_slot.use_backend(backend)
    yield backend
    keyring_slot.reset_backend()


@pytest.fixture(autouse=True)
def fast_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """scrypt at n=2^17 costs ~0.3 s; tests use n=2^12 (the format is the same)."""
    monkeypatch.setattr(sidecar_module, "DEFAULT_SCRYPT", FAST_SCRYPT)
