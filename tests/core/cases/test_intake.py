"""Intake: validation, the yearly reference, force zone from the commune, corrections."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import ValidationError
from desktop.models.enums import AuthorKind, CaseStatus, ForceZone, IncidentType
from desktop.services.cases import defaults, intake
from desktop.services.cases.queries import get_case
from desktop.services.cases.records import AuthorInput
from tests.core.cases.conftest import World


def test_a_case_gets_a_yearly_sequential_reference(world: World) -> None:
    first = intake.create_case(world.db, world.facts(), today=dt.date(2026, 2, 1))
    second = intake.create_case(world.db, world.facts(), today=dt.date(2026, 2, 2))
    other_year = intake.create_case(world.db, world.facts(), today=dt.date(2027, 1, 3))
    assert [first.reference, second.reference, other_year.reference] == [
        "2026-0001", "2026-0002", "2027-0001"]


def test_force_zone_follows_the_commune(world: World) -> None:
    assert get_case(world.db, world.new_case()).force_zone == ForceZone.PN
    detail = get_case(world.db, world.new_case(commune_id=world.provins))
    assert detail.force_zone == ForceZone.GN and detail.commune_name == "Provins"


def test_a_date_in_the_future_is_refused(world: World) -> None:
    tomorrow = dt.datetime.now() + dt.timedelta(days=1)
    with pytest.raises(ValidationError, match="dans le futur") as error:
        intake.create_case(world.db, world.facts(occurred_at=tomorrow))
    assert error.value.field == "occurred_at"


def test_empty_facts_are_refused(world: World) -> None:
    with pytest.raises(ValidationError, match="faits ne sont pas décrits") as error:
        intake.create_case(world.db, world.facts(narrative="  ", exact_words=""))
    assert error.value.field == "narrative"


@pytest.mark.parametrize(("changes", "field"), [
    ({"victim_ids": ()}, "victims"),
    ({"types": ()}, "types"),
    ({"commune_id": None}, "commune"),
    ({"itt_days": -1}, "itt_days"),
    ({"severity_persons": 5}, "severity_persons"),
    ({"severity_property": 4}, "severity_property"),
    ({"victim_ids": (999,)}, "victims"),
    ({"authors": (AuthorInput(AuthorKind.PATIENT, "", False, "psychose"),)}, "authors"),
])
def test_invalid_facts_name_their_field(world: World, changes: dict[str, object],
                                        field: str) -> None:
    with pytest.raises(ValidationError) as error:
        intake.create_case(world.db, world.facts(**changes))
    assert error.value.field == field


def test_severity_levels_are_seeded_with_french_labels(world: World) -> None:
    levels = defaults.severity_levels(world.db)
    assert [(str(r.family), r.level) for r in levels] == [
        ("persons", 1), ("persons", 2), ("persons", 3), ("persons", 4),
        ("property", 1), ("property", 2), ("property", 3)]
    assert levels[0].label.startswith("Insultes")
    defaults.rename_severity(world.db, levels[0].id, "Injures")
    assert defaults.severity_levels(world.db)[0].label == "Injures"


def test_several_types_and_victims(world: World) -> None:
    case_id = world.new_case(types=(IncidentType.VERBAL, IncidentType.PHYSICAL),
                             victim_ids=(world.doctor, world.nurse))
    detail = get_case(world.db, case_id)
    assert detail.types == (IncidentType.VERBAL, IncidentType.PHYSICAL)
    assert [v.name for v in detail.victims] == ["Hélène Dupré", "Éric Lefèvre"]


def test_update_is_recorded_in_the_timeline(world: World) -> None:
    case_id = world.new_case()
    intake.update_case(world.db, case_id, world.facts(itt_days=3, victim_ids=(world.nurse,)))
    detail = get_case(world.db, case_id)
    assert detail.itt_days == 3 and [v.name for v in detail.victims] == ["Éric Lefèvre"]
    assert detail.status == CaseStatus.RECU
    assert "itt_days" in (detail.events[-1].comment or "")
