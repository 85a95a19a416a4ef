"""The access log has an end: views and exports older than a year are purged; the change trail
stays verifiable through the checkpoint, and any other deletion is still detected."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest
import sqlalchemy as sa

from desktop.models.audit import AuditEntry
from desktop.services.vault import audit_log
from desktop.services.vault.database import Database
from desktop.storage import audit

NOW = dt.datetime.now(dt.UTC)
OLD = NOW - dt.timedelta(days=400)


def _write(db: Database, monkeypatch: pytest.MonkeyPatch, at: dt.datetime,
           action: str, entity: str = "case") -> None:
    monkeypatch.setattr(audit, "utc_now", lambda: at)
    with db.unit_of_work() as uow:
        uow.audit(action, entity, 1, {"note": [None, action]})
    monkeypatch.undo()


def _history(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    for at, action in ((OLD, "view"), (OLD, "update"), (OLD, "view"), (OLD, "export"),
                       (OLD, "print"), (OLD, "create"), (NOW, "view"), (NOW, "update"),
                       (OLD, "view")):
        _write(db, monkeypatch, at, action)


def test_purge_removes_old_accesses_and_the_chain_still_verifies(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _history(db, monkeypatch)
    with db.reading() as session:
        old_hashes = session.scalars(sa.select(AuditEntry.hash).where(
            AuditEntry.action.in_(audit_log.ACCESS_ACTIONS), AuditEntry.at < NOW - dt.timedelta(
                days=300)).order_by(AuditEntry.id)).all()
    before = audit_log.count_entries(db)
    assert audit_log.verify(db).ok

    done = audit_log.purge_access_log(db, NOW)

    assert done.entries == len(old_hashes) == 5
    assert done.segment_sha256 == hashlib.sha256("".join(old_hashes).encode()).hexdigest()
    assert audit_log.count_entries(db) == before - 5 + 1  # the checkpoint
    report = audit_log.verify(db)
    assert report.ok, report.problems
    with db.reading() as session:
        actions = session.scalars(sa.select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions[-1] == "purge"
    assert "update" in actions and "create" in actions and actions.count("view") == 1
    assert audit_log.purge_access_log(db, NOW).entries == 0  # nothing more to purge
    _write(db, monkeypatch, NOW, "update")
    assert audit_log.verify(db).ok


def test_a_deletion_without_checkpoint_is_still_detected(
        db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _history(db, monkeypatch)
    audit_log.purge_access_log(db, NOW)
    with db.unit_of_work() as uow:  # someone removes a change entry by hand
        victim = uow.session.scalars(sa.select(AuditEntry.id).where(
            AuditEntry.action == "update").order_by(AuditEntry.id)).first()
        uow.session.execute(sa.delete(AuditEntry).where(AuditEntry.id == victim))
    report = audit_log.verify(db)
    assert not report.ok
    assert any("ne suit pas" in problem for problem in report.problems)


def test_audit_verify_command_accepts_a_purged_log(
        db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str],
) -> None:
    from desktop.cli import run_command

    _history(db, monkeypatch)
    audit_log.purge_access_log(db, NOW)
    path = db.vault.path
    code = run_command(["audit", "verify", "--vault", str(path)])
    out = capsys.readouterr()
    assert code == 0, out
    assert "Journal d'audit intact" in out.out


def test_opening_a_practitioner_record_is_logged(db: Database) -> None:
    from desktop.models.contacts import Practitioner
    from desktop.models.enums import Profession
    from desktop.services.practitioners import directory

    with db.unit_of_work() as uow:
        person = Practitioner(first_name="Anne", last_name="Martin",
                              profession=Profession.PHARMACIEN)
        uow.session.add(person)
        uow.session.flush()
        person_id = person.id
    directory.get_practitioner(db, person_id)  # internal reads are not consultations
    assert not [r for r in audit_log.recent_entries(db) if r.action == "view"]
    assert directory.view_practitioner(db, person_id).last_name == "Martin"
    [row] = [r for r in audit_log.recent_entries(db) if r.action == "view"]
    assert (row.entity, row.entity_id) == ("practitioner", str(person_id))
    assert "Martin" not in str(row.changes)
