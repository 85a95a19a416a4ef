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
