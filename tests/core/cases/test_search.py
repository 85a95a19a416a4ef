"""The list: full-text search (with or without accents), filters, sorting, pages, counts."""

from __future__ import annotations

import datetime as dt

from desktop.models.enums import CaseStatus, ForceZone, IncidentType, Profession
from desktop.services.cases import intake, queries, search, workflow
from desktop.services.cases.records import CaseFilter
from tests.core.cases.conftest import World


def ids(world: World, **criteria: object) -> list[int]:
    return queries.case_ids(world.db, CaseFilter(**criteria))  # type: ignore[arg-type]


def test_search_with_and_without_accents(world: World) -> None:
    threats = world.new_case()
    theft = world.new_case(narrative="Vol d'ordonnancier dans la salle d'attente",
                           exact_words="", types=(IncidentType.THEFT,), motive=None)
    assert ids(world, text="repetees") == [threats]
    assert ids(world, text="Répétées") == [threats]
    assert ids(world, text="ordonnancier") == [theft]
    assert ids(world, text="ordonnanc") == [theft]  # prefixes match
    assert ids(world, text="regretter") == [threats]  # exact words
    assert ids(world, text="dupre") == [theft, threats]  # victims' names, newest first
    assert ids(world, text="vol dupre") == [theft]  # every word must appear
    assert ids(world, text='"; DROP') == []  # the user's text is never FTS syntax


def test_search_follows_corrections(world: World) -> None:
    case_id = world.new_case()
    intake.update_case(world.db, case_id, world.facts(narrative="Crachat au visage"))
    assert ids(world, text="crachat") == [case_id]
    assert ids(world, text="repetees") == []


def test_the_index_is_rebuilt_when_missing(world: World) -> None:
    case_id = world.new_case()
    with world.db.unit_of_work() as uow:
        uow.session.execute(search.sa.text("DROP TABLE case_search"))
    search._ready.clear()
    assert ids(world, text="repetees") == [case_id]


def test_filters(world: World) -> None:
    melun = world.new_case(occurred_at=dt.datetime(2025, 6, 1, 9, 0))
    provins = world.new_case(commune_id=world.provins, types=(IncidentType.PHYSICAL,),
                             victim_ids=(world.nurse,))
    workflow.transition(world.db, provins, CaseStatus.FICHE_ENVOYEE,
                        on=dt.date.today() - dt.timedelta(days=40))
    assert ids(world, status=CaseStatus.FICHE_ENVOYEE) == [provins]
    assert ids(world, force_zone=ForceZone.PN) == [melun]
    assert ids(world, commune_id=world.provins) == [provins]
    assert ids(world, incident_type=IncidentType.PHYSICAL) == [provins]
    assert ids(world, profession=Profession.MEDECIN_GENERALISTE) == [melun]
    assert ids(world, overdue=True) == [provins]
    assert ids(world, date_from=dt.date(2025, 1, 1), date_to=dt.date(2025, 12, 31)) == [melun]
    assert ids(world, text="repetees", force_zone=ForceZone.GN) == [provins]
    assert ids(world, text="repetees", status=CaseStatus.FICHE_ENVOYEE) == [provins]
    assert ids(world, text="repetees", status=CaseStatus.RECU,
               profession=Profession.MEDECIN_GENERALISTE) == [melun]
    assert queries.count_cases(world.db, CaseFilter(text="repetees", overdue=True)) == 1


def test_pages_counts_and_sorting(world: World) -> None:
    made = [world.new_case(occurred_at=dt.datetime(2026, 1, 1 + n, 12, 0)) for n in range(5)]
    made.append(world.new_case(occurred_at=dt.datetime(2025, 1, 1, 12, 0)))
    everything = CaseFilter()
    assert queries.count_cases(world.db, everything) == 6
    assert queries.count_cases(world.db, CaseFilter(text="repetees")) == 6
    assert queries.case_ids(world.db, everything, limit=2, offset=1) == made[4:2:-1]
    by_date = queries.case_ids(world.db, everything, "occurred_at", descending=False)
    assert by_date[0] == made[-1] and by_date[1:] == made[:5]
    page = queries.first_page(world.db, CaseFilter(text="repetees"))
    assert page.total == 6 and page.rows[0].id == made[-1]
    row = page.rows[0]
    assert row.reference.endswith("-0006") and row.commune_name == "Melun"
    assert row.victims == "Hélène Dupré" and row.types == (IncidentType.VERBAL,)


def test_renaming_a_practitioner_reindexes_their_cases(world: World) -> None:
    from desktop.services.practitioners.directory import PractitionerInput, update_practitioner
    from desktop.services.vault.changes import Changes

    case_id = world.new_case()  # the doctor, Hélène Dupré, is the victim
    other = world.new_case(victim_ids=(world.nurse,))

    def listed(**criteria: object) -> list[int]:  # what the case list shows first
        page = queries.first_page(world.db, CaseFilter(**criteria))  # type: ignore[arg-type]
        return [row.id for row in page.rows]

    assert listed(text="dupre") == [case_id]
    changes = update_practitioner(world.db, world.doctor, PractitionerInput(
        "Hélène", "Marchal", Profession.MEDECIN_GENERALISTE))
    assert changes & Changes.CASES  # the case list shows the victims' names
    assert listed(text="marchal") == [case_id]
    assert listed(text="dupre") == []

    update_practitioner(world.db, world.doctor, PractitionerInput(
        "Hélène", "Marchal", Profession.INFIRMIER))
    assert listed(profession=Profession.INFIRMIER) == [other, case_id]
    assert listed(profession=Profession.MEDECIN_GENERALISTE) == []
    assert queries.count_cases(world.db, CaseFilter(profession=Profession.INFIRMIER)) == 2
