"""The statement a commune search runs is chosen from how common its words are
(``frequencies``): a rare word drives it, common words walk the names in order. The
choice may rest on stale counts (another process imported communes): it must never change
the answers, only their cost. Here every search runs three times, with every word counted
rare, common enough to walk the names starting with the text, and common, and all must give
the same cards, totals and suggestions, on both engines."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa

from desktop.services.roster import imports, lookup, matching
from desktop.services.roster.frequencies import Frequencies, frequencies
from desktop.services.roster.records import LookupResult
from desktop.services.vault import lifecycle
from desktop.services.vault.database import Database

from ..conftest import OFFICE_77
from .conftest import COMPETENCE

ON = dt.date(2026, 6, 1)
TEXTS = ("saint", "s", "sa", "le", "la ferte", "ferte sous", "mee sur seine", "l mée sur sei",
         "sur", "seine", "m", "saint ange", "villemar", "chelles 77500", "77 saint",
         "saint 771", "nemours pierre st", "fontainbleau", "ange viel", "bois le roi")


def counted(rows: int) -> Callable[[sa.Connection], Frequencies]:
    """Word counts where every word has ``rows`` rows, whatever the table holds."""

    class Every(Frequencies):
        def rows(self, low: str, high: str | None = None) -> int:
            return rows

    return lambda connection: Every(0, [], [0])


def answers(db: Database, rows: int, monkeypatch: pytest.MonkeyPatch, limit: int
            ) -> dict[str, LookupResult]:
    with monkeypatch.context() as patch:
        patch.setattr(matching, "frequencies", counted(rows))
        return {text: lookup.search(db, text, on=ON, limit=limit) for text in TEXTS}


@pytest.mark.parametrize("limit", [5, 200])
def test_rare_or_common_the_answers_are_the_same(competent: Database,
                                                 monkeypatch: pytest.MonkeyPatch,
                                                 limit: int) -> None:
    driven = answers(competent, 0, monkeypatch, limit)
    started = answers(competent, matching.WALK, monkeypatch, limit)  # names first, then driven
    walked = answers(competent, matching.PROBE, monkeypatch, limit)  # walked to the end
    assert started == driven
    assert walked == driven
    assert sum(bool(result.cards) for result in driven.values()) >= 17  # not all empty
    assert driven["saint"].total > limit or limit == 200  # cut, its total counted


def test_the_counts_are_those_of_the_word_table(communes: Database) -> None:
    with communes.reading() as session:
        matching.find(session, "chelles", 20)  # fills the word table (and commits)
        connection = session.connection()
        counts = frequencies(connection)
        table = matching.WORDS

        def rows(condition: sa.ColumnElement[bool]) -> int:
            return int(connection.execute(
                sa.select(sa.func.count()).select_from(table).where(condition)).scalar_one())

        assert counts.rows("saint") == rows(table.c.word == "saint") > 30
        assert counts.rows("sa", "sb") == rows(table.c.word.startswith("sa")) > counts.rows(
            "saint")
        assert counts.rows("zzz") == counts.rows("zzz", "zz{") == 0
        assert counts.rows("", "\uffff") == rows(sa.true())


@pytest.fixture
def shared(postgres_url: str, etalab_77: Path, laposte_77: Path) -> Iterator[Database]:
    db = lifecycle.create_shared(postgres_url, OFFICE_77)
    imports.import_communes(db, etalab_77)
    imports.import_communes(db, laposte_77)
    imports.import_competence(db, COMPETENCE)
    yield db
    db.close()


@pytest.mark.postgres
@pytest.mark.sqlcipher_only  # a server base of its own, not the parametrised ``db``
def test_word_and_code_searches_are_never_kept_prepared_on_the_server(
        shared: Database) -> None:
    """psycopg prepares a statement on its fifth run, and the server may then keep a plan
    made without the values: for "beau saint martin" it started from "saint" (15 ms instead
    of 1). The statements whose plan depends on the words or a code begun are sent
    unprepared; the cards' statement and a whole code's, whose plans do not depend on the
    values, are kept."""
    for _ in range(8):
        for text in ("bois le roi", "saint", "saint ange", "chelles 77500", "77500", "771",
                     "s"):
            lookup.search(shared, text, on=ON)
    with shared.reading(plain=True) as session:
        prepared = [" ".join(statement.split()) for statement in session.execute(
            sa.text("SELECT statement FROM pg_prepared_statements")).scalars()]
    cards = [text for text in prepared if "FROM commune LEFT OUTER JOIN unit" in text]
    sizes = {text.split("commune.id IN (")[1].count("$") for text in cards}
    assert sizes and all(size & (size - 1) == 0 for size in sizes)  # 1, 2, 4… ids: few shapes
    assert any("postal_code.code = $1" in text for text in prepared)  # a code typed whole
    assert [text for text in prepared if text.startswith("SELECT")
            and re.search(r"commune_word|code >=", text)] == []
