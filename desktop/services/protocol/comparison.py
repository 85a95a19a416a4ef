"""Compare two versions of a protocol: articles added, removed, changed, with a word-level
diff (difflib) the UI highlights.

Each version is read as its whole text (an avenant with its base and the earlier avenants
applied). Articles are matched by title first (an article keeps its title when others are
inserted before it and its number moves), then by number.
"""

from __future__ import annotations

import difflib
import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.services.protocol.consolidation import TextArticle, consolidated_as_of, load_versions
from desktop.services.vault.database import Database

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


class Op(enum.StrEnum):
    EQUAL = "equal"
    INSERT = "insert"
    DELETE = "delete"


class ArticleStatus(enum.StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"
    UNCHANGED = "unchanged"


@dataclass(frozen=True)
class Segment:
    op: Op
    text: str


@dataclass(frozen=True)
class ArticleDiff:
    status: ArticleStatus
    old_number: int | None
    new_number: int | None
    title: tuple[Segment, ...]
    body: tuple[Segment, ...]

    @property
    def heading(self) -> str:
        numbers = {self.old_number, self.new_number} - {None}
        if len(numbers) == 2:
            return f"Article {self.old_number} → {self.new_number}"
        return f"Article {numbers.pop()}"


@dataclass(frozen=True)
class Comparison:
    old_number: int
    new_number: int
    articles: tuple[ArticleDiff, ...]

    def having(self, status: ArticleStatus) -> tuple[ArticleDiff, ...]:
        return tuple(a for a in self.articles if a.status is status)


def word_diff(old: str, new: str) -> tuple[Segment, ...]:
    """Segments equal / insert / delete between two texts, at word level (runs merged)."""
    a, b = _TOKENS.findall(old), _TOKENS.findall(new)
    segments: list[Segment] = []

    def add(op: Op, tokens: Sequence[str]) -> None:
        text = "".join(tokens)
        if not text:
            return
        if segments and segments[-1].op is op:
            segments[-1] = Segment(op, segments[-1].text + text)
        else:
            segments.append(Segment(op, text))

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    blocks: list[tuple[bool, list[str], list[str]]] = []  # (equal?, old tokens, new tokens)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        equal = tag == "equal"
        old_part, new_part = a[i1:i2], b[j1:j2]
        # A lone space between two changes joins them: "peut être" → "y consent" reads as
        # one replacement, not "peut|et être|y".
        if (
            not equal
            and len(blocks) >= 2
            and not blocks[-2][0]
            and blocks[-1][0]
            and "".join(blocks[-1][1]).isspace()
        ):
            space = blocks.pop()[1]
            _eq, old_prev, new_prev = blocks.pop()
            old_part, new_part = old_prev + space + old_part, new_prev + space + new_part
        blocks.append((equal, old_part, new_part))
    for equal, old_part, new_part in blocks:
        if equal:
            add(Op.EQUAL, old_part)
        else:
            add(Op.DELETE, old_part)
            add(Op.INSERT, new_part)
    return tuple(segments)


def compare_texts(
    old: Sequence[TextArticle],
    new: Sequence[TextArticle],
    old_number: int = 0,
    new_number: int = 0,
) -> Comparison:
    pairs = _match(old, new)
    matched_old = {id(o) for o, _n in pairs.values()}
    diffs: list[tuple[float, ArticleDiff]] = []  # (place in the new text, diff)
    for index, article in enumerate(new):
        found = pairs.get(id(article))
        if found is None:
            diffs.append(
                (
                    index,
                    ArticleDiff(
                        ArticleStatus.ADDED,
                        None,
                        article.number,
                        word_diff("", article.title),
                        word_diff("", article.body),
                    ),
                )
            )
            continue
        before = found[0]
        same = before.title == article.title and before.body == article.body
        diffs.append(
            (
                index,
                ArticleDiff(
                    ArticleStatus.UNCHANGED if same else ArticleStatus.CHANGED,
                    before.number,
                    article.number,
                    word_diff(before.title, article.title),
                    word_diff(before.body, article.body),
                ),
            )
        )
    for position, article in enumerate(old):
        if id(article) in matched_old:
            continue
        # Place a removed article just after the new place of its predecessor.
        anchor = _anchor(old, position, pairs, new)
        diffs.append(
            (
                anchor + 0.5,
                ArticleDiff(
                    ArticleStatus.REMOVED,
                    article.number,
                    None,
                    word_diff(article.title, ""),
                    word_diff(article.body, ""),
                ),
            )
        )
    diffs.sort(key=lambda item: item[0])
    return Comparison(old_number, new_number, tuple(d for _i, d in diffs))


def _anchor(
    old: Sequence[TextArticle],
    position: int,
    pairs: dict[int, tuple[TextArticle, TextArticle]],
    new: Sequence[TextArticle],
) -> float:
    by_old = {id(o): n for o, n in pairs.values()}
    for earlier in reversed(old[:position]):
        counterpart = by_old.get(id(earlier))
        if counterpart is not None:
            return float(new.index(counterpart))
    return -1.0


def _match(
    old: Sequence[TextArticle], new: Sequence[TextArticle]
) -> dict[int, tuple[TextArticle, TextArticle]]:
    """id(new article) → (old article, new article)."""
    pairs: dict[int, tuple[TextArticle, TextArticle]] = {}
    free_old = list(old)

    def key(article: TextArticle) -> str:
        return " ".join(article.title.lower().split())

    titles_old = [key(a) for a in old]
    for article in new:
        title = key(article)
        if title and titles_old.count(title) == 1:
            match = next((o for o in free_old if key(o) == title), None)
            if match is not None:
                pairs[id(article)] = (match, article)
                free_old.remove(match)
    for article in new:
        if id(article) in pairs:
            continue
        match = next(
            (
                o
                for o in free_old
                if o.number == article.number
                and (
                    not o.title
                    or not article.title
                    or key(o) == key(article)
                    or _similar(o, article)
                )
            ),
            None,
        )
        if match is not None:
            pairs[id(article)] = (match, article)
            free_old.remove(match)
    return pairs


def _similar(a: TextArticle, b: TextArticle) -> bool:
    ratio = difflib.SequenceMatcher(None, a.body, b.body, autojunk=False).quick_ratio()
    return ratio > 0.6


def compare_versions(
    db: Database, protocol_id: int, old_number: int, new_number: int
) -> Comparison:
    """Compare version ``old_number`` with version ``new_number`` of a protocol."""
    with db.reading() as session:
        versions = load_versions(session, protocol_id)
    old = consolidated_as_of(versions, old_number)
    new = consolidated_as_of(versions, new_number)
    return compare_texts(old.articles, new.articles, old_number, new_number)
