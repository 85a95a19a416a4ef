"""Statistics from a known set of cases, and small-count suppression."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.models.enums import ForceZone
from desktop.services.committee.statistics import Filters, compute
from desktop.services.committee.suppression import export_rows, shown_count, shown_share
from desktop.services.vault.database import Database
from tests.core.committee.fixtures import add_cases

Q1 = Filters(dt.date(2026, 1, 1), dt.date(2026, 3, 31))
TODAY = dt.date(2026, 4, 1)


@pytest.fixture
def seeded(db: Database) -> Database:
    add_cases(db)
    return db


def test_counts_and_shares_from_known_cases(seeded: Database) -> None:
    stats = compute(seeded, Q1, TODAY)
    assert stats.total == 12
    assert stats.get("month").rows == (("janv. 2026", 7), ("févr. 2026", 4), ("mars 2026", 1))
    types = dict(stats.get("type").rows)
    assert types["Agression verbale, menace"] == 6 and types["Vol ou tentative"] == 2
    assert types["Agression physique"] == 2 and types["Agression sexuelle"] == 0
    assert dict(stats.get("force").rows)["Police nationale"] == 8
    assert dict(stats.get("force").rows)["Gendarmerie nationale"] == 4
    assert dict(stats.get("place").rows)["Officine"] == 3
    professions = dict(stats.get("profession").rows)
    assert professions["Médecin généraliste"] == 5 and professions["Infirmier"] == 4
    assert dict(stats.get("author").rows)["Inconnu"] == 3
    assert stats.with_plainte == 5 and stats.plainte_share == pytest.approx(5 / 12)
    assert stats.open_cases == 9 and stats.overdue_cases == 6
    assert stats.preregistrations == 1 and stats.alert_devices == 1
    (delay,) = stats.delays
    assert delay.cases == 6 and delay.mean_days == pytest.approx(4.0)


def test_filters_by_period_force_and_arrondissement(seeded: Database) -> None:
    assert compute(seeded, Filters(dt.date(2026, 2, 1), dt.date(2026, 2, 28)), TODAY).total == 4
    gn = compute(seeded, Filters(Q1.date_from, Q1.date_to, force=ForceZone.GN), TODAY)
    assert gn.total == 4 and gn.preregistrations == 0 and gn.alert_devices == 0
    melun = compute(seeded, Filters(Q1.date_from, Q1.date_to, arrondissement="772"), TODAY)
    assert melun.total == 8 and melun.alert_devices == 1


def test_small_counts_are_suppressed_in_what_leaves() -> None:
    assert [shown_count(n, 5) for n in (0, 1, 4, 5, 12)] == ["0", "< 5", "< 5", "5", "12"]
    assert shown_count(9, 10) == "< 10"
    assert shown_share(5, 12, 5) == "42 %"
    assert shown_share(3, 12, 5) == "s."  # the numerator is a small count
    assert shown_share(10, 12, 5) == "s."  # the rest (2) is a small count
    assert shown_share(0, 0, 5) == "–"


def test_export_rows_never_carry_a_small_count(seeded: Database) -> None:
    rows = export_rows(compute(seeded, Q1, TODAY))
    values = [value for _, _, value in rows]
    for value in values:
        assert not (value.isdigit() and 0 < int(value) < 5), value
    assert ("Signalements par mois", "mars 2026", "< 5") in rows
    assert ("Signalements par mois", "janv. 2026", "7") in rows


@pytest.mark.parametrize("period", [
    (dt.date(2026, 1, 1), dt.date(2026, 3, 31)),   # full months: all from the cache
    (dt.date(2026, 1, 10), dt.date(2026, 2, 14)),  # partial edges queried live
    (dt.date(2026, 1, 4), dt.date(2026, 1, 20)),   # inside one month: all live
    (dt.date(2025, 6, 1), dt.date(2026, 12, 31)),  # wider than the data
])
def test_cached_history_gives_the_same_figures_as_a_direct_count(
        seeded: Database, period: tuple[dt.date, dt.date]) -> None:
    from desktop.services.committee.statistics import compute_in
    from desktop.services.committee.statistics_raw import clear_cache

    clear_cache()
    for flt in (Filters(*period), Filters(*period, force=ForceZone.PN),
                Filters(*period, arrondissement="774")):
        cached = compute(seeded, flt, TODAY)
        with seeded.reading() as session:
            direct = compute_in(session, flt, TODAY)
        assert cached == direct


def test_the_cache_follows_changes_to_the_cases(seeded: Database) -> None:
    from sqlalchemy import text

    before = compute(seeded, Q1, TODAY)
    with seeded.unit_of_work() as uow:
        uow.session.execute(text("UPDATE case_type SET incident_type = 'sexual' "
                                 "WHERE case_id = (SELECT id FROM \"case\" WHERE seq = 1)"))
        uow.session.execute(text("UPDATE \"case\" SET status = 'clos', "
                                 "updated_at = '2030-01-01 00:00:00.000000' WHERE seq = 3"))
        uow.audit("update", "case", 3, {"status": ["recu", "clos"]})  # as every service does
    after = compute(seeded, Q1, TODAY)
    assert dict(after.get("type").rows)["Agression sexuelle"] == 1
    assert after.open_cases == before.open_cases - 1


def test_the_first_display_counts_only_its_months_and_prepare_the_rest(
        seeded: Database) -> None:
    from desktop.services.committee import statistics_raw
    from desktop.services.committee.statistics import prepare

    statistics_raw.clear_cache()
    compute(seeded, Filters(dt.date(2026, 2, 1), dt.date(2026, 2, 28)), TODAY)
    (entry,) = statistics_raw._CACHE.values()
    assert entry.months == {"2026-02"}
    prepare(seeded, TODAY)
    (entry,) = statistics_raw._CACHE.values()
    assert entry.months == {"2026-01", "2026-02", "2026-03"}
    # the months counted first and those counted by prepare add up to the direct count
    with seeded.reading() as session:
        from desktop.services.committee.statistics import compute_in

        assert compute(seeded, Q1, TODAY) == compute_in(session, Q1, TODAY)
    assert compute(seeded, Q1, TODAY).total == 12
