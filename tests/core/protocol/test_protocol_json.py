"""JSON form of a protocol version: round trip through a second vault, French errors with paths."""

from __future__ import annotations

import json

import pytest

from desktop.errors import ImportRejected
from desktop.io.protocol_json import parse
from desktop.services.protocol import protocols
from desktop.services.protocol.exchange import export_json, import_json
from desktop.services.vault.database import Database


def test_round_trip(demo_db: Database, protocol_id: int) -> None:
    text = export_json(demo_db, protocol_id)
    data = json.loads(text)
    assert data["format"] == "egide-protocole"
    assert data["parties"][0]["function"]["feminine"] == "Préfète de Seine-et-Marne"
    assert data["articles"][3]["measures"]
    created = import_json(demo_db, text)
    imported = protocols.find_version(demo_db, created.id)
    source = protocols.find_version(demo_db, protocol_id)
    assert imported.version.number == 1 and imported.version.editable
    assert [(a.number, a.title, a.body) for a in imported.articles] == [
        (a.number, a.title, a.body) for a in source.articles
    ]
    assert [(p.function, p.signer_name) for p in imported.parties] == [
        (p.function, p.signer_name) for p in source.parties
    ]
    # Matching by name: no duplicate function or measure was created.
    assert [p.position_id for p in imported.parties] == [p.position_id for p in source.parties]
    assert [a.measures for a in imported.articles] == [a.measures for a in source.articles]
    # And the import exports back to the same text (status and dates do not travel).
    again = json.loads(export_json(demo_db, created.id))
    data["version"].update(signed_on=None, kind="original")
    assert again == data


def test_errors_have_json_paths() -> None:
    text = json.dumps(
        {
            "format": "egide-protocole",
            "protocol": {"title": "", "professions": ["astronaute"]},
            "parties": [{"organisation": {"name": "Préfecture"}, "function": {}}],
            "measures": [],
            "articles": [
                {"number": 1, "title": "Objet", "body": "x", "measures": ["alerte"]},
                {"number": 3, "title": "Suite", "body": 4},
            ],
        }
    )
    result = parse(text)
    assert not result.ok
    reasons = result.report()
    assert "$.protocol.title : valeur obligatoire manquante" in reasons
    assert any(
        r.startswith("$.protocol.professions[0] : valeur « astronaute » inconnue") for r in reasons
    )
    assert "$.parties[0].function.masculine : valeur obligatoire manquante" in reasons
    assert "$.articles[0].measures[0] : mesure « alerte » absente de $.measures" in reasons
    assert "$.articles[1].body : texte attendu" in reasons
    assert any(r.startswith("$.articles : les articles doivent être numérotés") for r in reasons)


def test_import_refuses_everything(db: Database) -> None:
    with pytest.raises(ImportRejected, match="rien n'a été modifié") as caught:
        import_json(db, "{ pas du json")
    assert caught.value.report[0].startswith("JSON illisible, ligne 1")
    assert protocols.list_protocols(db) == ()


NATIONAL_2011 = {
    "format": "egide-protocole",
    "format_version": 1,
    "protocol": {"title": "Protocole national sur la sécurité des professionnels de santé",
                 "professions": ["medecin_generaliste"]},
    "version": {"title": "Protocole du 20 avril 2011", "kind": "original",
                "signed_place": "Paris", "signed_on": None, "copies": None},
    "parties": [
        {"organisation": {"name": "Ministère de la Justice", "kind": "other"},
         "function": {"masculine": "Garde des Sceaux, ministre de la Justice et des libertés",
                      "feminine": None},
         "signer": None, "represented_by": None, "short_name": "le garde des Sceaux"},
        {"organisation": {"name": "Ordres nationaux", "kind": "other"},
         "function": {"masculine": "Présidents des conseils nationaux des ordres",
                      "feminine": None},
         "signer": None, "represented_by": None},
        {"organisation": {"name": "Ministère de l'Intérieur", "kind": "other"},
         "function": {"masculine": "Ministre de l'Intérieur", "feminine": None},
         "signer": None, "represented_by": None},
    ],
    "preamble": [],
    "measures": [],
    "articles": [{"number": 1, "title": "Objet", "body": "La sécurité.", "measures": []}],
}


def test_party_short_names_travel_and_default_in_number(db: Database) -> None:
    from desktop.services.protocol.convention import convention_for

    text = json.dumps(NATIONAL_2011, ensure_ascii=False)
    created = import_json(db, text)
    detail = protocols.find_version(db, created.id)
    assert [p.short_name for p in detail.parties] == ["le garde des Sceaux", None, None]
    convention = convention_for(detail, "Paris")
    assert [p.designation for p in convention.parties] == [
        "le garde des Sceaux", "les présidents", "le ministre"]
    again = json.loads(export_json(db, created.id))
    assert again["parties"][0]["short_name"] == "le garde des Sceaux"
    assert "short_name" not in again["parties"][1]
    # Without a short name, the Garde des Sceaux is not "le garde".
    del NATIONAL_2011["parties"][0]["short_name"]  # type: ignore[attr-defined]
    other = import_json(db, json.dumps(NATIONAL_2011, ensure_ascii=False))
    parties = convention_for(protocols.find_version(db, other.id), "Paris").parties
    assert parties[0].designation == "le garde des Sceaux"
