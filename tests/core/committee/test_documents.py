"""The dossier de séance and the relevé read back (pypdf), pseudonymised, small counts hidden."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from pathlib import Path

import pypdf
import pytest

from desktop.models.enums import AttendanceStatus, MeetingStatus
from desktop.services.committee import action_items, agenda, meetings, minutes, printing
from desktop.services.vault.database import Database
from tests.core.committee.fixtures import NAMES, PHONES, add_cases, at


def _text(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def meeting(db: Database) -> int:
    cases = add_cases(db)
    meeting = meetings.create_meeting(db, at(2026, 4, 2, 12), "Préfecture, salle Marianne",
                                      chair="M. le préfet", quorum=2).id
    stats = agenda.add_item(db, meeting, "Bilan du premier trimestre").id
    agenda.link(db, stats, period=(dt.date(2026, 1, 1), dt.date(2026, 3, 31)))
    review = agenda.add_item(db, meeting, "Signalements à examiner").id
    agenda.link(db, review, case_id=cases["2026-0003"])
    agenda.link(db, review, case_id=cases["2026-0011"])
    agenda.add_decision(db, review, "La DDPN recontactera le praticien sous huit jours.")
    action_items.create_action(db, "Diffuser la fiche réflexe", owner_organisation_id=None,
                               due_on=dt.date(2026, 5, 1), meeting_id=meeting,
                               case_id=cases["2026-0003"])
    present = meetings.add_attendee(db, meeting, organisation_id=None, person_name="M. Préfet").id
    late = meetings.add_attendee(db, meeting, organisation_id=None, person_name="Mme Procureure").id
    meetings.record_attendance(db, present, AttendanceStatus.PRESENT)
    meetings.record_attendance(db, late, AttendanceStatus.REPRESENTE, represented_by="M. Substitut",
                               arrived_at=at(2026, 4, 2, 12, ) + dt.timedelta(minutes=20))
    return meeting


def test_dossier_is_pseudonymised_with_suppressed_counts(db: Database, meeting: int,
                                                         tmp_path: Path) -> None:
    pdf = printing.dossier_pdf(db, meeting)
    text = _text(pdf)
    assert "Dossier de séance" in text and "PRÉFET" in text
    assert "2026-0003" in text and "2026-0011" in text and "Médecin généraliste" in text
    assert "Page 1 / " in text
    assert "Journal d'audit à l'impression :" in text and "dernière empreinte" in text
    for secret in (*NAMES, *PHONES, "Je vais te tuer", "menacé"):
        assert secret not in text, secret
    assert "< 5" in text  # March: one case
    assert "Diffuser la fiche réflexe" in text
    with_words = _text(printing.dossier_pdf(db, meeting, exact_words=True))
    assert "Je vais te tuer" in with_words
    from desktop.services.vault import audit_log

    printed = [row for row in audit_log.recent_entries(db, 0, 5)
               if row.action == "print" and row.entity == "meeting"]
    assert len(printed) == 2 and printed[0].changes["exact_words"] == [None, True]
    (tmp_path / "dossier.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "50", str(tmp_path / "dossier.pdf"),
                    str(tmp_path / "page")], check=True)
    assert len(list(tmp_path.glob("page*.png"))) == len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_releve_lists_presence_decisions_and_actions(db: Database, meeting: int) -> None:
    meetings.set_status(db, meeting, MeetingStatus.TENUE)
    minutes.start_minutes(db, meeting, "Prochaine séance en septembre.")
    draft = _text(printing.minutes_pdf(db, meeting))
    assert "PROJET" in draft and "Journal d'audit" not in draft  # only a locked relevé
    minutes.validate_minutes(db, meeting)
    digest = minutes.lock_minutes(db, meeting).content_hash
    pdf = printing.minutes_pdf(db, meeting)
    text = _text(pdf)
    assert "Relevé de décisions" in text and "Représenté par M. Substitut" in text
    assert "14 h 20" in text  # arrival, in Paris time
    assert "La DDPN recontactera" in text and "Diffuser la fiche réflexe" in text
    assert "Quorum (2) atteint" in text
    assert digest in text
    assert "PROJET" not in text
    # The journal's head as it was when printed: the paper anchors the chain.
    with db.reading() as session:
        from desktop.storage.audit import current_head

        head = current_head(session)
    assert head is not None
    flat = text.replace("\n", "")
    assert f"entrées, dernière empreinte {head[0]}" in flat
    assert f"{head[1]:,}".replace(",", "\u202f") in flat


def test_convocation_pdf_and_ics(db: Database, meeting: int) -> None:
    from icalendar import Calendar

    from desktop.services.committee import convocation

    text = _text(convocation.convocation_pdf(db, meeting))
    assert "Convocation" in text and "Signalements à examiner" in text
    assert "M. Préfet" in text and "jeudi 2 avril 2026 à 14 h" in text
    calendar = Calendar.from_ical(convocation.convocation_ics(db, meeting))
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == at(2026, 4, 2, 12)
    assert str(event["location"]) == "Préfecture, salle Marianne"
    assert "Bilan du premier trimestre" in str(event["description"])
