"""The vidéoprotection sites (Var protocol; the hospital letter): a practice, a maison de
santé, a pharmacy or an establishment proposed for cameras, its status (projet → subvention
demandée → accordée → installé), the FIPD amount, the practitioners who work there; listed
per commune."""

from __future__ import annotations

import datetime as dt
from itertools import groupby

import sqlalchemy as sa
from sqlalchemy.orm import Session, joinedload, selectinload

from desktop.errors import NotFound, ValidationError
from desktop.models.contacts import Practitioner
from desktop.models.enums import VideoSiteStatus
from desktop.models.measures import VideoSite
from desktop.models.territory import Commune
from desktop.services.measures.records import (
    CommuneSites,
    VideoSiteInput,
    VideoSiteRow,
    commune_by_code,
)
from desktop.services.practitioners.records import detail_of
from desktop.services.vault.changes import Changes, Saved
from desktop.services.vault.database import Database
from desktop.storage.versioning import expect_version

MAX_FIPD = 10_000_000


def save_site(db: Database, data: VideoSiteInput, site_id: int | None = None,
              *, today: dt.date | None = None, seen_version: int | None = None) -> Saved:
    """Create a site (``site_id`` None) or change one; the audit keeps old → new.

    ``seen_version``: the site's ``row_version`` when the form was filled; a colleague's save
    since then refuses this one (``ConcurrentEdit``)."""
    name = " ".join(data.name.split())
    if not name:
        raise ValidationError("name", "Nom du site : champ obligatoire.")
    if len(name) > 200:
        raise ValidationError("name", "Nom du site : 200 caractères au plus.")
    if data.status_on > (today or dt.date.today()):
        raise ValidationError("status_on",
                              f"Date du statut : le {data.status_on:%d/%m/%Y} est dans le futur.")
    amount = data.fipd_amount
    if amount is not None and not 0 <= amount <= MAX_FIPD:
        raise ValidationError("fipd_amount", "Montant FIPD : entre 0 et 10 000 000 €.")
    structure = " ".join(data.structure.split()) or None
    with db.unit_of_work() as uow:
        session = uow.session
        commune = commune_by_code(session, data.commune_code)
        if commune is None:
            raise ValidationError("commune", "Commune : choisissez une commune connue.")
        practitioners = list(session.scalars(
            sa.select(Practitioner).where(Practitioner.id.in_(data.practitioner_ids))))
        if len(practitioners) != len(set(data.practitioner_ids)):
            raise NotFound("Un des praticiens liés n'existe pas (ou plus).")
        values = {"name": name, "kind": data.kind, "commune_id": commune.id,
                  "structure": structure, "status": data.status, "status_on": data.status_on,
                  "fipd_amount": amount, "notes": data.notes.strip() or None}
        if site_id is None:
            site = VideoSite(**values)
            session.add(site)
            old: dict[str, object] = {}
        else:
            site = _load(session, site_id)
            expect_version(session, site, seen_version)
            old = {key: getattr(site, key) for key in values}
            old["practitioners"] = sorted(p.id for p in site.practitioners)
            for key, value in values.items():
                setattr(site, key, value)
        site.practitioners = practitioners
        session.flush()
        new = {**values, "practitioners": sorted(p.id for p in practitioners)}
        changes = {key: [_plain(old.get(key)), _plain(value)] for key, value in new.items()
                   if old.get(key) != value}
        uow.audit("create" if site_id is None else "update", "video_site", site.id, changes)
        return Saved(site.id, Changes.CONTACTS)


def list_sites(db: Database) -> list[VideoSiteRow]:
    """Every site, by commune then name."""
    statement = (sa.select(VideoSite).join(Commune, VideoSite.commune_id == Commune.id)
                 .options(joinedload(VideoSite.commune), selectinload(VideoSite.practitioners))
                 .order_by(Commune.name, VideoSite.name))
    with db.reading() as session:
        return [_row(site) for site in session.scalars(statement)]


def sites_per_commune(db: Database) -> list[CommuneSites]:
    """The sites grouped by commune, with how many are equipped and the FIPD total."""
    groups = []
    for commune, rows in groupby(list_sites(db), key=lambda row: row.commune_name):
        sites = tuple(rows)
        groups.append(CommuneSites(
            commune, sites,
            sum(1 for site in sites if site.status is VideoSiteStatus.INSTALLE),
            sum(site.fipd_amount or 0 for site in sites
                if site.status in (VideoSiteStatus.SUBVENTION_ACCORDEE,
                                   VideoSiteStatus.INSTALLE)),
        ))
    return groups


def get_site(db: Database, site_id: int) -> VideoSiteRow:
    with db.reading() as session:
        return _row(_load(session, site_id))


def _row(site: VideoSite) -> VideoSiteRow:
    return VideoSiteRow(
        site.id, site.name, site.kind, site.commune_id, site.commune.name, site.structure,
        site.status, site.status_on, site.fipd_amount,
        tuple(detail_of(p).display_name for p in site.practitioners), site.notes,
        site.commune.insee_code, tuple(p.id for p in site.practitioners), site.row_version,
    )


def _load(session: Session, site_id: int) -> VideoSite:
    site = session.get(VideoSite, site_id)
    if site is None:
        raise NotFound(f"Le site de vidéoprotection n° {site_id} n'existe pas (ou plus).")
    return site


def _plain(value: object) -> object:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str | int | list) or value is None:
        return value
    return str(value)
