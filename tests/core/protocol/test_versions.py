"""Versions: listing, derivation, status workflow, consolidation at a date."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import Conflict, NotFound, TransitionRefused
from desktop.models.enums import ArticleChange, VersionKind, VersionStatus
from desktop.services.protocol import amendments, articles, protocols, version_status
from desktop.services.protocol.consolidation import consolidated_at
from desktop.services.vault.database import Database


def test_demo_protocol_listed(demo_db: Database, protocol_id: int) -> None:
    (protocol,) = protocols.list_protocols(demo_db)
    assert "Seine-et-Marne" in protocol.title
    assert [(v.number, v.kind, v.status) for v in protocol.versions] == [
        (1, VersionKind.ORIGINAL, VersionStatus.REMPLACE),
        (2, VersionKind.UPDATE, VersionStatus.EN_VIGUEUR),
    ]
    latest = protocols.find_version(demo_db, protocol_id)
    assert latest.version.number == 2
    assert [a.number for a in latest.articles] == list(range(1, len(latest.articles) + 1))
    assert latest.parties[0].function_for_signer.startswith("Préfet")


def test_create_protocol_starts_with_a_draft(db: Database) -> None:
    created = protocols.create_protocol(db, "Protocole du Var")
    detail = protocols.find_version(db, created.id)
    assert (detail.version.number, detail.version.status) == (1, VersionStatus.PROJET)


def test_new_update_copies_parties_preamble_articles(demo_db: Database, protocol_id: int) -> None:
    current = protocols.find_version(demo_db, protocol_id)
    created = protocols.new_version(demo_db, protocol_id, VersionKind.UPDATE)
    new = protocols.get_version(demo_db, created.id)
    assert new.version.number == current.version.number + 1
    assert new.version.status is VersionStatus.PROJET
    assert new.version.based_on_version_id == current.version.id
    assert [p.position_id for p in new.parties] == [p.position_id for p in current.parties]
    assert new.preamble == current.preamble
    # Signed by whoever holds each function today.
    assert new.parties[0].signer_name == "Bertrand ROCHEMONT"
    assert [(a.title, a.body, a.measures) for a in new.articles] == [
        (a.title, a.body, a.measures) for a in current.articles
    ]
    # A second draft while one is pending is refused.
    with pytest.raises(Conflict):
        protocols.new_version(demo_db, protocol_id, VersionKind.AMENDMENT)


def test_status_transitions(demo_db: Database, protocol_id: int) -> None:
    created = protocols.new_version(demo_db, protocol_id, VersionKind.UPDATE)
    with pytest.raises(TransitionRefused, match="ne peut pas passer"):
        version_status.set_status(demo_db, created.id, VersionStatus.EN_VIGUEUR)
    version_status.set_status(demo_db, created.id, VersionStatus.SIGNE, dt.date(2026, 3, 2))
    with pytest.raises(TransitionRefused):
        version_status.set_status(demo_db, created.id, VersionStatus.PROJET)
    with pytest.raises(TransitionRefused, match="ne peut plus être modifié"):
        articles.update_article(
            demo_db, protocols.get_version(demo_db, created.id).articles[0].id, "x", "y"
        )
    version_status.set_status(demo_db, created.id, VersionStatus.EN_VIGUEUR, dt.date(2026, 3, 15))
    versions = protocols.list_protocols(demo_db)[0].versions
    assert [(v.status, v.superseded_on) for v in versions] == [
        (VersionStatus.REMPLACE, dt.date(2023, 11, 7)),
        (VersionStatus.REMPLACE, dt.date(2026, 3, 15)),
        (VersionStatus.EN_VIGUEUR, None),
    ]
    assert versions[2].signed_on == dt.date(2026, 3, 2)


def _sign_and_enforce(db: Database, version_id: int, on: dt.date) -> None:
    version_status.set_status(db, version_id, VersionStatus.SIGNE, on)
    version_status.set_status(db, version_id, VersionStatus.EN_VIGUEUR, on)


def test_avenant_consolidation_before_and_after(demo_db: Database, protocol_id: int) -> None:
    base = protocols.find_version(demo_db, protocol_id)
    count = len(base.articles)
    created = protocols.new_version(demo_db, protocol_id, VersionKind.AMENDMENT, amend=[4])
    avenant = protocols.get_version(demo_db, created.id)
    assert [(a.number, a.body) for a in avenant.articles] == [(4, base.articles[3].body)]
    articles.update_article(
        demo_db, avenant.articles[0].id, "Conseils de sûreté", "Texte modifié par l'avenant."
    )
    amendments.amend_article(demo_db, created.id, 2, ArticleChange.REMOVED)
    added = amendments.amend_article(demo_db, created.id, count + 1, ArticleChange.ADDED)
    articles.update_article(demo_db, added.article_id, "Vidéoprotection", "Nouvel article.")
    _sign_and_enforce(demo_db, created.id, dt.date(2025, 1, 10))

    before = consolidated_at(demo_db, protocol_id, dt.date(2025, 1, 9))
    assert before.applied == ()
    assert [a.body for a in before.articles] == [a.body for a in base.articles]

    after = consolidated_at(demo_db, protocol_id, dt.date(2025, 1, 10))
    assert [v.number for v in after.applied] == [3]
    numbers = [a.number for a in after.articles]
    assert 2 not in numbers and numbers[-1] == count + 1
    fourth = next(a for a in after.articles if a.number == 4)
    assert (fourth.title, fourth.body, fourth.version_number) == (
        "Conseils de sûreté",
        "Texte modifié par l'avenant.",
        3,
    )
    # The base stays in force: an avenant supersedes nothing.
    assert protocols.list_protocols(demo_db)[0].versions[1].status is VersionStatus.EN_VIGUEUR

    original = consolidated_at(demo_db, protocol_id, dt.date(2019, 1, 1))
    assert original.base.number == 1
    with pytest.raises(NotFound, match="01/01/2010"):
        consolidated_at(demo_db, protocol_id, dt.date(2010, 1, 1))


def test_update_version_properties(demo_db: Database, protocol_id: int) -> None:
    from desktop.errors import ValidationError

    created = protocols.new_version(demo_db, protocol_id, VersionKind.UPDATE)
    protocols.update_version(
        demo_db, created.id, title=" Protocole 2026 ", signed_place="Meaux", copies=None
    )
    version = protocols.get_version(demo_db, created.id).version
    assert (version.title, version.signed_place, version.copies) == (
        "Protocole 2026",
        "Meaux",
        None,
    )
    with pytest.raises(ValidationError):
        protocols.update_version(demo_db, created.id, title=" ", signed_place=None, copies=2)
    protocols.delete_draft(demo_db, created.id)
    assert protocols.find_version(demo_db, protocol_id).version.number == 2
