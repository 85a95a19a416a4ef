"""The measures' rows carry ``row_version`` too: a save from a form read before a colleague's
save is refused with ``ConcurrentEdit`` (who, what changed) and writes nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import ConcurrentEdit
from desktop.models.enums import AdviceKind, VideoSiteStatus
from desktop.services.measures import advice, video
from desktop.services.measures.records import AdviceInput, referent_choices
from desktop.services.vault.database import Database

from .conftest import make_practitioner
from .test_video import TODAY, site

pytestmark = pytest.mark.both_engines


def test_a_site_saved_meanwhile_refuses_the_older_form(territory: Database) -> None:
    saved = video.save_site(territory, site("MSP des Tilleuls", "77001",
                                            VideoSiteStatus.PROJET), today=TODAY)
    opened = video.get_site(territory, saved.id)
    video.save_site(territory, site("MSP des Tilleuls", "77001", VideoSiteStatus.INSTALLE),
                    saved.id, today=TODAY, seen_version=opened.row_version)
    assert video.get_site(territory, saved.id).row_version == opened.row_version + 1

    with pytest.raises(ConcurrentEdit, match="site de vidéoprotection") as refused:
        video.save_site(territory, site("MSP renommée", "77001", VideoSiteStatus.PROJET),
                        saved.id, today=TODAY, seen_version=opened.row_version)
    assert "status" in refused.value.changed
    assert video.get_site(territory, saved.id).name == "MSP des Tilleuls"


def test_an_advice_request_moved_on_refuses_the_older_form(territory: Database) -> None:
    doctor = make_practitioner(territory)
    saved = advice.request_advice(territory, AdviceInput(
        AdviceKind.CONSULTATION, dt.date(2026, 9, 1), "", practitioner_id=doctor), today=TODAY)
    opened = advice.get_advice(territory, saved.id)
    choices = referent_choices(territory, opened.commune_id)
    advice.assign_referent(territory, saved.id, choices[0].id, dt.date(2026, 9, 3),
                           today=TODAY, seen_version=opened.row_version)
    with pytest.raises(ConcurrentEdit, match="demande de conseil"):
        advice.record_done(territory, saved.id, dt.date(2026, 9, 20), "Visiophone",
                           today=TODAY, seen_version=opened.row_version)
    assert advice.get_advice(territory, saved.id).done_on is None
