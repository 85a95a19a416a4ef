"""A close spelling when a search finds no commune: "Fontainbleau" → "Fontainebleau ?".

Only run when nothing matched. Each word of the text that is no word of any commune (or, for
the last one, the start of none) is replaced by the closest word of the vault's names and
lieux-dits (``rapidfuzz``'s normalised Indel similarity, among the words of the same initial
first); when the corrected text finds a commune, its name is the suggestion. Otherwise the
whole text is compared with every commune's name. The vocabulary is the words the searches
count (``frequencies``), read once per vault and kept until the word table is filled again in
this process (a table rebuilt by another process leaves it stale: a worse suggestion at most,
never a wrong answer).
"""

from __future__ import annotations

import bisect
import itertools
import weakref
from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from desktop.io.insee import normalise_name
from desktop.models.territory import Commune
from desktop.services.roster import matching
from desktop.services.roster.frequencies import frequencies

WORD_SCORE = 70.0
NAME_SCORE = 80.0
TRIES = 6
"""Corrected texts tried at most (each a search of one answer)."""


@dataclass
class _Vocabulary:
    stamp: object
    """The word counts it was made from (``frequencies``): read again, it is made again."""
    words: list[str]
    """Sorted: a prefix is found by bisection."""
    known: set[str]
    by_initial: dict[str, list[str]] = field(default_factory=dict)
    names: dict[str, dict[str, str]] | None = None
    """search_key → name by initial, read on first need."""


_cache: weakref.WeakKeyDictionary[Engine, _Vocabulary] = weakref.WeakKeyDictionary()


def suggest(session: Session, text: str) -> str | None:
    """The name of a commune close to ``text``, or ``None``."""
    query = matching.parse(text)
    if not query.prefix:
        return None
    vocabulary = _vocabulary(session)
    if not vocabulary.words:
        return None
    choices = [_closest(vocabulary, word) for word in query.words]
    choices.append([query.prefix] if _starts_a_word(vocabulary, query.prefix)
                   else _closest(vocabulary, query.prefix))
    if all(choices) and any(len(options) > 1 or options[0] not in query.key.split()
                            for options in choices):
        for attempt in itertools.islice(itertools.product(*choices), TRIES):
            found = matching.find(session, " ".join(attempt), 1, recheck=False, brief=True)
            if found.rows and _close(query.key, str(found.rows[0].name)):
                return str(found.rows[0].name)
    return _closest_name(session, vocabulary, query.key)


def _close(key: str, name: str) -> bool:
    """The whole text still looks like the name ("atlantis" is not "La Ferté-Alais", although
    "alais" is close to "atlantis"); the name's other words and its article do not count."""
    from rapidfuzz import fuzz

    return fuzz.token_set_ratio(key, normalise_name(name)) >= NAME_SCORE


def _vocabulary(session: Session) -> _Vocabulary:
    connection = session.connection()
    engine = connection.engine
    counts = frequencies(connection)  # the words the searches already counted
    cached = _cache.get(engine)
    if cached is not None and cached.stamp is counts:
        return cached
    known = counts.words
    vocabulary = _Vocabulary(counts, known, set(known))
    for word in known:
        vocabulary.by_initial.setdefault(word[0], []).append(word)
    _cache[engine] = vocabulary
    return vocabulary


def _starts_a_word(vocabulary: _Vocabulary, prefix: str) -> bool:
    at = bisect.bisect_left(vocabulary.words, prefix)
    return at < len(vocabulary.words) and vocabulary.words[at].startswith(prefix)


def _closest(vocabulary: _Vocabulary, word: str) -> list[str]:
    """``word`` when it is a known word, else the closest ones, best first (same initial
    first: "tropes" → "tropez", "troyes")."""
    if word in vocabulary.known:
        return [word]
    from rapidfuzz import fuzz, process  # 25 ms to import: only when a search found nothing

    for choices in (vocabulary.by_initial.get(word[0], []), vocabulary.words):
        best = process.extract(word, choices, scorer=fuzz.ratio, score_cutoff=WORD_SCORE,
                               limit=3)
        if best:
            return [str(found[0]) for found in best]
    return []


def _closest_name(session: Session, vocabulary: _Vocabulary, key: str) -> str | None:
    """The commune name closest to the whole text, among those of the same initial."""
    from rapidfuzz import fuzz, process

    if vocabulary.names is None:
        vocabulary.names = {}
        for search_key, name in session.connection().execute(
                sa.select(Commune.search_key, Commune.name)):
            vocabulary.names.setdefault(search_key[:1], {})[search_key] = name
    names = vocabulary.names.get(key[:1], {})
    best = process.extractOne(key, list(names), scorer=fuzz.ratio, score_cutoff=NAME_SCORE)
    return names[best[0]] if best is not None else None
