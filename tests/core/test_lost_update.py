"""No lost update: two agents saving the same case, on SQLCipher and on PostgreSQL.

Each process reads the case, waits a little (a person typing), then saves its edit with the
version it read. A colleague's save in between is refused with ``ConcurrentEdit`` naming the
colleague; the agent reloads and reapplies. At the end every edit of both is there once, the
version counter adds up, and the audit chain is intact.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa

from desktop.errors import ConcurrentEdit, VaultBusy
from desktop.models.audit import AuditEntry
from desktop.models.cases import Case
from desktop.models.enums import CaseStatus
from desktop.services.cases.intake import update_case
from desktop.services.cases.queries import reload_case
from desktop.services.cases.workflow import transition
from desktop.services.vault import audit_log, lifecycle
from desktop.services.vault.database import Database
from desktop.storage.shared import open_shared
from desktop.storage.vault import ByRawKey, open_vault
from tests.core.agents import run_agents
from tests.core.cases.conftest import World, build_world
from tests.core.conftest import OFFICE_77

EACH = 12


def _open(where: dict[str, Any], actor: str) -> Database:
    if "url" in where:
        return Database(open_shared(where["url"]), actor=actor)
    return Database(open_vault(Path(where["path"]), ByRawKey(where["key"])), actor=actor)


def _agent(where: dict[str, Any], case_id: int, facts: Any, name: str,
           out: Any) -> None:
    db = _open(where, name)
    rng = random.Random(name)
    done = conflicts = 0
    others: set[str | None] = set()
    try:
        while done < EACH:
            seen = reload_case(db, case_id)
            time.sleep(rng.uniform(0.0, 0.03))  # the agent types
            edited = replace(facts, narrative=f"{seen.narrative}\n{name}-{done}")
            try:
                update_case(db, case_id, edited, seen_version=seen.row_version)
            except ConcurrentEdit as error:
                conflicts += 1
                others.add(error.who)
                continue
            except VaultBusy:  # "réessayez dans un instant": nothing saved, as a user would
                continue
            done += 1
    except Exception as error:  # noqa: BLE001 - told to the test at once, not after 180 s
        out.put((name, -1, 0, [repr(error)]))
        raise
    finally:
        db.close()
    out.put((name, done, conflicts, sorted(str(o) for o in others)))


@pytest.fixture(params=["sqlcipher", pytest.param("postgres", marks=pytest.mark.postgres)])
def engine_world(
    request: pytest.FixtureRequest, db: Database
) -> Iterator[tuple[World, dict[str, Any]]]:
    if request.param == "sqlcipher":
        where = {"path": str(db.vault.path), "key": db.vault.key}  # type: ignore[union-attr]
        yield build_world(db), where
        return
    url = request.getfixturevalue("postgres_url")
    shared = lifecycle.create_shared(url, OFFICE_77)
    try:
        yield build_world(shared), {"url": url}
    finally:
        shared.close()


def test_two_agents_editing_the_same_case_lose_nothing(
    engine_world: tuple[World, dict[str, Any]],
) -> None:
    world, where = engine_world
    db = world.db
    case_id = world.new_case()
    start = reload_case(db, case_id).row_version
    db.vault.engine.dispose()  # no connection crosses the fork
    results, exits = run_agents(_agent, where, case_id, world.facts())
    assert exits == [0, 0]

    assert [(name, done) for name, done, _, _ in results] == [("agent.a", EACH),
                                                             ("agent.b", EACH)]
    # each refusal named the colleague, never the agent itself
    assert results[0][3] in ([], ["agent.b"]) and results[1][3] in ([], ["agent.a"])
    assert sum(conflicts for _, _, conflicts, _ in results) > 0, "no conflict was provoked"
    final = reload_case(db, case_id)
    lines = final.narrative.splitlines()[1:]
    assert sorted(lines) == sorted(f"{n}-{i}" for n in ("agent.a", "agent.b")
                                   for i in range(EACH))
    assert final.row_version == start + 2 * EACH
    with db.reading() as session:
        updates = session.scalar(sa.select(sa.func.count()).select_from(AuditEntry).where(
            AuditEntry.action == "update", AuditEntry.entity == "case"))
    assert updates == 2 * EACH
    report = audit_log.verify(db)
    assert report.ok, report.problems


def test_a_stale_form_names_who_saved_meanwhile(db: Database) -> None:
    world = build_world(db)
    case_id = world.new_case()
    seen = reload_case(world.db, case_id)
    colleague = Database(world.db.vault, actor="claire.martin")
    update_case(colleague, case_id, world.facts(narrative="Version de Claire."),
                seen_version=seen.row_version)
    with pytest.raises(ConcurrentEdit, match=r"Modifié entre-temps par claire\.martin à "
                                             r"\d\d:\d\d") as refused:
        update_case(world.db, case_id, world.facts(narrative="Ma version."),
                    seen_version=seen.row_version)
    assert refused.value.who == "claire.martin" and "narrative" in refused.value.changed
    assert reload_case(world.db, case_id).narrative == "Version de Claire."
    with pytest.raises(ConcurrentEdit):
        transition(world.db, case_id, CaseStatus.FICHE_ENVOYEE, "envoi",
                   seen_version=seen.row_version)


@pytest.mark.postgres
def test_a_save_racing_a_colleague_inside_the_transaction_is_refused(
    postgres_url: str,  # noqa: F811
) -> None:
    """The colleague commits between this transaction's read and its UPDATE: the version
    in the UPDATE's WHERE matches nothing; the whole unit rolls back with who/when."""
    shared = lifecycle.create_shared(postgres_url, OFFICE_77)
    world = build_world(shared)
    case_id = world.new_case()
    colleague = Database(shared.vault, actor="paul.durand")
    try:
        with (pytest.raises(ConcurrentEdit, match="par paul.durand") as refused,
              shared.unit_of_work() as uow):
            case = uow.session.get(Case, case_id)
            assert case is not None
            update_case(colleague, case_id, world.facts(narrative="Paul."))
            case.narrative = "Moi."
            uow.audit("update", "case", case_id, {"narrative": ["", "Moi."]})
        assert refused.value.who == "paul.durand"
        assert reload_case(shared, case_id).narrative == "Paul."
        assert audit_log.verify(shared).ok
    finally:
        shared.close()
