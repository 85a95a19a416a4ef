"""The audit trail is written by the services and detects any edit or deletion."""

from __future__ import annotations

import sqlalchemy as sa

from desktop.services.vault import audit_log, office
from desktop.services.vault.database import Database
from tests.core.conftest import OFFICE_77


def _touch_office(db: Database, times: int) -> None:
    for n in range(times):
        phone = f"01 64 71 {n // 100 % 100:02} {n % 100:02}"  # a valid number each time
        office.save_office(db, office.OfficeIdentity(**{**OFFICE_77.__dict__, "phone": phone}))


def test_services_write_who_when_what_old_and_new(db: Database) -> None:
    office.save_office(db, office.OfficeIdentity(**{**OFFICE_77.__dict__, "city": "Meaux"}))
    newest = audit_log.recent_entries(db, 0, 1)[0]
    assert newest.entity == "office_settings" and newest.action == "update"
    assert newest.changes == {"city": ["Melun", "Meaux"]}
    assert newest.actor and newest.at.tzinfo is not None


def test_intact_chain_verifies(db: Database) -> None:
    _touch_office(db, 3)
    report = audit_log.verify(db)
    assert report.ok and report.entries == audit_log.count_entries(db) >= 5


def test_edited_entry_is_detected(db: Database) -> None:
    _touch_office(db, 3)
    with db.vault.engine.begin() as connection:
        connection.execute(sa.text("UPDATE audit_entry SET actor = 'quelqu_un' WHERE id = 3"))
    report = audit_log.verify(db)
    assert not report.ok
    assert any("n° 3" in p and "modifié" in p for p in report.problems)


def test_deleted_entry_in_the_middle_is_detected(db: Database) -> None:
    _touch_office(db, 3)
    with db.vault.engine.begin() as connection:
        connection.execute(sa.text("DELETE FROM audit_entry WHERE id = 2"))
    report = audit_log.verify(db)
    assert any("n° 3" in p and "supprimée" in p for p in report.problems)


def test_deleted_last_entries_are_detected(db: Database) -> None:
    _touch_office(db, 3)
    with db.vault.engine.begin() as connection:
        last = connection.execute(sa.text("SELECT max(id) FROM audit_entry")).scalar()
        connection.execute(sa.text("DELETE FROM audit_entry WHERE id = :i"), {"i": last})
    report = audit_log.verify(db)
    assert not report.ok and any("tête" in problem for problem in report.problems)
