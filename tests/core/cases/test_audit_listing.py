"""The audit trail for an inspector: French labels, the case on each row, filters, search,
paging, and a CSV export Excel reads (French headings, UTF-8 with BOM)."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

from desktop.models.enums import CaseStatus
from desktop.services.cases import attachments
from desktop.services.cases.queries import get_case
from desktop.services.vault import audit_labels, audit_listing
from desktop.services.vault.audit_listing import AuditQuery
from tests.core.cases.conftest import World
from tests.core.cases.helpers import reach

TODAY = dt.date.today()


def test_labels_are_french_with_status_labels() -> None:
    assert audit_labels.action_label("print") == "Impression"
    assert audit_labels.action_label("view") == "Consultation"
    assert audit_labels.action_label("transmit") == "Transmission"
    assert audit_labels.entity_label("agenda_item") == "Point de l'ordre du jour"
    text = audit_labels.changes_text({"status": ["fiche_validee", "transmis_urps_ordre"]})
    assert text == "étape : Fiche validée → Transmis URPS / Ordre"
    assert audit_labels.action_label("something_new") == "something_new"  # never hidden


def test_rows_name_their_case_and_filters_narrow(world: World) -> None:
    first = reach(world, CaseStatus.TRANSMIS_URPS_ORDRE)
    second = world.new_case()
    reference = get_case(world.db, first).reference  # audited "view"
    other = get_case(world.db, second).reference
    attachments.add_attachment(world.db, first, "certificat.pdf", b"%PDF-1.4 x")
    everything = audit_listing.count(world.db, AuditQuery())
    assert everything > 5
    about = audit_listing.page(world.db, AuditQuery(case_reference=reference), 0, 500)
    assert about and all(line.case_reference == reference for line in about)
    kinds = {(line.action, line.entity) for line in about}
    assert {("view", "case"), ("transition", "case"), ("create", "attachment"),
            ("transmit", "case")} <= kinds
    assert all(line.case_reference != other for line in about)
    moved = next(line for line in about if line.action == "transition")
    assert moved.action_label == "Changement d'étape" and moved.entity_label == "Signalement"
    assert "étape :" in moved.details and "fiche_" not in moved.details
    views = audit_listing.page(world.db, AuditQuery(action="view"), 0, 500)
    assert {line.case_reference for line in views} == {reference, other}
    assert audit_listing.count(world.db, AuditQuery(actor="personne")) == 0
    assert audit_listing.count(world.db, AuditQuery(date_to=TODAY - dt.timedelta(days=1))) == 0
    assert audit_listing.count(world.db, AuditQuery(date_from=TODAY, date_to=TODAY)) == everything
    found = audit_listing.page(world.db, AuditQuery(text="certificat"), 0, 50)
    assert [line.entity for line in found] == ["attachment"]
    assert audit_listing.count(world.db, AuditQuery(text="consultation")) == len(views)
    page_two = audit_listing.page(world.db, AuditQuery(), 2, 2)
    assert [line.id for line in page_two] == [
        line.id for line in audit_listing.page(world.db, AuditQuery(), 0, 4)][2:]
    choices = audit_listing.choices(world.db)
    assert ("view", "Consultation") in choices.actions and choices.actors == (world.db.actor,)


def test_csv_export_reads_back_in_excel_form(world: World, tmp_path: Path) -> None:
    case_id = reach(world, CaseStatus.FICHE_VALIDEE)
    reference = get_case(world.db, case_id).reference
    target = tmp_path / "audit.csv"
    written = audit_listing.export_csv(world.db, AuditQuery(case_reference=reference), target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert tuple(rows[0]) == audit_listing.CSV_HEADINGS
    assert len(rows) - 1 == written > 0
    assert all(row[6] == reference for row in rows[1:])
    assert "Changement d'étape" in {row[3] for row in rows[1:]}
    assert any("Fiche validée" in row[7] for row in rows[1:])
    last = audit_listing.page(world.db, AuditQuery(), 0, 1)[0]
    assert (last.action, last.entity) == ("export", "audit")  # the export is logged


def test_the_csv_reads_the_office_clock(world: World, tmp_path: Path) -> None:
    """An office in La Réunion reads its trail at Saint-Denis' hour, whatever the computer's."""
    from zoneinfo import ZoneInfo

    from desktop.models.audit import AuditEntry
    from desktop.services.vault import office
    from desktop.services.vault.office import OfficeIdentity

    office.save_office(world.db, OfficeIdentity.for_department("974"))
    path = tmp_path / "journal.csv"
    audit_listing.export_csv(world.db, AuditQuery(), path)
    rows = list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig")), delimiter=";"))
    first_id, first_time = rows[1][0], rows[1][1]
    with world.db.reading() as session:
        at = session.get_one(AuditEntry, int(first_id)).at
    expected = at.astimezone(ZoneInfo("Indian/Reunion"))
    assert first_time == f"{expected:%d/%m/%Y %H:%M:%S}"


def test_the_case_filter_matches_part_of_a_reference(world: World) -> None:
    first = world.new_case()
    second = world.new_case()
    one, two = (get_case(world.db, case_id).reference for case_id in (first, second))
    year, number = one.split("-")
    exact = {line.id for line in audit_listing.page(
        world.db, AuditQuery(case_reference=one), 0, 500)}
    # The number alone, with or without its zeros: that case only (this year's).
    for typed in (str(int(number)), number):
        found = audit_listing.page(world.db, AuditQuery(case_reference=typed), 0, 500)
        assert {line.id for line in found} == exact
        assert audit_listing.matching_cases(world.db, typed) == 1
    # A part ("2026-000"): both cases, every entry of each.
    part = one[:-1]
    assert two.startswith(part)
    both = audit_listing.page(world.db, AuditQuery(case_reference=part), 0, 500)
    assert {line.case_reference for line in both} == {one, two}
    assert audit_listing.matching_cases(world.db, part) == 2
    assert audit_listing.matching_cases(world.db, year) == 2
    assert audit_listing.count(world.db, AuditQuery(case_reference="9999-")) == 0
    assert audit_listing.matching_cases(world.db, "%") == 0  # a wildcard is a character
