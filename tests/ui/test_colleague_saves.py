"""On a shared server a colleague's save reaches this window: the same ``Changes`` flags,
relayed by ``NOTIFY``, refresh the open pages (``AppContext.changed``); this window's own
saves are announced to the others and not heard twice."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from desktop.config import Preferences
from desktop.models.enums import UnitKind
from desktop.services.roster.editing import UnitDraft, save_unit
from desktop.services.vault import lifecycle
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database
from desktop.storage import notify
from desktop.ui.context import AppContext
from desktop.ui.runner import Runner
from tests.core.conftest import OFFICE_77

pytestmark = pytest.mark.postgres


@pytest.fixture
def shared_context(postgres_url: str, runner: Runner,  # noqa: F811
                   preferences: Preferences) -> Iterator[tuple[AppContext, Database]]:
    mine = lifecycle.create_shared(postgres_url, OFFICE_77)
    colleague = lifecycle.open_shared(postgres_url)
    context = AppContext(mine, preferences, runner)
    context.follow_colleagues()
    yield context, colleague
    context.db = None
    context.follow_colleagues()  # stops listening
    runner.shutdown()
    mine.close()
    colleague.close()


def test_a_colleague_save_refreshes_this_window(
    qtbot: QtBot, shared_context: tuple[AppContext, Database],
) -> None:
    context, colleague = shared_context
    heard: list[Changes] = []
    context.changed.connect(heard.append)
    changes = save_unit(colleague, UnitDraft(UnitKind.BRIGADE, "Brigade de Meaux")).changes
    notify.announce(colleague.vault.engine, changes.value, "poste-de-claire")
    qtbot.waitUntil(lambda: heard == [changes])

    # this window's own save: announced to the others, shown once here (not heard back)
    claire_heard: list[int] = []
    claire = notify.Listener(colleague.vault.engine, "poste-de-claire", claire_heard.append)
    with qtbot.waitSignal(context.changed) as own:
        context.write(lambda db: save_unit(db, UnitDraft(UnitKind.BRIGADE, "Brigade 2")).changes)
    assert own.args == [changes]
    qtbot.waitUntil(lambda: claire_heard == [changes.value])
    claire.stop()
    qtbot.wait(1000)
    assert heard == [changes, changes]
