"""The committee's issue-15 work: the quorum of each decision counts who was present at its
time; action items edited with any status; "Vérifier le relevé" (service and CLI); the relevé
PDF prints each decision's quorum and cuts no word; packs carry the times both ways."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pypdf
import pytest
from sqlalchemy import text

from desktop.cli import run_command
from desktop.errors import ConcurrentEdit, TransitionRefused
from desktop.models.enums import ActionStatus, AttendanceStatus, MeetingStatus
from desktop.services.committee import action_items, agenda, meetings, minutes, pack_merge, packs
from desktop.services.committee.meeting_detail import meeting_detail
from desktop.services.committee.printing import minutes_pdf
from desktop.services.vault import lifecycle
from desktop.services.vault.database import Database
from tests.core.committee.fixtures import at
from tests.core.conftest import PASSPHRASE

PACK_PASS = "phrase du dossier hors ligne"


def _at(hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 3, 10, hour, minute, tzinfo=dt.UTC)


def _meeting_where_two_leave(db: Database) -> tuple[int, int, list[int]]:
    """Five members present from 14:00, quorum 5; two leave at 14:30. Returns (meeting,
    agenda item, attendance ids)."""
    meeting = meetings.create_meeting(db, _at(14), "Préfecture", quorum=5).id
    ids = [meetings.add_attendee(db, meeting, organisation_id=None,
                                 person_name=f"Membre {n}").id for n in range(6)]
    for index, attendance in enumerate(ids[:5]):
        meetings.record_attendance(db, attendance, AttendanceStatus.PRESENT,
                                   arrived_at=_at(14),
                                   left_at=_at(14, 30) if index < 2 else None)
    meetings.record_attendance(db, ids[5], AttendanceStatus.EXCUSE)
    item = agenda.add_item(db, meeting, "Signalements").id
    return meeting, item, ids


@pytest.mark.both_engines  # the same on a shared server
def test_quorum_is_counted_among_those_present_at_each_decision(db: Database) -> None:
    meeting, item, ids = _meeting_where_two_leave(db)
    agenda.add_decision(db, item, "Avant les départs.", _at(14, 10))
    agenda.add_decision(db, item, "Après les départs.", _at(14, 45))
    agenda.add_decision(db, item, "Sans heure.")
    detail = meeting_detail(db, meeting)
    before, after, untimed = detail.agenda[0].decisions
    assert after.decided_at == _at(14, 45)
    assert detail.present_count == 5 and detail.quorum_reached is True  # at some moment
    first = detail.decision_quorum(before)
    second = detail.decision_quorum(after)
    third = detail.decision_quorum(untimed)
    assert first is not None and (first.present, first.reached) == (5, True)
    assert second is not None and (second.present, second.reached) == (3, False)
    assert third is not None and not third.timed and third.present == 5
    # A member arriving late counts from his arrival only.
    meetings.record_attendance(db, ids[5], AttendanceStatus.PRESENT, arrived_at=_at(14, 40))
    later = meeting_detail(db, meeting)
    assert later.decision_quorum(later.agenda[0].decisions[1]).present == 4  # type: ignore[union-attr]
    assert later.decision_quorum(later.agenda[0].decisions[0]).present == 5  # type: ignore[union-attr]
    # The time is edited like the text.
    decision = after.id
    agenda.update_decision(db, decision, "Après les départs.", _at(14, 20))
    moved = meeting_detail(db, meeting)
    assert moved.decision_quorum(moved.agenda[0].decisions[1]).reached is True  # type: ignore[union-attr]


@pytest.mark.both_engines  # the same on a shared server
def test_an_action_item_is_edited_and_set_to_any_status(db: Database) -> None:
    meeting = meetings.create_meeting(db, _at(14), "Préfecture").id
    action = action_items.create_action(db, "Diffuser la fiche", owner_organisation_id=None,
                                        due_on=None, meeting_id=meeting, at=_at(14)).id
    row = action_items.action_history(db, action)
    stale = row.row_version
    action_items.edit_action(db, action, title="Diffuser la fiche réflexe",
                             owner_organisation_id=None, due_on=dt.date(2026, 6, 1),
                             status=ActionStatus.IN_PROGRESS, note="Envoyée au CDOM",
                             meeting_id=meeting, seen_version=row.row_version, at=_at(14, 5))
    row = action_items.action_history(db, action)
    assert (row.title, row.due_on, row.status) == (
        "Diffuser la fiche réflexe", dt.date(2026, 6, 1), ActionStatus.IN_PROGRESS)
    assert row.history[-1].note == "Envoyée au CDOM"
    # A note alone (the status kept) goes to the history too.
    action_items.edit_action(db, action, title=row.title, owner_organisation_id=None,
                             due_on=row.due_on, status=row.status, note="Relance faite",
                             seen_version=row.row_version, at=_at(14, 6))
    row = action_items.action_history(db, action)
    assert [e.note for e in row.history][-1] == "Relance faite" and row.row_version > stale
    with pytest.raises(ConcurrentEdit):  # a colleague saved since the dialog was filled
        action_items.edit_action(db, action, title="Autre", owner_organisation_id=None,
                                 due_on=None, status=ActionStatus.DONE, seen_version=stale)
    action_items.edit_action(db, action, title=row.title, owner_organisation_id=None,
                             due_on=row.due_on, status=ActionStatus.DROPPED,
                             seen_version=row.row_version, at=_at(14, 7))
    assert action_items.action_history(db, action).status == ActionStatus.DROPPED
    assert action not in {a.id for a in action_items.open_actions(db)}


def _lock(db: Database, meeting: int) -> str:
    meetings.set_status(db, meeting, MeetingStatus.TENUE)
    minutes.start_minutes(db, meeting, "Relevé")
    minutes.validate_minutes(db, meeting)
    return minutes.lock_minutes(db, meeting).content_hash


@pytest.mark.both_engines  # the same on a shared server
def test_verify_releve_says_whether_the_relevé_matches(db: Database) -> None:
    meeting, item, _ = _meeting_where_two_leave(db)
    decision = agenda.add_decision(db, item, "Le CDOM accompagnera la plainte.",
                                   _at(14, 45)).id
    with pytest.raises(TransitionRefused, match="pas verrouillé"):
        minutes.verify_releve(db, meeting)
    digest = _lock(db, meeting)
    check = minutes.verify_releve(db, meeting)
    assert check.ok and check.stored == check.actual == digest
    assert check.lock_entry is not None and check.lock_entry.recorded_hash == digest
    assert "conforme" in check.message and f"entrée n° {check.lock_entry.id}" in check.message
    assert "NON" not in check.message and "\n" not in check.message
    with db.unit_of_work() as uow:  # a tampered row, behind the services' back
        uow.session.execute(text("UPDATE decision SET text = 'Rejeté.' WHERE id = :i"),
                            {"i": decision})
    check = minutes.verify_releve(db, meeting)
    assert not check.ok and check.stored == digest and "NON CONFORME" in check.message
    with db.unit_of_work() as uow:  # the text put back, the time moved: still detected
        uow.session.execute(text("UPDATE decision SET text = 'Le CDOM accompagnera la "
                                 "plainte.', decided_at = '2026-03-10 14:20:00.000000' "
                                 "WHERE id = :i"), {"i": decision})
    assert not minutes.verify_releve(db, meeting).ok


def test_a_swapped_stored_hash_is_caught_by_the_journal(db: Database) -> None:
    meeting, item, _ = _meeting_where_two_leave(db)
    decision = agenda.add_decision(db, item, "Adopté.", _at(14, 10)).id
    _lock(db, meeting)
    with db.unit_of_work() as uow:  # the row changed AND the stored hash recomputed
        uow.session.execute(text("UPDATE decision SET text = 'Rejeté.' WHERE id = :i"),
                            {"i": decision})
    forged = minutes.verify_releve(db, meeting).actual
    with db.unit_of_work() as uow:
        uow.session.execute(text("UPDATE minutes SET content_hash = :h WHERE meeting_id = :m"),
                            {"h": forged, "m": meeting})
    check = minutes.verify_releve(db, meeting)
    assert check.stored == check.actual and not check.ok
    assert "journal d'audit" in check.message and "NON CONFORME" in check.message


def test_a_relevé_locked_before_decision_times_keeps_its_hash(db: Database) -> None:
    """Decisions with no time hash as before ([id, text]): a relevé locked by the previous
    version still verifies."""
    meeting = meetings.create_meeting(db, _at(14), "Melun").id
    item = agenda.add_item(db, meeting, "Point").id
    decision = agenda.add_decision(db, item, "Adopté.").id
    _lock(db, meeting)
    canonical = minutes.canonical_text(meeting_detail(db, meeting), "Relevé")
    assert f'[{decision},"Adopté."]' in canonical
    assert minutes.verify_releve(db, meeting).ok


def test_releve_pdf_prints_each_decisions_quorum_and_cuts_no_word(db: Database) -> None:
    meeting, item, _ = _meeting_where_two_leave(db)
    agenda.add_decision(db, item, "Avant les départs.", _at(14, 10))
    agenda.add_decision(db, item, "Après les départs.", _at(14, 45))
    for status in ActionStatus:
        action = action_items.create_action(db, f"Action n° {len(status)}",
                                            owner_organisation_id=None, due_on=None,
                                            meeting_id=meeting, at=_at(14)).id
        if status != ActionStatus.OPEN:
            action_items.change_status(db, action, status, meeting_id=meeting, at=_at(14, 50))
    _lock(db, meeting)
    pages = pypdf.PdfReader(__import__("io").BytesIO(minutes_pdf(db, meeting))).pages
    content = "\n".join(page.extract_text() for page in pages)
    assert "présents : 5 / quorum : 5 — quorum atteint" in content
    assert "présents : 3 / quorum : 5 — quorum non atteint" in content
    assert "Verrouillage inscrit au journal d'audit : entrée n°" in content
    words = content.split()
    for label in ("Abandonnée", "Réalisée", "Ouverte"):
        assert label in words, label  # whole, never "Abandonn" / "ée"


def test_fit_columns_widens_a_narrow_column_to_its_longest_word() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from desktop.documents.columns import fit_columns
    from desktop.documents.layout import SANS, register_fonts

    register_fonts()
    widths = fit_columns([["Qui", "Quoi", "Statut"], ["—", "Diffuser la fiche", "Abandonnée"]],
                         [100.0, 250.0, 40.0], SANS, 8)
    assert widths[2] >= stringWidth("Abandonnée", SANS, 8) + 12
    assert sum(widths) == pytest.approx(390.0) and widths[0] == 100.0


@pytest.fixture
def cli(created: lifecycle.Created, vault_path: Path, tmp_path: Path) -> tuple[list[str], int]:
    db = created.db
    meeting = meetings.create_meeting(db, at(2026, 4, 2, 12), "Melun").id
    item = agenda.add_item(db, meeting, "Point").id
    agenda.add_decision(db, item, "Adopté.", at(2026, 4, 2, 13))
    secret = tmp_path / "pass.txt"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    return ["--vault", str(vault_path), "--passphrase-file", str(secret)], meeting


def test_cli_verify_releve(cli: tuple[list[str], int], created: lifecycle.Created,
                           capsys: pytest.CaptureFixture[str]) -> None:
    unlock, meeting = cli
    command = ["verify", "releve", "--meeting", str(meeting), *unlock]
    assert run_command(command) == 1  # not locked yet
    assert "pas verrouillé" in capsys.readouterr().err
    _lock(created.db, meeting)
    assert run_command(command) == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "conforme" in out and "NON" not in out
    with created.db.unit_of_work() as uow:
        uow.session.execute(text("UPDATE decision SET text = 'Rejeté.'"))
    assert run_command(command) == 1
    captured = capsys.readouterr()
    assert (captured.out + captured.err).count("\n") == 1
    assert "NON CONFORME" in captured.out + captured.err


@pytest.mark.both_engines  # the same on a shared server
def test_pack_carries_arrivals_departures_and_decision_times_both_ways(
        db: Database, tmp_path: Path) -> None:
    meeting, item, ids = _meeting_where_two_leave(db)
    agenda.add_decision(db, item, "Prise avant l'export.", _at(14, 10))
    path = tmp_path / "seance.egide-pack"
    packs.export_pack(db, meeting, path, PACK_PASS)
    pack = packs.open_pack(path, PACK_PASS)
    try:  # the vault's times went out ...
        detail = meeting_detail(pack, meeting)
        assert detail.attendance[0].left_at == _at(14, 30)
        assert detail.agenda[0].decisions[0].decided_at == _at(14, 10)
        # ... and what the meeting records offline comes back.
        meetings.record_attendance(pack, ids[4], AttendanceStatus.PRESENT,
                                   arrived_at=_at(14), left_at=_at(15, 5))
        first = detail.agenda[0].decisions[0]
        agenda.update_decision(pack, first.id, first.text, _at(14, 12))
        agenda.add_decision(pack, item, "Prise hors ligne.", _at(15, 10))
    finally:
        pack.close()
    lines = "\n".join(pack_merge.plan_merge(db, path, PACK_PASS).lines)
    assert "départ" in lines and "Prise hors ligne." in lines
    pack_merge.apply_merge(db, path, PACK_PASS)
    detail = meeting_detail(db, meeting)
    assert detail.attendance[4].left_at == _at(15, 5)
    assert [d.decided_at for d in detail.agenda[0].decisions] == [_at(14, 12), _at(15, 10)]
    late = detail.decision_quorum(detail.agenda[0].decisions[1])
    assert late is not None and late.present == 2 and late.reached is False


@pytest.mark.both_engines
def test_a_decision_time_cleared_during_the_meeting_is_cleared_in_the_vault(
        db: Database, tmp_path: Path) -> None:
    """The secretary wrote a time, then found it wrong and cleared it offline: the merge
    clears it too (it used to keep the vault's time, as if nothing had changed)."""
    meeting, item, _ = _meeting_where_two_leave(db)
    decision = agenda.add_decision(db, item, "Heure à revoir.", _at(14, 10)).id
    path = tmp_path / "seance.egide-pack"
    packs.export_pack(db, meeting, path, PACK_PASS)
    pack = packs.open_pack(path, PACK_PASS)
    try:
        agenda.update_decision(pack, decision, "Heure à revoir.", None)
    finally:
        pack.close()
    lines = pack_merge.plan_merge(db, path, PACK_PASS).lines
    assert "Heure de la décision « Heure à revoir. » effacée" in lines
    pack_merge.apply_merge(db, path, PACK_PASS)
    [kept] = meeting_detail(db, meeting).agenda[0].decisions
    assert kept.id == decision and kept.decided_at is None


def test_a_pack_made_before_decision_times_is_still_read(db: Database, tmp_path: Path) -> None:
    """A pack of schema 2 (made by the previous version) is migrated when opened, a copy kept
    beside it, then merged as usual."""
    from alembic import command

    from desktop.storage.meta import set_meta
    from desktop.storage.migrate import alembic_config

    meeting, item, _ = _meeting_where_two_leave(db)
    path = tmp_path / "ancien.egide-pack"
    packs.export_pack(db, meeting, path, PACK_PASS)
    pack = packs.open_pack(path, PACK_PASS)
    try:
        with pack.vault.engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0002")
            set_meta(connection, "schema_version", "2")
        with pack.vault.engine.connect() as connection:
            columns = [r[1] for r in connection.execute(text("PRAGMA table_info(decision)"))]
        assert "decided_at" not in columns
    finally:
        pack.close()
    pack = packs.open_pack(path, PACK_PASS)  # migrated on opening
    try:
        agenda.add_decision(pack, item, "Décidé sur l'ancien dossier.", _at(14, 50))
    finally:
        pack.close()
    assert list(tmp_path.glob("ancien.avant-migration-v2-*"))
    pack_merge.apply_merge(db, path, PACK_PASS)
    (decision,) = meeting_detail(db, meeting).agenda[0].decisions
    assert decision.decided_at == _at(14, 50)


def test_the_demo_has_a_meeting_whose_quorum_is_lost_before_the_last_decision(
        tmp_path: Path) -> None:
    from desktop.services.demo.build import create_demo

    created = create_demo(tmp_path / "demo.egide", passphrase=PASSPHRASE, use_keyring=False)
    try:
        db = created.db
        rows = meetings.list_meetings(db)
        second = meeting_detail(db, next(r.id for r in rows
                                          if r.status == MeetingStatus.RELEVE_VALIDE))
        decisions = [d for item in second.agenda for d in item.decisions]
        quorums = [second.decision_quorum(d) for d in decisions]
        assert any(a.left_at for a in second.attendance)
        assert all(d.decided_at for d in decisions)
        assert quorums[0] is not None and quorums[0].reached
        assert quorums[-1] is not None and not quorums[-1].reached
        locked = next(r for r in rows if r.status == MeetingStatus.VERROUILLEE)
        check = minutes.verify_releve(db, locked.id)
        assert check.ok and check.lock_entry is not None
    finally:
        db.close()
