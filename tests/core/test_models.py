"""The domain model on a real SQLCipher vault: every table, mappers, round-trips, constraints."""

from __future__ import annotations

import datetime as dt
import inspect as pyinspect
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, configure_mappers

from desktop.models import Base, enums
from desktop.models.cases import (
    Attachment,
    Case,
    CaseAuthor,
    CaseEvent,
    CaseType,
    CaseVictim,
    SeverityLevel,
)
from desktop.models.committee import AgendaItem, AgendaLink, Meeting
from desktop.models.contacts import Practitioner
from desktop.models.enums import (
    AuthorKind,
    CaseEventKind,
    CaseStatus,
    Force,
    ForceZone,
    IncidentType,
    Profession,
    ReferentRole,
    SeverityFamily,
    UnitKind,
)
from desktop.models.settings import OfficeSettings
from desktop.models.territory import Assignment, Commune, PostalCode, Referent, Unit
from desktop.storage.engine import sqlcipher_engine

PARIS = dt.timezone(dt.timedelta(hours=2))


@pytest.fixture
def engine(tmp_path: Path) -> Iterator[sa.Engine]:
    engine = sqlcipher_engine(tmp_path / "v.db", os.urandom(32))
    Base.metadata.create_all(engine)
    yield engine
    engine.dispose()


def test_every_table_is_created_and_every_mapper_configures(engine: sa.Engine) -> None:
    configure_mappers()
    assert set(sa.inspect(engine).get_table_names()) == set(Base.metadata.tables)
    assert len(Base.metadata.tables) >= 45


def test_every_enum_member_has_a_snake_value_and_a_french_label() -> None:
    classes = [
        c
        for _, c in pyinspect.getmembers(enums, pyinspect.isclass)
        if issubclass(c, enums.LabelledEnum) and c is not enums.LabelledEnum
    ]
    assert len(classes) >= 30
    for cls in classes:
        for member in cls:
            assert re.fullmatch(r"[a-z][a-z0-9_]*", member.value), member
            assert len(member.value) <= 40
            assert member.label and member.label != member.value, member
    assert CaseStatus("recu") is CaseStatus.RECU
    assert CaseStatus.RECU.label == "Reçu"
    assert f"{ForceZone.MIXTE}" == "mixte"


def _roster(session: Session) -> Commune:
    groupement = Unit(kind=UnitKind.GROUPEMENT, name="Groupement de Seine-et-Marne", force=Force.GN)
    compagnie = Unit(kind=UnitKind.COMPAGNIE, name="Compagnie de Meaux", force=Force.GN)
    compagnie.parent = groupement
    brigade = Unit(kind=UnitKind.BRIGADE, name="BTA de Coulommiers", force=Force.GN, code="12345")
    brigade.parent = compagnie
    commune = Commune(
        insee_code="77131",
        name="Coulommiers",
        search_key="coulommiers",
        department="77",
        arrondissement="771",
        population=15000,
        force_zone=ForceZone.GN,
        unit=brigade,
        source="etalab",
        vintage="2026",
    )
    commune.postal_codes = [PostalCode(code="77120"), PostalCode(code="77120", ligne_5="X")]
    referent = Referent(
        first_name="Anne",
        last_name="Exemple",
        role=ReferentRole.CORRESPONDANT,
        unit=brigade,
        phone="+33164717529",
        verified_on=dt.date(2026, 1, 15),
    )
    commune.assignments.append(
        Assignment(referent=referent, valid_from=dt.date(2025, 9, 1), verified_on=None)
    )
    session.add(commune)
    return commune


def test_commune_with_postal_codes_and_an_assignment_round_trips(engine: sa.Engine) -> None:
    with Session(engine) as session, session.begin():
        _roster(session)

    with Session(engine) as session:
        commune = session.scalars(sa.select(Commune).where(Commune.search_key.like("coul%"))).one()
        assert commune.force_zone is ForceZone.GN
        assert sorted((p.code, p.ligne_5) for p in commune.postal_codes) == [
            ("77120", ""),
            ("77120", "X"),
        ]
        assert commune.unit is not None and commune.unit.kind is UnitKind.BRIGADE
        chain = [commune.unit.name]
        unit = commune.unit.parent
        while unit is not None:
            chain.append(unit.name)
            unit = unit.parent
        assert chain[-1] == "Groupement de Seine-et-Marne" and len(chain) == 3
        (assignment,) = commune.assignments
        assert assignment.valid_to is None
        assert assignment.referent.role is ReferentRole.CORRESPONDANT
        assert assignment.referent.verified_on == dt.date(2026, 1, 15)
        assert assignment.referent.active is True


def test_a_postal_code_line_without_locality_is_unique(engine: sa.Engine) -> None:
    with Session(engine) as session, session.begin():
        commune = _roster(session)
        session.flush()
        commune_id = commune.id
    with pytest.raises(IntegrityError, match="UNIQUE"), Session(engine) as session, session.begin():
        session.add(PostalCode(code="77120", commune_id=commune_id))


def _case(session: Session) -> Case:
    persons_2 = SeverityLevel(family=SeverityFamily.PERSONS, level=2, label="Menaces")
    doctor = Practitioner(
        first_name="Jeanne",
        last_name="Fictive",
        profession=Profession.MEDECIN_GENERALISTE,
        rpps="10000000001",
        phone="+33164000000",
    )
    case = Case(
        reference="2026-0042",
        year=2026,
        seq=42,
        occurred_at=dt.datetime(2026, 3, 2, 18, 30, tzinfo=PARIS),
        force_zone=ForceZone.GN,
        narrative="Un patient menace le médecin.",
        exact_words="« Je vais revenir. »",
        severity_persons=persons_2,
        weapon=False,
    )
    case.victims.append(CaseVictim(practitioner=doctor))
    case.authors.append(CaseAuthor(kind=AuthorKind.PATIENT, impaired_judgement=True))
    case.types.extend(
        [CaseType(incident_type=IncidentType.VERBAL), CaseType(incident_type=IncidentType.THEFT)]
    )
    case.events.append(
        CaseEvent(actor="agent", kind=CaseEventKind.CREATED, to_status=CaseStatus.RECU)
    )
    case.attachments.append(
        Attachment(
            filename="certificat.pdf",
            media_type="application/pdf",
            size=4,
            sha256="0" * 64,
            content=b"%PDF",
            added_by="agent",
        )
    )
    session.add(case)
    return case


def test_case_with_victims_types_and_an_event_round_trips(engine: sa.Engine) -> None:
    with Session(engine) as session, session.begin():
        _case(session)

    with Session(engine) as session:
        case = session.scalars(sa.select(Case).where(Case.reference == "2026-0042")).one()
        assert case.status is CaseStatus.RECU
        assert case.occurred_at == dt.datetime(2026, 3, 2, 16, 30, tzinfo=dt.UTC)
        assert case.occurred_at.tzinfo is not None
        assert case.occurred_at.utcoffset() == dt.timedelta(0)
        assert case.created_at.tzinfo is not None
        assert {t.incident_type for t in case.types} == {IncidentType.VERBAL, IncidentType.THEFT}
        assert all(type(t.incident_type) is IncidentType for t in case.types)
        assert case.victims[0].practitioner.profession is Profession.MEDECIN_GENERALISTE
        assert case.authors[0].impaired_judgement is True
        assert case.severity_persons is not None and case.severity_persons.level == 2
        assert case.severity_property is None
        (event,) = case.events
        assert event.kind is CaseEventKind.CREATED
        assert event.from_status is None and event.to_status is CaseStatus.RECU
        assert event.at.tzinfo is not None
        assert case.attachments[0].content == b"%PDF"

    # The stored value is the enum's value, readable by hand-written SQL.
    with engine.connect() as connection:
        status = connection.execute(sa.text('SELECT status FROM "case"')).scalar_one()
    assert status == "recu"


def test_deleting_a_case_deletes_its_children_in_the_database(engine: sa.Engine) -> None:
    with Session(engine) as session, session.begin():
        _case(session)
    with Session(engine) as session, session.begin():
        session.execute(sa.delete(Case))
    with Session(engine) as session:
        for child in (CaseEvent, CaseVictim, CaseType, CaseAuthor, Attachment):
            assert session.scalar(sa.select(sa.func.count()).select_from(child)) == 0
        assert session.scalar(sa.select(sa.func.count()).select_from(Practitioner)) == 1


def test_an_agenda_link_points_at_exactly_one_thing(engine: sa.Engine) -> None:
    with Session(engine) as session, session.begin():
        case = _case(session)
        session.flush()
        case_id = case.id
        meeting = Meeting(starts_at=dt.datetime(2026, 6, 1, 8, tzinfo=dt.UTC), place="Salon")
        item = AgendaItem(order=1, title="Cas à examiner")
        meeting.agenda.append(item)
        item.links.append(AgendaLink(case_id=case_id))
        session.add(meeting)
        session.flush()
        item_id = item.id
    with (
        pytest.raises(IntegrityError, match="one_target"),
        Session(engine) as session,
        session.begin(),
    ):
        session.add(
            AgendaLink(
                agenda_item_id=item_id,
                case_id=case_id,
                period_from=dt.date(2026, 1, 1),
                period_to=dt.date(2026, 3, 31),
            )
        )


def test_office_settings_hold_one_row_with_defaults(engine: sa.Engine) -> None:
    identity = {
        "department_code": "77",
        "department_name": "Seine-et-Marne",
        "prefecture_name": "Préfecture de Seine-et-Marne",
        "prefet_title": "PRÉFET DE SEINE-ET-MARNE",
    }
    with Session(engine) as session, session.begin():
        session.add(OfficeSettings(**identity))
    with Session(engine) as session:
        settings = session.get_one(OfficeSettings, 1)
        assert (settings.stale_referent_months, settings.small_count_threshold) == (12, 5)
    with (
        pytest.raises(IntegrityError, match="single_row"),
        Session(engine) as session,
        session.begin(),
    ):
        session.add(OfficeSettings(id=2, **identity))
