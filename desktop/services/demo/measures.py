"""Demonstration filler, last: who brought each case and its reminders; and the protocol's
measures as an office would have followed them over two years: about forty security advice
requests (most given, with their référent and recommendations), the alert devices' loans
(with earlier loans returned), two devices relayed by the SOS Médecins régulation and some
thirty-five alerts (five of them opened a case), SOS Médecins' own numbers at the 17, and
some twenty vidéoprotection sites at every stage of their funding.

Like the other fillers, everything is invented: the structures' names are made up, the phone
numbers come from the ranges the ARCEP keeps for fiction (01 99 00 xx xx, 09 99 00 xx xx).
It draws from its own random stream so that the earlier fillers' data do not move.
"""

from __future__ import annotations

import datetime as dt
import random

import sqlalchemy as sa

from desktop.models.cases import Case, CaseVictim, Task
from desktop.models.contacts import AlertDevice, Organisation, Practitioner, Preregistration
from desktop.models.enums import (
    AdviceKind,
    AlertDeviceKind,
    CaseSource,
    Force,
    OrganisationKind,
    Profession,
    VideoSiteKind,
    VideoSiteStatus,
)
from desktop.models.measures import AdviceRequest, AlertEvent, AlertLoan, VideoSite
from desktop.models.territory import Assignment, Commune, Referent
from desktop.services.vault.database import UnitOfWork

ADVICE = 42
ALERTS = 30
CASE_ALERTS = 5
SITES = 20
OUTCOMES = (
    "Installer un visiophone et une gâche électrique à l'accueil",
    "Bouton d'alerte géolocalisé pour les visites à domicile",
    "Éclairage du parking et taille des haies masquant l'entrée",
    "Ne pas conserver de numéraire au cabinet ; terminal de paiement",
    "Salle d'attente visible depuis le secrétariat",
    "Coffre pour les ordonnanciers et les tampons",
    "Vidéoprotection de l'entrée (dossier FIPD à constituer)",
    "Consignes au secrétariat : conduite à tenir en cas d'agressivité",
)
STRUCTURES = ("Maison de santé pluriprofessionnelle des Tilleuls", "Centre de santé du Marché",
              "Pharmacie de la Gare", "Pharmacie du Centre", "Cabinet médical des Écoles",
              "Cabinet infirmier de la Mairie", "Maison médicale de garde",
              "Centre dentaire Pasteur")
SITE_NAMES = {
    VideoSiteKind.PRACTICE: ("Cabinet médical des Écoles", "Cabinet de la rue Pasteur",
                             "Cabinet infirmier de la Mairie"),
    VideoSiteKind.HEALTH_CENTRE: ("Maison de santé des Tilleuls", "Maison de santé du Val",
                                  "Pôle de santé des Prés"),
    VideoSiteKind.PHARMACY: ("Pharmacie de la Gare", "Pharmacie du Centre",
                             "Pharmacie du Marché"),
    VideoSiteKind.ESTABLISHMENT: ("Centre hospitalier (urgences)", "Clinique des Lilas"),
    VideoSiteKind.OTHER: ("Maison médicale de garde",),
}
STATUS_SHARE = ((VideoSiteStatus.PROJET, 4), (VideoSiteStatus.SUBVENTION_DEMANDEE, 4),
                (VideoSiteStatus.SUBVENTION_ACCORDEE, 5), (VideoSiteStatus.INSTALLE, 7))


def fill(uow: UnitOfWork, _shared: random.Random) -> None:
    rng = random.Random(15)
    session = uow.session
    session.flush()
    today = dt.date.today()
    practitioners = list(session.scalars(sa.select(Practitioner).order_by(Practitioner.id)))
    if not practitioners:
        return
    _sources(uow, rng)
    _reminders(uow, rng, today)
    _advice(uow, rng, practitioners, today)
    _loans_and_alerts(uow, rng, practitioners, today)
    _sos_numbers(uow, today)
    _sites(uow, rng, practitioners, today)


SOURCES = ((CaseSource.CDOM, 40), (CaseSource.DIRECT, 25), (CaseSource.URPS, 15),
           (CaseSource.FORCES, 10), (CaseSource.ESTABLISHMENT, 6), (CaseSource.OTHER, 4))


def _sources(uow: UnitOfWork, rng: random.Random) -> None:
    """Who brought each demo case: mostly the CDOM, then direct calls and the URPS."""
    kinds, weights = zip(*SOURCES, strict=True)
    ids = list(uow.session.scalars(sa.select(Case.id).order_by(Case.id)))
    for case_id in ids:
        uow.session.execute(sa.update(Case).where(Case.id == case_id)
                            .values(source=rng.choices(kinds, weights)[0]))
    uow.audit("update", "case", None, {"demo_source": [None, len(ids)]})


REMINDERS = ("Rappeler le praticien (J+7)", "Relancer l'URPS pour la qualification",
             "Demander au praticien s'il a porté plainte", "Point de situation avec le CDOM",
             "Rappeler le praticien (J+30)")


def _reminders(uow: UnitOfWork, rng: random.Random, today: dt.date) -> None:
    """Follow-up reminders on the most recent cases: some done, some due, a few late."""
    recent = list(uow.session.scalars(
        sa.select(Case.id).order_by(Case.occurred_at.desc()).limit(12)))
    for index, case_id in enumerate(recent):
        due = today + dt.timedelta(days=rng.randint(-10, 20))
        done = (min(today, due + dt.timedelta(days=rng.randint(-3, 2)))
                if index % 4 == 0 else None)
        uow.session.add(Task(case_id=case_id, label=rng.choice(REMINDERS), due_on=due,
                             done_on=done))
    uow.audit("create", "task", None, {"demo": [None, len(recent)]})


def _day_within(rng: random.Random, today: dt.date, days: int) -> dt.date:
    return today - dt.timedelta(days=rng.randint(0, days))


def _advice(uow: UnitOfWork, rng: random.Random, practitioners: list[Practitioner],
            today: dt.date) -> None:
    session = uow.session
    referents = list(session.scalars(
        sa.select(Referent).where(Referent.active.is_(True)).order_by(Referent.id)))
    by_commune: dict[int, list[int]] = {}
    for assigned_commune, referent_id in session.execute(
            sa.select(Assignment.commune_id, Assignment.referent_id)):
        by_commune.setdefault(assigned_commune, []).append(referent_id)
    communes = [p.commune_id for p in practitioners if p.commune_id is not None]
    kinds = (AdviceKind.CONSULTATION,) * 5 + (AdviceKind.DIAGNOSTIC,) * 4 + (AdviceKind.AUDIT,)
    for index in range(ADVICE):
        # The last six are the month's: three wait for a référent, three for the visit.
        fresh = index >= ADVICE - 6
        requested = _day_within(rng, today, 25 if fresh else 700)
        structure = rng.random() < 0.25
        practitioner = None if structure else rng.choice(practitioners)
        commune_id = practitioner.commune_id if practitioner else rng.choice(communes)
        row = AdviceRequest(kind=rng.choice(kinds), requested_on=requested,
                            practitioner_id=practitioner.id if practitioner else None,
                            structure=rng.choice(STRUCTURES) if structure else None,
                            commune_id=commune_id)
        if referents and not (fresh and index % 2 == 0):
            local = by_commune.get(commune_id or -1)
            row.referent_id = rng.choice(local) if local else rng.choice(referents).id
            row.assigned_on = min(today, requested + dt.timedelta(days=rng.randint(1, 10)))
            if not fresh:
                row.done_on = min(today, row.assigned_on + dt.timedelta(days=rng.randint(7, 45)))
                row.outcome = "\n".join(rng.sample(OUTCOMES, rng.randint(1, 3)))
        session.add(row)
    uow.audit("create", "advice_request", None, {"demo": [None, ADVICE]})


def _loans_and_alerts(uow: UnitOfWork, rng: random.Random, practitioners: list[Practitioner],
                      today: dt.date) -> None:
    session = uow.session
    relayed = [p for p in practitioners if p.profession is Profession.SOS_MEDECINS]
    for index, holder in enumerate((relayed or practitioners)[:2], start=1):
        session.add(AlertDevice(kind=AlertDeviceKind.REGULATION_RELAY,
                                identifier=f"RELAIS-RÉGULATION-{index:02d}", holder_id=holder.id,
                                issued_on=today - dt.timedelta(days=rng.randint(200, 500))))
    session.flush()
    devices = list(session.scalars(sa.select(AlertDevice).order_by(AlertDevice.id)))
    lent = []
    for device in devices:
        if device.holder_id is None or device.issued_on is None:
            continue
        if rng.random() < 0.5:  # an earlier holder, before the device was reissued
            start = device.issued_on - dt.timedelta(days=rng.randint(120, 400))
            session.add(AlertLoan(
                device_id=device.id, practitioner_id=rng.choice(practitioners).id,
                issued_on=start, returned_on=device.issued_on - dt.timedelta(days=3)))
        session.add(AlertLoan(device_id=device.id, practitioner_id=device.holder_id,
                              issued_on=device.issued_on, returned_on=device.returned_on))
        if device.returned_on is None:
            lent.append(device)
    uow.audit("create", "alert_loan", None, {"demo": [None, len(devices)]})
    logged = 0
    for _attempt in range(ALERTS * 20):  # spread over two years, while a device was out
        if not lent or logged == ALERTS:
            break
        day = _day_within(rng, today, 700)
        out = [d for d in lent if d.issued_on is not None and d.issued_on <= day]
        if not out:
            continue
        device = rng.choice(out)
        logged += 1
        moment = dt.datetime(day.year, day.month, day.day, rng.choice((8, 10, 14, 18, 21, 23)),
                             rng.randint(0, 59), tzinfo=dt.UTC)
        regulation = device.kind is AlertDeviceKind.REGULATION_RELAY or rng.random() < 0.3
        session.add(AlertEvent(
            raised_at=min(moment, dt.datetime.now(dt.UTC) - dt.timedelta(hours=1)),
            device_id=device.id, practitioner_id=device.holder_id,
            relayed_by_regulation=regulation, response_minutes=rng.randint(4, 28),
        ))
    # A few alerts that led to a case: raised by the case's victim when the facts occurred.
    since = dt.datetime.now(dt.UTC) - dt.timedelta(days=700)
    victims = session.execute(
        sa.select(Case.id, Case.occurred_at, CaseVictim.practitioner_id)
        .join(CaseVictim, CaseVictim.case_id == Case.id)
        .where(CaseVictim.practitioner_id.is_not(None), Case.occurred_at >= since)
        .order_by(Case.id)).all()
    held = {d.holder_id: d.id for d in lent}
    for case_id, occurred, practitioner_id in rng.sample(victims, min(CASE_ALERTS,
                                                                       len(victims))):
        session.add(AlertEvent(
            raised_at=occurred, device_id=held.get(practitioner_id),
            practitioner_id=practitioner_id, relayed_by_regulation=rng.random() < 0.5,
            response_minutes=rng.randint(4, 20), case_id=case_id))
    uow.audit("create", "alert_event", None, {"demo": [None, ALERTS]})


def _sos_numbers(uow: UnitOfWork, today: dt.date) -> None:
    session = uow.session
    organisation = session.scalar(sa.select(Organisation).where(
        Organisation.kind == OrganisationKind.SOS_MEDECINS).limit(1))
    if organisation is None:
        organisation = Organisation(kind=OrganisationKind.SOS_MEDECINS,
                                    name="SOS Médecins Seine-et-Marne (fictif)",
                                    short_name="SOS Médecins 77",
                                    address="8 rue des Prés, 77000 Melun")
        session.add(organisation)
        session.flush()
    consent = today - dt.timedelta(days=120)
    lines = (("Régulation", "+33199007000", Force.PN), ("Régulation", "+33199007000", Force.GN),
             ("Véhicule 1", "+33999007001", Force.GN), ("Véhicule 2", "+33999007002", Force.GN),
             ("Véhicule 3", "+33999007003", Force.PN))
    for index, (label, phone, force) in enumerate(lines):
        sent = consent + dt.timedelta(days=10) if index < 4 else None
        session.add(Preregistration(
            organisation_id=organisation.id, line_label=label, force=force, phone=phone,
            consent_on=consent, sent_on=sent,
            confirmed_on=sent + dt.timedelta(days=15) if sent and index < 2 else None))
    uow.audit("create", "preregistration", None, {"demo_organisation": [None, len(lines)]})


def _sites(uow: UnitOfWork, rng: random.Random, practitioners: list[Practitioner],
           today: dt.date) -> None:
    session = uow.session
    communes = list(session.scalars(
        sa.select(Commune).order_by(Commune.population.desc().nulls_last()).limit(25)))
    statuses = [status for status, count in STATUS_SHARE for _ in range(count)]
    rng.shuffle(statuses)
    for status in statuses[:SITES]:
        kind = rng.choice(list(SITE_NAMES))
        commune = rng.choice(communes)
        amount = None
        if status is not VideoSiteStatus.PROJET:
            amount = rng.choice((4_500, 6_000, 8_000, 12_000, 15_000, 24_000, 38_000))
        site = VideoSite(name=rng.choice(SITE_NAMES[kind]), kind=kind, commune_id=commune.id,
                         structure=None, status=status, status_on=_day_within(rng, today, 600),
                         fipd_amount=amount)
        here = [p for p in practitioners if p.commune_id == commune.id]
        site.practitioners = rng.sample(here, min(len(here), rng.randint(0, 3)))
        session.add(site)
    uow.audit("create", "video_site", None, {"demo": [None, SITES]})
