"""Vidéoprotection sites: created, moved along their status, listed per commune."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.errors import ValidationError
from desktop.models.enums import VideoSiteKind, VideoSiteStatus
from desktop.services.measures import video
from desktop.services.measures.records import VideoSiteInput
from desktop.services.vault import audit_log
from desktop.services.vault.database import Database

from .conftest import make_practitioner

TODAY = dt.date(2026, 11, 20)


def site(name: str, code: str, status: VideoSiteStatus, amount: int | None = None,
         practitioners: tuple[int, ...] = ()) -> VideoSiteInput:
    return VideoSiteInput(name, VideoSiteKind.HEALTH_CENTRE, code, status,
                          dt.date(2026, 5, 1), structure="SCM Fictive", fipd_amount=amount,
                          practitioner_ids=practitioners)


def test_sites_per_commune_with_totals(territory: Database) -> None:
    doctor = make_practitioner(territory)
    first = video.save_site(territory, site("MSP des Tilleuls", "77001",
                                            VideoSiteStatus.SUBVENTION_DEMANDEE, 12_000,
                                            (doctor,)), today=TODAY)
    video.save_site(territory, site("Pharmacie du Marché", "77001", VideoSiteStatus.INSTALLE,
                                    8_000), today=TODAY)
    video.save_site(territory, site("Cabinet Pasteur", "77288", VideoSiteStatus.PROJET),
                    today=TODAY)
    groups = video.sites_per_commune(territory)
    assert [(g.commune_name, len(g.sites), g.installed, g.fipd_total) for g in groups] == [
        ("Achères-la-Forêt", 2, 1, 8_000), ("Melun", 1, 0, 0)]
    assert groups[0].sites[0].practitioner_names == ("Hélène AUBÉPINE-FICTIVE",)

    video.save_site(territory, site("MSP des Tilleuls", "77001",
                                    VideoSiteStatus.SUBVENTION_ACCORDEE, 12_000), first.id,
                    today=TODAY)
    row = video.get_site(territory, first.id)
    assert row.status is VideoSiteStatus.SUBVENTION_ACCORDEE and row.practitioner_names == ()
    entry = audit_log.recent_entries(territory, 0, 1)[0]
    assert entry.changes["status"] == ["subvention_demandee", "subvention_accordee"]
    assert entry.changes["practitioners"] == [[doctor], []]
    assert video.sites_per_commune(territory)[0].fipd_total == 20_000


def test_site_validation(territory: Database) -> None:
    with pytest.raises(ValidationError, match="Nom du site"):
        video.save_site(territory, site(" ", "77001", VideoSiteStatus.PROJET), today=TODAY)
    with pytest.raises(ValidationError, match="Commune"):
        video.save_site(territory, site("X", "99999", VideoSiteStatus.PROJET), today=TODAY)
    with pytest.raises(ValidationError, match="Montant FIPD"):
        video.save_site(territory, site("X", "77001", VideoSiteStatus.PROJET, -5), today=TODAY)
    assert video.list_sites(territory) == []
