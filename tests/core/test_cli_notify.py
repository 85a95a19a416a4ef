"""A save made by the CLI on the shared server is announced like the GUI's: an open window
(here a listening ``Database``) hears the same ``Changes`` flags and refreshes."""

from __future__ import annotations

import threading

import pytest

from desktop.services.roster import imports
from desktop.services.vault import lifecycle, shared_mode
from desktop.services.vault.changes import Changes
from tests.core.conftest import OFFICE_77
from tests.core.test_cli import egide

pytestmark = pytest.mark.postgres


def test_a_cli_save_is_heard_by_an_open_window(postgres_url: str) -> None:  # noqa: F811
    db = lifecycle.create_shared(postgres_url, OFFICE_77)
    heard: list[Changes] = []
    arrived = threading.Event()

    def on_change(changes: Changes) -> None:
        heard.append(changes)
        arrived.set()

    listener = shared_mode.watch(db, on_change)
    assert listener is not None
    try:
        looked = egide("lookup", "Melun", "--database", postgres_url)
        assert looked.returncode in (0, 1), looked.stderr
        assert not arrived.wait(1.5), "a read announced a change"

        done = egide("import", "communes", "france", "--department", "2A",
                     "--database", postgres_url)
        assert done.returncode == 0, done.stderr
        assert arrived.wait(10), "the window never heard of the CLI's save"
        # What the GUI would have announced for the same save: the service's own flags.
        expected = imports.import_france_communes(db, {"2A"}).changes
        assert heard == [expected] and expected & Changes.TERRITORY
    finally:
        listener.stop()
        db.close()
