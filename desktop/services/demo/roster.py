"""Demonstration roster for Seine-et-Marne: force zones, units and fictitious référents.

Gendarmerie: the groupement → one compagnie per arrondissement (771-775) → brigades of
neighbouring communes. Police: the DIPN → a commissariat for each town above 20,000
inhabitants. A few mid-sized towns are left "mixte" (to decide). About 40 référents and
correspondants with phones in ARCEP's fiction range (01 99 00 xx xx); some not verified for a
year (stale), a few communes without anyone.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from itertools import count

import sqlalchemy as sa

from desktop.models.enums import Force, ForceZone, ReferentRole, UnitKind
from desktop.models.territory import Assignment, Commune, Referent, Unit
from desktop.services.vault.database import UnitOfWork

COMPAGNIES = {"771": "Meaux", "772": "Melun", "773": "Provins", "774": "Fontainebleau",
              "775": "Torcy"}
_FIRST = ("Claire", "Julien", "Sophie", "Thomas", "Nadia", "Karim", "Élodie", "Marc", "Inès",
          "Paul", "Camille", "Yann", "Léa", "Olivier", "Sarah", "Mathieu", "Amélie", "Hugo",
          "Céline", "Antoine")
_LAST = ("Martin", "Bernard", "Dubois", "Durand", "Lefèvre", "Moreau", "Laurent", "Simon",
         "Michel", "Garcia", "Roux", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert",
         "Fontaine", "Rousseau", "Vincent", "Muller", "Lefebvre", "Faure", "André", "Mercier",
         "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier", "François", "Legrand", "Gauthier",
         "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu")
_BRIGADE_SIZE = 22


def fill(uow: UnitOfWork, shared_rng: random.Random) -> None:
    """``shared_rng`` is left untouched: the later fillers' draws do not depend on this one."""
    rng = random.Random(30)  # its own stream, as before
    session = uow.session
    today = dt.date.today()
    communes = list(session.scalars(sa.select(Commune).order_by(Commune.insee_code)))
    groupement = Unit(force=Force.GN, kind=UnitKind.GROUPEMENT, code="GGD77",
                      name="Groupement de gendarmerie départementale de Seine-et-Marne",
                      phone="+33199000100")
    dipn = Unit(force=Force.PN, kind=UnitKind.DIPN, code="DIPN77",
                name="Direction interdépartementale de la police nationale de Seine-et-Marne",
                phone="+33199000200")
    session.add_all([groupement, dipn])
    phones = (f"+3319900{n:04d}" for n in count(1234, 37))
    people = _people(rng)
    referents: list[tuple[Referent, list[Commune]]] = []

    def person(role: ReferentRole, unit: Unit, covered: list[Commune], domain: str) -> None:
        first, last = next(people)
        stale = rng.random() < 0.2
        verified = today - dt.timedelta(days=rng.randint(370, 420) if stale
                                        else rng.randint(3, 120))
        mail = f"{_ascii(first)}.{_ascii(last)}@{domain}.exemple.fr"
        ref = Referent(first_name=first, last_name=last, role=role, unit=unit,
                       phone=next(phones), email=mail, verified_on=verified)
        session.add(ref)
        referents.append((ref, covered))

    big = [c for c in communes if (c.population or 0) > 20_000]
    middle = sorted((c for c in communes if 9_000 < (c.population or 0) <= 20_000
                     and c.insee_code != "77131"),  # Coulommiers: the story's commune
                    key=lambda c: c.insee_code)
    mixte = set(rng.sample(middle, min(3, len(middle))))
    pn_communes = []
    for commune in big:
        station = Unit(force=Force.PN, kind=UnitKind.COMMISSARIAT, parent=dipn,
                       name=f"Commissariat de {commune.name}", code=f"CSP{commune.insee_code}")
        session.add(station)
        commune.force_zone, commune.unit = ForceZone.PN, station
        pn_communes.append(commune)
        if len(pn_communes) <= 12:
            person(ReferentRole.CORRESPONDANT, station, [commune], "police")
    for commune in mixte:
        commune.force_zone, commune.unit = ForceZone.MIXTE, None
    person(ReferentRole.REFERENT, dipn, pn_communes, "police")
    person(ReferentRole.REFERENT, dipn, pn_communes[::2], "police")
    gn = [c for c in communes if c.force_zone is None]
    uncovered = set(rng.sample([c for c in gn if c.insee_code != "77131"], 6))
    for arrondissement, town in COMPAGNIES.items():
        compagnie = Unit(force=Force.GN, kind=UnitKind.COMPAGNIE, parent=groupement,
                         name=f"Compagnie de gendarmerie de {town}", code=f"CIE{arrondissement}")
        session.add(compagnie)
        members = sorted((c for c in gn if c.arrondissement == arrondissement),
                         key=lambda c: (c.postal_codes[0].code if c.postal_codes else "",
                                        c.insee_code))
        covered = [c for c in members if c not in uncovered]
        person(ReferentRole.REFERENT, compagnie, covered, "gendarmerie")
        for start in range(0, len(members), _BRIGADE_SIZE):
            chunk = members[start:start + _BRIGADE_SIZE]
            seat = max(chunk, key=lambda c: c.population or 0)
            kind = UnitKind.COB if len(chunk) > _BRIGADE_SIZE // 2 else UnitKind.BRIGADE
            label = "Communauté de brigades" if kind is UnitKind.COB else \
                "Brigade territoriale autonome"
            brigade = Unit(force=Force.GN, kind=kind, parent=compagnie,
                           name=f"{label} de {seat.name}", code=f"BR{seat.insee_code}")
            session.add(brigade)
            for commune in chunk:
                commune.force_zone, commune.unit = ForceZone.GN, brigade
            if rng.random() < 0.75:
                person(ReferentRole.CORRESPONDANT, brigade,
                       [c for c in chunk if c not in uncovered], "gendarmerie")
    session.flush()
    successor = _a_departure(uow, referents, today)
    for ref, covered in referents:
        first_day = (ref.verified_on or today) - dt.timedelta(days=rng.randint(30, 700))
        if ref is successor:
            first_day = today - dt.timedelta(days=399)
        if covered:
            session.execute(sa.insert(Assignment), [
                {"commune_id": c.id, "referent_id": ref.id, "valid_from": first_day,
                 "verified_on": ref.verified_on} for c in covered
            ])


def _a_departure(uow: UnitOfWork, referents: list[tuple[Referent, list[Commune]]],
                 today: dt.date) -> Referent:
    """History: one correspondant left last year; returns their successor."""
    ref, covered = next((r, c) for r, c in referents if r.role is ReferentRole.CORRESPONDANT
                        and r.unit and r.unit.kind is UnitKind.COB)
    former = Referent(first_name="Bruno", last_name="Lacroix", role=ReferentRole.CORRESPONDANT,
                      unit=ref.unit, phone="+33199009876", active=False,
                      email="bruno.lacroix@gendarmerie.exemple.fr",
                      verified_on=today - dt.timedelta(days=800))
    uow.session.add(former)
    uow.session.flush()
    end = today - dt.timedelta(days=400)
    uow.session.execute(sa.insert(Assignment), [
        {"commune_id": c.id, "referent_id": former.id,
         "valid_from": end - dt.timedelta(days=1500), "valid_to": end,
         "verified_on": former.verified_on} for c in covered
    ])
    return ref


def _people(rng: random.Random) -> Iterator[tuple[str, str]]:
    pairs = [(f, last) for f in _FIRST for last in _LAST]
    rng.shuffle(pairs)
    used: set[str] = set()
    for first, last in pairs:
        if last not in used:
            used.add(last)
            yield first, last


def _ascii(text: str) -> str:
    from desktop.io.insee import normalise_name

    return normalise_name(text).replace(" ", "-")
