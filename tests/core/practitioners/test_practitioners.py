"""Practitioner records: validation (phones, RPPS with its Luhn key, e-mail), search, audit."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.errors import Conflict, NotFound, ValidationError
from desktop.io.rpps import luhn_valid, parse_email, parse_rpps
from desktop.models.enums import Civility, ForceZone, Profession
from desktop.services.practitioners import directory
from desktop.services.practitioners.directory import PractitionerInput
from desktop.services.practitioners.records import find_communes
from desktop.services.vault import audit_log
from desktop.services.vault.changes import Changes
from desktop.services.vault.database import Database

from .conftest import RPPS_A, RPPS_B, make


def test_create_stores_e164_and_reads_back(territory: Database) -> None:
    new_id = make(territory, civility=Civility.MME, rpps="100 000 000 09",
                  mobile_phone="+33 9 99 00 56 78", email=" b.lefevre@exemple.fr ",
                  practice_address="3 rue des Tilleuls\n77000 Melun")
    record = directory.get_practitioner(territory, new_id)
    assert record.phone == "+33199001234"
    assert record.mobile_phone == "+33999005678"
    assert record.phones == ("+33199001234", "+33999005678")
    assert record.rpps == RPPS_A
    assert record.email == "b.lefevre@exemple.fr"
    assert record.commune_name == "Melun" and record.force_zone is ForceZone.PN
    assert record.display_name == "Mme Bénédicte LEFÈVRE-FICTIF"
    assert record.phone_text == "01 99 00 12 34"
    entry = audit_log.recent_entries(territory, 0, 1)[0]
    assert (entry.action, entry.entity, entry.entity_id) == ("create", "practitioner", str(new_id))
    assert entry.changes["rpps"] == [None, RPPS_A]


@pytest.mark.parametrize(("typed", "why"), [
    ("01 99 00 12", "trop court"),
    ("06 12 34 56 78 90", "trop long"),
    ("appelez-moi", "ce n'est pas un numéro"),
])
def test_bad_phone_is_refused_with_the_input_quoted(territory: Database, typed: str,
                                                     why: str) -> None:
    with pytest.raises(ValidationError) as caught:
        make(territory, phone=typed)
    assert caught.value.field == "phone"
    assert f"« {typed} »" in str(caught.value) and why in str(caught.value)
    assert str(caught.value).startswith("Téléphone du cabinet : ")


def test_bad_second_phone_names_its_field(territory: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        make(territory, mobile_phone="12")
    assert caught.value.field == "mobile_phone"


@pytest.mark.parametrize(("typed", "part"), [
    ("1000000000", "11 chiffres attendus, 10 saisis"),
    ("100000000091", "11 chiffres attendus, 12 saisis"),
    ("1000000000A", "que des chiffres"),
    ("10000000008", "clé de contrôle"),
    ("01000000009", "clé de contrôle"),  # two digits swapped
])
def test_rpps_length_digits_and_luhn_key(typed: str, part: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_rpps(typed)
    assert caught.value.field == "rpps"
    assert f"« {typed} »" in str(caught.value) and part in str(caught.value)


def test_rpps_valid_and_optional() -> None:
    assert parse_rpps("  ") is None
    assert parse_rpps("100.000.000.17") == RPPS_B
    assert luhn_valid(RPPS_A) and not luhn_valid("10000000008")


@pytest.mark.parametrize("typed", ["b.lefevre", "a@b", "a b@exemple.fr", "x@@exemple.fr"])
def test_bad_email(typed: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_email(typed)
    assert caught.value.field == "email" and f"« {typed} »" in str(caught.value)


def test_required_names_specialty_and_known_commune(territory: Database) -> None:
    with pytest.raises(ValidationError) as caught:
        make(territory, last_name="  ")
    assert caught.value.field == "last_name"
    with pytest.raises(ValidationError) as caught:
        make(territory, profession=Profession.MEDECIN_SPECIALISTE)
    assert caught.value.field == "specialty"
    make(territory, profession=Profession.MEDECIN_SPECIALISTE, specialty="Psychiatrie")
    with pytest.raises(ValidationError) as caught:
        make(territory, commune_code="99999")
    assert caught.value.field == "commune" and "99999" in str(caught.value)


def test_duplicate_rpps_is_a_conflict(territory: Database) -> None:
    first = make(territory, rpps=RPPS_A)
    with pytest.raises(Conflict) as caught:
        make(territory, first_name="Autre", rpps=RPPS_A)
    assert RPPS_A in str(caught.value) and f"n° {first}" in str(caught.value)
    other = make(territory, first_name="Autre", rpps=RPPS_B)
    data = PractitionerInput("Autre", "Lefèvre-Fictif", Profession.INFIRMIER, rpps=RPPS_A)
    with pytest.raises(Conflict):
        directory.update_practitioner(territory, other, data)


def test_update_audits_only_what_changed(territory: Database) -> None:
    new_id = make(territory)
    data = PractitionerInput("Bénédicte", "Lefèvre-Fictif", Profession.MEDECIN_GENERALISTE,
                             commune_code="77001", phone="01 99 00 12 34")
    assert directory.update_practitioner(territory, new_id, data) is Changes.CONTACTS
    entry = audit_log.recent_entries(territory, 0, 1)[0]
    assert list(entry.changes) == ["commune_id"]
    old, new = entry.changes["commune_id"]
    assert old != new and isinstance(new, int)
    assert directory.get_practitioner(territory, new_id).commune_name == "Achères-la-Forêt"
    assert directory.update_practitioner(territory, new_id, data) is Changes.NONE


def test_search_ignores_accents_and_case(territory: Database) -> None:
    a = make(territory, first_name="Élodie", last_name="Fictive-Dupré", rpps=RPPS_A)
    b = make(territory, first_name="Jean", last_name="Exemple", commune_code="77001")

    def ids(text: str) -> list[int]:
        return [s.id for s in directory.search_practitioners(territory, text, 10)]

    assert ids("dupre") == [a]
    assert ids("ELODIE fict") == [a]
    assert ids("acheres") == [b]
    assert ids("exemple achères la") == [b]
    assert ids("1000000") == [a]
    assert ids("77001") == [b]
    assert ids("zzz") == []
    assert sorted(ids("")) == sorted([a, b])
    assert len(directory.search_practitioners(territory, "", 1)) == 1


def test_get_and_delete(territory: Database) -> None:
    new_id = make(territory)
    assert directory.delete_practitioner(territory, new_id) is Changes.CONTACTS
    with pytest.raises(NotFound):
        directory.get_practitioner(territory, new_id)


def test_find_communes_by_name_code_or_postal_code(territory: Database) -> None:
    assert [c.name for c in find_communes(territory, "acheres la")] == ["Achères-la-Forêt"]
    assert [c.insee_code for c in find_communes(territory, "77288")] == ["77288"]
    choice = find_communes(territory, "77300")[0]
    assert choice.text == "77300 Fontainebleau (77186)" and choice.force_zone is None


def test_search_sees_changes_made_outside_this_process(territory: Database) -> None:
    """The folded register is kept between searches: a change another process writes (a raw
    statement here, as the CLI, a colleague's window or the retention's erasure would) must
    show at the next search, never a stale name."""
    first = make(territory, first_name="Élodie", last_name="Fictive-Dupré")

    def ids(text: str) -> list[int]:
        return [s.id for s in directory.search_practitioners(territory, text, 10)]

    assert ids("dupre") == [first]
    with territory.vault.engine.begin() as connection:
        connection.execute(sa.text("UPDATE practitioner SET last_name = 'Effacé' "
                                   "WHERE id = :id"), {"id": first})
    assert ids("dupre") == [] and ids("efface") == [first]
    second = make(territory, first_name="Jean", last_name="Exemple")
    assert ids("exemple") == [second]
    with territory.vault.engine.begin() as connection:
        connection.execute(sa.text("DELETE FROM practitioner WHERE id = :id"), {"id": second})
    assert ids("exemple") == []
