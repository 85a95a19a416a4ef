"""Agenda links beyond cases: open action items, protocol articles of the text in force,
statistics periods; their labels, their removal (audited) and the dossier de séance."""

from __future__ import annotations

import datetime as dt
import io

import pypdf
import pytest

from desktop.errors import NotFound, ValidationError
from desktop.models.enums import ActionStatus
from desktop.services.committee import action_items, agenda, meetings
from desktop.services.committee.agenda_choices import action_choices, article_choices
from desktop.services.committee.meeting_detail import meeting_detail
from desktop.services.committee.printing import dossier_pdf
from desktop.services.vault import audit_log
from desktop.services.vault.database import Database
from tests.core.committee.fixtures import add_protocol, at


@pytest.fixture
def meeting(db: Database) -> int:
    protocol = add_protocol(db)
    return meetings.create_meeting(db, at(2026, 4, 2, 12), "Préfecture, salle Marianne",
                                   protocol_id=protocol).id


def test_articles_offered_are_those_of_the_text_in_force(db: Database, meeting: int) -> None:
    choices = article_choices(db, meeting)
    assert len(choices) >= 5
    labels = [label for _, label in choices]
    assert labels[0].startswith("Article 1 – ")
    assert [int(label.split()[1]) for label in labels] == list(range(1, len(labels) + 1))
    assert len({article_id for article_id, _ in choices}) == len(choices)
    bare = meetings.create_meeting(db, at(2026, 4, 9, 12), "Melun").id  # no protocol
    assert article_choices(db, bare) == ()


def test_action_article_and_period_links_are_labelled_then_removed(db: Database,
                                                                    meeting: int) -> None:
    open_id = action_items.create_action(db, "Relancer la DDPN", owner_organisation_id=None,
                                         due_on=dt.date(2026, 6, 1), meeting_id=meeting).id
    done_id = action_items.create_action(db, "Action close", owner_organisation_id=None,
                                         due_on=None, meeting_id=meeting).id
    action_items.change_status(db, done_id, ActionStatus.DONE, meeting_id=meeting)
    assert action_choices(db) == ((open_id, "Relancer la DDPN (01/06/2026)"),)
    article_id, heading = article_choices(db, meeting)[3]
    item = agenda.add_item(db, meeting, "Suivi du protocole").id
    agenda.link(db, item, action_item_id=open_id)
    agenda.link(db, item, article_id=article_id)
    agenda.link(db, item, period=(dt.date(2026, 1, 1), dt.date(2026, 6, 30)))
    links = meeting_detail(db, meeting).agenda[0].links
    assert [link.label for link in links] == [
        "Action : Relancer la DDPN", heading,
        "Statistiques du 01/01/2026 au 30/06/2026"]
    assert heading == "Article 4 – Information et conseils de sécurité"
    assert [link.kind for link in links] == ["action", "article", "statistics"]
    with pytest.raises(NotFound):
        agenda.link(db, item, article_id=999_999)
    with pytest.raises(NotFound):
        agenda.link(db, item, action_item_id=999_999)
    with pytest.raises(ValidationError):
        agenda.link(db, item, period=(dt.date(2026, 6, 30), dt.date(2026, 1, 1)))
    agenda.unlink(db, links[2].id)
    entry = audit_log.recent_entries(db, limit=1)[0]
    assert (entry.action, entry.entity, entry.entity_id) == ("delete", "agenda_link",
                                                            str(links[2].id))
    assert entry.changes["period"] == ["2026-01-01/2026-06-30", None]
    assert [link.kind for link in meeting_detail(db, meeting).agenda[0].links] == [
        "action", "article"]
    with pytest.raises(NotFound):
        agenda.unlink(db, links[2].id)
    assert audit_log.verify(db).ok


def test_dossier_shows_linked_article_and_uses_the_linked_period(db: Database,
                                                                 meeting: int) -> None:
    article_id, heading = article_choices(db, meeting)[3]
    item = agenda.add_item(db, meeting, "Bilan du semestre").id
    agenda.link(db, item, article_id=article_id)
    agenda.link(db, item, period=(dt.date(2026, 1, 1), dt.date(2026, 3, 31)))
    pdf = dossier_pdf(db, meeting)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())
    assert " ".join(heading.split()) in text
    assert "Statistiques du 01/01/2026 au 31/03/2026" in text
    assert "Période du 01/01/2026 au 31/03/2026." in text
