"""A référent not verified for 12 months shows "à vérifier" on the card and in the list of
people; "Vérifié aujourd'hui", clicked, clears it everywhere."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop.models.enums import ReferentRole
from desktop.resources import resource_path
from desktop.services.roster import assignments, editing, imports, lookup
from desktop.services.roster.editing import ReferentDraft
from desktop.services.vault.database import Database
from desktop.ui.context import AppContext
from desktop.ui.pages.referents import ReferentsPage

from .conftest import wait_idle

COMPETENCE = (Path(__file__).resolve().parents[1] / "core" / "io" / "data"
              / "competence-territoriale-77-extrait.csv")


@pytest.fixture
def stale_db(context: AppContext) -> Database:
    db = context.require_db()
    imports.import_communes(db, resource_path("demo", "communes-77-etalab-2026.json"))
    imports.import_competence(db, COMPETENCE)
    old = editing.save_referent(db, ReferentDraft(
        "Luc", "Martin", ReferentRole.REFERENT, None, "01 99 00 12 35", "",
        dt.date(2023, 5, 12))).id
    assignments.assign(db, old, [lookup.lookup(db, "Amillis")[0].commune_id], dt.date.today())
    return db


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, stale_db: Database) -> Iterator[ReferentsPage]:
    widget = ReferentsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    qtbot.waitUntil(lambda: widget.counts is not None and widget.model.rowCount() > 0)
    yield widget
    wait_idle(qtbot, context.runner)


def test_stale_mark_on_card_and_list_cleared_by_verified_today(
    qtbot: QtBot, page: ReferentsPage, context: AppContext
) -> None:
    from desktop.ui.dialogs.roster_people import PeopleDialog

    qtbot.keyClicks(page.search, "Amillis")
    qtbot.waitUntil(lambda: "Luc MARTIN" in page.card_view.toPlainText())
    assert "à vérifier (vérifié le 12/05/2023)" in page.card_view.toPlainText()
    page.actions.open_people()
    people = page.actions.last_dialog
    assert isinstance(people, PeopleDialog)
    qtbot.waitUntil(lambda: people.referent_model.rowCount() == 1)
    verified_column = next(c for c in range(people.referent_model.columnCount())
                           if people.referent_model.headerData(c, Qt.Orientation.Horizontal)
                           == "Vérifié le")
    cell = people.referent_model.index(0, verified_column)
    assert people.referent_model.data(cell) == "12/05/2023 — à vérifier"
    rect = people.referent_table.visualRect(people.referent_model.index(0, 0))
    qtbot.mouseClick(people.referent_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    qtbot.mouseClick(people.verified_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: people.referent_model.rowCount() == 1 and "à vérifier" not in str(
        people.referent_model.data(people.referent_model.index(0, verified_column))))
    people.close()
    qtbot.waitUntil(lambda: "Luc MARTIN" in page.card_view.toPlainText()
                    and "à vérifier" not in page.card_view.toPlainText())
