"""Articles of a draft: insert / move / delete renumber; each edit undoes and redoes."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from desktop.errors import ConcurrentEdit, ValidationError
from desktop.models.audit import AuditEntry
from desktop.models.enums import VersionKind
from desktop.services.protocol import articles, parties, protocols
from desktop.services.vault.database import Database


@pytest.fixture
def draft_id(demo_db: Database, protocol_id: int) -> int:
    return protocols.new_version(demo_db, protocol_id, VersionKind.UPDATE).id


def _texts(db: Database, version_id: int) -> list[tuple[int, str]]:
    detail = protocols.get_version(db, version_id)
    return [(a.number, a.title) for a in detail.articles]


def test_insert_at_3_shifts_the_following(demo_db: Database, draft_id: int) -> None:
    before = _texts(demo_db, draft_id)
    edit = articles.insert_article(demo_db, draft_id, 3, "Nouvel article", "Corps.")
    after = _texts(demo_db, draft_id)
    assert after[:2] == before[:2]
    assert after[2] == (3, "Nouvel article")
    assert [t for _n, t in after[3:]] == [t for _n, t in before[2:]]
    assert [n for n, _t in after] == list(range(1, len(before) + 2))
    redo = edit.undo(demo_db)
    assert _texts(demo_db, draft_id) == before
    redo.undo(demo_db)
    assert _texts(demo_db, draft_id) == after


def test_delete_renumbers_and_undo_restores_same_id(demo_db: Database, draft_id: int) -> None:
    detail = protocols.get_version(demo_db, draft_id)
    before = _texts(demo_db, draft_id)
    victim = detail.articles[1]
    edit = articles.delete_article(demo_db, victim.id)
    after = _texts(demo_db, draft_id)
    assert after == [
        (n, t) for n, (_o, t) in enumerate([b for i, b in enumerate(before) if i != 1], start=1)
    ]
    edit.undo(demo_db)
    restored = protocols.get_version(demo_db, draft_id)
    assert _texts(demo_db, draft_id) == before
    assert restored.articles[1] == victim  # same id, text and measures


def test_move_and_undo(demo_db: Database, draft_id: int) -> None:
    before = _texts(demo_db, draft_id)
    first = protocols.get_version(demo_db, draft_id).articles[0]
    edit = articles.move_article(demo_db, first.id, 3)
    after = _texts(demo_db, draft_id)
    assert [t for _n, t in after] == [
        before[1][1],
        before[2][1],
        before[0][1],
        *[t for _n, t in before[3:]],
    ]
    assert [n for n, _t in after] == list(range(1, len(before) + 1))
    edit.undo(demo_db)
    assert _texts(demo_db, draft_id) == before


def test_update_and_measures_undo(demo_db: Database, draft_id: int) -> None:
    article = protocols.get_version(demo_db, draft_id).articles[3]
    edit = articles.update_article(demo_db, article.id, "Titre", "Un corps.\n- puce")
    changed = protocols.get_version(demo_db, draft_id).articles[3]
    assert (changed.title, changed.body) == ("Titre", "Un corps.\n- puce")
    edit.undo(demo_db)
    assert protocols.get_version(demo_db, draft_id).articles[3] == article
    measures = articles.list_measures(demo_db)
    edit = articles.set_article_measures(demo_db, article.id, [measures[0].id])
    assert protocols.get_version(demo_db, draft_id).articles[3].measures == (measures[0],)
    edit.undo(demo_db)
    assert protocols.get_version(demo_db, draft_id).articles[3].measures == article.measures


def test_my_undos_in_a_row_pass_one_after_a_colleagues_save_is_refused(
        demo_db: Database, draft_id: int) -> None:
    """An undo writes back what the edit found: it checks the content is still what the edit
    left. My own edits in a row (text, then measures) undo one after the other; after a
    colleague's save of the same content, the undo is refused and their text stays."""
    article = protocols.get_version(demo_db, draft_id).articles[3]
    measures = articles.list_measures(demo_db)
    text = articles.update_article(demo_db, article.id, "Titre", "Un corps.")
    linked = articles.set_article_measures(demo_db, article.id, [measures[0].id])
    redo_link = linked.undo(demo_db)
    text.undo(demo_db)
    assert protocols.get_version(demo_db, draft_id).articles[3] == article
    redo_link.undo(demo_db)  # redo: the measure is linked again

    mine = articles.update_article(demo_db, article.id, "Titre", "Mon corps.")
    articles.update_article(demo_db, article.id, "Titre", "Le corps d'un collègue.")
    with pytest.raises(ConcurrentEdit, match="Modifié entre-temps .*champs : texte"):
        mine.undo(demo_db)
    assert protocols.get_version(demo_db, draft_id).articles[3].body == "Le corps d'un collègue."

    party = protocols.get_version(demo_db, draft_id).parties[0]
    signs = parties.set_party(demo_db, party.id, "M. le secrétaire général", party.signer_id)
    parties.set_party(demo_db, party.id, "Mme la directrice de cabinet", party.signer_id)
    with pytest.raises(ConcurrentEdit):
        signs.undo(demo_db)
    preamble = parties.set_preamble(demo_db, draft_id, ["Vu la loi ;"])
    parties.set_preamble(demo_db, draft_id, ["Vu la loi ;", "Vu le décret ;"])
    with pytest.raises(ConcurrentEdit):
        preamble.undo(demo_db)
    detail = protocols.get_version(demo_db, draft_id)
    assert detail.preamble == ("Vu la loi ;", "Vu le décret ;")
    assert detail.parties[0].represented_by == "Mme la directrice de cabinet"


def test_preamble_and_parties_undo(demo_db: Database, draft_id: int) -> None:
    detail = protocols.get_version(demo_db, draft_id)
    edit = parties.set_preamble(demo_db, draft_id, ["Vu la loi ;", "", "Vu le décret ;"])
    assert protocols.get_version(demo_db, draft_id).preamble == ("Vu la loi ;", "Vu le décret ;")
    edit.undo(demo_db)
    assert protocols.get_version(demo_db, draft_id).preamble == detail.preamble
    last = detail.parties[-1]
    edit = parties.move_party(demo_db, last.id, 1)
    assert protocols.get_version(demo_db, draft_id).parties[0].id == last.id
    edit.undo(demo_db)
    edit = parties.remove_party(demo_db, detail.parties[0].id)
    assert len(protocols.get_version(demo_db, draft_id).parties) == len(detail.parties) - 1
    edit.undo(demo_db)
    assert [p.id for p in protocols.get_version(demo_db, draft_id).parties] == [
        p.id for p in detail.parties
    ]


def test_edits_are_audited(demo_db: Database, draft_id: int) -> None:
    article = protocols.get_version(demo_db, draft_id).articles[0]
    articles.update_article(demo_db, article.id, article.title, "Nouveau corps.")
    with demo_db.reading() as session:
        entry = session.scalars(sa.select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert entry is not None
        assert (entry.action, entry.entity, entry.entity_id) == (
            "update",
            "article",
            str(article.id),
        )


def test_avenant_articles_do_not_move(demo_db: Database, protocol_id: int) -> None:
    current = protocols.find_version(demo_db, protocol_id).version
    avenant = protocols.new_version(demo_db, protocol_id, VersionKind.AMENDMENT, amend=[2])
    with pytest.raises(ValidationError):
        articles.insert_article(demo_db, avenant.id, 1, "x")
    assert current.number == 2


def test_add_party_and_representation(demo_db: Database, draft_id: int, protocol_id: int) -> None:
    from desktop.services.protocol.convention import convention_pdf
    from tests.core.documents.pdf_checks import page_texts

    detail = protocols.get_version(demo_db, draft_id)
    last = detail.parties[-1]
    with pytest.raises(ValidationError, match="déjà signataire"):
        parties.add_party(demo_db, draft_id, last.position_id)
    parties.remove_party(demo_db, last.id)
    edit = parties.add_party(demo_db, draft_id, last.position_id, position=1)
    again = protocols.get_version(demo_db, draft_id)
    assert again.parties[0].position_id == last.position_id
    assert again.parties[0].signer_name == "Julien KERVADEC"  # holds the function today
    edit.undo(demo_db)
    assert len(protocols.get_version(demo_db, draft_id).parties) == len(detail.parties) - 1
    prefet = detail.parties[0]
    parties.set_party(demo_db, prefet.id, "M. Paul DURAND, secrétaire général", prefet.signer_id)
    text = " ".join(page_texts(convention_pdf(demo_db, protocol_id)))
    assert "représenté par M. Paul DURAND, secrétaire général" in text
