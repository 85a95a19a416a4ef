"""Ceremonies: creation with the default checklist, attendance, checklist, audit; the ICS."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from desktop.errors import NotFound, ValidationError
from desktop.models.audit import AuditEntry
from desktop.services.signatories import ceremonies, ceremony_documents
from desktop.services.signatories.records import PARIS
from desktop.services.vault.database import Database
from tests.core.signatories.helpers import Draft


def test_create_ceremony_with_checklist_and_attendance(demo_db: Database, draft: Draft) -> None:
    ceremonies.create_ceremony(demo_db, draft.version_id, dt.datetime(2025, 6, 20, 10, 45),
                               "Salon jaune de l'hôtel préfectoral", "01 64 71 75 29")
    row = ceremonies.list_ceremonies(demo_db, draft.version_id)[0]
    assert row.starts_at == dt.datetime(2025, 6, 20, 10, 45, tzinfo=PARIS)
    labels = [item.label for item in row.checklist]
    assert "Imprimer les exemplaires originaux (4)" in labels  # one per party
    assert labels[0] == "Réserver la salle (Salon jaune de l'hôtel préfectoral)"
    assert not any(item.done for item in row.checklist)
    assert [p.title for p in row.parties][:1] == ["Préfet de Seine-et-Marne"]
    assert row.parties[0].signer is not None  # the holder on the ceremony day
    assert row.parties[0].signer.display_name == "Bertrand Rochemont"

    ceremonies.set_checklist_item(demo_db, row.checklist[2].id, True)
    ceremonies.add_checklist_item(demo_db, row.id, "Commander les fleurs")
    prefet, meaux = draft.party_ids[:2]
    ceremonies.set_attendance(demo_db, row.id, meaux, None, "Mme la vice-procureure")
    ceremonies.set_attendance(demo_db, row.id, prefet, "Bertrand Rochemont")
    row = ceremonies.get_ceremony(demo_db, row.id)
    assert [i.done for i in row.checklist][:3] == [False, False, True]
    assert row.checklist[-1].label == "Commander les fleurs"
    assert row.parties[1].attendance_represented_by == "Mme la vice-procureure"
    assert row.parties[0].attending_person == "Bertrand Rochemont"

    ceremonies.update_ceremony(demo_db, row.id, dt.datetime(2025, 6, 20, 11, 0),
                               "Salle des fêtes", None)
    with demo_db.reading() as session:
        entities = session.scalars(sa.select(AuditEntry.entity)).all()
    for entity in ("ceremony", "checklist_item", "ceremony_attendance"):
        assert entity in entities
    ceremonies.delete_ceremony(demo_db, row.id)
    with pytest.raises(NotFound):
        ceremonies.get_ceremony(demo_db, row.id)


def test_ceremony_validation(demo_db: Database, draft: Draft) -> None:
    with pytest.raises(ValidationError) as error:
        ceremonies.create_ceremony(demo_db, draft.version_id, dt.datetime(2025, 6, 20), " ")
    assert error.value.field == "place"
    other = ceremonies.list_ceremonies(demo_db)[-1]  # the 2018 ceremony
    with pytest.raises(ValidationError):
        ceremonies.set_attendance(demo_db, other.id, draft.party_ids[0], "Quelqu'un")


def test_ics_parsed_back(demo_db: Database) -> None:
    from icalendar import Calendar

    ceremony = ceremonies.list_ceremonies(demo_db)[-1]  # 22 June 2018
    calendar = Calendar.from_ical(ceremony_documents.export_ics(demo_db, ceremony.id))
    events = calendar.walk("VEVENT")
    assert len(events) == 1 and calendar.walk("VTIMEZONE")
    event = events[0]
    start = event.decoded("dtstart")
    assert start == dt.datetime(2018, 6, 22, 10, 45, tzinfo=PARIS)
    assert str(start.tzinfo) == "Europe/Paris"
    assert event.decoded("dtend") - start == dt.timedelta(hours=1)
    assert str(event["location"]) == "Salon jaune de l'hôtel préfectoral"
    assert str(event["summary"]).startswith("Signature du protocole d'accord départemental")
    description = str(event["description"])
    assert "Hélène Vallier, préfète de Seine-et-Marne, signera" in description
    assert "la présidente du conseil départemental de l'Ordre des médecins" in description
    attendees = [str(a) for a in event.get("attendee")]
    assert "mailto:helene.vallier@exemple.fr" in attendees and len(attendees) == 6


def test_a_reunion_ceremony_is_on_the_reunion_clock(demo_db: Database, draft: Draft) -> None:
    """The hour typed is the office's (its département's zone), in the list, the audit and
    the calendar invitation: 10 h 45 in Saint-Denis is not 10 h 45 in Paris."""
    from zoneinfo import ZoneInfo

    from icalendar import Calendar

    from desktop.services.vault import office
    from desktop.services.vault.office import OfficeIdentity

    office.save_office(demo_db, OfficeIdentity.for_department("974"))
    reunion = ZoneInfo("Indian/Reunion")
    ceremonies.create_ceremony(demo_db, draft.version_id, dt.datetime(2025, 6, 20, 10, 45),
                               "Préfecture de La Réunion")
    row = next(r for r in ceremonies.list_ceremonies(demo_db, draft.version_id)
               if r.place == "Préfecture de La Réunion")
    assert row.starts_at == dt.datetime(2025, 6, 20, 10, 45, tzinfo=reunion)
    assert row.starts_at.utcoffset() == dt.timedelta(hours=4)
    calendar = Calendar.from_ical(ceremony_documents.export_ics(demo_db, row.id))
    start = calendar.walk("VEVENT")[0].decoded("dtstart")
    assert start == dt.datetime(2025, 6, 20, 6, 45, tzinfo=dt.UTC)
    assert str(start.tzinfo) == "Indian/Reunion"
