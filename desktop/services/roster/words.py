"""The words of every commune's name and lieux-dits, for the search by any word.

``commune_word`` holds one row per (normalised word, commune, "document"): document 0 is the
commune's name, any other number is the id of the ``postal_code`` row whose ``Ligne_5`` (La
Poste's lieu-dit, "ST AYGULF" in Fréjus) the word comes from. A search intersects the rows of
its words on (commune, document), so that all the words come from the same name or the same
lieu-dit, in any order.

Derived data, like the cases' full-text index (``services/cases/search.py``) and for the same
reason not in a migration: the service creates the table on first use and fills it from the
communes; the imports of communes and postal codes empty it (``invalidate``) in their unit of
work, and the next search rebuilds it (about 0.3 s for all of France). Plain portable SQL
(a table and an index), so it would work on PostgreSQL too.
"""

from __future__ import annotations

import itertools
import weakref

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from desktop.io.insee import normalise_name
from desktop.models.base import byte_ordered
from desktop.models.territory import Commune, PostalCode
from desktop.services.roster.bulk import bulk_insert

NAME_DOC = 0
"""The document number of a commune's own name (lieux-dits use their postal_code id)."""

_metadata = sa.MetaData()
"""Not the models' metadata: alembic must neither create nor compare this table."""

WORDS = sa.Table(
    "commune_word",
    _metadata,
    sa.Column("word", byte_ordered(60), nullable=False),  # searched by prefix range
    sa.Column("commune_id", sa.Integer, nullable=False),
    sa.Column("doc", sa.Integer, nullable=False),
    sa.Index("ix_commune_word_word", "word", "commune_id", "doc"),
    sa.Index("ix_commune_word_commune", "commune_id", "doc", "word"),
)
_created: weakref.WeakSet[Engine] = weakref.WeakSet()
_filled: weakref.WeakKeyDictionary[Engine, int] = weakref.WeakKeyDictionary()
"""Engines whose table this process saw filled, with a number that changes with each fill
(the suggestions' vocabulary is kept while it stays the same)."""
_fills = itertools.count(1)


def ensure(session: Session, *, recheck: bool = False) -> bool:
    """Create the table once per engine, and fill it when it is empty and communes exist;
    True when it was filled now.

    Once this process has seen it filled, nothing is read again (an import here empties it
    and forgets that); ``recheck`` looks again (a search that found nothing does, in case
    another process imported communes). The fill is committed at once (the caller's session
    is a read-only one): derived data, no audit entry."""
    bind = session.get_bind()
    if bind.engine in _filled and not recheck:
        return False  # before taking a connection: a search's session may not need one yet
    connection = session.connection()
    engine = connection.engine
    if engine not in _created:
        # Remembered only once seen committed: a reading session that creates it and fills
        # nothing rolls it back (PostgreSQL's DDL is transactional), so the next call looks
        # again instead of querying a table that is not there.
        if sa.inspect(connection).has_table(WORDS.name):
            _created.add(engine)
        else:
            WORDS.create(connection)
    if connection.execute(sa.select(WORDS.c.doc).limit(1)).first() is not None:
        _filled.setdefault(engine, next(_fills))
        return False
    if connection.execute(sa.select(Commune.id).limit(1)).first() is None:
        return False
    rebuild(session)
    session.commit()
    _created.add(engine)
    _filled[engine] = next(_fills)
    _vacuum(engine)
    return True


def _vacuum(engine: Engine) -> None:
    """On PostgreSQL, the table just filled marked all-visible (``VACUUM``, outside any
    transaction; 40 ms for France): the searches' plans kept without values read the words
    from the index alone. Before autovacuum's pass the server reckoned heap reads for them
    (a cost of 451 instead of 21) and preferred planning every run anew (1.3 ms instead of
    0.3 for a misspelt name). An agent who does not own the table gets a warning, no error."""
    if engine.dialect.name != "postgresql":
        return
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(sa.text(f"VACUUM (ANALYZE) {WORDS.name}"))


def generation(engine: Engine) -> int:
    """Changes with each fill of the table seen by this process (0: not seen filled)."""
    return _filled.get(engine, 0)


def rebuild(session: Session) -> int:
    """Every commune's name and lieux-dits as words again; the number of rows written."""
    connection = session.connection()
    connection.execute(WORDS.delete())
    rows: list[tuple[str, int, int]] = []
    keys: dict[int, str] = {}
    for commune_id, key in connection.execute(sa.select(Commune.id, Commune.search_key)):
        keys[commune_id] = key
        rows.extend((word, commune_id, NAME_DOC) for word in set(key.split()))
    seen: set[tuple[int, str]] = set()
    localities = connection.execute(
        sa.select(PostalCode.id, PostalCode.commune_id, PostalCode.ligne_5)
        .where(PostalCode.ligne_5 != "")
        .order_by(PostalCode.id)
    )
    for doc, commune_id, line5 in localities:
        key = normalise_name(line5)
        if not key or key == keys.get(commune_id) or (commune_id, key) in seen:
            continue
        seen.add((commune_id, key))
        rows.extend((word, commune_id, doc) for word in set(key.split()))
    if rows:
        bulk_insert(connection, WORDS, ("word", "commune_id", "doc"), rows)
    if connection.dialect.name == "postgresql":
        # Its statistics at once, not at autovacuum's next pass: without them PostgreSQL
        # guessed 97 rows for the 11,218 words in "s" and sorted every match (80 ms, not 3).
        connection.execute(sa.text(f"ANALYZE {WORDS.name}"))
    return len(rows)


def invalidate(session: Session) -> None:
    """Empty the table inside an import's unit of work: the next search rebuilds it."""
    connection = session.connection()
    _filled.pop(connection.engine, None)
    if sa.inspect(connection).has_table(WORDS.name):
        connection.execute(WORDS.delete())


_SMALL = {"le", "la", "les", "l", "de", "du", "des", "d", "sur", "sous", "en", "et", "lez",
          "aux", "au", "a"}


def locality_label(line5: str) -> str:
    """La Poste's "ST AYGULF" as people write it: "Saint-Aygulf" (its accents are lost)."""
    text = ""
    for index, word in enumerate(normalise_name(line5).split()):
        piece = word if index and word in _SMALL else word.capitalize()
        joiner = "" if not text or text.endswith("'") else "-"
        text += joiner + (piece + "'" if word in ("l", "d") else piece)
    return text
