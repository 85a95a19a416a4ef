"""Demonstration filler: ~150 fictitious practitioners, their 17 pre-registrations, a dozen
alert devices.

Everything is invented: surnames are plant and tree names, phone numbers are taken from the
ranges the ARCEP keeps for fiction (01 99 00 xx xx for practices, 09 99 00 xx xx for second
numbers), so no real person is ever dialled, and RPPS numbers start with "99" (a prefix no
real RPPS number uses) while carrying a correct Luhn key.

Communes need a police/gendarmerie zone for the register. Where the roster filler
has set none, a plausible zone is given here: towns of more than 20,000 inhabitants to the
police, the others to the gendarmerie (a simplification; the real split comes from the
Ministry's "compétence territoriale" file). Practitioners of a "mixte" commune get no request:
the office has not decided their force yet.
"""

from __future__ import annotations

import datetime as dt
import random

import sqlalchemy as sa

from desktop.io.rpps import luhn_digit
from desktop.models.contacts import AlertDevice, Preregistration
from desktop.models.enums import AlertDeviceKind, Civility, ForceZone, Profession
from desktop.models.territory import Commune
from desktop.services.demo import scans
from desktop.services.practitioners.directory import PractitionerInput, add_practitioner
from desktop.services.practitioners.preregistrations import force_for_zone
from desktop.services.vault.database import UnitOfWork

PRACTITIONERS = 150
POLICE_THRESHOLD = 20_000

SURNAMES = (
    "Aubépine", "Bleuet", "Capucine", "Chèvrefeuille", "Églantine", "Fougère", "Genêt",
    "Glycine", "Houx", "Jacinthe", "Lavande", "Lilas", "Liseron", "Mimosa", "Myrtille",
    "Noisetier", "Orme", "Pervenche", "Pivoine", "Platane", "Romarin", "Sauge", "Sureau",
    "Tilleul", "Troène", "Verveine", "Viorne", "Saule", "Mélèze", "Frêne", "Charmille",
    "Érable", "Bouleau", "Tamaris", "Aulne", "Cormier", "Alisier", "Cyprès", "Magnolia",
    "Ancolie", "Bruyère", "Clématite", "Œillet", "Muguet", "Sorbier", "Châtaignier",
)  # fmt: skip
FIRST_NAMES = {
    Civility.MME: ("Amélie", "Béatrice", "Céline", "Élise", "Hélène", "Inès", "Joëlle",
                   "Léa", "Maëlle", "Noémie", "Sophie", "Zoé", "Anaïs", "Clémence"),
    Civility.M: ("André", "Benoît", "Cédric", "Étienne", "François", "Jérôme", "Loïc",
                 "Mathéo", "Noël", "Raphaël", "Théo", "Hervé", "Gaël", "Léon"),
}
PROFESSIONS = (
    (Profession.MEDECIN_GENERALISTE, 35), (Profession.MEDECIN_SPECIALISTE, 10),
    (Profession.SOS_MEDECINS, 5), (Profession.INFIRMIER, 20), (Profession.PHARMACIEN, 12),
    (Profession.CHIRURGIEN_DENTISTE, 6), (Profession.SAGE_FEMME, 4),
    (Profession.MASSEUR_KINESITHERAPEUTE, 5), (Profession.PEDICURE_PODOLOGUE, 2),
    (Profession.OTHER, 1),
)
SPECIALTIES = ("Psychiatrie", "Pédiatrie", "Cardiologie", "Gynécologie-obstétrique",
               "Dermatologie", "Ophtalmologie", "Médecine d'urgence")
STREETS = ("rue de la République", "avenue du Général-de-Gaulle", "place de l'Église",
           "rue des Écoles", "boulevard Victor-Hugo", "rue Pasteur", "allée des Tilleuls",
           "rue du Marché", "chemin des Prés", "rue Jean-Jaurès")
# (status, how many): pending, sent, confirmed, withdrawn.
REGISTER = (("pending", 12), ("sent", 10), ("confirmed", 10), ("withdrawn", 4))
WITHDRAWAL_REASONS = ("Cessation d'activité", "Déménagement du cabinet hors du département",
                      "Ne souhaite plus figurer dans le fichier")


def fill(uow: UnitOfWork, rng: random.Random) -> None:
    today = dt.date.today()
    communes = list(uow.session.scalars(sa.select(Commune).order_by(Commune.insee_code)))
    if not communes:
        return
    for commune in communes:
        if commune.force_zone is None:
            big = (commune.population or 0) > POLICE_THRESHOLD
            commune.force_zone = ForceZone.PN if big else ForceZone.GN
    uow.session.flush()
    ids = _practitioners(uow, rng, communes)
    _register(uow, rng, ids, today)
    _devices(uow, rng, ids, today)


def _practitioners(uow: UnitOfWork, rng: random.Random, communes: list[Commune]) -> list[int]:
    weights = [max(commune.population or 0, 200) ** 0.7 for commune in communes]
    numbers = rng.sample(range(10_000), PRACTITIONERS)
    professions, shares = zip(*PROFESSIONS, strict=True)
    rpps_seen: set[str] = set()
    ids = []
    for index in range(PRACTITIONERS):
        commune = rng.choices(communes, weights)[0]
        civility = rng.choice((Civility.M, Civility.MME))
        profession = rng.choices(professions, shares)[0]
        postal = commune.postal_codes[0].code if commune.postal_codes else ""
        rpps = ""
        if profession is not Profession.OTHER and rng.random() < 0.7:
            body = "99" + "".join(rng.choice("0123456789") for _ in range(8))
            rpps = body + luhn_digit(body)
            if rpps in rpps_seen:
                rpps = ""
            rpps_seen.add(rpps)
        surname = rng.choice(SURNAMES)
        number = numbers[index]
        data = PractitionerInput(
            civility=civility,
            first_name=rng.choice(FIRST_NAMES[civility]),
            last_name=surname,
            profession=profession,
            specialty=rng.choice(SPECIALTIES)
            if profession is Profession.MEDECIN_SPECIALISTE else "",
            rpps=rpps,
            practice_address=f"{rng.randint(1, 80)} {rng.choice(STREETS)}\n"
                             f"{postal} {commune.name}",
            commune_code=commune.insee_code,
            phone=f"01 99 00 {number // 100:02d} {number % 100:02d}",
            mobile_phone=f"09 99 00 {number // 100:02d} {number % 100:02d}"
            if rng.random() < 0.4 else "",
            email=f"cabinet.{_ascii(surname)}{index}@exemple.invalid"
            if rng.random() < 0.6 else "",
        )
        ids.append(add_practitioner(uow, data))
    return ids


def _register(uow: UnitOfWork, rng: random.Random, ids: list[int], today: dt.date) -> None:
    from desktop.models.contacts import Practitioner

    decided = set(uow.session.scalars(
        sa.select(Practitioner.id).join(Commune, Practitioner.commune_id == Commune.id)
        .where(Commune.force_zone.in_((ForceZone.PN, ForceZone.GN)))
    ))  # a "mixte" commune's practitioners wait for the office's decision
    eligible = [practitioner_id for practitioner_id in ids if practitioner_id in decided]
    chosen = rng.sample(eligible, sum(count for _, count in REGISTER))
    states = [state for state, count in REGISTER for _ in range(count)]
    for practitioner_id, state in zip(chosen, states, strict=True):
        practitioner = uow.session.get(Practitioner, practitioner_id)
        assert practitioner is not None and practitioner.commune is not None
        force = force_for_zone(practitioner.commune.force_zone, practitioner.commune.name)
        recent = state == "pending"
        consent = today - dt.timedelta(days=rng.randint(3, 40) if recent else
                                       rng.randint(60, 700))
        sent = consent + dt.timedelta(days=rng.randint(5, 30)) if not recent else None
        confirmed = (sent + dt.timedelta(days=rng.randint(5, 25))
                     if sent and state == "confirmed" else None)
        withdrawn = (min(today, (confirmed or sent or consent) + dt.timedelta(days=90))
                     if state == "withdrawn" else None)
        phones = [p for p in (practitioner.phone, practitioner.mobile_phone) if p]
        form = scans.attach(uow, None, f"consentement-17-{practitioner_id}.pdf",
                            scans.signed_scan("Consentement au pré-enregistrement 17",
                                              f"{practitioner.first_name} "
                                              f"{practitioner.last_name}", consent))
        for phone in phones:
            uow.session.add(Preregistration(
                practitioner_id=practitioner_id, force=force, phone=phone, consent_on=consent,
                sent_on=sent, confirmed_on=confirmed, withdrawn_on=withdrawn,
                withdrawal_reason=rng.choice(WITHDRAWAL_REASONS) if withdrawn else None,
                consent_attachment_id=form.id,
            ))
    uow.audit("create", "preregistration", None, {"demo": [None, len(chosen)]})


def _devices(uow: UnitOfWork, rng: random.Random, ids: list[int], today: dt.date) -> None:
    kinds = [AlertDeviceKind.PUSH_BUTTON] * 8 + [AlertDeviceKind.DEDICATED_NUMBER] * 3 + [
        AlertDeviceKind.OTHER]
    holders = rng.sample(ids, 10)
    for index, kind in enumerate(kinds, start=1):
        identifier = {AlertDeviceKind.PUSH_BUTTON: f"BOUTON-DEMO-{index:03d}",
                      AlertDeviceKind.DEDICATED_NUMBER: f"09 99 00 99 {index:02d}",
                      AlertDeviceKind.OTHER: f"TÉLÉALARME-DEMO-{index:03d}"}[kind]
        device = AlertDevice(kind=kind, identifier=identifier)
        if index <= 10:  # ten lent out, two of them since returned; two in stock
            device.holder_id = holders[index - 1]
            device.issued_on = today - dt.timedelta(days=rng.randint(30, 600))
            if index > 8:
                device.returned_on = device.issued_on + dt.timedelta(days=rng.randint(10, 25))
        uow.session.add(device)
    uow.audit("create", "alert_device", None, {"demo": [None, len(kinds)]})


def _ascii(text: str) -> str:
    from desktop.io.insee import normalise_name

    return normalise_name(text).replace(" ", "")
