"""Demonstration filler: a few hundred fictitious cases over three years, at every step.

The mix of types follows DOMAIN.md §3 (see ``cases.samples``); the victims are the demo's
fictitious practitioners (``demo.practitioners``; a few are invented here when it
is absent). Older cases are closed; recent ones sit at every step, some overdue. Demo
transmissions keep no document (the real ones store the PDF sent); the consents given on a
signed form and the victims' consents to a third party's plainte keep a stand-in scan.
"""

from __future__ import annotations

import datetime as dt
import random

import sqlalchemy as sa

from desktop.models.cases import Complaint, Consent, ConsentScope, Transmission
from desktop.models.contacts import Practitioner
from desktop.models.enums import (
    CaseSource,
    CaseStatus,
    ComplaintKind,
    ComplaintModality,
    ConsentChannel,
    DeclaredAddress,
    IncidentType,
    Profession,
    RecipientKind,
    TransmissionChannel,
)
from desktop.models.territory import Commune
from desktop.services.cases import samples, search, workflow
from desktop.services.cases.defaults import seed_defaults
from desktop.services.cases.intake import add_case
from desktop.services.cases.records import AuthorInput, CaseInput, Requirement
from desktop.services.demo import scans
from desktop.services.vault.database import UnitOfWork

PER_YEAR = (80, 100, 100)  # two years ago, last year, this year (to date)
PATHS = (workflow.usual_path()[1:], workflow.usual_path(CaseStatus.CONSENTEMENT_REFUSE)[1:])
"""The steps a demo case walks after "reçu": the usual route, or the one where consent is
refused (both read from the step table)."""
SHOWCASE = tuple(dict.fromkeys(
    (CaseStatus.RECU, *(status for path in PATHS for status in path
                        if not workflow.is_final(status)))))
"""A step at which one of the year's latest cases waits, whatever the day the demo is made:
every step then has a case offering it (the tour opens each one). Left to the draw, no case
waited at "consentement donné" in a demo made on 9 December 2026."""
DEGREES = ("Niveau 1", "Niveau 2", "Niveau 3")
SOURCES = {CaseSource.CDOM: 34, CaseSource.DIRECT: 30, CaseSource.FORCES: 14,
           CaseSource.URPS: 10, CaseSource.ESTABLISHMENT: 6, CaseSource.OTHER: 6}
"""Who brings the demo's cases (the Ordre's fiche first, then the practitioners' calls)."""
OUTCOMES = ("Situation apaisée, pas de nouvel incident", "Auteur identifié et convoqué",
            "Praticien équipé d'un dispositif d'alerte", "Classement sans suite")


def fill(uow: UnitOfWork, rng: random.Random) -> None:
    session = uow.session
    session.flush()
    session.expunge_all()  # every flush below would otherwise scan the earlier demos' rows
    communes = list(session.scalars(
        sa.select(Commune).order_by(Commune.population.desc().nulls_last()).limit(77)))
    if not communes:
        return
    seed_defaults(session)
    victims = list(session.scalars(sa.select(Practitioner.id)))
    if not victims:
        victims = _practitioners(uow, communes)
    today = dt.date.today()
    weights = [max(c.population or 1, 500) ** 0.7 for c in communes]
    for years_ago, count in zip((2, 1, 0), PER_YEAR, strict=True):
        year = today.year - years_ago
        last = today if years_ago == 0 else dt.date(year, 12, 31)
        span = (last - dt.date(year, 1, 1)).days
        days = sorted(rng.randint(0, span) for _ in range(count))
        with session.no_autoflush:
            shown = len(days) - len(SHOWCASE) if years_ago == 0 else len(days)
            for index, offset in enumerate(days):
                occurred = dt.date(year, 1, 1) + dt.timedelta(days=offset)
                commune = rng.choices(communes, weights)[0]
                stop_at = SHOWCASE[index - shown] if index >= shown else None
                _one_case(uow, rng, occurred, commune, victims, today, stop_at)
                session.flush()
    if search.ensure(session):
        search.rebuild(session)


def _one_case(uow: UnitOfWork, rng: random.Random, occurred: dt.date, commune: Commune,
              victims: list[int], today: dt.date, stop_at: CaseStatus | None = None) -> None:
    kind = samples.pick_type(rng)
    narrative, words, motive = samples.story(rng, kind)
    types = [kind]
    if kind == IncidentType.VERBAL and rng.random() < 0.12:
        types.append(IncidentType.PHYSICAL)
    impaired = rng.random() < 0.2
    physical = IncidentType.PHYSICAL in types
    drawn = dt.datetime.combine(occurred, dt.time(rng.randint(8, 19), rng.choice((0, 15, 30, 45))))
    # A case of today is never later than an hour ago: its facts would be "in the future" for
    # the form that edits it (made at 0:20, the demo drew cases of today at 14:00).
    latest = dt.datetime.now().replace(second=0, microsecond=0) - dt.timedelta(hours=1)
    data = CaseInput(
        occurred_at=min(drawn, latest),
        commune_id=commune.id, victim_ids=(rng.choice(victims),), types=tuple(types),
        authors=(AuthorInput(samples.author_kind(rng), rng.choice(samples.DESCRIPTIONS),
                             impaired, rng.choice(samples.IMPAIRMENTS) if impaired else ""),),
        place=samples.place_for(rng, kind), setting=samples.setting_for(rng), motive=motive,
        exact_words=words,
        severity_persons=(3 if physical else 2 if kind == IncidentType.VERBAL else None),
        severity_property=(rng.randint(1, 2) if kind in (IncidentType.THEFT,
                                                          IncidentType.VANDALISM) else None),
        itt_days=rng.choice((0, 1, 2, 3, 5, 8)) if physical else None,
        weapon=physical and rng.random() < 0.15, narrative=narrative,
        source=_source(occurred, commune),
    )
    data = _graver(data, occurred, commune)
    received = min(occurred + dt.timedelta(days=rng.randint(0, 3)), today)
    case = add_case(uow, data, received, _at(received), reindex=False)
    case.created_at = _at(received)
    _advance(uow, rng, case, received, today, stop_at)
    plainte = rng.random()
    if plainte < 0.34:
        _plainte(uow, rng, case, commune, occurred, today)
    elif plainte < 0.44:
        uow.session.add(Complaint(case_id=case.id, kind=ComplaintKind.MAIN_COURANTE,
                                  filed_on=min(occurred + dt.timedelta(days=1), today),
                                  modality=ComplaintModality.AT_STATION))


MODALITIES = {ComplaintModality.AT_STATION: 50, ComplaintModality.APPOINTMENT: 30,
              ComplaintModality.AT_PRACTICE: 12, ComplaintModality.ONLINE: 6,
              ComplaintModality.BY_LETTER: 2}
ADDRESSES = {DeclaredAddress.PRACTICE: 60, DeclaredAddress.PERSONAL: 32,
             DeclaredAddress.OTHER: 8}
"""Beside the Ordre's address (three plaintes in ten)."""


def _plainte(uow: UnitOfWork, rng: random.Random, case: object, commune: Commune,
             occurred: dt.date, today: dt.date) -> None:
    """A plainte per article 6: its modality, the address declared, whether the procureur
    said what became of it; filed by the Ordre, the URPS or the employer (law n° 2025-623)
    with the victim's written consent and its signed form.

    ``rng`` is drawn exactly as before article 6 was recorded (the cases after this one, and
    the steps the tour finds in the demo, stay the same); the new details come from their
    own generator, seeded by the case."""
    from desktop.models.cases import Case

    assert isinstance(case, Case)
    by = rng.choices((ComplaintKind.PLAINTE, ComplaintKind.PLAINTE_BY_ORDRE,
                      ComplaintKind.PLAINTE_BY_URPS, ComplaintKind.PLAINTE_BY_EMPLOYER),
                     (85, 10, 3, 2))[0]
    pv_number = f"{occurred.year}/{rng.randint(1, 9999):05d}"
    at_ordre = rng.random() < 0.3
    partie_civile = rng.random() < 0.2
    own = random.Random(case.id)
    filed = min(occurred + dt.timedelta(days=1), today)
    address = DeclaredAddress.ORDRE if at_ordre else own.choices(
        list(ADDRESSES), list(ADDRESSES.values()))[0]
    informed = filed + dt.timedelta(days=own.randint(30, 180))
    complaint = Complaint(
        case_id=case.id, kind=by, filed_on=filed,
        service=f"{'Commissariat' if str(case.force_zone) == 'pn' else 'Brigade'} de "
                f"{commune.name}", pv_number=pv_number,
        domiciled_at_ordre=at_ordre, cdom_partie_civile=partie_civile,
        modality=own.choices(list(MODALITIES), list(MODALITIES.values()))[0],
        declared_address=address,
        declared_address_text=("Maison de santé pluriprofessionnelle, 1 place de la Mairie, "
                               f"{commune.name}" if address is DeclaredAddress.OTHER else None),
        informed_on=informed if informed <= today and own.random() < 0.6 else None)
    if by in (ComplaintKind.PLAINTE_BY_ORDRE, ComplaintKind.PLAINTE_BY_URPS,
              ComplaintKind.PLAINTE_BY_EMPLOYER):
        signed_on = max(occurred, filed - dt.timedelta(days=own.randint(0, 1)))
        complaint.victim_consent_on = signed_on
        complaint.victim_consent_attachment = scans.attach(
            uow, case.id, f"consentement-victime-{case.reference}.pdf", scans.signed_scan(
                f"Consentement écrit au dépôt de plainte ({by.label})",
                f"la victime du dossier {case.reference}", signed_on))
    uow.session.add(complaint)


def _graver(data: CaseInput, occurred: dt.date, commune: Commune) -> CaseInput:
    """Every level of the observatories' axes: insults alone at level 1, a few long ITTs,
    the weapon cases at level 4 (drawn apart, like the source)."""
    from dataclasses import replace

    own = random.Random(f"gravity-{occurred.isoformat()}-{commune.id}")
    if data.weapon:
        return replace(data, severity_persons=4, itt_days=own.choice((3, 10, 15, 30)))
    if data.types == (IncidentType.VERBAL,) and own.random() < 0.05:  # threatened with one
        return replace(data, weapon=True, weapon_text=own.choice(
            ("Couteau brandi", "Objet contondant", "Arme factice")))
    if data.severity_persons == 3 and own.random() < 0.2:
        return replace(data, itt_days=own.choice((10, 12, 21)))
    if data.severity_persons == 2 and own.random() < 0.3:
        return replace(data, severity_persons=1)
    return data


def _source(occurred: dt.date, commune: Commune) -> CaseSource:
    """Drawn from its own generator, so that the rest of the demo stays as it was."""
    own = random.Random(f"source-{occurred.isoformat()}-{commune.id}")
    return own.choices(list(SOURCES), list(SOURCES.values()))[0]


def _advance(uow: UnitOfWork, rng: random.Random, case: object, start: dt.date,
             today: dt.date, stop_at: CaseStatus | None = None) -> None:
    """Walk the path with plausible delays, stopping where "today" falls (a few overdue), or
    at ``stop_at`` (its steps then no later than today)."""
    from desktop.models.cases import Case

    assert isinstance(case, Case)
    day = start
    refuse = rng.random() < 0.15
    if stop_at is not None:
        refuse = stop_at not in PATHS[False]
    for target in PATHS[refuse]:
        if case.status == stop_at:
            return
        step = rng.randint(1, 12) if target != CaseStatus.SUIVI else rng.randint(20, 40)
        if workflow.is_final(target):
            step = rng.randint(30, 90)
        if stop_at is None and day + dt.timedelta(days=step) > today:
            return  # the case waits at this step (overdue when its due date is past)
        day = min(day + dt.timedelta(days=step), today)
        option = workflow.transition_to(case.status, target)
        assert option is not None
        _prerequisite(uow, case, option.needs, day)
        workflow.move(uow, case, target, "", degree=rng.choice(DEGREES),
                      outcome=rng.choice(OUTCOMES), on=day, at=_at(day), reindex=False)


CHANNELS = (ConsentChannel.SIGNED_FORM, ConsentChannel.EMAIL, ConsentChannel.SIGNED_FORM,
            ConsentChannel.PHONE, ConsentChannel.EMAIL)
"""How the demo's practitioners answer: two in five on the signed form (its scan kept), two
by e-mail, one by telephone before a witness."""


def _prerequisite(uow: UnitOfWork, case: object, needs: Requirement, day: dt.date) -> None:
    """Add (without the services' checks, for speed) the record the move needs."""
    from desktop.models.cases import Case

    assert isinstance(case, Case)
    police = RecipientKind.POLICE if str(case.force_zone) == "pn" else RecipientKind.GENDARMERIE
    if needs == Requirement.URPS_ORDRE:
        for kind in (RecipientKind.URPS, RecipientKind.ORDRE):
            uow.session.add(Transmission(case_id=case.id, recipient_kind=kind, sent_on=day,
                                         channel=TransmissionChannel.SECURE_MESSAGING))
    elif needs in (Requirement.CONSENT, Requirement.REFUSAL):
        given = needs == Requirement.CONSENT
        channel = CHANNELS[case.id % len(CHANNELS)]
        answer = Consent(case_id=case.id, given=given, decided_on=day, channel=channel,
                         witness="Mme Garnier, secrétariat du bureau"
                         if channel is ConsentChannel.PHONE else None,
                         scope=[ConsentScope(recipient_kind=police)] if given else [])
        if channel is ConsentChannel.SIGNED_FORM:  # the signed form comes back scanned
            answer.attachment = scans.attach(
                uow, case.id, f"consentement-signe-{case.reference}.pdf", scans.signed_scan(
                    "Consentement à la transmission d'un signalement",
                    f"le praticien du dossier {case.reference}", day))
        uow.session.add(answer)
    elif needs == Requirement.AUTHORITIES:
        uow.session.add(Transmission(case_id=case.id, recipient_kind=police, sent_on=day,
                                     channel=TransmissionChannel.EMAIL))
    else:
        return
    uow.session.flush()  # the guards of ``move`` query what was just added


def _at(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(10, 0), tzinfo=dt.UTC)


def _practitioners(uow: UnitOfWork, communes: list[Commune]) -> list[int]:
    names = (("Amélie", "Aubépine"), ("Benoît", "Bleuet"), ("Céline", "Capucine"),
             ("Étienne", "Fougère"), ("Hélène", "Glycine"), ("Loïc", "Lavande"))
    made = [Practitioner(first_name=first, last_name=last, profession=profession,
                         commune_id=communes[n % len(communes)].id)
            for n, ((first, last), profession) in enumerate(zip(names, (
                Profession.MEDECIN_GENERALISTE, Profession.INFIRMIER, Profession.PHARMACIEN,
                Profession.MEDECIN_GENERALISTE, Profession.SOS_MEDECINS,
                Profession.MASSEUR_KINESITHERAPEUTE), strict=True))]
    uow.session.add_all(made)
    uow.session.flush()
    return [p.id for p in made]
