"""Which communes a search text designates, best first, with what matched each one.

The text is read as name words and codes, in any order: "chelles 77500", "ferte sous jouarre",
"97411", "st aygulf". Name words are folded like the communes' ``search_key`` (accents, case,
hyphens, apostrophes, "St"/"Ste"); an article (le, la, les, l') may be left out, and the last
word is a prefix (the user is typing). Codes are INSEE or postal codes, whole or prefix.

- codes alone: the ``insee_code`` and ``postal_code.code`` indexes, in name order;
- name words: the derived ``commune_word`` table (``words``): each word's rows, intersected on
  (commune, name or lieu-dit), so every word comes from the same name or the same lieu-dit;
  the communes whose name starts with the text first, then the other names, then lieux-dits.
  The rarest word drives the search, or the names are walked in order when every word is
  common (``frequencies`` counts them without a query).

Every statement is built once per shape (number of words and codes) with bound parameters:
building a select costs more than running it here.

On the shared server, a statement whose plan fits every value (a whole code, a rare driving
word: ``KEPT_DRIVER``) is prepared and its plan kept, and it brings the rows' cards too
(``Cards``): one round trip, no planning. The others are planned with their values on each
run (``PLAN_EACH_RUN``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from types import SimpleNamespace
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from desktop.io.insee import normalise_name
from desktop.models.territory import Commune, PostalCode, Unit
from desktop.services.roster import words
from desktop.services.roster.frequencies import frequencies
from desktop.services.roster.words import NAME_DOC, WORDS
from desktop.storage.engine import PLAN_EACH_RUN, PLAN_KEPT


def past(prefix: str) -> str:
    """The first string after every string that starts with ``prefix``, in code-point order
    (SQLite's, and PostgreSQL's on the ``COLLATE "C"`` keys): ``key >= prefix AND key <
    past(prefix)`` is the prefix match as an index range. Where "\uffff" appended to the prefix
    would miss a name going on with a character beyond it, and misled PostgreSQL's estimate of
    how many rows the range holds (97 for the 11,218 words in "s": it sorted 9,535 communes
    instead of walking the first 20 in name order, 80 ms for 2)."""
    return prefix[:-1] + chr(ord(prefix[-1]) + 1)
CODE = re.compile(r"[0-9][0-9AB][0-9]{0,3}|[0-9]")
ARTICLES = frozenset({"le", "la", "les", "l"})
COMMUNE_COLUMNS = (
    Commune.id,
    Commune.insee_code,
    Commune.name,
    Commune.department,
    Commune.arrondissement,
    Commune.force_zone,
    Commune.unit_id,
)

@cache
def _chain() -> tuple[tuple[Any, Any, Any], tuple[sa.Label[Any], ...]]:
    """The commune's unit, its parent and grand-parent (three aliases of ``Unit``), and their
    columns (id, kind, name, phone each), brought with the rows found, so that a card costs no
    query of its own for them (``lookup.build_cards``).

    Built on first use, not at import: an alias configures every mapper (about 80 ms), which
    importing this module (the home page's desk imports it) must not cost at start-up."""
    chain = (aliased(Unit, name="unit_0"), aliased(Unit, name="unit_1"),
             aliased(Unit, name="unit_2"))
    columns = tuple(
        getattr(unit, column).label(f"chain_{level * 4 + index}")
        for level, unit in enumerate(chain)
        for index, column in enumerate(("id", "kind", "name", "phone"))
    )
    return chain, columns


def _with_card(found: Statement, *order: str, server: bool = False, postal: bool = True,
               locality: bool = False) -> Statement:
    """The rows of ``found`` (commune columns, sorted and cut at the limit) with each one's
    postal codes and, in a vault file, its unit chain, so that a card costs no query of its
    own for them.

    Joined around the limited rows, so for the rows returned only (joined inside, PostgreSQL
    looked up the units of all 1,366 communes in "le" before keeping 20), then sorted again
    by the columns named ``order``: a handful of rows.

    ``server`` (PostgreSQL): no unit chain, and the postal codes only when ``postal`` (what
    matched a code is told from them). The server plans most of these statements anew on
    each run (their best plan depends on the words searched): the chain's three joins
    tripled that planning (0.2 ms of 0.3), and a row's postal codes made the kept plan of
    the names starting with the text look costlier than planning anew. The card's own
    statement brings them instead, with the référents, under a plan the server keeps
    (``lookup._statements``).

    ``locality``: also the lieu-dit line of each row's best document (``found``'s ``doc``;
    none for a name), which says what matched without a query of its own."""
    rows = found.subquery("found")
    extra = []
    if postal or not server:
        extra.append(sa.select(sa.func.aggregate_strings(PostalCode.code, " "))
                     .where(PostalCode.commune_id == rows.c.id)
                     .scalar_subquery().label("postal"))
    if locality:
        extra.append(sa.select(PostalCode.ligne_5).where(PostalCode.id == rows.c.doc)
                     .scalar_subquery().label("locality"))
    ordered = [rows.c[name] for name in order]
    if server:
        return sa.select(rows, *extra).select_from(rows).order_by(*ordered)
    (unit, parent, grand), chain_columns = _chain()
    return (
        sa.select(rows, *extra, *chain_columns)
        .select_from(rows)
        .outerjoin(unit, unit.id == rows.c.unit_id)
        .outerjoin(parent, parent.id == unit.parent_id)
        .outerjoin(grand, grand.id == parent.parent_id)
        .order_by(*ordered)
    )


@dataclass(frozen=True)
class Query:
    """A search text read as codes and name words (``prefix`` is the last name word)."""

    codes: tuple[str, ...]
    words: tuple[str, ...]
    """The whole name words (articles left out), each to be found exactly."""
    prefix: str
    key: str
    """The name words as typed, folded: a name starting with it comes first."""

    @property
    def empty(self) -> bool:
        return not self.codes and not self.prefix

    @property
    def whole(self) -> tuple[bool, ...]:
        """For each code, whether it is typed whole (``WHOLE_CODE`` characters)."""
        return tuple(len(code) == WHOLE_CODE for code in self.codes)


def parse(text: str) -> Query:
    raw = text.strip().upper().replace(" ", "")
    if raw and CODE.fullmatch(raw):
        return Query((raw,), (), "", "")
    codes: list[str] = []
    names: list[str] = []
    for token in normalise_name(text).split():
        upper = token.upper()
        (codes if CODE.fullmatch(upper) else names).append(upper if token[0].isdigit() else token)
    if not names:
        return Query(tuple(codes), (), "", "")
    *whole, prefix = names
    kept = tuple(dict.fromkeys(word for word in whole if word not in ARTICLES and word != prefix))
    return Query(tuple(codes), kept, prefix, " ".join(names))


@dataclass(frozen=True)
class Found:
    rows: Sequence[Any]
    """Commune columns (``COMMUNE_COLUMNS``), best first."""
    total: int
    """How many communes match in all (``rows`` may be cut at the limit)."""
    postal: dict[int, tuple[str, ...]] | None = field(default_factory=dict)
    """Each row's postal codes; None when the search did not bring them (on the shared
    server, without a code searched: the cards bring them, ``_with_card``)."""
    matched: dict[int, str] = field(default_factory=dict)
    """What matched each commune: "nom", "lieu-dit « Saint-Aygulf »", "code INSEE 97411"…"""
    exact: bool = True
    """False when ``total`` is only a floor (``COUNT_CAP``: "plus de 1 000")."""
    carded: Sequence[Any] | None = None
    """The rows with their cards' columns (``Cards``), a row per référent, when the search
    brought them."""


NOTHING = Found((), 0)


@dataclass(frozen=True)
class Cards:
    """On the shared server, what the answer cards need, asked with the rows found when the
    search's plan is kept (``lookup._carded``): one round trip instead of two."""

    wrap: Callable[[Statement, tuple[str, ...]], Statement]
    """A search statement and the names of its order columns → the same rows with their
    cards' columns, a row per référent, in that order; each with ``filled``, whether the
    word table has rows, and when nothing is found a row of its own (its ``id`` None)."""
    values: dict[str, Any]
    """The values ``wrap``'s statements add (the date of the cards)."""


def find(session: Session, text: str, limit: int, *, recheck: bool = True,
         brief: bool = False, cards: Cards | None = None) -> Found:
    """The communes matching ``text``, at most ``limit`` of them, and their total.

    ``session`` is a reading one (``Database.reading``): filling the word table commits.
    ``brief``: the rows alone (no total beyond them, no postal codes, nothing said of what
    matched), for the suggestions' attempts. ``cards``: on the shared server, the rows come
    with what their cards need when the search's plan is kept (``Found.carded``)."""
    query = parse(text)
    if query.empty:
        return NOTHING
    if query.prefix:
        words.ensure(session)  # before taking the connection: a fill commits
    connection = session.connection()
    codes = {f"c{i}": code for i, code in enumerate(query.codes)}
    codes |= {f"c{i}_high": past(code) for i, code in enumerate(query.codes)}
    exact, docs = True, dict[int, int]()
    carding = _Carding(cards if _server(connection) and not brief else None)
    rows: Sequence[Any]
    if not query.prefix:
        statement, count = _by_codes(query.whole, _server(connection))
        values = codes | {"limit": limit}
        rows = (carding.kept(connection, statement, ("search_key", "id"), values)
                if all(query.whole)
                else carding.plain(connection, statement, values))
        total = len(rows) if len(rows) < limit else connection.execute(count, codes).scalar_one()
    else:
        rows, total, exact, docs = _by_words(connection, query, codes, limit, carding,
                                             count=not brief)
        if (not rows and recheck and not carding.filled
                and words.ensure(session, recheck=True)):  # emptied by another process
            return find(session, text, limit, brief=brief, cards=cards)
    if brief:
        return Found(rows, len(rows))
    postal: dict[int, tuple[str, ...]] | None = None
    if rows and all("postal" in row._fields for row in rows):  # not a carded walk's start
        postal = {row.id: postal_list(row.postal) for row in rows}
    elif query.codes or not rows:
        postal = postal_codes(session, [row.id for row in rows])
    localities = {row.doc: words.locality_label(row.locality) for row in rows
                  if getattr(row, "locality", None)}
    localities |= _localities(session, {doc for doc in docs.values()
                                        if doc and doc not in localities})
    matched = {}
    for row in rows:
        what = []
        doc = docs.get(row.id)
        if doc is not None:
            what.append("nom" if doc == NAME_DOC else f"lieu-dit « {localities.get(doc, '')} »")
        what += [_code_label(code, row.insee_code, (postal or {}).get(row.id, ()))
                 for code in query.codes]
        matched[row.id] = ", ".join(what)
    return Found(rows, int(total), postal, matched, exact, carding.carded)


class _Carding:
    """Runs a search's statements, those whose plan is kept with their cards' columns
    (``Cards``); ``carded``: the rows that came with them (a row per référent), None once a
    statement ran without them (the cards are then asked apart)."""

    def __init__(self, cards: Cards | None) -> None:
        self.cards = cards
        self.carded: list[Any] | None = None
        self.filled = False
        """Whether the word table was seen with rows (``Cards.wrap``'s ``filled``)."""
        self.restart()

    def restart(self) -> None:
        """The rows run so far are dropped: nothing carded, nothing seen yet."""
        self.carded = [] if self.cards is not None else None
        self.filled = False

    def kept(self, connection: sa.Connection, statement: Statement, order: tuple[str, ...],
             values: dict[str, Any]) -> list[Any]:
        """``statement``'s rows (its plan kept, sorted by the columns named ``order``), with
        their cards' columns while carding: each commune once."""
        if self.cards is None or self.carded is None:
            return list(connection.execute(statement, values).all())
        rows = connection.execute(self.cards.wrap(statement, order),
                                  values | self.cards.values).all()
        self.filled = bool(rows[0].filled)
        if rows[0].id is None:  # nothing found: the probe's row alone
            return []
        self.carded += rows
        once: dict[int, Any] = {}
        for row in rows:
            once.setdefault(row.id, row)
        return list(once.values())

    def plain(self, connection: sa.Connection, statement: Statement, values: dict[str, Any]
              ) -> list[Any]:
        """``statement``'s rows without the cards' columns (planned each run: their joins
        would be planned too)."""
        self.carded = None
        return list(connection.execute(statement, values).all())


PROBE = 1000
"""A word with at least that many rows is common ("saint", the prefix "s"): a search of that
word alone walks the names in order (``_walk``) instead of sorting all its matches; the rows
of a rarer word are sorted ("saint sur": the 260 rows of "sur" that have "saint" too)."""
WALK = 100
"""A search whose every word has at least that many rows walks the names starting with the
text first: as typed ("sou", "fe"), they most often fill the answers, and only their total
is counted; below, a name or two start with it, and the rarest word drives the search at
once (one statement instead of two). Measured over France (median): prefixes of 500 to
1,000 rows took 4.0-4.4 ms driven (PostgreSQL 9-11 ms: sorting every match), 2.6-3.2 ms
walked (4.0-4.6 ms); 200 to 500 rows, 3.0-3.3 against 2.2-2.4; under 20, driven is quicker."""
KEPT_DRIVER = 200
"""On the server, a search driven by a word of fewer rows takes a statement whose plan is kept
(``_driven``): probing the other words for each of them costs less than planning anew."""
COUNT_CAP = 1000
"""Beyond that many matches the total says "plus de 1 000" (counting them all costs more than
the search)."""

Statement = sa.Select[*tuple[Any, ...]]
_Terms = tuple[bool, ...]
"""A search's words, driving word first: True for the prefix, False for a whole word."""


def _by_words(
    connection: sa.Connection, query: Query, codes: dict[str, str], limit: int,
    carding: _Carding, *, count: bool = True,
) -> tuple[Sequence[Any], int, bool, dict[int, int]]:
    """Rows, total, whether the total is exact, and each row's best document (0: the name).

    The rarest word drives the search (``_driven``), unless every word is common enough
    (``WALK``, ``PROBE``): then the names are walked in order (``_walk``); how common each
    word is, ``frequencies`` knows without a query."""
    terms = [(False, word) for word in query.words] + [(True, query.prefix)]
    keys: dict[str, Any] = {"key": query.key, "key_high": past(query.key), "limit": limit}
    counts = frequencies(connection)
    sizes = [counts.rows(value, past(value) if prefix else None) for prefix, value in terms]
    server = _server(connection)
    if not codes and min(sizes) >= WALK:
        # As typed, the names that start with the text, in order, are most often enough
        # (then only their total is counted): an index range.
        order = sorted(range(len(terms)), key=lambda i: -len(terms[i][1]))
        terms = [terms[i] for i in order]  # the longest word drives the count
        sizes = [sizes[i] for i in order]
        kinds = tuple(prefix for prefix, _ in terms)
        values = keys | _values(terms)
        walk = _walk(kinds, server)
        rows = carding.kept(connection, walk.first, ("search_key", "id"), values)
        docs = dict.fromkeys((row.id for row in rows), NAME_DOC)
        if len(rows) == limit:
            total = connection.execute(walk.count, values).scalar_one() if count else limit
            return rows, min(total, COUNT_CAP), total <= COUNT_CAP, docs
        if len(terms) == 1 and sizes[0] >= PROBE:
            rest = carding.plain(connection, walk.rest, values | {"limit": limit - len(rows)})
            docs |= dict.fromkeys((row.id for row in rest), NAME_DOC)
            rows += rest
            if len(rows) < limit:
                places = carding.plain(connection, walk.places,
                                       values | {"limit": limit - len(rows)})
                docs |= {row.id: row.doc for row in places}
                rows += places
            total = len(rows)
            if total == limit:
                total = connection.execute(walk.count, values).scalar_one()
            return rows, min(total, COUNT_CAP), total <= COUNT_CAP, docs
        carding.restart()  # those rows are not the answer: the driven search's are
    rarest = min(range(len(terms)), key=sizes.__getitem__)
    terms.insert(0, terms.pop(rarest))
    kinds = tuple(prefix for prefix, _ in terms)
    values = keys | _values(terms) | codes
    kept = server and sizes[rarest] < KEPT_DRIVER and all(query.whole)
    statement = _driven(kinds, query.whole, server, kept)
    driven = (carding.kept(connection, statement, ("rank", "search_key", "id"), values) if kept
              else carding.plain(connection, statement, values))
    return driven, driven[0].total if driven else 0, True, {r.id: r.doc for r in driven}


def _server(connection: sa.Connection) -> bool:
    """Whether the statements take the shared server's shape (PostgreSQL): codes matched by a
    union of index ranges (``_code_condition``), rows without their unit chain
    (``_with_card``)."""
    return connection.dialect.name == "postgresql"


def _values(terms: list[tuple[bool, str]]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for index, (prefix, value) in enumerate(terms):
        values |= _term_values(index, prefix, value)
    return values


def _term_values(index: int, prefix: bool, value: str) -> dict[str, Any]:
    if prefix:
        return {f"t{index}": value, f"t{index}_high": past(value), f"t{index}_size": len(value)}
    return {f"t{index}": value}


def _term(alias: Any, index: int, prefix: bool, *, steered: bool = False
          ) -> sa.ColumnElement[bool]:
    """Word ``index`` of the search in ``alias``: that word, or (``prefix``) a word starting
    with it, as an index range.

    ``steered`` (a prefix driving a plan the server keeps, ``_driven``): the range again, as
    "its first letters are the prefix". Always true within the range, it costs nothing, but
    a plan made without the values reckons a range of unknown bounds at 0.5 % of the table
    (372 rows): it joined them to every commune read in full (6.4 ms for one row). With the
    second condition the estimate is a few rows, as for a whole word."""
    word: sa.ColumnElement[str] = alias.c.word
    if not prefix:
        return word == sa.bindparam(f"t{index}")
    value: sa.BindParameter[str] = sa.bindparam(f"t{index}")
    condition = sa.and_(word >= value, word < sa.bindparam(f"t{index}_high"))
    if steered:
        size = sa.bindparam(f"t{index}_size", type_=sa.Integer)
        condition = sa.and_(condition, sa.func.left(word, size) == value)
    return condition


def _all_terms(kinds: _Terms, *, probed: bool = False) -> tuple[Any, list[sa.ColumnElement[bool]]]:
    """The driving word on an alias ``a``, every other word in the same commune and document.

    ``probed`` (a plan the server keeps, made without the values): the driving word's rows
    are read first, fenced off (a subquery with an ``OFFSET``, which PostgreSQL does not
    merge), then each other word is looked up for each of them (an ``EXISTS`` with an
    ``OFFSET`` stays a sub-plan run per row: PostgreSQL neither joins nor reorders it). So
    the plan starts from the driving word, the rarest, whatever the estimates; and the
    look-ups are reckoned on the few rows the fence lets out, not on the range's 372 of a
    plan without values (which made the server plan every run anew)."""
    first: Any
    conditions: list[sa.ColumnElement[bool]] = []
    if probed:
        driving = WORDS.alias("driving")
        first = (sa.select(driving.c.commune_id, driving.c.doc)
                 .where(_term(driving, 0, kinds[0], steered=True)).offset(0).subquery("a"))
    else:
        first = WORDS.alias("a")
        conditions.append(_term(first, 0, kinds[0]))
    for index, prefix in enumerate(kinds[1:], start=1):
        other = WORDS.alias(f"w{index}")
        check: Statement = sa.select(sa.literal_column("1")).where(
            other.c.commune_id == first.c.commune_id, other.c.doc == first.c.doc,
            _term(other, index, prefix))
        conditions.append((check.offset(0) if probed else check).exists())
    return first, conditions


def _starts() -> sa.ColumnElement[bool]:
    return sa.and_(Commune.search_key >= sa.bindparam("key"),
                   Commune.search_key < sa.bindparam("key_high"))


def _best(kinds: _Terms, *, lieux_dits_only: bool = False, probed: bool = False
          ) -> sa.Subquery:
    """Each commune holding every word in one document, with the first such document (the
    name, ``NAME_DOC``, before its lieux-dits; ``lieux_dits_only``: among its lieux-dits)."""
    first, conditions = _all_terms(kinds, probed=probed)
    if lieux_dits_only:
        conditions.append(first.c.doc != NAME_DOC)
    return (
        sa.select(first.c.commune_id, sa.func.min(first.c.doc).label("doc"))
        .where(*conditions)
        .group_by(first.c.commune_id)
        .subquery("best")
    )


@cache
def _driven(kinds: _Terms, whole: tuple[bool, ...], server: bool = False,
            kept: bool = False) -> Statement:
    """From the rows of the rarest word: every match grouped by commune (its best document)
    and sorted: the names starting with the text, the other names, then the lieux-dits.

    ``whole``: each code typed whole or begun (``_by_codes``). ``kept`` (on the server, a rare
    driving word and whole codes only): a statement whose plan the server may keep, its
    other words probed per row of the driving one (``_all_terms``); planning it anew cost
    0.5 ms of the 0.76 it took ("martin beau saint")."""
    best = _best(kinds, probed=kept)
    rank = sa.case((_starts(), 0), (best.c.doc == NAME_DOC, 1), else_=2)
    statement = _with_card(
        sa.select(*COMMUNE_COLUMNS, best.c.doc, sa.func.count().over().label("total"),
                  rank.label("rank"), Commune.search_key)
        .join_from(best, Commune, Commune.id == best.c.commune_id)
        .where(*(_code_condition(i, server, complete) for i, complete in enumerate(whole)))
        .order_by(rank, Commune.search_key, Commune.id)
        .limit(sa.bindparam("limit", type_=sa.Integer)),
        "rank", "search_key", "id", server=server, postal=bool(whole), locality=True,
    )
    return _kept(statement) if kept else _each_run(statement)


@cache
def _walk(kinds: _Terms, server: bool = False) -> SimpleNamespace:
    """When every word is common: the names in order (``search_key``'s index), each checked,
    until ``limit`` match, in ``_driven``'s order: the names starting with the text
    (``first``), the other names (``rest``), then the communes found by a lieu-dit only
    (``places``, few: from the word's lieu-dit rows).

    ``first`` checks nothing: a name starting with the text has all its words (its
    ``search_key`` is folded as the text is, and every word of it is in the word table), the
    last one begun. An index range, the same plan whatever the text: the server keeps it."""
    first, conditions = _all_terms(kinds)
    named = sa.exists().where(first.c.commune_id == Commune.id, first.c.doc == NAME_DOC,
                              *conditions)
    limit = sa.bindparam("limit", type_=sa.Integer)
    ordered = (sa.select(*COMMUNE_COLUMNS, Commune.search_key)
               .order_by(Commune.search_key, Commune.id).limit(limit))
    best = _best(kinds, lieux_dits_only=True)
    places = (
        sa.select(*COMMUNE_COLUMNS, Commune.search_key, best.c.doc)
        .join_from(best, Commune, Commune.id == best.c.commune_id)
        .where(sa.not_(named))
        .order_by(Commune.search_key, Commune.id)
        .limit(limit)
    )
    distinct = sa.select(first.c.commune_id).where(*conditions).distinct().limit(COUNT_CAP + 1)
    return SimpleNamespace(
        first=_kept(_with_card(ordered.where(_starts()), "search_key", "id", server=server,
                               postal=False)),
        rest=_each_run(_with_card(ordered.where(sa.not_(_starts()), named), "search_key",
                                  "id", server=server, postal=False)),
        places=_each_run(_with_card(places, "search_key", "id", server=server, postal=False,
                                    locality=True)),
        count=_each_run(sa.select(sa.func.count()).select_from(distinct.subquery())),
    )


def _each_run(statement: Statement) -> Statement:
    """A statement planned with its values on each run on PostgreSQL (``PLAN_EACH_RUN``):
    which word or code range is small decides its best plan."""
    return statement.execution_options(**{PLAN_EACH_RUN: True})


def _kept(statement: Statement) -> Statement:
    """A statement whose plan fits every value, prepared at its first run on PostgreSQL
    (``PLAN_KEPT``)."""
    return statement.execution_options(**{PLAN_KEPT: True})


def _code_label(code: str, insee_code: str, postal: tuple[str, ...]) -> str:
    if insee_code.startswith(code):
        return f"code INSEE {insee_code}"
    return f"code postal {next((c for c in postal if c.startswith(code)), code)}"


def _code_condition(index: int, server: bool = False,
                    whole: bool = False) -> sa.ColumnElement[bool]:
    """The commune's INSEE code or one of its postal codes starts with code ``index`` (is
    it, when ``whole``: a code of ``WHOLE_CODE`` characters).

    ``server`` (PostgreSQL): the same as one ``IN`` over the union of both index ranges. The
    ``OR`` form made PostgreSQL walk every commune in name order, testing each (36 ms where
    SQLite takes 1); the union reads the few matching rows from both indexes."""
    low: sa.BindParameter[str] = sa.bindparam(f"c{index}")
    high: sa.BindParameter[str] = sa.bindparam(f"c{index}_high")

    def starts(column: Any) -> sa.ColumnElement[bool]:
        return column == low if whole else sa.and_(column >= low, column < high)

    if server:
        by_insee = Commune.__table__.alias(f"by_insee_{index}")
        return Commune.id.in_(sa.union(
            sa.select(by_insee.c.id).where(starts(by_insee.c.insee_code)),
            sa.select(PostalCode.commune_id).where(starts(PostalCode.code)),
        ))
    return sa.or_(
        starts(Commune.insee_code),
        Commune.id.in_(sa.select(PostalCode.commune_id).where(starts(PostalCode.code))),
    )


WHOLE_CODE = 5
"""The length of every INSEE and postal code: a code typed whole is matched by equality."""


@cache
def _by_codes(whole: tuple[bool, ...], server: bool = False) -> tuple[Statement, Statement]:
    """Communes by codes alone (``whole``: each one typed whole or begun), in name order:
    ``search_key``'s index is walked and stops at ``limit``; the count runs only when the
    answers are cut (``server``: ``_server``).

    Codes typed whole are matched by equality, whose plan is the same for every code (the
    server keeps it: no planning on each run); a code begun ("771") by an index range,
    planned with its value on each run (``_each_run``): a range kept planned without its
    value made PostgreSQL walk every name (3.7 ms, not 1.3)."""
    conditions = [_code_condition(index, server, complete)
                  for index, complete in enumerate(whole)]
    rows = _with_card(sa.select(*COMMUNE_COLUMNS, Commune.search_key).where(*conditions)
                      .order_by(Commune.search_key, Commune.id)
                      .limit(sa.bindparam("limit", type_=sa.Integer)), "search_key", "id",
                      server=server)
    count = sa.select(sa.func.count()).select_from(Commune).where(*conditions)
    if all(whole):
        return _kept(rows), _kept(count)
    return _each_run(rows), _each_run(count)


@cache
def _postal_statement() -> Statement:
    return (
        sa.select(PostalCode.commune_id, PostalCode.code)
        .where(PostalCode.commune_id.in_(sa.bindparam("ids", expanding=True)))
        .distinct()
        .order_by(PostalCode.commune_id, PostalCode.code)
    )


def postal_list(aggregated: str | None) -> tuple[str, ...]:
    """A commune's postal codes from the ``postal`` column the statements aggregate (codes
    separated by spaces, repeated for each lieu-dit), sorted, each once."""
    return tuple(sorted(set((aggregated or "").split())))


def postal_codes(session: Session, ids: list[int]) -> dict[int, tuple[str, ...]]:
    found: dict[int, list[str]] = {}
    if ids:
        for commune_id, code in session.connection().execute(_postal_statement(), {"ids": ids}):
            found.setdefault(commune_id, []).append(code)
    return {key: tuple(codes) for key, codes in found.items()}


def _localities(session: Session, docs: set[int]) -> dict[int, str]:
    """The lieu-dit of each postal_code row id, as people write it."""
    if not docs:
        return {}
    rows = session.connection().execute(
        sa.select(PostalCode.id, PostalCode.ligne_5).where(PostalCode.id.in_(docs)))
    return {doc: words.locality_label(line5) for doc, line5 in rows}
