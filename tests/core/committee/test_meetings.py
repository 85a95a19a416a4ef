"""Meetings, attendance, agenda, decisions, action items carried over, the locked relevé."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import text

from desktop.errors import TransitionRefused, ValidationError
from desktop.models.enums import ActionStatus, AttendanceStatus, MeetingStatus, MinutesStatus
from desktop.services.committee import action_items, agenda, meetings, minutes
from desktop.services.committee.meeting_detail import meeting_detail
from desktop.services.vault.database import Database
from tests.core.committee.fixtures import add_cases, add_protocol, at


@pytest.fixture
def protocol_id(db: Database) -> int:
    return add_protocol(db)


def test_invitations_come_from_the_parties_with_their_holders(db: Database,
                                                               protocol_id: int) -> None:
    meeting = meetings.create_meeting(db, at(2026, 3, 10, 14), "Préfecture, salle Marianne",
                                      chair="Le préfet", protocol_id=protocol_id, quorum=3).id
    meetings.invite_parties(db, meeting)
    meetings.invite_parties(db, meeting)  # idempotent
    detail = meeting_detail(db, meeting)
    assert len(detail.attendance) >= 4
    assert len({a.member for a in detail.attendance}) == len(detail.attendance)
    assert any(a.person_name for a in detail.attendance)
    assert detail.quorum_reached is False
    for row in detail.attendance[:2]:
        meetings.record_attendance(db, row.id, AttendanceStatus.PRESENT,
                                   arrived_at=at(2026, 3, 10, 14))
    third = detail.attendance[2]
    with pytest.raises(ValidationError):
        meetings.record_attendance(db, third.id, AttendanceStatus.REPRESENTE)
    meetings.record_attendance(db, third.id, AttendanceStatus.REPRESENTE,
                               represented_by="Mme Adjointe", left_at=at(2026, 3, 10, 15))
    detail = meeting_detail(db, meeting)
    assert detail.present_count == 3 and detail.quorum_reached is True
    assert detail.attendance[2].represented_by == "Mme Adjointe"


def test_status_workflow_refuses_skips(db: Database) -> None:
    meeting = meetings.create_meeting(db, at(2026, 3, 10), "Melun").id
    with pytest.raises(TransitionRefused):
        minutes.start_minutes(db, meeting)
    with pytest.raises(TransitionRefused):
        meetings.set_status(db, meeting, MeetingStatus.VERROUILLEE)
    meetings.set_status(db, meeting, MeetingStatus.TENUE)
    minutes.start_minutes(db, meeting, "Projet")
    with pytest.raises(TransitionRefused):
        minutes.lock_minutes(db, meeting)  # not validated yet
    minutes.validate_minutes(db, meeting)
    with pytest.raises(TransitionRefused):
        minutes.save_body(db, meeting, "changé")  # validated: reopen first
    minutes.reopen_minutes(db, meeting)
    minutes.save_body(db, meeting, "changé")
    assert meeting_detail(db, meeting).meeting.status == MeetingStatus.RELEVE_PROJET


def test_agenda_with_links_and_decisions(db: Database) -> None:
    cases = add_cases(db)
    meeting = meetings.create_meeting(db, at(2026, 3, 10), "Melun").id
    first = agenda.add_item(db, meeting, "Bilan statistique").id
    second = agenda.add_item(db, meeting, "Signalements à examiner").id
    agenda.link(db, first, period=(dt.date(2026, 1, 1), dt.date(2026, 3, 1)))
    agenda.link(db, second, case_id=cases["2026-0003"])
    with pytest.raises(ValidationError):
        agenda.link(db, second, case_id=cases["2026-0001"], article_id=1)
    agenda.add_decision(db, second, "Le parquet informera le CDOM des suites.")
    agenda.move_item(db, second, -1)
    detail = meeting_detail(db, meeting)
    assert [i.title for i in detail.agenda] == ["Signalements à examiner", "Bilan statistique"]
    assert detail.agenda[0].links[0].label == "Signalement 2026-0003"
    assert detail.agenda[0].decisions[0].text.startswith("Le parquet")
    assert detail.agenda[1].links[0].kind == "statistics"


def test_action_items_are_carried_over_until_closed(db: Database) -> None:
    first = meetings.create_meeting(db, at(2026, 1, 10), "Melun").id
    second = meetings.create_meeting(db, at(2026, 3, 10), "Melun").id
    third = meetings.create_meeting(db, at(2026, 6, 10), "Melun").id
    kept = action_items.create_action(db, "Diffuser la fiche réflexe", owner_organisation_id=None,
                                      due_on=dt.date(2026, 2, 1), meeting_id=first,
                                      at=at(2026, 1, 10, 11)).id
    done = action_items.create_action(db, "Former les correspondants",
                                      owner_organisation_id=None, due_on=None,
                                      meeting_id=first, at=at(2026, 1, 10, 11)).id
    action_items.change_status(db, done, ActionStatus.DONE, note="Fait en février",
                               meeting_id=second, at=at(2026, 3, 10, 15))
    later = action_items.create_action(db, "Nouvelle action", owner_organisation_id=None,
                                       due_on=None, meeting_id=second, at=at(2026, 3, 10, 15)).id

    def titles(meeting: int) -> set[int]:
        return {a.id for a in action_items.actions_for_meeting(db, meeting)}

    assert titles(first) == {kept, done}
    assert titles(second) == {kept, done, later}  # closed AT the second meeting: shown there
    assert titles(third) == {kept, later}
    history = action_items.action_history(db, done).history
    assert [e.status for e in history] == [ActionStatus.OPEN, ActionStatus.DONE]


def test_locked_releve_cannot_change_and_its_hash_verifies(db: Database) -> None:
    meeting = meetings.create_meeting(db, at(2026, 3, 10), "Melun").id
    item = agenda.add_item(db, meeting, "Point unique").id
    decision = agenda.add_decision(db, item, "Adopté.").id
    attendee = meetings.add_attendee(db, meeting, organisation_id=None, person_name="M. X").id
    meetings.set_status(db, meeting, MeetingStatus.TENUE)
    minutes.start_minutes(db, meeting, "Relevé")
    minutes.validate_minutes(db, meeting)
    digest = minutes.lock_minutes(db, meeting).content_hash
    assert len(digest) == 64 and minutes.verify_minutes(db, meeting).ok
    detail = meeting_detail(db, meeting)
    assert detail.minutes is not None and detail.minutes.status == MinutesStatus.VERROUILLE
    attempts = [
        lambda: minutes.save_body(db, meeting, "x"),
        lambda: minutes.reopen_minutes(db, meeting),
        lambda: agenda.add_decision(db, item, "Ajout"),
        lambda: agenda.update_decision(db, decision, "Changé"),
        lambda: agenda.remove_item(db, item),
        lambda: agenda.add_item(db, meeting, "Nouveau"),
        lambda: meetings.record_attendance(db, attendee, AttendanceStatus.PRESENT),
        lambda: meetings.set_status(db, meeting, MeetingStatus.PREPAREE),
        lambda: action_items.create_action(db, "x", owner_organisation_id=None, due_on=None,
                                           meeting_id=meeting),
    ]
    for attempt in attempts:
        with pytest.raises(TransitionRefused, match="relevé verrouillé"):
            attempt()
    # An edit that bypasses the services is detected by the hash.
    with db.unit_of_work() as uow:
        uow.session.execute(text("UPDATE decision SET text = 'Rejeté.' WHERE id = :i"),
                            {"i": decision})
    check = minutes.verify_minutes(db, meeting)
    assert not check.ok and check.expected == digest
