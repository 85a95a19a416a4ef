"""What an agenda item can be linked to, as (id, French label) pairs for the page's pickers:
the open action items, and the articles of the protocol text in force at the meeting."""

from __future__ import annotations

import datetime as dt

from desktop.services.committee.action_items import open_actions
from desktop.services.committee.guard import get_meeting
from desktop.services.protocol.consolidation import apply_versions, chain_at, load_versions
from desktop.services.vault.database import Database


def action_choices(db: Database) -> tuple[tuple[int, str], ...]:
    """The action items not done nor dropped, "Action : titre (pilote, échéance)"."""
    result = []
    for row in open_actions(db):
        extra = ", ".join(x for x in (row.owner, row.due_on and f"{row.due_on:%d/%m/%Y}") if x)
        result.append((row.id, f"{row.title} ({extra})" if extra else row.title))
    return tuple(result)


def article_choices(db: Database, meeting_id: int,
                    today: dt.date | None = None) -> tuple[tuple[int, str], ...]:
    """"Article N – titre" for each article of the consolidated text in force on the meeting's
    day (else today); empty when the meeting has no protocol or no version is in force.

    The consolidated text does not carry article ids: each article is traced back to the row
    of the version its wording comes from (same title and body)."""
    with db.reading() as session:
        meeting = get_meeting(session, meeting_id)
        if meeting.protocol_id is None:
            return ()
        day = meeting.starts_at.date()
        versions = load_versions(session, meeting.protocol_id)
    chain = chain_at(versions, day) or chain_at(versions, today or dt.date.today())
    by_number = {v.version.number: v for v in chain}
    result = []
    for article in apply_versions(chain):
        source = by_number[article.version_number].articles
        found = next((a.id for a in source
                      if a.title == article.title and a.body == article.body), None)
        if found is not None:
            result.append((found, article.heading))
    return tuple(result)
