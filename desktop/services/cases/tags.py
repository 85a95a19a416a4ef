"""The filters written as words of the search index: a case in step "suivi" carries
"stsuivi" beside its words, so that a search with filters is one query of the index."""

from __future__ import annotations

from desktop.models.enums import CaseStatus

TAG_PREFIX = {"status": "st", "force_zone": "zone", "incident_type": "type",
              "profession": "prof"}
"""The list's filters are also indexed as words of the ``tags`` column ("stsuivi",
"zonegn", "typephysical", "profinfirmier"): a search with filters is then one FTS5 query
that intersects streams of rowids, instead of checking every match against the table."""
# No column filters ("tags : …"): FTS5 would then read every match's positions. The tags'
# words ("stsuivi") are not French words, so they never meet a user's text.


def tag(filter_name: str, value: object) -> str:
    return TAG_PREFIX[filter_name] + str(value).replace("_", "")


def step_tags() -> tuple[str, ...]:
    """The tag of every step ("strecu", "stsuivi"…)."""
    return tuple(tag("status", status.value) for status in CaseStatus)
