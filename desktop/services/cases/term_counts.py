"""How many cases' search documents hold each word, alone and in each step, kept by the shared
server itself.

A search of one word ("menaces") shows how many cases match. PostgreSQL counts them by testing
documents until it has ``COUNT_CAP`` of them: 20,000 documents for a word in half the cases
(5 ms, the whole of SQLCipher's answer). FTS5 keeps, per word, the list of its documents; this
table keeps their number (``case_term_count``), per word and per word in each step (the
document's step tag, "stsuivi"), updated by triggers on the search index in the same
transaction: the count of one word, alone or with the step filter, is one row less the
archived cases that hold it (the partial index of the archived ids: a handful). Its list of
steps is written into its functions when laid: a new step means laying it again.

Derived data like ``tally``: laid by the owner with the search index, filled from the index
already there, never in a migration. A whole rebuild of the index (after a retention's erasure)
sets ``egide.bulk`` for its transaction: the triggers stand aside and the table is counted
again in one statement, instead of 120 updates per case.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from sqlalchemy.orm import Session

from desktop.services.cases.kept_counts import KeptCounts, trigger
from desktop.services.cases.tags import step_tags

TABLE = "case_term_count"

_STEPS = ", ".join(f"'{step}'" for step in step_tags())
_SETUP = (
    f"CREATE TABLE IF NOT EXISTS {TABLE} (term text COLLATE \"C\" NOT NULL, "
    "step text COLLATE \"C\" NOT NULL, n bigint NOT NULL, PRIMARY KEY (term, step))",
    "CREATE OR REPLACE FUNCTION egide_term_pairs(doc tsvector) "
    "RETURNS TABLE (term text, step text) LANGUAGE sql IMMUTABLE AS $$ "
    "WITH words AS (SELECT unnest(tsvector_to_array(doc)) AS w), "
    f"tagged AS (SELECT w FROM words WHERE w IN ({_STEPS}) LIMIT 1) "
    "SELECT w, '' FROM words UNION ALL SELECT words.w, tagged.w FROM words, tagged $$",
    "CREATE OR REPLACE FUNCTION egide_term_counts_rebuild() RETURNS void LANGUAGE sql AS $$ "
    f"DELETE FROM {TABLE}; INSERT INTO {TABLE} SELECT p.term, p.step, count(*) "
    "FROM case_search, egide_term_pairs(doc) AS p GROUP BY 1, 2 $$",
    "CREATE OR REPLACE FUNCTION egide_term_count() RETURNS trigger LANGUAGE plpgsql AS $$ "
    "BEGIN IF current_setting('egide.bulk', true) = 'on' THEN RETURN NULL; END IF; "
    "PERFORM 1 FROM vault_meta WHERE key = 'audit_head' FOR UPDATE; "
    f"IF TG_OP <> 'INSERT' THEN UPDATE {TABLE} AS t SET n = t.n - 1 "
    "FROM egide_term_pairs(OLD.doc) AS p WHERE t.term = p.term AND t.step = p.step; END IF; "
    f"IF TG_OP <> 'DELETE' THEN INSERT INTO {TABLE} AS t "
    "SELECT term, step, 1 FROM egide_term_pairs(NEW.doc) "
    "ON CONFLICT (term, step) DO UPDATE SET n = t.n + 1; END IF; RETURN NULL; END $$",
    "CREATE OR REPLACE FUNCTION egide_term_counts_truncated() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN PERFORM egide_term_counts_rebuild(); RETURN NULL; END $$",
    *trigger("egide_term_counted", "AFTER INSERT OR DELETE OR UPDATE OF doc", "case_search",
             "egide_term_count"),
    *trigger("egide_term_counts_emptied", "AFTER TRUNCATE", "case_search",
             "egide_term_counts_truncated", each="STATEMENT"),
    "SELECT egide_term_counts_rebuild()",
)
KEPT = KeptCounts(TABLE, "case_search", _SETUP)
lay = KEPT.lay
present = KEPT.present


def bulk(session: Session, on: bool) -> None:
    """Set the triggers aside for the rest of the transaction (``on``), or back."""
    session.execute(sa.text("SELECT set_config('egide.bulk', :v, true)"),
                    {"v": "on" if on else "off"})


def recount(session: Session) -> None:
    """Count every word of the index again (after a whole rebuild done in bulk)."""
    if present(session):
        session.execute(sa.text("SELECT egide_term_counts_rebuild()"))


_ONE_TERM = re.compile(r"^'([a-z0-9]+)'(?: & '(st[a-z0-9]+)')?$")


def one_word(expression: str) -> tuple[str, str] | None:
    """The word of a search of one whole word (``'menaces'``, as ``search.pg_expression``
    writes it) and its step's tag if it has one (``'menaces' & 'stsuivi'``; '' if none), else
    None (a prefix, several words, other filters as tags)."""
    found = _ONE_TERM.match(expression)
    if found is None or (found.group(2) and found.group(2) not in step_tags()):
        return None
    return found.group(1), found.group(2) or ""


_LIVE = (f"SELECT coalesce((SELECT n FROM {TABLE} WHERE term = :t AND step = :s), 0) - "
         "(SELECT count(*) FROM case_search s JOIN \"case\" c ON c.id = s.id "
         "WHERE c.archived_at IS NOT NULL AND s.doc @@ to_tsquery('egide_fr', :m))")
"""The documents holding the word (in that step), less the archived cases' ones."""


def live_matches(session: Session, expression: str, cap: int | None) -> int | None:
    """The live cases whose document holds the one word of ``expression`` (in its step, if it
    names one), up to ``cap``; None where these counts cannot say (no table here, another
    kind of search)."""
    word = one_word(expression)
    if word is None or not present(session):
        return None
    live = int(session.scalar(sa.text(_LIVE), {"t": word[0], "s": word[1], "m": expression})
               or 0)
    return live if cap is None else min(live, cap)
