"""The counts the shared server keeps (``case_tally``: cases per step, zone and type;
``case_term_count``: documents per word) say what counting the rows says, whatever the writes:
cases created, retyped, moved to another zone or step, archived, deleted one by one or by the
database's cascade, the index rebuilt whole, and two agents writing at once in two
processes."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

import pytest
import sqlalchemy as sa

from desktop.errors import CaseMoved, ConcurrentEdit, Conflict, TransitionRefused, VaultBusy
from desktop.models.cases import Case
from desktop.models.enums import CaseStatus, ForceZone, IncidentType
from desktop.services.cases import queries, search, tally, term_counts
from desktop.services.cases.intake import create_case, update_case
from desktop.services.cases.queries import count_cases, reload_case
from desktop.services.cases.records import CaseFilter
from desktop.services.cases.tags import step_tags
from desktop.services.vault import lifecycle
from desktop.services.vault.database import Database
from desktop.storage.shared import open_shared
from tests.core.agents import run_agents
from tests.core.cases.conftest import World, build_world
from tests.core.cases.helpers import walk_to
from tests.core.conftest import OFFICE_77

pytestmark = [pytest.mark.postgres, pytest.mark.sqlcipher_only]  # a server of its own

TYPES = list(IncidentType)
NARRATIVES = ("Menaces répétées à l'accueil.", "Vol d'ordonnancier au cabinet.",
              "Insultes et menaces au téléphone, puis coups.")
STEPS = (CaseStatus.FICHE_ENVOYEE, CaseStatus.QUALIFIE, CaseStatus.SUIVI,
         CaseStatus.CLOS)


@pytest.fixture
def shared(postgres_url: str) -> Iterator[Database]:
    db = lifecycle.create_shared(postgres_url, OFFICE_77)
    try:
        yield db
    finally:
        db.close()


def _truth(db: Database) -> Counter[tuple[bool, str, str, str]]:
    """The counts read from the cases themselves: each case once, and once per type it has."""
    live = 'c.archived_at IS NOT NULL, c.status, coalesce(c.force_zone, \'\')'
    with db.vault.engine.connect() as connection:
        rows = connection.execute(sa.text(
            f"SELECT {live}, '', count(*) FROM \"case\" c GROUP BY 1, 2, 3 UNION ALL "
            f"SELECT {live}, t.incident_type, count(*) FROM case_type t "
            "JOIN \"case\" c ON c.id = t.case_id GROUP BY 1, 2, 3, 4")).all()
    return +Counter({(a, s, z, k): n for a, s, z, k, n in rows})


def _tallied(db: Database) -> Counter[tuple[bool, str, str, str]]:
    with db.vault.engine.connect() as connection:
        rows = connection.execute(sa.text(
            f"SELECT archived, status, zone, kind, n FROM {tally.TABLE}")).all()
    return +Counter({(a, s, z, k): n for a, s, z, k, n in rows})


def _words_truth(db: Database) -> Counter[tuple[str, str]]:
    """Each word of each document, alone and with the document's step tag."""
    steps = set(step_tags())
    counted: Counter[tuple[str, str]] = Counter()
    with db.vault.engine.connect() as connection:
        for (words,) in connection.execute(sa.text(
                "SELECT tsvector_to_array(doc) FROM case_search")):
            step = next((w for w in words if w in steps), None)
            counted.update((w, "") for w in words)
            if step:
                counted.update((w, step) for w in words)
    return counted


def _words_kept(db: Database) -> Counter[tuple[str, str]]:
    with db.vault.engine.connect() as connection:
        rows = connection.execute(sa.text(
            f"SELECT term, step, n FROM {term_counts.TABLE}")).all()
    return +Counter({(term, step): n for term, step, n in rows})


def _new(world: World, rng: random.Random) -> int:
    kinds = tuple(rng.sample(TYPES, rng.randint(1, 3)))
    return world.new_case(types=kinds, commune_id=rng.choice((world.melun, world.provins)))


def _filters() -> list[CaseFilter]:
    return [CaseFilter(status=status, force_zone=zone, incident_type=kind, archived=archived)
            for status in (None, CaseStatus.RECU, CaseStatus.SUIVI)
            for zone in (None, ForceZone.GN)
            for kind in (None, IncidentType.VERBAL)
            for archived in (False, True)]


def test_counts_follow_every_kind_of_write(shared: Database) -> None:
    world = build_world(shared)
    rng = random.Random(16)
    cases = [_new(world, rng) for _ in range(6)]
    with shared.reading() as session:
        assert tally.present(session)
    for _ in range(40):
        move = rng.choice(("new", "retype", "step", "archive", "delete", "cascade", "reindex"))
        chosen = rng.choice(cases)
        if move == "new" or len(cases) < 3:
            cases.append(_new(world, rng))
        elif move == "retype":
            seen = reload_case(shared, chosen)
            facts = world.facts(types=tuple(rng.sample(TYPES, rng.randint(1, 3))),
                                commune_id=rng.choice((world.melun, world.provins)),
                                narrative=rng.choice(NARRATIVES))
            update_case(shared, chosen, facts, seen_version=seen.row_version)
        elif move == "step":
            status = reload_case(shared, chosen).status
            if status == CaseStatus.RECU:
                walk_to(shared, chosen, rng.choice(STEPS))
        elif move == "reindex":  # as after a retention's erasure: the index made anew
            with shared.unit_of_work() as uow:
                search.rebuild(uow.session)
        elif move == "archive":
            with shared.unit_of_work() as uow:
                uow.session.get_one(Case, chosen).archived_at = dt.datetime.now(dt.UTC)
        elif move == "delete":  # the ORM deletes the types, then the case
            with shared.unit_of_work() as uow:
                uow.session.delete(uow.session.get_one(Case, chosen))
            cases.remove(chosen)
        else:  # the database's own cascade deletes the types after the case
            with shared.vault.engine.begin() as connection:
                connection.execute(sa.text('DELETE FROM "case" WHERE id = :i'), {"i": chosen})
            cases.remove(chosen)
        assert _tallied(shared) == _truth(shared), move
        assert _words_kept(shared) == _words_truth(shared), move
    assert sum(n for (archived, *_), n in _truth(shared).items() if archived) > 0
    truth = _truth(shared)
    for f in _filters():  # what the list says, from the counts read from the cases
        expected = sum(n for (archived, status, zone, kind), n in truth.items()
                       if archived == f.archived and kind == (f.incident_type or "")
                       and status == (f.status or status) and zone == (f.force_zone or zone))
        assert count_cases(shared, f) == expected, f


def test_a_base_laid_before_the_counts_gets_them_filled_from_its_cases(
        shared: Database, postgres_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    world = build_world(shared)
    rng = random.Random(3)
    for _ in range(8):
        walk_to(shared, _new(world, rng), rng.choice(STEPS))
    with shared.vault.engine.begin() as connection:  # as a base of the previous version
        connection.execute(sa.text(f"DROP TABLE {tally.TABLE}, {term_counts.TABLE}"))
        connection.execute(sa.text("DROP FUNCTION egide_case_tally, egide_case_type_tally, "
                                   "egide_term_count CASCADE"))
    shared.close()
    monkeypatch.setattr(search, "_ready", type(search._ready)())
    tally.KEPT.forget()
    term_counts.KEPT.forget()
    reopened = lifecycle.open_shared(postgres_url)
    try:
        with reopened.reading() as session:
            assert not tally.present(session)
        tally.KEPT.forget()
        term_counts.KEPT.forget()
        first = queries.first_page(reopened, CaseFilter())  # the owner's first read lays it
        assert first.total == 8
        assert _tallied(reopened) == _truth(reopened)
        assert sum(_tallied(reopened).values()) > 8  # the types are counted too
        assert _words_kept(reopened) == _words_truth(reopened) != Counter()
    finally:
        reopened.close()


def _writer(url: str, case_ids: list[int], facts: Any, name: str, out: Any) -> None:
    """An agent who retypes cases and moves them through the steps, retrying when busy."""
    db = Database(open_shared(url), actor=name)
    rng = random.Random(name)
    done = 0
    try:
        while done < 15:
            chosen = rng.choice(case_ids)
            try:
                seen = reload_case(db, chosen)
                kinds = tuple(rng.sample(TYPES, rng.randint(1, 3)))
                update_case(db, chosen, replace(facts, types=kinds), seen_version=seen.row_version)
                if seen.status == CaseStatus.RECU and done % 3 == 0:
                    walk_to(db, chosen, CaseStatus.FICHE_ENVOYEE)
                create_case(db, replace(facts, types=kinds))
                done += 1
            except (VaultBusy, Conflict, ConcurrentEdit, CaseMoved, TransitionRefused):  # again
                continue
        out.put((name, done, None))
    except Exception as error:  # noqa: BLE001 - reported to the test
        out.put((name, done, repr(error)))
    finally:
        db.close()


def test_two_agents_writing_at_once_keep_the_counts_exact(shared: Database) -> None:
    world = build_world(shared)
    rng = random.Random(5)
    case_ids = [_new(world, rng) for _ in range(6)]
    url = shared.vault.url  # type: ignore[union-attr]
    reports, _exits = run_agents(_writer, url, case_ids, world.facts(), start="spawn",
                                 timeout=240)
    assert [error for _name, _done, error in reports] == [None, None]
    assert all(done == 15 for _name, done, _error in reports)
    assert _tallied(shared) == _truth(shared)
    assert count_cases(shared, CaseFilter()) == 6 + 30
    assert _words_kept(shared) == _words_truth(shared)


def test_a_one_word_search_counts_as_the_documents_do(
        shared: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kept counts give the same totals as testing every document, archived cases
    left out, for whole words; a prefix or two words still test the documents."""
    world = build_world(shared)
    rng = random.Random(11)
    cases = [world.new_case(narrative=rng.choice(NARRATIVES)) for _ in range(12)]
    with shared.unit_of_work() as uow:
        for case_id in cases[:4]:
            uow.session.get_one(Case, case_id).archived_at = dt.datetime.now(dt.UTC)
    for case_id in cases[4:8]:
        walk_to(shared, case_id, CaseStatus.FICHE_ENVOYEE)
    words = ("menaces", "ordonnancier", "accueil", "coups", "absent", "menac", "vol cabinet")
    searches = [CaseFilter(text=w, status=step, archived=archived) for w in words
                for step in (None, CaseStatus.RECU, CaseStatus.FICHE_ENVOYEE)
                for archived in (False, True)]
    kept = [count_cases(shared, f) for f in searches]
    monkeypatch.setattr(term_counts, "live_matches", lambda *_args: None)
    assert kept == [count_cases(shared, f) for f in searches]
    counted = dict(zip(searches, kept, strict=True))
    archived = {w: counted[CaseFilter(text=w, archived=True)] for w in words}
    kept_live = {w: counted[CaseFilter(text=w)] for w in words}
    assert counted[CaseFilter(text="menaces", status=CaseStatus.FICHE_ENVOYEE)] > 0
    assert kept_live["menaces"] > 0 and kept_live["absent"] == 0 and sum(archived.values()) > 0
    monkeypatch.undo()  # the kept counts again, stopped at the cap
    monkeypatch.setattr(queries, "COUNT_CAP", 2)
    assert count_cases(shared, CaseFilter(text="menaces")) == min(kept_live["menaces"], 2)
