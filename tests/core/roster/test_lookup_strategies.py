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
from typing import Any

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


def _prepared(db: Database) -> list[tuple[str, str, int]]:
    """The statements psycopg prepared on the pooled connection: name, text, generic plans."""
    with db.reading(plain=True) as session:
        return [(name, " ".join(statement.split()), generic) for name, statement, generic in
                session.execute(sa.text("SELECT name, statement, generic_plans "
                                        "FROM pg_prepared_statements"))]


@pytest.mark.postgres
@pytest.mark.sqlcipher_only  # a server base of its own, not the parametrised ``db``
def test_only_statements_whose_plan_fits_every_value_are_kept_on_the_server(
        shared: Database) -> None:
    """psycopg prepares a statement on its fifth run, and the server may then keep a plan
    made without the values: for "beau saint martin" it started from "saint" (15 ms instead
    of 1). A word search is kept when its driving word is rare, that word's rows read first
    and the others probed for each; a code begun (its best plan depends on the value) is
    sent unprepared. The cards' statement and a whole code's are kept; a kept search brings
    its cards' columns (one round trip)."""
    for _ in range(8):
        for text in ("bois le roi", "saint", "saint ange", "chelles 77500", "77500", "771",
                     "s", "mee sur seine", "nemours pierre st"):
            lookup.search(shared, text, on=ON)
    prepared = [text for _, text, _ in _prepared(shared)]
    cards = [text for text in prepared if "FROM commune LEFT OUTER JOIN unit" in text]
    sizes = {text.split("commune.id IN (")[1].count("$") for text in cards}
    assert sizes and all(size & (size - 1) == 0 for size in sizes)  # 1, 2, 4… ids: few shapes
    whole_codes = [text for text in prepared if re.search(r"postal_code.code = \$\d", text)]
    assert whole_codes and all("LEFT OUTER JOIN assignment" in text  # with its cards
                               for text in whole_codes)
    assert not [text for text in prepared if "code >=" in text]  # a code begun
    searches = [text for text in prepared if "FROM commune_word AS driving" in text]
    assert len(searches) >= 3  # driven by a whole word, by a prefix, with a whole code
    for text in searches:
        # The driving word's rows fenced off, each other word probed per row: two OFFSETs.
        assert text.count("OFFSET") == text.count("FROM commune_word AS w") + 1, text
        if "driving.word >=" in text:  # a prefix: estimated as a few rows, not 0.5 %
            assert "left(driving.word" in text, text
        assert "LEFT OUTER JOIN assignment" in text  # the rows come with their cards


@pytest.mark.postgres
@pytest.mark.sqlcipher_only
def test_a_kept_word_search_starts_from_its_driving_word_whatever_the_estimates(
        shared: Database) -> None:
    """The plan the server would keep for a word search, made without the values (forced
    here: on 507 communes it may keep planning with them), reads the driving word's rows by
    the index and looks up each other word per row (a sub-plan): never a join that could
    start from a common word."""
    for _ in range(8):
        lookup.search(shared, "nemours pierre st", on=ON)
    kept = [(name, text) for name, text, _ in _prepared(shared)
            if "FROM commune_word AS driving" in text]
    assert kept
    with shared.reading(plain=True) as session:
        session.execute(sa.text("SET plan_cache_mode = force_generic_plan"))
        for name, text in kept:
            nulls = ", ".join(["NULL"] * len(set(re.findall(r"\$\d+", text))))
            plan = session.execute(sa.text(f"EXPLAIN (FORMAT JSON) EXECUTE {name}({nulls})")
                                   ).scalar_one()[0]["Plan"]
            scans = list(_word_scans(plan))
            assert [scan["Alias"] for scan in scans if not scan["in_subplan"]] == ["driving"]
            assert len(scans) == 4  # "nemours", "pierre", "saint…", and is the table filled
        session.execute(sa.text("RESET plan_cache_mode"))


def _word_scans(plan: dict[str, Any], in_subplan: bool = False) -> Iterator[dict[str, Any]]:
    """Every scan of the word table in ``plan``, each flagged when under a sub-plan (run per
    row) or an init-plan (run once)."""
    below = in_subplan or plan.get("Parent Relationship") in ("SubPlan", "InitPlan")
    if plan.get("Relation Name") == "commune_word":
        yield {"Alias": plan["Alias"], "in_subplan": below}
    for child in plan.get("Plans", []):
        yield from _word_scans(child, below)




@pytest.mark.postgres
@pytest.mark.sqlcipher_only
def test_a_lookup_whose_plan_is_kept_is_one_round_trip(shared: Database) -> None:
    """A whole code, a rare word or a rare prefix: the communes and everything their cards
    need (units, postal codes, référents) come from one statement."""
    statements: list[str] = []
    engine = shared.vault.engine

    def count(*args: Any) -> None:
        statements.append(args[2])

    sa.event.listen(engine, "before_cursor_execute", count)
    try:
        for text, name in (("77131", "Coulommiers"), ("coulommiers 77120", "Coulommiers"),
                           ("mee sur seine", "Le Mée-sur-Seine"),
                           ("nemours pierre st", "Saint-Pierre-lès-Nemours"),
                           ("dammarie l", "Dammarie-les-Lys")):
            lookup.search(shared, text, on=ON)  # the word counts are read once
            statements.clear()
            result = lookup.search(shared, text, on=ON)
            assert [card.name for card in result.cards][:1] == [name]
            assert result.cards[0].units  # its unit chain, from the same statement
            assert len(statements) == 1, (text, statements)
    finally:
        sa.event.remove(engine, "before_cursor_execute", count)


@pytest.mark.postgres
@pytest.mark.sqlcipher_only
def test_a_search_whose_plan_is_kept_is_prepared_at_its_first_run(shared: Database) -> None:
    """psycopg prepares a statement at its fifth run, and the server plans the first five
    runs of a prepared statement with their values: a kept search is prepared at once, so
    the first lookups of each shape after the application starts are not all planned."""
    lookup.search(shared, "coulommiers 77120", on=ON)
    assert [text for _, text, _ in _prepared(shared)
            if "FROM commune_word AS driving" in text and "LEFT OUTER JOIN assignment" in text]


@pytest.mark.postgres
@pytest.mark.sqlcipher_only
def test_the_word_table_just_filled_is_all_visible_on_the_server(shared: Database) -> None:
    """Filled, the word table is vacuumed at once: until then the server reckons heap reads
    for the kept searches (a cost of 451 instead of 21 over France) and plans every run."""
    lookup.search(shared, "coulommiers", on=ON)  # fills the table
    with shared.reading(plain=True) as session:
        pages, visible = session.execute(sa.text(
            "SELECT relpages, relallvisible FROM pg_class WHERE relname = 'commune_word'")).one()
    assert pages > 0 and visible == pages
