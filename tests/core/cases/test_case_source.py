"""A case records who brought it (CDOM, direct call, forces, URPS, establishment); a change
of source is in the timeline's and the audit's account of the correction."""

from __future__ import annotations

from desktop.models.enums import CaseSource
from desktop.services.cases import intake
from desktop.services.cases.queries import get_case
from desktop.services.vault import audit_log

from .conftest import World


def test_source_recorded_and_corrected(world: World) -> None:
    case_id = world.new_case(source=CaseSource.CDOM)
    assert get_case(world.db, case_id).source is CaseSource.CDOM
    intake.update_case(world.db, case_id, world.facts(source=CaseSource.URPS))
    detail = get_case(world.db, case_id)
    assert detail.source is CaseSource.URPS
    assert "source" in detail.events[-1].comment
    update = next(e for e in audit_log.recent_entries(world.db, 0, 10)
                  if e.action == "update" and e.entity == "case")
    assert update.changes["source"] == ["cdom", "urps"]


def test_source_is_optional(world: World) -> None:
    case_id = world.new_case()
    assert get_case(world.db, case_id).source is None
