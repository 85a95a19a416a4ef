"""Comparison of two versions: added, removed, changed articles and word-level segments."""

from __future__ import annotations

from desktop.models.enums import VersionKind
from desktop.services.protocol import articles, protocols
from desktop.services.protocol.comparison import (
    ArticleStatus,
    Op,
    Segment,
    compare_versions,
    word_diff,
)
from desktop.services.vault.database import Database


def test_word_diff_segments() -> None:
    segments = word_diff(
        "Le préfet réunit le comité une fois par an.",
        "Le préfet réunit le comité deux fois par an.",
    )
    assert segments == (
        Segment(Op.EQUAL, "Le préfet réunit le comité "),
        Segment(Op.DELETE, "une"),
        Segment(Op.INSERT, "deux"),
        Segment(Op.EQUAL, " fois par an."),
    )
    assert word_diff("", "Nouveau texte") == (Segment(Op.INSERT, "Nouveau texte"),)
    # Changes separated by one space read as one replacement.
    assert word_diff("le médecin peut être inscrit", "le médecin et y consent est inscrit") == (
        Segment(Op.EQUAL, "le médecin "),
        Segment(Op.DELETE, "peut être"),
        Segment(Op.INSERT, "et y consent est"),
        Segment(Op.EQUAL, " inscrit"),
    )


def test_compare_versions(demo_db: Database, protocol_id: int) -> None:
    created = protocols.new_version(demo_db, protocol_id, VersionKind.UPDATE)
    draft = protocols.get_version(demo_db, created.id)
    removed, changed = draft.articles[1], draft.articles[4]
    articles.delete_article(demo_db, removed.id)
    articles.update_article(
        demo_db, changed.id, changed.title, changed.body + " Le préfet en est informé."
    )
    articles.insert_article(demo_db, created.id, 1, "Définitions", "Au sens du protocole…")

    result = compare_versions(demo_db, protocol_id, 2, 3)
    (added,) = result.having(ArticleStatus.ADDED)
    assert (added.new_number, added.old_number) == (1, None)
    assert "".join(s.text for s in added.title) == "Définitions"
    (gone,) = result.having(ArticleStatus.REMOVED)
    assert gone.old_number == 2 and gone.body[0].op is Op.DELETE
    (modified,) = result.having(ArticleStatus.CHANGED)
    # Matched by title although its number did not move (one in, one out before it).
    assert modified.old_number == 5 and modified.new_number == 5
    inserted = [s.text for s in modified.body if s.op is Op.INSERT]
    assert inserted == [" Le préfet en est informé."]
    # Unchanged articles that moved keep their pairing; the removed one sits at its place.
    order = [(a.status, a.old_number) for a in result.articles]
    assert order[0] == (ArticleStatus.ADDED, None)
    assert order[1] == (ArticleStatus.UNCHANGED, 1)
    assert order[2] == (ArticleStatus.REMOVED, 2)
    assert len(result.having(ArticleStatus.UNCHANGED)) == len(draft.articles) - 2


def test_compare_original_with_update(demo_db: Database, protocol_id: int) -> None:
    result = compare_versions(demo_db, protocol_id, 1, 2)
    assert result.articles  # the demo update rewrites the 2018 text
    assert any(a.status is not ArticleStatus.UNCHANGED for a in result.articles)
