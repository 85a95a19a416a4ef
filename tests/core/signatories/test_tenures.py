"""Organisations, functions, people and tenures: who holds what on a date, history kept."""

from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from desktop.errors import Conflict, ValidationError
from desktop.models.audit import AuditEntry
from desktop.models.enums import Civility, OrganisationKind
from desktop.models.protocol import Party, ProtocolVersion
from desktop.services.signatories import edits, queries
from desktop.services.vault.database import Database
from tests.core.signatories.helpers import person_id, position_id

PREFET = "Préfet de Seine-et-Marne"
CDOM = "Président du conseil départemental de l'Ordre des médecins"


def test_current_holder_with_feminine_title(demo_db: Database) -> None:
    cdom = position_id(demo_db, CDOM)
    then = queries.holder_at(demo_db, cdom, dt.date(2018, 6, 22))
    now = queries.holder_at(demo_db, cdom, dt.date(2024, 1, 1))
    assert then is not None and then.display_name == "Françoise Guérande"
    assert now is not None and now.display_name == "Thierry Louvel"
    rows = {p.id: p for p in queries.list_positions(demo_db, on=dt.date(2018, 6, 22))}
    assert rows[cdom].holder_title == ("Présidente du conseil départemental de l'Ordre des "
                                       "médecins")
    rows = {p.id: p for p in queries.list_positions(demo_db, on=dt.date(2024, 1, 1))}
    assert rows[cdom].holder_title == CDOM
    assert queries.holder_at(demo_db, position_id(demo_db, PREFET),
                                 dt.date(2020, 6, 1)) is None  # vacant in the demo


def test_new_holder_ends_previous_tenure_and_past_version_keeps_its_signer(
    demo_db: Database,
) -> None:
    prefet = position_id(demo_db, PREFET)
    edits.save_person(demo_db, None, Civility.MME, "Inès", "DUPRÉ-LAGARDE",
                                "ines.dupre@exemple.fr", "01 64 71 77 00")
    ines = person_id(demo_db, "DUPRÉ-LAGARDE")
    edits.add_tenure(demo_db, ines, prefet, dt.date(2025, 3, 1))

    history = queries.position_tenures(demo_db, prefet)
    assert [(t.person.display_name, t.started_on, t.ended_on) for t in history][:2] == [
        ("Inès Dupré-Lagarde", dt.date(2025, 3, 1), None),
        ("Bertrand Rochemont", dt.date(2022, 9, 1), dt.date(2025, 2, 28)),
    ]
    assert history[0].position_title == "Préfète de Seine-et-Marne"
    now = queries.holder_at(demo_db, prefet, dt.date(2025, 6, 1))
    assert now is not None and now.id == ines and now.phone == "+33164717700"
    with demo_db.reading() as session:
        signers = session.execute(
            sa.select(ProtocolVersion.number, Party.signer_id)
            .join(Party.version).where(Party.position_id == prefet)
            .order_by(ProtocolVersion.number)).all()
        audited = session.scalars(sa.select(AuditEntry.entity).where(
            AuditEntry.entity == "tenure")).all()
    assert [(n, s) for n, s in signers] == [(1, person_id(demo_db, "VALLIER")),
                                           (2, person_id(demo_db, "ROCHEMONT"))]
    assert len(audited) == 2  # the previous tenure ended, the new one created


def test_tenure_dates_are_checked(demo_db: Database) -> None:
    prefet = position_id(demo_db, PREFET)
    louvel = person_id(demo_db, "LOUVEL")
    with pytest.raises(ValidationError) as error:
        edits.add_tenure(demo_db, louvel, prefet, dt.date(2024, 1, 1),
                                   dt.date(2023, 1, 1))
    assert error.value.field == "ended_on"
    with pytest.raises(Conflict, match="chevaucher"):  # inside Vallier's 2017-2019 tenure
        edits.add_tenure(demo_db, louvel, prefet, dt.date(2018, 1, 1),
                                   dt.date(2018, 12, 31))
    # The vacancy of 2019-2022 can be filled.
    edits.add_tenure(demo_db, louvel, prefet, dt.date(2019, 9, 1),
                               dt.date(2022, 8, 31))
    holder = queries.holder_at(demo_db, prefet, dt.date(2020, 1, 1))
    assert holder is not None and holder.id == louvel
    current, filled = queries.position_tenures(demo_db, prefet)[:2]
    assert filled.person.id == louvel
    with pytest.raises(Conflict):
        edits.end_tenure(demo_db, filled.id, None)  # would overlap Rochemont's
    edits.end_tenure(demo_db, current.id, dt.date(2026, 1, 31))
    assert queries.position_tenures(demo_db, prefet)[0].ended_on == dt.date(2026, 1, 31)


def test_person_validation_and_deletion(demo_db: Database) -> None:
    with pytest.raises(ValidationError) as error:
        edits.save_person(demo_db, None, Civility.M, "Jean", "NOEL", "jean.noel@")
    assert error.value.field == "email" and "jean.noel@" in str(error.value)
    with pytest.raises(ValidationError) as error:
        edits.save_person(demo_db, None, Civility.M, "Jean", "NOEL", None, "01 23")
    assert error.value.field == "phone"
    with pytest.raises(ValidationError):
        edits.save_person(demo_db, None, Civility.M, "  ", "NOEL")
    with pytest.raises(Conflict, match="a signé 1 version"):
        edits.delete_person(demo_db, person_id(demo_db, "VALLIER"))
    edits.save_person(demo_db, None, Civility.M, "Jean", "NOEL")
    edits.delete_person(demo_db, person_id(demo_db, "NOEL"))
    assert all(p.last_name != "NOEL" for p in queries.list_persons(demo_db))


def test_organisation_and_position_edits(db: Database) -> None:
    edits.save_organisation(db, None, OrganisationKind.URPS, "URPS médecins libéraux "
                                      "Île-de-France", "URPS ML IDF")
    organisation = queries.list_organisations(db)[0]
    assert organisation.kind_label == "URPS"
    edits.save_position(db, None, organisation.id, "Président de l'URPS",
                                  "Présidente de l'URPS")
    position = queries.list_positions(db, organisation.id)[0]
    assert position.holder is None and position.holder_title == "Président de l'URPS"
    edits.save_position(db, position.id, organisation.id, "Président de l'URPS ML",
                                  "Présidente de l'URPS ML")
    assert queries.list_positions(db)[0].title == "Président de l'URPS ML"
    with pytest.raises(ValidationError):
        edits.save_position(db, None, organisation.id, "")
